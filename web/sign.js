// SSH signatures on the page (ssh-keygen -Y, PROTOCOL.sshsig): the key on screen signs a file or
// a text into a .sig, and gives the allowed_signers line and the git config lines that make git
// sign with it; the Check tab verifies any signature against an allowed_signers text and a
// principal, or against a public key. Python signs and judges (sshkeys.sshsig, through
// operations); this collects what the user gives and renders the replies, always as text.
import { $, say } from "./dom.js";
import { setMessage, t } from "./l10n.js";

// A status line back to nothing (and no longer re-translated on a change of language).
function clear(id) {
  delete $(id).dataset.l10nId;
  say(id, "");
}

// What the user signs or verifies is read into the worker's memory: one above the worker's cap
// (limits.py's message_bytes, in its capabilities) is refused before it is read.
async function fileBytes(worker, file, cap = "file_bytes") {
  const { limits } = await worker.ready;
  if (file.size > limits[cap]) {
    throw new Error(t("sign-too-big", { name: file.name, size: file.size, cap: limits[cap] }));
  }
  return new Uint8Array(await file.arrayBuffer());
}

// A file chooser beside a text box: the chosen file, else the text, as {bytes, name} (null when
// both are empty). Typing forgets the file. `exact`: the text is signed as typed (a message);
// otherwise it is a file's text (a signature, a key), trimmed and ended by a new line.
function source(worker, fileId, textId, { cap, exact = false } = {}) {
  let chosen = null;
  const shown = $(`${fileId}-name`);
  $(fileId).addEventListener("change", () => {
    chosen = $(fileId).files[0] ?? null;
    if (shown) shown.textContent = chosen ? chosen.name : "";
  });
  $(textId).addEventListener("input", () => {
    chosen = null;
    $(fileId).value = "";
    if (shown) shown.textContent = "";
  });
  const read = async () => {
    if (chosen) return { bytes: await fileBytes(worker, chosen, cap), name: chosen.name };
    const text = $(textId).value;
    if (exact ? text === "" : !text.trim()) return null;
    return { bytes: new TextEncoder().encode(exact ? text : `${text.trim()}\n`), name: null };
  };
  read.clear = () => {
    chosen = null;
    $(fileId).value = $(textId).value = "";
    if (shown) shown.textContent = "";
  };
  return read;
}

async function copy(text, status) {
  try {
    await navigator.clipboard.writeText(text);
    setMessage(status, "sign-copied");
  } catch {
    setMessage(status, "sign-copy-blocked");
  }
}

// A line to copy: the line itself (never translated, left to right) and its Copy button.
function copyLine(text, status) {
  const li = document.createElement("li");
  const code = document.createElement("code");
  code.dir = "ltr";
  code.textContent = text;
  const button = document.createElement("button");
  button.type = "button";
  setMessage(button, "sign-copy-line", { line: text });
  button.addEventListener("click", () => copy(text, status));
  li.append(code, " ", button);
  return li;
}

