// The page's few DOM helpers, shared by every view module.
import { setMessage, t } from "./l10n.js";

export const $ = (id) => document.getElementById(id);

export function show(el, visible) {
  el.hidden = !visible;
}

// A status or error line: an .error line is shown only while it says something. Text said this
// way (an error from Python, already in the page's language, or nothing) is no longer a
// message that a change of language translates again.
export function say(id, text) {
  const el = $(id);
  delete el.dataset.l10nId;
  delete el.dataset.l10nArgs;
  el.textContent = text;
  if (el.classList.contains("error")) show(el, Boolean(text));
}

// A status or error line that says a catalog message: it follows a change of language.
export function sayMessage(id, l10nId, args) {
  const el = $(id);
  setMessage(el, l10nId, args);
  if (el.classList.contains("error")) show(el, true);
}

// Messages with text-level markup, as Fluent's DOM overlays allow: <code>, <strong>, <em> and
// nothing else (anything else is text). Every piece is added with textContent, and a
// placeable's "<" cannot open a tag, so nothing from a key file or a URL becomes markup.
// Code (commands, file names, key text) stays left to right in a right-to-left page.
const TAGS = /<(code|strong|em)>([^<]*)<\/\1>/g;
const LT = "\uE000";      // a placeable's "<" while the message is parsed

export function richMessage(el, id, args = {}) {
  el.dataset.l10nRich = id;
  if (Object.keys(args).length) el.dataset.l10nArgs = JSON.stringify(args);
  else delete el.dataset.l10nArgs;
  renderRich(el);
}

function renderRich(el) {
  const args = el.dataset.l10nArgs ? JSON.parse(el.dataset.l10nArgs) : {};
  const safe = Object.fromEntries(Object.entries(args).map(([k, v]) =>
    [k, typeof v === "string" ? v.replaceAll("<", LT) : v]));
  const text = t(el.dataset.l10nRich, safe);
  const restore = (s) => s.replaceAll(LT, "<");
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(TAGS)) {
    if (match.index > last) parts.push(restore(text.slice(last, match.index)));
    const child = document.createElement(match[1]);
    child.textContent = restore(match[2]);
    if (match[1] === "code") child.dir = "ltr";
    parts.push(child);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(restore(text.slice(last)));
  el.replaceChildren(...parts);
}

/** Translate every [data-l10n-rich] inside `root` (at start and on a change of language). */
export function localizeRich(root = document) {
  for (const el of root.querySelectorAll("[data-l10n-rich]")) renderRich(el);
}
