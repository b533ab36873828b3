// The language menu in the page's header: one <option> per language the page has a catalog for,
// each named in its own language (so that a reader finds theirs whatever the page speaks now).
// Choosing one switches the page (and the worker, through app.js's onLanguageChange) at once.
// Nothing is stored, not in localStorage, a cookie or the address: the next visit chooses again
// from ?lang= and the browser's languages, as the page promises to keep nothing.
import { currentLanguage, languages, onLanguageChange, setLanguage } from "./l10n.js";

export function languageMenu(select) {
  select.replaceChildren(...Object.entries(languages()).map(([tag, name]) => {
    const option = document.createElement("option");
    option.value = tag;
    option.lang = tag;
    option.dir = "auto";
    option.textContent = name;
    return option;
  }));
  select.value = currentLanguage();
  select.addEventListener("change", () => setLanguage(select.value));
  onLanguageChange((tag) => {
    select.value = tag;
  });
}
