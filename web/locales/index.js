// Every catalog the page holds, bundled as text (esbuild's text loader for .ftl). A language is
// whole or absent: tests/test_l10n.py fails when a catalog lacks a message English has.
import en from "./en/page.ftl";
import enSign from "./en/sign.ftl";
import enCerts from "./en/certs.ftl";
import enCheckup from "./en/checkup.ftl";
import enStrength from "./en/strength.ftl";

export const CATALOGS = {
  en: [en, enSign, enCerts, enCheckup, enStrength],
};

// Each language's name for itself, as the language menu lists it.
export const NAMES = {
  en: "English",
};

// Languages written right to left: the page mirrors (<html dir="rtl">).
export const RTL = new Set(["ar", "he", "fa", "ur"]);
