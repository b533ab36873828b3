// Every catalog the page holds, bundled as text (esbuild's text loader for .ftl): every language
// is in app.js, under its integrity, and nothing is fetched when the reader changes language (the
// bench's `languages` rows weigh them). A language is whole or absent: tests/test_l10n.py fails
// when a catalog lacks a message English has, has one English has not, or drops a placeable.
import enPage from "./en/page.ftl";
import enSign from "./en/sign.ftl";
import enCerts from "./en/certs.ftl";
import enCheckup from "./en/checkup.ftl";
import enStrength from "./en/strength.ftl";
import dePage from "./de/page.ftl";
import deSign from "./de/sign.ftl";
import deCerts from "./de/certs.ftl";
import deCheckup from "./de/checkup.ftl";
import deStrength from "./de/strength.ftl";
import frPage from "./fr/page.ftl";
import frSign from "./fr/sign.ftl";
import frCerts from "./fr/certs.ftl";
import frCheckup from "./fr/checkup.ftl";
import frStrength from "./fr/strength.ftl";
import esPage from "./es/page.ftl";
import esSign from "./es/sign.ftl";
import esCerts from "./es/certs.ftl";
import esCheckup from "./es/checkup.ftl";
import esStrength from "./es/strength.ftl";
import ptBRPage from "./pt-BR/page.ftl";
import ptBRSign from "./pt-BR/sign.ftl";
import ptBRCerts from "./pt-BR/certs.ftl";
import ptBRCheckup from "./pt-BR/checkup.ftl";
import ptBRStrength from "./pt-BR/strength.ftl";
import itPage from "./it/page.ftl";
import itSign from "./it/sign.ftl";
import itCerts from "./it/certs.ftl";
import itCheckup from "./it/checkup.ftl";
import itStrength from "./it/strength.ftl";
import nlPage from "./nl/page.ftl";
import nlSign from "./nl/sign.ftl";
import nlCerts from "./nl/certs.ftl";
import nlCheckup from "./nl/checkup.ftl";
import nlStrength from "./nl/strength.ftl";
import plPage from "./pl/page.ftl";
import plSign from "./pl/sign.ftl";
import plCerts from "./pl/certs.ftl";
import plCheckup from "./pl/checkup.ftl";
import plStrength from "./pl/strength.ftl";
import ruPage from "./ru/page.ftl";
import ruSign from "./ru/sign.ftl";
import ruCerts from "./ru/certs.ftl";
import ruCheckup from "./ru/checkup.ftl";
import ruStrength from "./ru/strength.ftl";
import ukPage from "./uk/page.ftl";
import ukSign from "./uk/sign.ftl";
import ukCerts from "./uk/certs.ftl";
import ukCheckup from "./uk/checkup.ftl";
import ukStrength from "./uk/strength.ftl";
import trPage from "./tr/page.ftl";
import trSign from "./tr/sign.ftl";
import trCerts from "./tr/certs.ftl";
import trCheckup from "./tr/checkup.ftl";
import trStrength from "./tr/strength.ftl";
import zhCNPage from "./zh-CN/page.ftl";
import zhCNSign from "./zh-CN/sign.ftl";
import zhCNCerts from "./zh-CN/certs.ftl";
import zhCNCheckup from "./zh-CN/checkup.ftl";
import zhCNStrength from "./zh-CN/strength.ftl";
import jaPage from "./ja/page.ftl";
import jaSign from "./ja/sign.ftl";
import jaCerts from "./ja/certs.ftl";
import jaCheckup from "./ja/checkup.ftl";
import jaStrength from "./ja/strength.ftl";
import koPage from "./ko/page.ftl";
import koSign from "./ko/sign.ftl";
import koCerts from "./ko/certs.ftl";
import koCheckup from "./ko/checkup.ftl";
import koStrength from "./ko/strength.ftl";
import arPage from "./ar/page.ftl";
import arSign from "./ar/sign.ftl";
import arCerts from "./ar/certs.ftl";
import arCheckup from "./ar/checkup.ftl";
import arStrength from "./ar/strength.ftl";

export const CATALOGS = {
  en: [enPage, enSign, enCerts, enCheckup, enStrength],
  de: [dePage, deSign, deCerts, deCheckup, deStrength],
  fr: [frPage, frSign, frCerts, frCheckup, frStrength],
  es: [esPage, esSign, esCerts, esCheckup, esStrength],
  "pt-BR": [ptBRPage, ptBRSign, ptBRCerts, ptBRCheckup, ptBRStrength],
  it: [itPage, itSign, itCerts, itCheckup, itStrength],
  nl: [nlPage, nlSign, nlCerts, nlCheckup, nlStrength],
  pl: [plPage, plSign, plCerts, plCheckup, plStrength],
  ru: [ruPage, ruSign, ruCerts, ruCheckup, ruStrength],
  uk: [ukPage, ukSign, ukCerts, ukCheckup, ukStrength],
  tr: [trPage, trSign, trCerts, trCheckup, trStrength],
  "zh-CN": [zhCNPage, zhCNSign, zhCNCerts, zhCNCheckup, zhCNStrength],
  ja: [jaPage, jaSign, jaCerts, jaCheckup, jaStrength],
  ko: [koPage, koSign, koCerts, koCheckup, koStrength],
  ar: [arPage, arSign, arCerts, arCheckup, arStrength],
};

// Each language's name for itself, as the language menu lists it (in this order).
export const NAMES = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  it: "Italiano",
  nl: "Nederlands",
  pl: "Polski",
  ru: "Русский",
  uk: "Українська",
  tr: "Türkçe",
  "zh-CN": "简体中文",
  ja: "日本語",
  ko: "한국어",
  ar: "العربية",
};

// Languages written right to left: the page mirrors (<html dir="rtl">).
export const RTL = new Set(["ar", "he", "fa", "ur"]);
