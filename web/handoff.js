// Hand-off to another device: the public key line as a QR code, and the key's bubblebabble
// (ssh-keygen -B) to read aloud. The worker encodes the QR code (uqr, bundled into worker.js);
// this module draws its modules as one SVG path. Everything is built with DOM calls, no markup.
import { $ } from "./dom.js";
import { setMessage } from "./l10n.js";

const SVG = "http://www.w3.org/2000/svg";
const MODULE_PX = 4;    // CSS pixels a module: a version-10 code (an Ed25519 line) is 260 px

function draw({ size, modules }) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("width", String(size * MODULE_PX));
  svg.setAttribute("height", String(size * MODULE_PX));
  svg.setAttribute("shape-rendering", "crispEdges");
  svg.setAttribute("role", "img");
  setMessage(svg, "result-qr");      // its aria-label
  const background = document.createElementNS(SVG, "rect");
  background.setAttribute("width", String(size));
  background.setAttribute("height", String(size));
  background.setAttribute("fill", "#fff");
  const dark = document.createElementNS(SVG, "path");
  let d = "";
  modules.forEach((row, y) => row.forEach((on, x) => {
    if (on) d += `M${x},${y}h1v1h-1z`;
  }));
  dark.setAttribute("d", d);
  dark.setAttribute("fill", "#000");
  svg.append(background, dark);
  return svg;
}

export function setupHandoff(worker) {
  let shown = 0;     // a newer key's code replaces an older one still on its way
  return async (key) => {
    const turn = ++shown;
    $("fp-bubblebabble").textContent = key.bubblebabble;
    $("qr-code").replaceChildren();
    $("qr-note").hidden = true;
    const qr = await worker.call("qr", { text: key.public_line });
    if (turn !== shown) return;
    if (!qr.fits) {
      setMessage($("qr-note"), "result-qr-too-long", { bytes: qr.bytes, limit: qr.limit });
      $("qr-note").hidden = false;
      return;
    }
    $("qr-code").append(draw(qr));
    if (qr.version > 25) {
      setMessage($("qr-note"), "result-qr-dense");
      $("qr-note").hidden = false;
    }
  };
}
