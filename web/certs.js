// OpenSSH certificates on the page: the Certificates tab (sign with a CA key, inspect any
// certificate) and the certificate of the key on screen (explained, attached, removed).
// Python reads, checks, signs and lists certificates (sshkeys.certificate); this collects what
// the user fills in and renders the replies, always as text, never as HTML.
import { tooLarge } from "./files.js";
import { $ } from "./dom.js";

const FOREVER = "18446744073709551615";   // 2^64-1 as text: a JS number cannot hold it exactly

function fail(id, text) {
  $(id).textContent = text;
  $(id).hidden = !text;
}

async function fileBytes(worker, file) {
  const large = await tooLarge(worker, file);
  if (large) throw new Error(large);
  return new Uint8Array(await file.arrayBuffer());
}

const textBytes = (text) => new TextEncoder().encode(text.trim() + "\n");

// ssh-keygen's naming: id_ed25519.pub -> id_ed25519-cert.pub.
const certName = (name) => `${name.replace(/\.pub$/, "")}-cert.pub`;

// Against this computer's clock; the times are seconds since 1970 (2^64-1 arrives as a BigInt).
function verdict(cert) {
  const now = BigInt(Math.floor(Date.now() / 1000));
  if (now < BigInt(cert.valid_after)) return ["future", "Not yet valid"];
  if (now >= BigInt(cert.valid_before)) return ["expired", "Expired"];
  return ["valid", "Valid now"];
}

// A checked certificate (the worker refuses one whose CA signature fails) as its verdict and
// ssh-keygen -L's listing.
function render(prefix, cert, listing) {
  const [state, word] = verdict(cert);
  const line = $(`${prefix}-verdict`);
  line.className = `verdict ${state}`;
  line.textContent = `${word}: ${cert.cert_type} certificate, ${cert.validity}. The CA's signature ` +
    `checks out (${cert.ca_type} ${cert.ca_sha256}, using ${cert.signature_algorithm}).`;
  line.hidden = false;
  $(`${prefix}-listing`).textContent = listing ?? cert.listing;
  $(`${prefix}-listing`).hidden = false;
}

function hideRendered(prefix) {
  $(`${prefix}-verdict`).hidden = $(`${prefix}-listing`).hidden = true;
}

// A file chooser and a paste box: the chosen file, else the pasted text, as {bytes, name}.
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
    return text ? { bytes: textBytes(text), name: pastedName } : null;
  };
}

