// The check-up on the page: the findings of the key on screen (folded below the saves, open
// when there is more than a "not checked"), with their one-step fixes, and the "Check
// authorized_keys" view. Python decides every finding (sshkeys.checkup); this only renders
// them, always as text, never as HTML.
import { takeFiles, tooLarge } from "./files.js";
import { $ } from "./dom.js";

const LABELS = { weak: "Weakness", note: "Note", info: "Not checked" };

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function findingItem(finding) {
  const li = element("li", `finding ${finding.severity}`);
  li.append(element("strong", "badge", LABELS[finding.severity] ?? finding.severity), " ",
    element("span", "", finding.message));
  if (finding.fix) li.append(" ", element("span", "fix", finding.fix));
  li.dataset.id = finding.id;
  return li;
}

// -- the key on screen --------------------------------------------------------------------------
// Returns show(key): called with every key the page shows, it renders key.checkup.
export function setupKeyCheckup({ worker, busy, download, showKey, passphrase }) {
  let current = null;
  let fixing = false;     // the key shown is a fix's answer
  const showFixed = (key) => {
    fixing = true;
    try {
      showKey(key);
    } finally {
      fixing = false;
    }
  };
  const say = (text) => ($("checkup-status").textContent = text);
  const fail = (text) => {
    $("checkup-error").textContent = text;
    $("checkup-error").hidden = !text;
  };

  $("fix-resave").addEventListener("click", async () => {
    const secret = passphrase();
    if (secret === null) return;
    fail("");
    try {
      const fixed = await busy("checkup-status", "Saving with modern protection…", () =>
        worker.call("fix", { key: current.id, action: "resave", passphrase: secret || null }),
      );
      download(fixed);
      showFixed(fixed.key);
      say(`Saved ${fixed.filename} with modern protection: replace the old file with it.`);
    } catch (error) {
      say("");
      fail(error.message);
    }
  });

  $("fix-new-key").addEventListener("click", async () => {
    fail("");
    try {
      const { key } = await busy("checkup-status", "Making a new key…", () =>
        worker.call("fix", { key: current.id, action: "new-key" }),
      );
      showFixed(key);
      say("This is a new key with the same comment: save it, authorize it where the old one " +
        "was, then remove the old one.");
    } catch (error) {
      say("");
      fail(error.message);
    }
  });

  return function show(key) {
    current = key;
    const findings = key.checkup ?? [];
    const list = $("checkup-list");
    list.replaceChildren(...findings.map(findingItem));
    const actions = new Set(findings.map((f) => f.action));
    $("fix-resave").hidden = $("fix-resave-hint").hidden = !(actions.has("resave") && key.private);
    $("fix-new-key").hidden = !actions.has("new-key");
    $("checkup-clean").hidden = findings.length > 0;
    // Folded unless something is above "not checked"; a fix's own answer stays in view.
    const counts = ["weak", "note"].map((severity) => [severity, findings.filter((f) => f.severity === severity).length]);
    const found = counts.filter(([, n]) => n).map(([severity, n]) =>
      `${n} ${severity === "weak" ? (n === 1 ? "weakness" : "weaknesses") : (n === 1 ? "note" : "notes")}`);
    $("checkup-title").textContent = `Check-up: ${found.length ? found.join(", ") : "nothing to report"}`;
    if (found.length) $("checkup").open = true;
    else if (!fixing) $("checkup").open = false;
    fail("");
    say("");
    $("checkup").hidden = false;
  };
}

// -- the authorized_keys / known_hosts view -----------------------------------------------------
function cell(text, className) {
  return element("td", className, text ?? "");
}

function renderTable(report) {
  const byLine = new Map();
  for (const f of report.findings) {
    if (!byLine.has(f.line)) byLine.set(f.line, []);
    byLine.get(f.line).push(f);
  }
  const rows = report.rows.map((row) => {
    const tr = element("tr", row.error ? "bad" : "");
    const where = row.marker ? [row.marker] : [];
    where.push(...(row.kind === "known_hosts" ? row.hosts : row.options));
    tr.append(
      cell(String(row.line)),
      row.error ? cell(row.text, "mono") : cell(`${row.type}${row.bits ? ` (${row.bits} bits)` : ""}`),
      cell(row.sha256, "mono"),
      cell(row.comment),
      cell(where.join(", "), "mono"),
    );
    const notes = element("td");
    const list = element("ul", "findings");
    list.append(...(byLine.get(row.line) ?? []).map(findingItem));
    notes.append(list);
    tr.append(notes);
    return tr;
  });
  $("check-rows").replaceChildren(...rows);
  $("check-table").hidden = rows.length === 0;
  const weak = report.findings.filter((f) => f.severity === "weak").length;
  const keys = report.rows.filter((r) => !r.error).length;
  const bad = report.rows.length - keys;
  $("check-status").textContent = `${keys} key line${keys === 1 ? "" : "s"}` +
    (bad ? `, ${bad} that will not parse` : "") +
    `; ${weak ? `${weak} weakness${weak === 1 ? "" : "es"}` : "no weaknesses"}.`;
}

export function setupCheckView(worker) {
  const fail = (text) => {
    $("check-error").textContent = text;
    $("check-error").hidden = !text;
  };
  const run = async (text) => {
    fail("");
    try {
      renderTable(await worker.call("check_lines", { text }));
    } catch (error) {
      fail(error.message);
    }
  };
  const takeFile = async (file) => {
    const large = await tooLarge(worker, file, "too large for an authorized_keys file");
    if (large) {
      fail(large);
      return;
    }
    $("check-text").value = await file.text();
    await run($("check-text").value);
  };
  $("check-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    await run($("check-text").value);
  });
  takeFiles($("check-file"), $("check-drop"), takeFile);
}
