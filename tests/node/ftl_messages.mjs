// What each Fluent catalog holds, as JSON on stdout, for tests/test_l10n.py: for every file
// named on the command line, its junk (what the full parser could not read), and each message
// with its attributes and the variables its value and attributes use; and, formatted in a
// runtime bundle of the file's language with every variable set to 3, the errors that raised.
import { readFileSync } from "node:fs";
import { FluentParser, Visitor } from "@fluent/syntax";
import { FluentBundle, FluentResource } from "@fluent/bundle";

class Variables extends Visitor {
  constructor() { super(); this.names = new Set(); }
  visitVariableReference(node) { this.names.add(node.id.name); }
}

function variables(node) {
  const found = new Variables();
  if (node) found.visit(node);
  return [...found.names].sort();
}

const out = {};
for (const [path, lang] of process.argv.slice(2).map((arg) => arg.split("="))) {
  const text = readFileSync(path, "utf8");
  const resource = new FluentParser({ withSpans: false }).parse(text);
  const messages = {};
  const junk = [];
  for (const entry of resource.body) {
    if (entry.type === "Junk") junk.push(entry.content.trim().split("\n")[0]);
    if (entry.type !== "Message") continue;
    messages[entry.id.name] = {
      value: entry.value !== null,
      variables: variables(entry.value),
      attributes: Object.fromEntries(entry.attributes.map((a) => [a.id.name, variables(a.value)])),
    };
  }
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const formatErrors = bundle.addResource(new FluentResource(text)).map((e) => e.message);
  // Every variable of the file, since a message may reference another that has its own.
  const args = Object.fromEntries(Object.values(messages).flatMap((m) =>
    [...m.variables, ...Object.values(m.attributes).flat()]).map((name) => [name, 3]));
  for (const id of Object.keys(messages)) {
    const runtime = bundle.getMessage(id);
    const patterns = [runtime.value, ...Object.values(runtime.attributes)].filter(Boolean);
    for (const pattern of patterns) {
      const errors = [];
      bundle.formatPattern(pattern, args, errors);
      for (const error of errors) formatErrors.push(`${id}: ${error.message ?? error}`);
    }
  }
  out[path] = { junk, messages, errors: formatErrors };
}
process.stdout.write(JSON.stringify(out));
