// OpenSSH certificates on the page: the Certificates tab (sign with a CA key, inspect any
// certificate) and the certificate of the key on screen (explained, attached, removed).
// Python reads, checks, signs and lists certificates (sshkeys.certificate); this collects what
// the user fills in and renders the replies, always as text, never as HTML. Its words are
// web/locales/<tag>/certs.ftl's; the dates are said in the page's language (Fluent's DATETIME).
import { $ } from "./dom.js";
import { currentLanguage, onLanguageChange, setMessage, t } from "./l10n.js";

const FOREVER = "18446744073709551615";   // 2^64-1 as text: a JS number cannot hold it exactly
const LATEST_DATE_MS = 8.64e15;           // the last moment a JS Date (and Intl) can say

function fail(id, text) {
  $(id).textContent = text;
  $(id).hidden = !text;
}

// A status line that stays on screen: a message, said again on a change of language.
const status = (id, message, args) => setMessage($(id), message, args);
// ...and back to nothing (no longer re-translated).
function clear(id) {
  delete $(id).dataset.l10nId;
  delete $(id).dataset.l10nArgs;
  $(id).textContent = "";
}

// File names as a list in the page's language ("a, b"); said again on a change of language.
const lists = new Map();     // element -> [message, names]
const names = (list) => new Intl.ListFormat(currentLanguage(), { type: "unit", style: "short" }).format(list);
function sayList(id, message, list) {
  lists.set($(id), [message, list]);
  status(id, message, { names: names(list) });
}
onLanguageChange(() => {
  for (const [el, [message, list]] of lists) {
    if (el.dataset.l10nId === message) setMessage(el, message, { names: names(list) });
    else lists.delete(el);
  }
});

// A file above the worker's limit (limits.py's file_bytes) is refused before it is read.
async function fileBytes(worker, file) {
  const { limits } = await worker.ready;
  if (file.size > limits.file_bytes) {
    throw new Error(t("cert-too-big", { name: file.name, mb: Math.round(file.size / 2 ** 20 * 10) / 10 }));
  }
  return new Uint8Array(await file.arrayBuffer());
}

const textBytes = (text) => new TextEncoder().encode(text.trim() + "\n");

// ssh-keygen's naming: id_ed25519.pub -> id_ed25519-cert.pub.
const certName = (name) => `${name.replace(/\.pub$/, "")}-cert.pub`;

// Against this computer's clock; the times are seconds since 1970 (2^64-1 arrives as a BigInt):
// valid, expired or future.
function verdict(cert) {
  const now = BigInt(Math.floor(Date.now() / 1000));
  if (now < BigInt(cert.valid_after)) return "future";
  if (now >= BigInt(cert.valid_before)) return "expired";
  return "valid";
}

// A certificate's kind and validity as a message's arguments (plain numbers, so that the
// message can be said again in another language): the dates in milliseconds, said by Intl in
// this computer's time zone. A date past what JS can say is said as its last (year 275760).
function certArgs(cert) {
  const ms = (seconds) => Math.min(Number(BigInt(seconds)) * 1000, LATEST_DATE_MS);
  const always = BigInt(cert.valid_after) === 0n;
  const forever = String(cert.valid_before) === FOREVER;
  return {
    certType: cert.cert_type,
    state: verdict(cert),
    validity: always ? (forever ? "forever" : "before") : (forever ? "after" : "range"),
    after: ms(cert.valid_after),
    before: ms(forever ? 0 : cert.valid_before),
  };
}

// A checked certificate (the worker refuses one whose CA signature fails) as its verdict and
// ssh-keygen -L's listing (ssh-keygen's own words: never translated, always left to right).
function render(prefix, cert, listing) {
  const args = certArgs(cert);
  const line = $(`${prefix}-verdict`);
  line.className = `verdict ${args.state}`;
  setMessage(line, "cert-verdict", { ...args, caType: cert.ca_type, fingerprint: cert.ca_sha256,
    algorithm: cert.signature_algorithm });
  line.hidden = false;
  $(`${prefix}-listing`).dir = "ltr";
  $(`${prefix}-listing`).textContent = listing ?? cert.listing;
  $(`${prefix}-listing`).hidden = false;
}

function hideRendered(prefix) {
  $(`${prefix}-verdict`).hidden = $(`${prefix}-listing`).hidden = true;
}

// A file chooser and a paste box: the chosen file, else the pasted text, as {bytes, name} (a
// pasted text's name: the message pastedName, in the page's language of the moment).
function source(worker, fileId, pasteId, pastedName) {
  const chosen = { file: null };
  $(fileId).addEventListener("change", () => {
    chosen.file = $(fileId).files[0] ?? null;
  });
  $(pasteId).addEventListener("input", () => {
    chosen.file = null;
    $(fileId).value = "";
  });
  return async () => {
    if (chosen.file) return { bytes: await fileBytes(worker, chosen.file), name: chosen.file.name };
    const text = $(pasteId).value.trim();
    return text ? { bytes: textBytes(text), name: t(pastedName) } : null;
  };
}

