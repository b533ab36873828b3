// The check-up on the page: the findings of the key on screen (folded below the saves, open
// when there is more than a "not checked"), with their one-step fixes, and the "Check
// authorized_keys" view. Python decides every finding (sshkeys.checkup); this only renders
// them, always as text, never as HTML. Python's sentences arrive in the page's language; the
// words around them are web/locales/<tag>/checkup.ftl's.
import { takeFiles } from "./files.js";
import { $ } from "./dom.js";
import { onLanguageChange, setMessage, t } from "./l10n.js";

const LABELS = { weak: "check-badge-weak", note: "check-badge-note", info: "check-badge-info" };

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function findingItem(finding) {
  const li = element("li", `finding ${finding.severity}`);
  const badge = element("strong", "badge");
  if (Object.hasOwn(LABELS, finding.severity)) setMessage(badge, LABELS[finding.severity]);
  else badge.textContent = finding.severity;
  li.append(badge, " ", element("span", "", finding.message));
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
  // The status line: a message (said again on a change of language), or nothing.
  const say = (message, args) => {
    if (message) return setMessage($("checkup-status"), message, args);
    delete $("checkup-status").dataset.l10nId;
    $("checkup-status").textContent = "";
  };
  const fail = (text) => {
    $("checkup-error").textContent = text;
    $("checkup-error").hidden = !text;
  };

  $("fix-resave").addEventListener("click", async () => {
    const secret = passphrase();
    if (secret === null) return;
    fail("");
    say("");
    try {
      const fixed = await busy("checkup-status", t("check-resaving"), () =>
        worker.call("fix", { key: current.id, action: "resave", passphrase: secret || null }),
      );
      download(fixed);
      showFixed(fixed.key);
      say("check-resaved", { filename: fixed.filename });
    } catch (error) {
      say("");
      fail(error.message);
    }
  });

  $("fix-new-key").addEventListener("click", async () => {
    fail("");
    say("");
    try {
      const { key } = await busy("checkup-status", t("check-making-key"), () =>
        worker.call("fix", { key: current.id, action: "new-key" }),
      );
      showFixed(key);
      say("check-new-key");
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
    const weak = findings.filter((f) => f.severity === "weak").length;
    const notes = findings.filter((f) => f.severity === "note").length;
    const title = weak && notes ? "check-title-both" : weak ? "check-title-weak"
      : notes ? "check-title-notes" : "check-title-none";
    setMessage($("checkup-title"), title, { weak, notes });
    if (weak || notes) $("checkup").open = true;
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
      row.error ? ltr(cell(row.text, "mono")) : cell(row.bits
        ? t("check-row-type", { type: row.type, bits: String(row.bits) }) : row.type),
      ltr(cell(row.sha256, "mono")),
      cell(row.comment),
      ltr(cell(where.join(", "), "mono")),     // the line's own options and hosts, as written
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
  setMessage($("check-status"), "check-summary", { keys, bad, weak });
}

// Key material and what ssh reads stays left to right in a right-to-left page.
function ltr(td) {
  td.dir = "ltr";
  return td;
}

export function setupCheckView(worker) {
  const fail = (text) => {
    $("check-error").textContent = text;
    $("check-error").hidden = !text;
  };
  const run = async (text) => {
    fail("");
    try {
      checked = text;
      renderTable(await worker.call("check_lines", { text }));
    } catch (error) {
      fail(error.message);
    }
  };
  // Another language: the findings (Python's sentences) are asked for again, in it.
  let checked = null;
  onLanguageChange(() => {
    if (checked !== null) run(checked);
  });
  const takeFile = async (file) => {
    const { limits } = await worker.ready;
    if (file.size > limits.file_bytes) {
      fail(t("check-too-big", { name: file.name, mb: Math.round(file.size / 2 ** 20 * 10) / 10 }));
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
