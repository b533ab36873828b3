// A pseudo-locale of an English .ftl, for tests/test_l10n.py's layout check: every letter of
// the text accented and each text ~40 % longer (as German or Russian can be), placeables,
// selectors and variant keys untouched, so the page shows where it would clip or overflow.
import { readFileSync } from "node:fs";
import { FluentParser, FluentSerializer, Transformer } from "@fluent/syntax";

const ACCENTED = Object.fromEntries([..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map(
  (c, i) => [c, [..."àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i]]));

class Pseudo extends Transformer {
  visitTextElement(node) {
    const text = node.value.replace(/[A-Za-z]/g, (c) => ACCENTED[c]);
    const extra = Math.ceil(text.replace(/\s/g, "").length * 0.4);
    // One word grows (a label of one word becomes a longer word); a longer text also gets more
    // words of at most 8 letters, as a translation has: not one unbreakable run.
    const pad = /\s/.test(text.trim()) ? (" ẋẋẋẋẋẋẋ".repeat(Math.ceil(extra / 7))).slice(0, extra + Math.ceil(extra / 7))
                                        : "ẋ".repeat(extra);
    node.value = text.replace(/(\S)(\s*)$/, (_, last, space) => last + pad + space);
    return node;
  }
}

const resource = new FluentParser({ withSpans: false }).parse(readFileSync(process.argv[2], "utf8"));
process.stdout.write(new FluentSerializer().serialize(new Pseudo().visit(resource)));