// Returns show(key): called with every key the page shows.
export function setupCerts({ worker, busy, download, showKey }) {
  let ca = null;          // the CA key opened in the Certificates tab (its session id)
  let onScreen = null;

  // -- the CA key: opened as the Open tab opens a key, passphrase asked when needed ----------
  const caSource = source(worker, "ca-file", "ca-paste", "cert-pasted-ca");
  const forgetCa = async () => {
    if (ca) await worker.call("forget", { key: ca.id });
    ca = null;
    $("ca-forget").hidden = true;
    clear("ca-status");
  };
  // The CA file the worker keeps while its passphrase is asked: {opening, name}, sent once.
  let asked = null;
  const openCa = async () => {
    fail("sign-error", "");
    try {
      const passphrase = $("ca-passphrase").value || null;
      let name, request;
      if (asked && !$("ca-passphrase-row").hidden) {
        ({ name } = asked);
        request = { opening: asked.opening, passphrase };
      } else {
        const file = await caSource();
        if (!file) throw new Error(t("cert-ca-needed"));
        if (asked) worker.call("forget", { key: asked.opening }).catch(() => {});
        asked = null;
        name = file.name;
        request = { data: file.bytes, passphrase, name };
      }
      clear("ca-status");
      const reply = await busy("ca-status", t("cert-opening", { name }), () => worker.call("load", request));
      if (reply.needs_passphrase) {
        asked = { opening: reply.opening, name };
        $("ca-passphrase-row").hidden = false;
        status("ca-status", "cert-ca-passphrase", { name });
        $("ca-passphrase").focus();
        return;
      }
      asked = null;
      const { key } = reply;
      $("ca-passphrase").value = "";
      if (!key.private) {
        await worker.call("forget", { key: key.id });
        throw new Error(t("cert-ca-public", { name }));
      }
      await forgetCa();
      ca = key;
      $("ca-passphrase-row").hidden = true;
      $("ca-forget").hidden = false;
      status("ca-status", "cert-ca-key", { type: key.type, fingerprint: key.sha256, comment: key.comment });
    } catch (error) {
      clear("ca-status");
      fail("sign-error", error.message);
      if (error.type !== "WrongPassphrase") asked = null;     // the worker no longer keeps it
      if (error.type === "WrongPassphrase" || error.type === "PassphraseRequired") {
        $("ca-passphrase-row").hidden = false;
        $("ca-passphrase").select();
        $("ca-passphrase").focus();
      }
    }
  };
  $("ca-open").addEventListener("click", openCa);
  $("ca-file").addEventListener("change", () => {
    $("ca-passphrase-row").hidden = true;
    if ($("ca-file").files[0]) openCa();
  });
  $("ca-paste").addEventListener("input", () => ($("ca-passphrase-row").hidden = true));
  $("ca-passphrase").addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      openCa();
    }
  });
  $("ca-forget").addEventListener("click", forgetCa);
  // The page's Clear drops every key the worker holds, the CA's too.
  $("clear").addEventListener("click", () => {
    ca = null;
    $("ca-forget").hidden = true;
    clear("ca-status");
    $("ca-paste").value = $("ca-passphrase").value = "";
  });

  // -- the keys to sign, and the certificate's fields -------------------------------------
  $("subject-files").dir = "ltr";        // file names
  $("subject-file").addEventListener("change", () => {
    $("subject-files").textContent = names([...$("subject-file").files].map((f) => f.name));
  });
  const subjects = async () => {
    const chosen = await Promise.all([...$("subject-file").files].map(async (file) =>
      ({ bytes: await fileBytes(worker, file), name: file.name })));
    const lines = $("subject-paste").value.split("\n").map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    return [...chosen, ...lines.map((line) => ({ bytes: textBytes(line), name: null }))];
  };
  const isHost = () => document.querySelector("input[name=cert-type]:checked").value === "host";
  for (const radio of document.querySelectorAll("input[name=cert-type]")) {
    radio.addEventListener("change", () => ($("cert-options").disabled = isHost()));
  }
  $("cert-validity").addEventListener("change", () => {
    $("cert-dates").hidden = $("cert-validity").value !== "dates";
  });

  const validity = () => {
    if ($("cert-validity").value !== "dates") return $("cert-validity").value;
    const seconds = (id, otherwise) => {
      if (!$(id).value) return otherwise;
      const time = new Date($(id).value).getTime();      // a datetime-local: this computer's time
      if (Number.isNaN(time)) throw new Error(t("cert-bad-dates"));
      return String(Math.floor(time / 1000));
    };
    return [seconds("cert-from", "0"), seconds("cert-to", FOREVER)];
  };
  // ssh-keygen -O words: a user certificate's permits as ticked (after "clear"), then the
  // critical options; a host certificate has none.
  const options = () => {
    if (isHost()) return [];
    const words = ["clear", ...[...document.querySelectorAll("input[name=cert-ext]:checked")].map((b) => b.value)];
    const command = $("cert-force-command").value.trim();
    const sources = $("cert-source-address").value.replace(/\s+/g, "");
    if (command) words.push(`force-command=${command}`);
    if (sources) words.push(`source-address=${sources}`);
    return words;
  };

  $("sign-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    fail("sign-error", "");
    try {
      if (!ca) throw new Error(t("cert-open-ca-first"));
      const keyId = $("cert-id").value.trim();
      if (!keyId) {
        $("cert-id").focus();
        throw new Error(t("cert-id-needed"));
      }
      const serial = $("cert-serial").value.trim() || "0";
      if (!/^\d+$/.test(serial)) throw new Error(t("cert-serial-number"));
      const keys = await subjects();
      if (!keys.length) throw new Error(t("cert-key-needed"));
      const fields = { ca: ca.id, key_id: keyId, principals: $("cert-principals").value,
        cert_type: isHost() ? "host" : "user", serial, validity: validity(), options: options() };
      const saved = [];
      clear("sign-status");
      await busy("sign-status", t("cert-signing"), async () => {
        for (const { bytes, name } of keys) {
          const signed = await worker.call("sign_certificate", { ...fields, data: bytes });
          await worker.call("forget", { key: signed.key.id });     // only its file is wanted
          const filename = name ? certName(name) : signed.filename;
          download({ ...signed, filename });
          saved.push(filename);
          render("inspect", signed.key.certificate, `${filename}:\n${signed.key.certificate.listing}`);
          fail("inspect-error", "");
        }
      });
      sayList("sign-status", "cert-saved", saved);
    } catch (error) {
      clear("sign-status");
      fail("sign-error", error.message);
    }
  });

  // -- inspect any certificate ----------------------------------------------------------------
  const inspectSource = source(worker, "inspect-file", "inspect-paste", "cert-pasted");
  const inspect = async () => {
    fail("inspect-error", "");
    hideRendered("inspect");
    try {
      const file = await inspectSource();
      if (!file) throw new Error(t("cert-inspect-needed"));
      const { certificate } = await busy("inspect-status", t("cert-checking"), () =>
        worker.call("inspect_certificate", { data: file.bytes, name: file.name }));
      clear("inspect-status");
      render("inspect", certificate);
    } catch (error) {
      clear("inspect-status");
      fail("inspect-error", error.message);
    }
  };
  $("inspect-form").addEventListener("submit", (e) => {
    e.preventDefault();
    inspect();
  });
  $("inspect-file").addEventListener("change", () => {
    if ($("inspect-file").files[0]) inspect();
  });

  // -- the key on screen: its certificate explained; attach one, remove it ------------------
  const attachSource = source(worker, "attach-file", "attach-paste", "cert-pasted-cert");
  const attach = async () => {
    fail("attach-error", "");
    try {
      const file = await attachSource();
      if (!file) throw new Error(t("cert-attach-needed"));
      clear("attach-status");
      const { key } = await busy("attach-status", t("cert-attach-checking"), () =>
        worker.call("attach_certificate", { key: onScreen.id, data: file.bytes }));
      $("attach-paste").value = "";
      showKey(key);
      status("attach-status", "cert-attached");
    } catch (error) {
      clear("attach-status");
      fail("attach-error", error.message);
    }
  };
  $("attach-run").addEventListener("click", attach);
  $("attach-file").addEventListener("change", () => {
    if ($("attach-file").files[0]) attach();
    $("attach-file").value = "";
  });
  $("remove-cert").addEventListener("click", async () => {
    fail("attach-error", "");
    clear("attach-status");
    try {
      const { key } = await busy("attach-status", "", () =>
        worker.call("remove_certificate", { key: onScreen.id }));
      showKey(key);
      status("attach-status", "cert-removed");
    } catch (error) {
      fail("attach-error", error.message);
    }
  });

  return function show(key) {
    onScreen = key;
    const cert = key.certificate;
    $("key-cert").hidden = !cert && !key.private;
    $("attach-group").hidden = !key.private;
    $("remove-cert").hidden = !cert || !key.private;
    clear("attach-status");
    fail("attach-error", "");
    if (!cert) {
      setMessage($("key-cert-title"), "cert-key-title-none");
      setMessage($("key-cert-about"), "cert-key-none");
      hideRendered("key-cert");
      return;
    }
    const args = certArgs(cert);
    setMessage($("key-cert-title"), "cert-key-title", args);
    setMessage($("key-cert-about"), key.private ? "cert-key-about-private" : "cert-key-about-public",
      { ...args, type: key.type, stem: key.file_stem });
    render("key-cert", cert);
  };
}
