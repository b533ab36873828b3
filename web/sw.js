// The service worker: keeps this build's files so that the page works offline after one visit,
// and nothing else (no key material ever passes through it: keys are made in the page's worker
// and downloaded from Blob URLs).
//
// build.py writes BUILD below: the sha256 of this build's manifest.json and its files with their
// sha256s. A new build changes this file, so the browser installs the new service worker; it
// fetches every file of its build, checked against those hashes, into a cache of its own, and
// once no page of the old build is open (or the page's "Reload now" asks) it takes over and
// drops the old build's cache.
const BUILD = { id: "", files: {} };   // build.py
const CACHE = `sshkeys-${BUILD.id}`;
const SCOPE = new URL("./", self.location.href).href;

const hexToBase64 = (hex) => btoa(String.fromCharCode(...hex.match(/../g).map((b) => parseInt(b, 16))));

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Each file is checked against this build's hash: a file from another build or altered on
    // the way fails the install, and the old service worker stays.
    await Promise.all(Object.entries(BUILD.files).map(async ([name, sha256]) => {
      const response = await fetch(new URL(name, SCOPE), { cache: "no-cache", integrity: `sha256-${hexToBase64(sha256)}` });
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      await cache.put(new URL(name, SCOPE), response);
    }));
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("sshkeys-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();   // the first visit's page too, not only the next one
  })());
});

// The page's "Reload now" (a new build is waiting): take over at once; the page then reloads.
self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
});

// Only this build's own files, by name (a query string such as ?embed=1 does not matter);
// every other request is left to the browser.
self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const name = request.url.slice(SCOPE.length).split(/[?#]/)[0] || "index.html";
  if (!Object.hasOwn(BUILD.files, name)) return;
  event.respondWith((async () => {
    const cached = await caches.match(new URL(name, SCOPE), { cacheName: CACHE });
    return cached || fetch(request);
  })());
});
