// The page's words: Project Fluent catalogs (web/locales/<tag>/*.ftl, bundled into app.js as
// text, so the one-file edition and the offline copy hold every language and nothing is fetched).
//
//   HTML:  <button data-l10n-id="generate-button">Generate</button>   (English stays as the text
//          a browser shows before the script runs); a message's attributes (.placeholder,
//          .aria-label, .title) set the element's; data-l10n-args='{"n": 3}' gives placeables.
//   JS:    t("file-too-big", { name, size })  — one message per sentence, never concatenated.
//
// Key material, file names and fingerprints are placeables, never translated; in a
// right-to-left language they are isolated (U+2068…U+2069) so that they keep their own order.
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { CATALOGS, NAMES, RTL } from "./locales/index.js";

export const DEFAULT = "en";
const listeners = [];
let current = null;            // { tag, bundle }
const fallback = bundleFor(DEFAULT);

function bundleFor(tag) {
  const bundle = new FluentBundle(tag, { useIsolating: RTL.has(tag) });
  for (const text of CATALOGS[tag]) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const error of errors) console.error(`sshkeys: ${tag} catalog: ${error.message}`);
  }
  return bundle;
}

/** The languages the page speaks: tag -> its own name for itself. */
export const languages = () => NAMES;

/** The language to use: the first of `asked` (?lang=, data-lang), then the browser's
 *  preferences, the page has a catalog for; else English. */
export function chooseLanguage(...asked) {
  const requested = [...asked.filter(Boolean), ...(navigator.languages ?? [navigator.language])];
  return negotiateLanguages(requested, Object.keys(CATALOGS),
    { strategy: "lookup", defaultLocale: DEFAULT })[0];
}

export function currentLanguage() {
  return current?.tag ?? DEFAULT;
}

/** Switch the page to `tag` (one of languages()): <html lang/dir>, every [data-l10n-id], and
 *  whoever asked to hear of it (views that rebuild what they show). */
export function setLanguage(tag) {
  current = { tag, bundle: tag === DEFAULT ? fallback : bundleFor(tag) };
  document.documentElement.lang = tag;
  document.documentElement.dir = RTL.has(tag) ? "rtl" : "ltr";
  localize(document);
  for (const listener of listeners) listener(tag);
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

function format(id, args, attribute) {
  for (const bundle of [current?.bundle, fallback]) {
    const message = bundle?.getMessage(id);
    const pattern = attribute ? message?.attributes[attribute] : message?.value;
    if (pattern) return bundle.formatPattern(pattern, args);
  }
  console.error(`sshkeys: no message ${id}${attribute ? "." + attribute : ""}`);
  return id;
}

/** A message's text, with its placeables filled from `args`. */
export function t(id, args = {}) {
  return format(id, args);
}

/** Translate `root` and every [data-l10n-id] inside it. */
export function localize(root) {
  const elements = [...root.querySelectorAll("[data-l10n-id]")];
  if (root.matches?.("[data-l10n-id]")) elements.unshift(root);
  for (const el of elements) {
    const id = el.dataset.l10nId;
    const args = el.dataset.l10nArgs ? JSON.parse(el.dataset.l10nArgs) : {};
    const message = (current?.bundle.getMessage(id)) ?? fallback.getMessage(id);
    if (!message) {
      console.error(`sshkeys: no message ${id}`);
      continue;
    }
    if (message.value) el.textContent = format(id, args);
    for (const name of Object.keys(message.attributes)) el.setAttribute(name, format(id, args, name));
  }
}

/** Set an element's message (and translate it now). */
export function setMessage(el, id, args) {
  el.dataset.l10nId = id;
  if (args) el.dataset.l10nArgs = JSON.stringify(args);
  else delete el.dataset.l10nArgs;
  localize(el);
}
