/* sshkeys embed: the key generator on a documentation page, in an iframe from the folder this
 * script is served from. Two ways to place it:
 *
 *   <sshkeys-generator types="rsa" bits="4096" notify load="click"></sshkeys-generator>
 *   <div data-sshkeys data-types="rsa" data-bits="4096" data-notify></div>
 *   <script src="https://keys.example.com/embed.js" async></script>
 *
 * type, bits, types, comment, theme (light|dark|auto), ppk (2|3) and lang (a BCP 47 tag) become
 * the generator's query options; title names the iframe, height is its height in px until the
 * generator reports its own. On the div they are data- attributes. With notify, the generator's
 * "Use this key" sends the public key line (never the private key) to this page's origin, and
 * the element (or div) fires a "sshkeys:public-key" event with detail.publicKey.
 *
 * The element also takes load: "eager" (the default, as the div: the iframe at once, which the
 * browser loads when it nears the view), "visible" (the iframe once the element is scrolled
 * near the view) or "click" (a small box with a button; the iframe, and so Python, only after
 * the click). The element's own text, if any, is that button's label. The box is styled by a
 * constructed stylesheet in the element's shadow root, which a host page's Content Security
 * Policy does not govern, so it needs no 'unsafe-inline' styles.
 *
 * The box's words and the iframe's title are in the element's language: its lang (data-lang
 * on the div) when it is a language they have, else that of the page around it (the nearest
 * lang attribute, as <html lang>), else the first of the browser's languages they have, else
 * English; an author's title and button text are used as written. They come from Project
 * Fluent catalogs (web/locales/<tag>/embed.ftl), which build.py bundles into dist/embed.js with
 * this file: one classic script, so document.currentScript is still this one while it runs.
 *
 * Messages are accepted only from the iframe's own window and origin.
 */
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { EMBED_CATALOGS, EMBED_RTL } from "./locales/embed.js";

