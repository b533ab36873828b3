// Presets from the query string, and embed mode. Rendering only: the worker still checks every
// value it is given, and nothing here knows anything about keys.
//
//   index.html?type=rsa&bits=4096&types=rsa,ed25519&comment=you@laptop&theme=dark&ppk=2
//   index.html?embed=1&parent=<origin>&notify=<origin>        (embed.js writes these)
//
// Every value is checked against what the page offers (its radio buttons and <select>s);
// anything else is ignored, with a console warning for the embedding page's author. Values
// from the URL are never shown as text, except the comment (an input's value) and origins
// that passed webOrigin().
import { $ } from "./dom.js";
import { setMessage } from "./l10n.js";

const YES = new Set(["1", "true"]);
const THEMES = new Set(["light", "dark", "auto"]);
const SIZES = { rsa: "rsa-bits", ecdsa: "ecdsa-bits" };
const MAX_COMMENT_BYTES = 1024;

/** The value itself when it is a serialized http(s) origin ("https://host[:port]", as
 *  `location.origin` writes it), else null: no path, no "*", no "null", no user name. */
export function webOrigin(value) {
  if (typeof value !== "string" || !/^https?:\/\/[^/?#@\\\s]+$/.test(value)) return null;
  try {
    return new URL(value).origin === value ? value : null;
  } catch {
    return null;
  }
}

/** What the page offers: key family -> the sizes its <select> lists ([] when none). */
function offered() {
  return new Map([...document.querySelectorAll("input[name=family]")].map((input) => {
    const select = SIZES[input.value] && $(SIZES[input.value]);
    return [input.value, select ? [...select.options].map((option) => Number(option.value)) : []];
  }));
}

/** The query string's options, each checked against `choices` (family -> sizes). */
export function readOptions(search, choices = offered()) {
  const query = new URLSearchParams(search);
  const families = [...choices.keys()];
  const options = {
    embed: YES.has(query.get("embed")), types: families, family: families[0], bits: null,
    comment: null, theme: null, ppk: null, parent: null, notify: null, notifyAsked: false,
    warnings: [], notes: [],       // notes: message ids, for the reader
  };
  const warn = (name, why) =>
    options.warnings.push(`sshkeys: ignoring ${name}=${JSON.stringify(query.get(name))}: ${why}.`);

  if (query.has("types")) {
    const asked = query.get("types").toLowerCase().split(/[\s,]+/).filter(Boolean);
    const known = families.filter((family) => asked.includes(family));
    const unknown = asked.filter((family) => !choices.has(family));
    if (known.length) {
      options.types = known;
      if (unknown.length) warn("types", `${unknown.join(", ")} unknown (known: ${families.join(", ")})`);
    } else {
      warn("types", `none of ${families.join(", ")}`);
      options.notes.push("gen-types-unavailable");
    }
  }
  const type = query.get("type")?.toLowerCase();
  if (type && options.types.includes(type)) options.family = type;
  else {
    if (query.has("type")) warn("type", `not one of ${options.types.join(", ")}`);
    options.family = options.types.includes("ed25519") ? "ed25519" : options.types[0];
  }
  if (query.has("bits")) {
    const text = query.get("bits");
    const sizes = choices.get(options.family);
    if (/^\d{1,6}$/.test(text) && sizes.includes(Number(text))) options.bits = Number(text);
    else warn("bits", sizes.length ? `${options.family} keys come in ${sizes.join(", ")} bits`
      : `${options.family} keys have one size`);
  }
  if (query.has("comment")) {
    const comment = query.get("comment");
    const bytes = new TextEncoder().encode(comment).length;
    if (bytes <= MAX_COMMENT_BYTES && !/[\u0000-\u001f\u007f]/.test(comment)) options.comment = comment;
    else warn("comment", `at most ${MAX_COMMENT_BYTES} bytes and no control characters`);
  }
  if (query.has("theme")) {
    const theme = query.get("theme");
    if (THEMES.has(theme)) options.theme = theme === "auto" ? null : theme;
    else warn("theme", "light, dark or auto");
  }
  if (query.has("ppk")) {
    if (query.get("ppk") === "2" || query.get("ppk") === "3") options.ppk = Number(query.get("ppk"));
    else warn("ppk", "2 or 3");
  }
  for (const name of ["parent", "notify"]) {
    if (!query.has(name)) continue;
    if (!options.embed) warn(name, "only embed mode (embed=1) talks to the page around it");
    else if (webOrigin(query.get(name))) options[name] = query.get(name);
    else warn(name, "not a web origin like https://docs.example.com");
  }
  options.notifyAsked = options.embed && query.has("notify");
  return options;
}

/** Puts the options on the page. Call it once app.js listens to the family radio buttons. */
export function applyOptions(options) {
  const root = document.documentElement;
  for (const warning of options.warnings) console.warn(warning);
  if (options.theme) root.dataset.theme = options.theme;

  for (const input of document.querySelectorAll("input[name=family]")) {
    const allowed = options.types.includes(input.value);
    input.disabled ||= !allowed;
    input.closest("label").hidden = !allowed;
  }
  const legacy = $("legacy");
  legacy.hidden = !legacy.querySelector("label:not([hidden])");
  const chosen = document.querySelector(`input[name=family][value="${options.family}"]`);
  if (legacy.contains(chosen)) legacy.open = true;
  if (!chosen.checked) {
    chosen.checked = true;
    chosen.dispatchEvent(new Event("change", { bubbles: true }));
  }
  if (options.bits && SIZES[options.family]) $(SIZES[options.family]).value = String(options.bits);
  if (options.comment !== null) $("comment").value = options.comment;
  if (options.ppk) $("ppk-v2").checked = options.ppk === 2;
  if (options.notes.length) setMessage($("options-note"), options.notes[0]);   // there is one note
  $("options-note").hidden = !options.notes.length;

  if (options.embed) {
    root.classList.add("embed");
    reportHeight(options.parent);
    offerUseThisKey(options);
  }
  return options;
}

// Tells the page around the frame how tall the content is, so embed.js can size the iframe;
// only to the origin embed.js named (parent=), never to "*".
function reportHeight(parentOrigin) {
  if (!parentOrigin || window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "sshkeys:height", height }, parentOrigin);
  }).observe(document.body);
}

