// The language menu (the full page's header): one option per language the page speaks, each
// in its own name and language; choosing one switches the page at once. Nothing is stored.
import { currentLanguage, languages, onLanguageChange, setLanguage } from "./l10n.js";

export function languageMenu(select) {
  if (!select) return;
  const options = Object.entries(languages()).map(([tag, name]) => {
    const option = document.createElement("option");
    option.value = tag;
    option.lang = tag;
    option.textContent = name;
    return option;
  });
  select.replaceChildren(...options);
  select.value = currentLanguage();
  select.addEventListener("change", () => setLanguage(select.value));
  onLanguageChange((tag) => {
    select.value = tag;
  });
}
