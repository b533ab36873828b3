/* sshkeys embed: turns each <div data-sshkeys> of a documentation page into the key generator,
 * in an iframe from the folder this script is served from.
 *
 *   <div data-sshkeys data-types="rsa" data-bits="4096" data-notify></div>
 *   <script src="https://keys.example.com/embed.js" async></script>
 *
 * data-type, data-bits, data-types, data-comment, data-theme (light|dark|auto), data-ppk (2|3)
 * become the generator's query options; data-title names the iframe. With data-notify, the
 * generator's "Use this key" sends the public key line (never the private key) to this page's
 * origin, and the div fires a "sshkeys:public-key" event with detail.publicKey.
 * Messages are accepted only from the iframe's own window and origin.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src || window.sshkeysEmbed) return;
  var page = new URL("index.html", script.src);
  var here = window.location.origin;            // "null" for file: pages: no messages then
  var canTalk = /^https?:\/\//.test(here);
  var PRESETS = ["type", "bits", "types", "comment", "theme", "ppk"];
  var frames = [];                              // [{div, iframe}]

  function build(div) {
    var src = new URL(page.href);
    src.searchParams.set("embed", "1");
    PRESETS.forEach(function (name) {
      var value = div.getAttribute("data-" + name);
      if (value !== null) src.searchParams.set(name, value);
    });
    var notify = canTalk && div.hasAttribute("data-notify") && div.getAttribute("data-notify") !== "false";
    if (canTalk) src.searchParams.set("parent", here);
    if (notify) src.searchParams.set("notify", here);
    var iframe = document.createElement("iframe");
    iframe.src = src.href;
    iframe.title = div.getAttribute("data-title") || "SSH key generator";
    // allow-same-origin: the generator's Web Worker and Python load from its own origin;
    // allow-forms: its forms are submitted to a script, never anywhere else (form-action 'none').
    iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-downloads allow-forms");
    iframe.setAttribute("allow", "clipboard-write");
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("referrerpolicy", "no-referrer");
    var height = div.getAttribute("data-height") || "";
    iframe.style.cssText = "display:block;width:100%;min-width:0;border:none;height:" +
      (/^\d{2,4}$/.test(height) ? height : "640") + "px";
    div.setAttribute("data-sshkeys-ready", "");
    div.appendChild(iframe);
    frames.push({ div: div, iframe: iframe, notify: notify });
  }

  function scan() {
    var divs = document.querySelectorAll("div[data-sshkeys]:not([data-sshkeys-ready])");
    for (var i = 0; i < divs.length; i++) build(divs[i]);
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
        entry.div.dispatchEvent(new CustomEvent("sshkeys:public-key",
          { bubbles: true, detail: { publicKey: data.publicKey } }));
      }
      return;
    }
  });

  window.sshkeysEmbed = { scan: scan };
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  // Pages that swap their content without reloading (MkDocs Material's instant navigation,
  // single-page documentation sites) get their new divs too.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