// Why "Use this key" must not send ([message id, its placeables]), or null when it may.
function refusal({ notify }) {
  if (!notify) return ["embed-refused-no-origin"];
  if (window.parent === window) return ["embed-refused-not-framed"];
  // Chromium and Safari say who the parent really is; elsewhere postMessage's target origin
  // alone makes sure only notify's origin can receive the key.
  const parent = location.ancestorOrigins?.[0];
  if (webOrigin(parent) && parent !== notify) {
    return ["embed-refused-other-parent", { parent, origin: notify }];
  }
  return null;
}

// "Use this key": the public key line, exactly as shown, to exactly the notify origin.
function offerUseThisKey(options) {
  if (!options.notifyAsked) return;
  const why = refusal(options);
  $("use-row").hidden = false;
  $("use-key").disabled = Boolean(why);
  setMessage($("use-hint"), ...(why ?? ["embed-use-hint", { origin: options.notify }]));
  if (why) return;
  const status = (sent) => {
    if (sent) return setMessage($("use-status"), "embed-sent", { origin: options.notify });
    delete $("use-status").dataset.l10nId;
    $("use-status").textContent = "";
  };
  $("use-key").addEventListener("click", () => {
    const publicKey = $("public-key").value;
    if (!publicKey) return;
    window.parent.postMessage({ type: "sshkeys:public-key", publicKey }, options.notify);
    status(true);
  });
  $("generate-form").addEventListener("submit", () => status(false));
  $("clear").addEventListener("click", () => status(false));
}