// Returns show(key): called with every key the page shows.
export function setupSign({ worker, busy, download }) {
  let onScreen = null;

  // -- the key on screen: allowed_signers and git config ------------------------------------
  const render = (setup) => {
    const line = setup.allowed_signers;
    $("sig-allowed").replaceChildren(...(line ? [copyLine(line, $("sig-setup-status"))] : []));
    $("sig-principal-needed").hidden = Boolean(line);
    $("sig-git").replaceChildren(...setup.git_config.map((l) => copyLine(l, $("sig-setup-status"))));
  };
  let asked = 0;        // only the answer to the latest question is shown
  const setup = async (principal) => {
    const question = ++asked;
    say("sig-setup-error", "");
    try {
      const reply = await worker.call("signing_setup", { key: onScreen.id, principal });
      if (question !== asked) return;
      if (principal === null) $("sig-principal").value = reply.principal;
      render(reply);
    } catch (error) {
      if (question === asked) say("sig-setup-error", error.message);
    }
  };
  $("sig-principal").addEventListener("input", () => setup($("sig-principal").value));

  // -- signing --------------------------------------------------------------------------------
  const message = source(worker, "sig-file", "sig-text", { cap: "message_bytes", exact: true });
  $("sig-sign-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    clear("sig-sign-status");
    say("sig-sign-error", "");
    try {
      const given = await message();
      if (!given) throw new Error(t("sign-nothing-to-sign"));
      const namespace = $("sig-namespace").value.trim();
      if (!namespace) throw new Error(t("sign-namespace-needed"));
      const file = await busy("sig-sign-status", t("sign-signing"), () => worker.call("sign_message",
        { key: onScreen.id, data: given.bytes, name: given.name, namespace, hash: $("sig-hash").value }));
      await download(file);
      setMessage($("sig-sign-status"), "sign-saved", { filename: file.filename, namespace });
    } catch (error) {
      clear("sig-sign-status");
      say("sig-sign-error", error.message);
    }
  });

  // -- verifying (the Check tab) -------------------------------------------------------------
  const signature = source(worker, "sig-verify-sig-file", "sig-verify-sig");
  const signed = source(worker, "sig-verify-file", "sig-verify-text", { cap: "message_bytes", exact: true });
  const allowed = source(worker, "sig-verify-allowed-file", "sig-verify-allowed");
  const publicKey = source(worker, "sig-verify-key-file", "sig-verify-key");
  const byKey = () => document.querySelector("input[name=sig-verify-by]:checked").value === "key";
  const fitWho = () => {
    $("sig-verify-allowed-group").hidden = byKey();
    $("sig-verify-key-group").hidden = !byKey();
  };
  for (const radio of document.querySelectorAll("input[name=sig-verify-by]")) {
    radio.addEventListener("change", fitWho);
  }
  fitWho();

  const verdict = (ok, args) => {
    const line = $("sig-verdict");
    line.className = `verdict ${ok ? "valid" : "bad"}`;
    setMessage(line, ok ? (args.principal ? "sign-verdict-good" : "sign-verdict-good-key") : "sign-verdict-bad", args);
    line.hidden = false;
  };
  $("sig-verify-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    clear("sig-verify-status");
    say("sig-verify-error", "");
    $("sig-verdict").hidden = $("sig-output").hidden = true;
    try {
      const sig = await signature();
      if (!sig) throw new Error(t("sign-signature-needed"));
      const data = await signed();
      if (!data) throw new Error(t("sign-message-needed"));
      const namespace = $("sig-verify-namespace").value.trim();
      if (!namespace) throw new Error(t("sign-namespace-needed"));
      const request = { signature: sig.bytes, data: data.bytes, namespace };
      if (byKey()) {
        const key = await publicKey();
        if (!key) throw new Error(t("sign-key-needed"));
        request.public = key.bytes;
      } else {
        const list = await allowed();
        if (!list) throw new Error(t("sign-allowed-needed"));
        request.allowed = list.bytes;
        request.principal = $("sig-verify-principal").value.trim();
        if (!request.principal) throw new Error(t("sign-principal-needed"));
      }
      const reply = await busy("sig-verify-status", t("sign-verifying"), () =>
        worker.call("verify_message", { ...request }));
      clear("sig-verify-status");
      verdict(reply.good, { namespace, principal: request.principal ?? "",
        type: reply.signer?.type ?? "", fingerprint: reply.signer?.sha256 ?? "" });
      $("sig-output").textContent = reply.output.join("\n");
      $("sig-output").hidden = false;
    } catch (error) {
      clear("sig-verify-status");
      say("sig-verify-error", error.message);
    }
  });

  // A new key starts afresh (its principal from its comment); the same key changed (comment,
  // certificate) keeps what the user typed.
  return function show(key) {
    const fresh = key.id !== onScreen?.id;
    onScreen = key;
    $("sig-sign-form").hidden = !key.private;
    if (!fresh) return setup($("sig-principal").value);
    $("sig-allowed").replaceChildren();     // never the last key's lines beside this one
    $("sig-git").replaceChildren();
    clear("sig-sign-status");
    clear("sig-setup-status");
    say("sig-sign-error", "");
    message.clear();
    return setup(null);
  };
}