(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src || window.sshkeysEmbed) return;
  var page = new URL("index.html", script.src);
  var here = window.location.origin;            // "null" for file: pages: no messages then
  var canTalk = /^https?:\/\//.test(here);
  var PRESETS = ["type", "bits", "types", "comment", "theme", "ppk"];
  // language[-script][-region][-variant...]: "de", "pt-BR", "zh-Hans", "sr-Latn-RS".
  var LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
  var LOADS = ["eager", "visible", "click"];
  var ELEMENT = "sshkeys-generator";
  var frames = [];                              // [{host, iframe, notify}]
  var ENGLISH = "en";
  var bundles = {};                             // tag -> FluentBundle, made on first use

  /** The language for `host`: `asked` (its lang option) or the lang of the page around it,
   *  whichever comes first with a catalog, else the browser's languages, else English. */
  function languageOf(host, asked) {
    var around = host.parentElement && host.parentElement.closest("[lang]");
    var requested = [asked, (around || document.documentElement).getAttribute("lang")]
      .filter(function (tag) { return tag && LANGUAGE_TAG.test(tag); })
      .concat(navigator.languages || [navigator.language]);
    return negotiateLanguages(requested, Object.keys(EMBED_CATALOGS),
      { strategy: "lookup", defaultLocale: ENGLISH })[0];
  }

  function bundleFor(tag) {
    if (!bundles[tag]) {
      // Isolation marks only in right-to-left text, where they keep a host name in its order.
      var bundle = new FluentBundle(tag, { useIsolating: EMBED_RTL.has(tag) });
      bundle.addResource(new FluentResource(EMBED_CATALOGS[tag])).forEach(function (error) {
        console.error("sshkeys: " + tag + " embed catalog: " + error.message);
      });
      bundles[tag] = bundle;
    }
    return bundles[tag];
  }

  /** Message `id` in language `tag` (English when that catalog lacks it). */
  function t(tag, id, args) {
    var bundle = bundleFor(tag);
    var message = bundle.getMessage(id);
    if (!message || !message.value) {
      bundle = bundleFor(ENGLISH);
      message = bundle.getMessage(id);
    }
    return bundle.formatPattern(message.value, args || {});
  }

  /** The iframe for `host` (the div or the element); attr(name) reads one of its options. */
  function build(host, attr, lazy) {
    var src = new URL(page.href);
    src.searchParams.set("embed", "1");
    PRESETS.forEach(function (name) {
      var value = attr(name);
      if (value !== null) src.searchParams.set(name, value);
    });
    var lang = attr("lang");
    if (lang !== null) {
      if (LANGUAGE_TAG.test(lang)) src.searchParams.set("lang", lang);
      else console.warn("sshkeys: ignoring lang=" + JSON.stringify(lang) +
                        ": not a language tag (BCP 47: de, pt-BR, zh-Hans).");
    }
    var notify = canTalk && attr("notify") !== null && attr("notify") !== "false";
    if (canTalk) src.searchParams.set("parent", here);
    if (notify) src.searchParams.set("notify", here);
    var iframe = document.createElement("iframe");
    iframe.src = src.href;
    iframe.title = attr("title") || t(languageOf(host, lang), "embed-title");
    // allow-same-origin: the generator's Web Worker and Python load from its own origin;
    // allow-forms: its forms are submitted to a script, never anywhere else (form-action 'none').
    iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-downloads allow-forms");
    iframe.setAttribute("allow", "clipboard-write");
    if (lazy) iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("referrerpolicy", "no-referrer");
    // Through the CSSOM, which a page's Content Security Policy leaves alone (a style
    // attribute written as markup would need 'unsafe-inline').
    iframe.style.cssText = "display:block;width:100%;min-width:0;border:none;height:" +
      startHeight(attr) + "px";
    frames = frames.filter(function (entry) { return entry.iframe.isConnected; });
    frames.push({ host: host, iframe: iframe, notify: notify });
    return iframe;
  }

  function startHeight(attr) {
    var height = attr("height") || "";
    return /^\d{2,4}$/.test(height) ? height : "640";
  }

  function scan() {
    var divs = document.querySelectorAll("div[data-sshkeys]:not([data-sshkeys-ready])");
    for (var i = 0; i < divs.length; i++) {
      var div = divs[i];
      var iframe = build(div, function (name) { return div.getAttribute("data-" + name); }, true);
      div.setAttribute("data-sshkeys-ready", "");
      div.appendChild(iframe);
    }
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== page.origin) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    for (var i = 0; i < frames.length; i++) {
      var entry = frames[i];
      if (event.source !== entry.iframe.contentWindow) continue;
      if (data.type === "sshkeys:height" && typeof data.height === "number" &&
          data.height > 0 && data.height < 100000) {
        entry.iframe.style.height = Math.ceil(data.height) + "px";
      } else if (data.type === "sshkeys:public-key" && entry.notify && typeof data.publicKey === "string") {
        entry.host.dispatchEvent(new CustomEvent("sshkeys:public-key",
          { bubbles: true, detail: { publicKey: data.publicKey } }));
      }
      return;
    }
  });

  // -- <sshkeys-generator> --------------------------------------------------------------------

  // The click-to-load box: a line on what loads and a button; a click anywhere in the box
  // loads the generator too. The page's own font and colours (inherited into the shadow root).
  var CSS = [
    ":host { display: block; }",
    ":host([hidden]) { display: none; }",
    ".box { box-sizing: border-box; padding: 1rem; border: 1px solid currentColor;",
    "  border-radius: 6px; cursor: pointer; }",
    ".about { margin: 0 0 0.75rem; }",
    "button { font: inherit; padding: 0.4rem 0.9rem; cursor: pointer; }",
    "button:focus-visible { outline: 2px solid; outline-offset: 2px; }",
  ].join("\n");
  var sheet = null;

  function style(root) {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" &&
        "replaceSync" in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } else {                                    // older engines: a <style>, which a strict CSP refuses
      var element = document.createElement("style");
      element.textContent = CSS;
      root.appendChild(element);
    }
  }

  function text(tag, className, words) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    element.textContent = words;
    return element;
  }

  if (window.customElements && !window.customElements.get(ELEMENT)) {
    window.customElements.define(ELEMENT, class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;            // moved within the page: it has what it needs
        var root = this.attachShadow({ mode: "open" });
        style(root);
        var slot = document.createElement("slot");
        slot.name = "frame";                    // the iframe is a child of the element
        root.appendChild(slot);
        var mode = (this.getAttribute("load") || "eager").toLowerCase();
        if (LOADS.indexOf(mode) < 0) {
          console.warn("sshkeys: ignoring load=" + JSON.stringify(this.getAttribute("load")) +
                       ": not one of " + LOADS.join(", ") + ".");
          mode = "eager";
        }
        if (mode === "click") this._placeholder(root);
        else if (mode === "visible" && "IntersectionObserver" in window) this._whenVisible(root);
        else this._start(mode === "eager");
      }

      _start(lazy) {
        if (this._iframe) return this._iframe;
        var element = this;
        var iframe = this._iframe = build(this, function (name) { return element.getAttribute(name); }, lazy);
        iframe.slot = "frame";
        this.appendChild(iframe);
        return iframe;
      }

      _placeholder(root) {
        var tag = languageOf(this, this.getAttribute("lang"));
        var box = text("div", "box", "");
        box.setAttribute("part", "placeholder");
        box.lang = tag;
        box.dir = EMBED_RTL.has(tag) ? "rtl" : "ltr";
        var about = text("p", "about", t(tag, "embed-about",
          { title: this.getAttribute("title") || t(tag, "embed-title"), host: page.host }));
        about.id = "about";
        var button = text("button", "", this.textContent.trim() || t(tag, "embed-load"));
        button.type = "button";
        button.setAttribute("part", "button");
        button.setAttribute("aria-describedby", "about");
        box.appendChild(about);
        box.appendChild(button);
        var element = this;
        box.addEventListener("click", function () {
          box.remove();
          element._start(false).focus();        // keyboard users carry on inside the generator
        });
        root.appendChild(box);
      }

      _whenVisible(root) {
        // Room for the generator meanwhile, so that the page does not jump when it comes.
        var room = document.createElement("div");
        room.style.height = startHeight(this.getAttribute.bind(this)) + "px";
        root.appendChild(room);
        var element = this;
        this._observer = new IntersectionObserver(function (entries) {
          if (!entries.some(function (entry) { return entry.isIntersecting; })) return;
          element._observer.disconnect();
          element._observer = null;
          room.remove();
          element._start(false);
        }, { rootMargin: "200px 0px" });
        this._observer.observe(this);
      }
    });
  }

  window.sshkeysEmbed = { scan: scan };
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  // Pages that swap their content without reloading (MkDocs Material's instant navigation,
  // single-page documentation sites) get their new divs too; new elements upgrade by themselves.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