// Returns show(key): called with every key the page shows.
export function setupCerts({ worker, busy, download, showKey }) {
  let ca = null;          // the CA key opened in the Certificates tab (its session id)
  let onScreen = null;

  // -- the CA key: opened as the Open tab opens a key, passphrase asked when needed ----------
  const caSource = source(worker, "ca-file", "ca-paste", "The pasted CA key");
  const forgetCa = async () => {
    if (ca) await worker.call("forget", { key: ca.id });
    ca = null;
    $("ca-forget").hidden = true;
    $("ca-status").textContent = "";
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
        if (!file) throw new Error("Choose or paste the CA's private key first.");
        if (asked) worker.call("forget", { key: asked.opening }).catch(() => {});
        asked = null;
        name = file.name;
        request = { data: file.bytes, passphrase, name };
      }
      const reply = await busy("ca-status", `Opening ${name}…`, () => worker.call("load", request));
      if (reply.needs_passphrase) {
        asked = { opening: reply.opening, name };
        $("ca-passphrase-row").hidden = false;
        $("ca-status").textContent = `${name} is protected by a passphrase.`;
        $("ca-passphrase").focus();
        return;
      }
      asked = null;
      const { key } = reply;
      $("ca-passphrase").value = "";
      if (!key.private) {
        await worker.call("forget", { key: key.id });
        throw new Error(`${name} is a public key: a CA signs with its private key.`);
      }
      await forgetCa();
      ca = key;
      $("ca-passphrase-row").hidden = true;
      $("ca-forget").hidden = false;
      $("ca-status").textContent = `CA key: ${key.type} ${key.sha256} “${key.comment}”.`;
    } catch (error) {
      $("ca-status").textContent = "";
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
    $("ca-status").textContent = "";
    $("ca-paste").value = $("ca-passphrase").value = "";
  });

  // -- the keys to sign, and the certificate's fields -------------------------------------
  $("subject-file").addEventListener("change", () => {
    $("subject-files").textContent = [...$("subject-file").files].map((f) => f.name).join(", ");
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
      if (Number.isNaN(time)) throw new Error("Choose the dates with the date pickers.");
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
      if (!ca) throw new Error("Open the CA key first.");
      const keyId = $("cert-id").value.trim();
      if (!keyId) {
        $("cert-id").focus();
        throw new Error("Give the certificate a key identity.");
      }
      const serial = $("cert-serial").value.trim() || "0";
      if (!/^\d+$/.test(serial)) throw new Error("The serial number is a whole number, 0 or more.");
      const keys = await subjects();
      if (!keys.length) throw new Error("Choose or paste the public key to sign.");
      const fields = { ca: ca.id, key_id: keyId, principals: $("cert-principals").value,
        cert_type: isHost() ? "host" : "user", serial, validity: validity(), options: options() };
      const names = [];
      await busy("sign-status", "Signing…", async () => {
        for (const { bytes, name } of keys) {
          const signed = await worker.call("sign_certificate", { ...fields, data: bytes });
          await worker.call("forget", { key: signed.key.id });     // only its file is wanted
          const filename = name ? certName(name) : signed.filename;
          download({ ...signed, filename });
          names.push(filename);
          render("inspect", signed.key.certificate, `${filename}:\n${signed.key.certificate.listing}`);
          fail("inspect-error", "");
        }
      });
      $("sign-status").textContent = `Saved ${names.join(", ")}.`;
    } catch (error) {
      $("sign-status").textContent = "";
      fail("sign-error", error.message);
    }
  });

  // -- inspect any certificate ----------------------------------------------------------------
  const inspectSource = source(worker, "inspect-file", "inspect-paste", "(pasted)");
  const inspect = async () => {
    fail("inspect-error", "");
    hideRendered("inspect");
    try {
      const file = await inspectSource();
      if (!file) throw new Error("Choose or paste a certificate first.");
      const { certificate } = await busy("inspect-status", "Checking…", () =>
        worker.call("inspect_certificate", { data: file.bytes, name: file.name }));
      $("inspect-status").textContent = "";
      render("inspect", certificate);
    } catch (error) {
      $("inspect-status").textContent = "";
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
  const attachSource = source(worker, "attach-file", "attach-paste", "The pasted certificate");
  const attach = async () => {
    fail("attach-error", "");
    try {
      const file = await attachSource();
      if (!file) throw new Error("Choose or paste the key's certificate first.");
      const { key } = await busy("attach-status", "Checking the certificate…", () =>
        worker.call("attach_certificate", { key: onScreen.id, data: file.bytes }));
      $("attach-paste").value = "";
      showKey(key);
      $("attach-status").textContent = "Attached: the .ppk you save now carries it.";
    } catch (error) {
      $("attach-status").textContent = "";
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
    try {
      const { key } = await busy("attach-status", "", () =>
        worker.call("remove_certificate", { key: onScreen.id }));
      showKey(key);
      $("attach-status").textContent = "Removed: the files you save no longer carry it.";
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
    $("attach-status").textContent = "";
    fail("attach-error", "");
    $("key-cert-title").textContent = cert
      ? `Certificate: OpenSSH ${cert.cert_type} certificate, ${verdict(cert)[1].toLowerCase()}`
      : "Certificate: none (attach one)";
    if (!cert) {
      $("key-cert-about").textContent = "This key has no certificate.";
      hideRendered("key-cert");
      return;
    }
    $("key-cert-about").textContent = key.private
      ? `This key carries an OpenSSH ${cert.cert_type} certificate. A .ppk you save keeps it ` +
        "(PuTTY 0.78 and later log in with it); for OpenSSH, save the certificate as its own " +
        "file beside the private key."
      : `This is an OpenSSH ${cert.cert_type} certificate, not a key: it lets the private key ` +
        `of the ${key.type} public key below log in wherever its CA is trusted. Keep it beside ` +
        `that private key, as ${key.file_stem}-cert.pub next to ${key.file_stem}: ssh uses it by itself.`;
    render("key-cert", cert);
  };
}
