// The page's few DOM helpers, shared by every view module.

export const $ = (id) => document.getElementById(id);

export function show(el, visible) {
  el.hidden = !visible;
}

// A status or error line: an .error line is shown only while it says something.
export function say(id, text) {
  const el = $(id);
  el.textContent = text;
  if (el.classList.contains("error")) show(el, Boolean(text));
}
