// The click-to-load box's words (web/embed.js): one Fluent catalog per language, bundled into
// dist/embed.js as text (esbuild's text loader for .ftl), so a documentation page fetches
// nothing more than embed.js. The languages of the page's catalogs (locales/index.js), in the
// same order; English first, the fallback.
import en from "./en/embed.ftl";
import de from "./de/embed.ftl";
import fr from "./fr/embed.ftl";
import es from "./es/embed.ftl";
import ptBR from "./pt-BR/embed.ftl";
import it from "./it/embed.ftl";
import nl from "./nl/embed.ftl";
import pl from "./pl/embed.ftl";
import ru from "./ru/embed.ftl";
import uk from "./uk/embed.ftl";
import tr from "./tr/embed.ftl";
import zhCN from "./zh-CN/embed.ftl";
import ja from "./ja/embed.ftl";
import ko from "./ko/embed.ftl";
import ar from "./ar/embed.ftl";

export const EMBED_CATALOGS = {
  en,
  de,
  fr,
  es,
  "pt-BR": ptBR,
  it,
  nl,
  pl,
  ru,
  uk,
  tr,
  "zh-CN": zhCN,
  ja,
  ko,
  ar,
};

// Written right to left, as locales/index.js's RTL (not imported from there: that module
// holds every catalog of the page).
export const EMBED_RTL = new Set(["ar", "he", "fa", "ur"]);
