// The key on screen: what it is, its public key with Copy, its comment, and the next steps for
// each system. The saves are web/saving.js's; the folded sections have modules of their own.
import { $, show, say, sayMessage } from "./dom.js";
import { setMessage } from "./l10n.js";
import { renderHelp } from "./help.js";

// Returns showKey(key, {fresh, reveal}): fresh is a key just made (unsaved until a private
// save); reveal, a key the user asked for (Generate, Open), whose first screen is brought to the
// top of the window.
// views: the other sections' renderers, each called with every key shown.
export function setupResult({ worker, state, busy, unsaved, strength, views }) {
  let helpOs = "putty";

  function showKey(key, { fresh = false, reveal = false } = {}) {
    // The worker keeps only the key on screen: the one this replaces is forgotten.
    if (state.key && state.key.id !== key.id) worker.call("forget", { key: state.key.id }).catch(() => {});
    state.key = key;
    unsaved.shown(key, { fresh });
    setMessage($("key-summary"), key.private ? "result-summary-private" : "result-summary-public",
      { type: key.type, bits: String(key.bits), comment: key.comment });
    const note = [key.comment_warning, key.note].filter(Boolean).join(" ");
    $("key-note").textContent = note;
    show($("key-note"), Boolean(note));
    $("public-key").value = key.public_line;
    $("fp-sha256").textContent = key.sha256;
    $("fp-md5").textContent = key.md5;
    $("randomart").textContent = key.randomart;
    $("edit-comment").value = key.comment;
    say("copy-status", "");
    say("download-status", "");
    show($("save-passphrase-group"), key.private);
    strength.refresh();
    for (const view of views()) view(key);
    renderHelp($("help"), helpOs, key);
    show($("result"), true);
    // (In embed mode the page around the frame decides, as focus() scrolls it.)
    const top = reveal && !document.documentElement.classList.contains("embed");
    if (top) $("result").scrollIntoView({ block: "start" });
    $("result").focus({ preventScroll: top });
  }

  setupTabs(document.querySelector(".next .tabs"), (tab) => {
    helpOs = tab.id.slice(3);
    $("help").setAttribute("aria-labelledby", tab.id);
    if (state.key) renderHelp($("help"), helpOs, state.key);
  });

  $("copy").addEventListener("click", async () => {
    const text = $("public-key").value;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Older browsers, or no clipboard permission: copy the selection the classic way.
      $("public-key").select();
      if (!document.execCommand("copy")) {
        sayMessage("copy-status", "result-copy-blocked");
        return;
      }
    }
    sayMessage("copy-status", "result-copied");
  });

  // Enter in the comment field applies it; the form is never submitted anywhere.
  $("edit-form").addEventListener("submit", (e) => {
    e.preventDefault();
    $("apply-comment").click();
  });

  $("apply-comment").addEventListener("click", async () => {
    try {
      const { key } = await busy("download-status", "", () =>
        worker.call("set_comment", { key: state.key.id, comment: $("edit-comment").value }),
      );
      showKey(key);
      unsaved.changed(key, "save-unsaved-comment");
      sayMessage("download-status", "result-comment-changed");
    } catch (error) {
      say("save-error", error.message);
    }
  });

  return showKey;
}

// The next steps are open below the saves while the key is not saved, folded once it is
// (guardUnsaved's onChange: what is unsaved, or null).
let wasUnsaved = null;
export function fitNextSteps(what) {
  const now = Boolean(what);
  if (now !== wasUnsaved) $("next").open = now;
  wasUnsaved = now;
}

// Tabs (the WAI-ARIA tabs pattern: arrow keys move between tabs). Returns select(tab, focus).
export function setupTabs(tablist, onSelect) {
  const tabs = [...tablist.querySelectorAll("[role=tab]")];
  const select = (tab, focus) => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
    }
    if (focus) tab.focus();
    onSelect(tab);
  };
  tablist.addEventListener("click", (e) => {
    const tab = e.target.closest("[role=tab]");
    if (tab) select(tab, false);
  });
  tablist.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(document.activeElement);
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i };
    if (i < 0 || !(e.key in moves)) return;
    e.preventDefault();
    select(tabs[(i + moves[e.key] + tabs.length) % tabs.length], true);
  });
  return select;
}
