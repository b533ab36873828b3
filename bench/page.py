"""Benchmark: the page in headless Chromium as a user meets it, beside ssh-keygen and puttygen,
in one run on one machine; and ready and RSA 4096 in each engine (Chromium, Firefox, WebKit:
the `engines` rows, which need an X server for WebKit: run under `xvfb-run -a`).

    python bench/page.py [--samples 21] [--loads 7] [--dist DIR] [--only rsa,save] [--json F]
    python bench/page.py --quick --trace     # a smoke run, and where a cold load's time goes

Prints a markdown table of medians [interquartile range], ratios ours / theirs and the issue's
targets. Our times come from the page's own marks (web/app.js: "sshkeys:generate" ->
"sshkeys:key-shown" and so on, "sshkeys:ready" since navigation start), never from Playwright
round trips; theirs are whole processes, start-up included, run interleaved with ours in
rotating order so that a busy machine slows all three alike. It measures; it asserts nothing.
"""

import argparse
import atexit
import collections
import datetime
import gzip
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from engine import putty_version, spread, ssh_version, todays_referees  # noqa: E402

# tests/page.py (building and serving dist/), loaded by path: it has this file's name.
_spec = importlib.util.spec_from_file_location("page_tools", ROOT / "tests" / "page.py")
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)
# tests/browsers.py (the tests' one browser harness: every tab here is its Tab, and what only
# Playwright does, CDP above all, goes through tab.playwright), which imports it as `page`.
sys.modules.setdefault("page", tools)
_spec = importlib.util.spec_from_file_location("browsers", ROOT / "tests" / "browsers.py")
browsers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(browsers)

PASSPHRASE = "benchmark passphrase"
GROUPS = ["load", "baselines", "bytes", "embed", "languages", "warm", "offline", "rsa", "ecc", "save", "open", "heap",
          "engines"]
WAIT_MS = 180_000
BCRYPT_ROUNDS = 16  # ssh-keygen's default, which the OpenSSH save and open rows compare at
IDLE_MS = 1_500     # after ready, before memory is read: what start-up left settles
FORM_MS = 3_000     # "after 3 s on the form": a user reading it while the key is made in advance

# Resolves once the page holds `count` marks of that name: no polling from Python, and the
# page's CSP refuses wait_for_function's string predicates anyway.
WAIT_JS = """([name, count, ms]) => new Promise((resolve) => {
  const done = () => performance.getEntriesByName(name, "mark").length >= count;
  if (done()) return resolve(true);
  const observer = new PerformanceObserver(() => { if (done()) { observer.disconnect(); resolve(true); } });
  observer.observe({ type: "mark" });
  setTimeout(() => { observer.disconnect(); resolve(done()); }, ms);
})"""
TIMINGS_JS = """() => { const at = (name) => (performance.getEntriesByName(name)[0] || {}).startTime;
  return { fp: at("first-paint"), fcp: at("first-contentful-paint"), ready: at("sshkeys:ready"),
    origin: performance.timeOrigin, sw: Boolean(navigator.serviceWorker?.controller),
    stages: (performance.getEntriesByName("sshkeys:ready")[0] || {}).detail || {} }; }"""
RESOURCES_JS = """() => [performance.timeOrigin, [...performance.getEntriesByType("navigation"),
  ...performance.getEntriesByType("resource")].map((e) => [e.name.split("/").pop() || "index.html", e.startTime,
  e.responseEnd])]"""
# A documentation page of another origin with the click-to-load generator (web/embed.js).
EMBED_HOST = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title></head>
<body><h1>Add an SSH key</h1><p>Prose.</p>
<sshkeys-generator load="click" types="rsa" notify></sshkeys-generator>
<script src="{embed_js}" async></script></body></html>"""
# A registered service worker's `ready`: installed and activated, so its precache is filled.
SW_SETTLED_JS = ("async () => Boolean(await navigator.serviceWorker?.getRegistration()"
                 " && await navigator.serviceWorker.ready)")


# -- the page -------------------------------------------------------------------------------------

def marks(tab, name: str) -> list:
    return tab.evaluate("(n) => performance.getEntriesByName(n, 'mark').map((e) => e.startTime)", name)


def wait_mark(tab, name: str, count: int, poll=None) -> None:
    """Until the page holds `count` marks `name`; with poll, call it every 100 ms meanwhile."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while poll and len(marks(tab, name)) < count and time.monotonic() < deadline:
        poll()
        tab.playwright.wait_for_timeout(100)
    if not tab.evaluate(WAIT_JS, [name, count, 0 if poll else WAIT_MS]):
        said = {i: tab.text(f"#{i}") for i in ("load-text", "passphrase-error", "save-error",
                                                       "open-error", "download-status")}
        raise RuntimeError(f"no mark {name} #{count} within {WAIT_MS} ms; the page says {said}")


def timed(tab, start: str, end: str, action, poll=None) -> float:
    """ms from the mark sshkeys:<start> to the sshkeys:<end> that follows `action`."""
    n = len(marks(tab, f"sshkeys:{end}"))
    action()
    wait_mark(tab, f"sshkeys:{end}", n + 1, poll)
    stop = marks(tab, f"sshkeys:{end}")[n]
    return stop - max(t for t in marks(tab, f"sshkeys:{start}") if t <= stop)


def generate(tab, family: str, bits=None, poll=None) -> float:
    tab.click("#tab-generate")
    tab.choose_type(family, bits)
    return timed(tab, "generate", "key-shown", lambda: tab.click("#generate"), poll)


def save(tab, fmt: str, poll=None) -> float:
    return timed(tab, "save", "saved", lambda: tab.click(f"button.download[data-format={fmt}]"), poll)


def open_key(tab, path: Path, poll=None) -> float:
    tab.click("#tab-open")
    tab.set_files("#key-file", path)
    tab.wait_for_text("#open-status", "protected by a passphrase", timeout=WAIT_MS)
    tab.fill("#open-passphrase", PASSPHRASE)
    return timed(tab, "open", "opened", lambda: tab.click("#open"), poll)


def save_options(tab, passes: int, memory: int) -> None:
    """The save passphrase, and the referees' costs in the fields behind "Advanced": PuTTYgen's
    Argon2 and ssh-keygen's default bcrypt rounds (16; the page's own default is 24)."""
    tab.fill("#save-passphrase", PASSPHRASE)
    tab.fill("#save-passphrase2", PASSPHRASE)
    tab.evaluate("([p, m, r]) => { document.getElementById('ppk-passes').value = p;"
                 " document.getElementById('ppk-memory').value = m;"
                 " document.getElementById('rounds').value = r; }", [passes, memory, BCRYPT_ROUNDS])


def load(tab, url: str, trace=False) -> dict:
    """A new tab navigated to url, once Python is ready: the page's timings in ms since
    navigation start, and with trace its milestones, the worker's fetches too."""
    tab.goto(url)
    tab.wait_ready()
    t = dict(tab.evaluate(TIMINGS_JS), tab=tab, trace=[])
    if trace:
        t["trace"] += [["first paint", t["fp"]], ["ready", t["ready"]]]
        # worker.js's own clock for its stages, when the ready mark carries them (web/app.js)
        t["trace"] += [[f"worker: {stage} begins", ms] for stage, ms in t["stages"].items()]
        page = tab.playwright
        for side in [page, *page.workers[:1]]:
            origin, entries = side.evaluate(RESOURCES_JS)
            shift = origin - t["origin"]        # a worker's clock starts when it does
            if side is not page:
                t["trace"].append(["worker started", shift])
            for name, start, end in entries:
                if side is not page:    # the worker's fetches are the critical path
                    t["trace"].append([f"{name} requested", start + shift])
                t["trace"].append([f"{name} received", end + shift])
    return t


class WorkerProbe:
    """CDP in the page's dedicated worker: its JS heap (Runtime.getHeapUsage, polled) and, with
    profile, a CPU profile from its first instruction on. The worker is auto-attached without
    flattening: Playwright's CDPSession cannot address a flat child session, but
    Target.sendMessageToTarget can. Replies arrive while Playwright waits (wait_for_timeout)."""

    def __init__(self, tab, profile=False):
        self.cdp, self.profile = tab.playwright.context.new_cdp_session(tab.playwright), profile
        self.session, self.next, self.replies, self.peak_used, self.peak_total = None, 0, {}, 0, 0
        self.cdp.on("Target.attachedToTarget", self._attached)
        self.cdp.on("Target.receivedMessageFromTarget", self._message)
        self.cdp.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": profile,
                                               "flatten": False})

    def _attached(self, event):
        if event["targetInfo"]["type"] == "worker" and not self.session:
            self.session = event["sessionId"]
            if self.profile:
                self.send("Profiler.enable")
                self.send("Profiler.start")
        if event["waitingForDebugger"]:
            self.send("Runtime.runIfWaitingForDebugger", session=event["sessionId"])

    def _message(self, event):
        message = json.loads(event["message"])
        result = message.get("result") or {}
        if "usedSize" in result:
            self.peak_used = max(self.peak_used, result["usedSize"])
            self.peak_total = max(self.peak_total, result["totalSize"])
        elif "id" in message:
            self.replies[message["id"]] = result

    def send(self, method: str, params=None, session=None) -> int:
        self.next += 1
        self.cdp.send("Target.sendMessageToTarget", {"sessionId": session or self.session, "message":
                      json.dumps({"id": self.next, "method": method, "params": params or {}})})
        return self.next

    def poll(self):
        if self.session:
            self.send("Runtime.getHeapUsage")

    def stop_profile(self, tab) -> collections.Counter:
        """ms of the worker's thread by what ran: WebAssembly (Python), JS by file, idle…"""
        ident = self.send("Profiler.stop")
        while ident not in self.replies:
            tab.playwright.wait_for_timeout(20)
        profile = self.replies.pop(ident)["profile"]
        frames = {node["id"]: node["callFrame"] for node in profile["nodes"]}
        split = collections.Counter()
        for node, delta in zip(profile["samples"], profile["timeDeltas"]):
            f = frames[node]
            split["WebAssembly (CPython running)" if f["functionName"].startswith("wasm-function") else
                  f"JS of {f['url'].rsplit('/', 1)[-1]}" if f["url"] else f["functionName"]] += delta / 1000
        return split


def renderer_peak_rss(browser) -> int:
    """VmHWM (peak resident set) of the renderer that worked the most: the tab's, holding the
    page, its worker and Pyodide's WebAssembly memory. (That memory alone is out of reach:
    Runtime.queryObjects in a worker crashes this Chromium.)"""
    processes = browser.new_browser_cdp_session().send("SystemInfo.getProcessInfo")["processInfo"]
    pid = max((p for p in processes if p["type"] == "renderer"), key=lambda p: p["cpuTime"])["id"]
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) * 1024


# -- the baselines: what the page is measured against in the same run ---------------------------

PLAIN_PYODIDE_FILES = ["pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                       "pyodide-lock.json"]
# Pyodide started the documented way, from the same npm package's files: loadPyodide(), then
# one line of Python. The page's own ready mark, so both are read alike.
PLAIN_PYODIDE_PAGE = """<!doctype html><meta charset="utf-8"><title>Plain Pyodide</title>
<p id="state">Loading Python…</p><script src="pyodide.js"></script>
<script>loadPyodide().then((py) => { py.runPython("1 + 1");
  performance.mark("sshkeys:ready"); document.getElementById("state").textContent = "Ready."; });
</script>
"""


def plain_pyodide_site(work: Path) -> Path:
    """A folder of plain Pyodide: the npm package's files and a page that starts it."""
    plain = work / "plain-pyodide"
    plain.mkdir(parents=True)
    for name in PLAIN_PYODIDE_FILES:
        shutil.copy(ROOT / "node_modules" / "pyodide" / name, plain / name)
    (plain / "index.html").write_text(PLAIN_PYODIDE_PAGE)
    return plain


def static_site(dist: Path, work: Path) -> Path:
    """A folder with a static page of as many bytes as ours (index.html and app.js) and no
    script at all, for first paint."""
    static = work / "static"
    static.mkdir(parents=True)
    html = (dist / "index.html").read_text()
    stripped = "".join(part.split("</script>", 1)[-1] for part in html.split("<script"))
    padding = len(html.encode()) + (dist / "app.js").stat().st_size - len(stripped.encode())
    (static / "index.html").write_text(stripped + f"<!-- {'x' * max(0, padding - 9)} -->")
    return static


# -- the referees ---------------------------------------------------------------------------------

def process(command: list, before=None) -> float:
    if before:
        before()
    start = time.perf_counter()
    subprocess.run([str(c) for c in command], check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def brotli_size(data: bytes) -> int:
    """The bytes of data as brotli at quality 11, by Node.js's zlib as build.py compresses."""
    out = subprocess.run(["node", "-e", "process.stdout.write(String(require('zlib').brotliCompressSync("
                          "require('fs').readFileSync(0)).length))"], input=data, capture_output=True,
                         check=True)
    return int(out.stdout)


def interleaved(n: int, runners: dict) -> dict:
    """n samples of each runner (name -> function returning ms) in rotating order, after one
    discarded warm-up each: first-call costs are the load rows' business."""
    names = list(runners)
    for name in names:
        runners[name]()
    samples = {name: [] for name in names}
    for i in range(n):
        for name in names[i % len(names):] + names[:i % len(names)]:
            samples[name].append(runners[name]())
    return samples


# -- the run --------------------------------------------------------------------------------------

class Run:
    def __init__(self, args, chromium, url: str, dist: Path, work: Path):
        """chromium: tests/browsers.py's Chromium; each sample's tab is chromium.tab()."""
        self.args, self.chromium, self.url, self.dist, self.work = args, chromium, url, dist, work
        self.browser = chromium.browser     # Playwright's, for the browser-wide CDP session
        self.rows, self.trace, self.profile = [], [], None
        self.empty, self.pw = work / "empty", work / "pw"
        self.empty.write_text("")
        self.pw.write_text(PASSPHRASE + "\n")
        # PuTTYgen's own Argon2 parameters on this machine. It times its passes to about 0.1 s,
        # so a busy moment gives fewer: the most of five files is the least disturbed count.
        files = [work / f"protected{i}.ppk" for i in range(5)]
        for ppk in files:
            process(["puttygen", "-q", "-t", "ed25519", "--new-passphrase", self.pw, "-o", ppk])
        headers = [dict(line.split(": ", 1) for line in f.read_text().splitlines() if ": " in line) for f in files]
        best = max(range(5), key=lambda i: int(headers[i]["Argon2-Passes"]))
        self.ppk, self.memory = files[best], int(headers[best]["Argon2-Memory"])
        self.passes = int(headers[best]["Argon2-Passes"])
        self.all_passes = sorted(int(h["Argon2-Passes"]) for h in headers)
        # Today's ssh-keygen and puttygen (tests/referees_build.py), for the KDF rows too.
        self.today = todays_referees()

    def row(self, name, ours, keygen=None, putty=None, unit="ms", target=None, note=None,
            baseline=None):
        """baseline: (what, samples), measured in this run; a target ("baseline", x) is a ratio
        to it."""
        self.rows.append({"name": name, "ours": ours, "ssh-keygen": keygen, "puttygen": putty,
                          "unit": unit, "target": target, "note": note, "baseline": baseline})

    def generations(self, referee: str, runners: dict, run) -> dict:
        """runners plus `run(tool)` for Debian's `referee` and, where built, today's (under
        the key "<referee> today"), all sampled in one rotation."""
        runners[referee] = lambda: run(referee)
        if self.today:
            tool = self.today[0 if referee == "ssh-keygen" else 1]
            runners[f"{referee} today"] = lambda: run(tool)
        return runners

    def kdf_rows(self, name: str, samples: dict, referee: str, target):
        """A KDF row against Debian's referee and, where built, one against today's."""
        column = {"ssh-keygen": "keygen", "puttygen": "putty"}[referee]
        self.row(name, samples["ours"], **{column: samples[referee]}, target=target)
        if f"{referee} today" in samples:
            version = (ssh_version(self.today[0]) if referee == "ssh-keygen"
                       else putty_version(self.today[1]))
            self.row(f"{name}, vs {version}", samples["ours"],
                     **{column: samples[f"{referee} today"]}, target=target)

    def baselines(self, n: int):
        """Cold loads of ours, plain Pyodide and the static page in rotating order (a new
        context each), then warm ones (a returning visitor's new tab); the ratios as targets."""
        sites = {"plain Pyodide": tools.Site(plain_pyodide_site(self.work)),
                 "static page": tools.Site(static_site(self.dist, self.work))}
        try:
            urls = {"ours": self.url, **{name: site.url for name, site in sites.items()}}
            cold = {name: [] for name in urls}
            for i in range(n):
                names = list(urls)[i % len(urls):] + list(urls)[:i % len(urls)]
                for name in names:
                    tab = self.chromium.tab()
                    tab.goto(urls[name])
                    if name == "static page":
                        tab.wait("() => performance.getEntriesByName('first-paint').length")
                    else:
                        wait_mark(tab, "sshkeys:ready", 1)
                    cold[name].append(tab.evaluate(TIMINGS_JS))
                    tab.close()
            warm = {}
            for name in ("ours", "plain Pyodide"):
                first = self.chromium.tab()
                first.goto(urls[name])
                wait_mark(first, "sshkeys:ready", 1)
                if name == "ours":
                    first.evaluate(SW_SETTLED_JS)
                first.playwright.close()            # its context (the cache) stays
                warm[name] = []
                for _ in range(n):
                    tab = first.beside()
                    tab.goto(urls[name])
                    wait_mark(tab, "sshkeys:ready", 1)
                    warm[name].append(tab.evaluate(TIMINGS_JS)["ready"])
                    tab.close()
                first.close()
        finally:
            for site in sites.values():
                site.stop()
        ready = lambda name: [t["ready"] for t in cold[name]]      # noqa: E731
        self.row("first paint, cold", [t["fp"] for t in cold["ours"]], target=("baseline", 1.1),
                 baseline=("static page", [t["fp"] for t in cold["static page"]]))
        self.row("Python ready, cold", ready("ours"), target=("baseline", 0.35),
                 baseline=("plain Pyodide", ready("plain Pyodide")))
        self.row("Python ready, warm (a returning visitor's new tab)", warm["ours"],
                 target=("baseline", 0.25), baseline=("plain Pyodide", warm["plain Pyodide"]))

    def cold(self, n: int, rows: bool, count_bytes: bool):
        """A new context per sample: empty HTTP cache, no service worker yet."""
        loads, finished = [], []
        for i in range(n):
            tab = self.chromium.tab()
            if i == 0:
                tab.playwright.context.on("requestfinished", lambda r: finished.append(r))
            loads.append(load(tab, self.url, self.args.trace))
            loads[-1]["first_key"] = generate(tab, "ed25519")
            if i == 0:
                tab.evaluate(SW_SETTLED_JS)     # a service worker's precache is transferred too
                fetched = [(r.url, r.sizes()["responseHeadersSize"], r.service_worker is not None)
                           for r in finished]
            tab.close()
        self.trace = [t["trace"] for t in loads]
        if rows:
            self.row("first paint, cold", [t["fp"] for t in loads])
            self.row("first contentful paint, cold", [t["fcp"] for t in loads])
            self.row("Python ready, cold", [t["ready"] for t in loads])
            self.row("Ed25519 generate-and-show, first key right after a cold ready",
                     [t["first_key"] for t in loads], target=("abs", 50))
        if count_bytes:
            self.transfer(fetched)
        if self.args.trace:     # one more cold load under the CPU profiler, apart from the timed ones
            tab = self.chromium.tab()
            probe = WorkerProbe(tab, profile=True)
            tab.goto(self.url)
            tab.wait_ready()
            self.profile = probe.stop_profile(tab)
            tab.close()

    def transfer(self, fetched: list):
        """Each URL once (what a service worker precached comes the second time from its
        cache), counted from dist/: Playwright gives no body size for worker scripts. build.py's
        server sends a file's .br copy where there is one (Chromium accepts br), else the file."""
        headers = {}
        for url, size, _ in fetched:
            headers[url] = max(headers.get(url, 0), size)
        files = [self.dist / (url.split("/", 3)[3].split("?")[0] or "index.html") for url in headers]
        files = [f for f in files if f.is_file()]

        def total(size) -> float:
            return sum(map(size, files)) / 1e6

        def raw(f: Path) -> int:
            return f.stat().st_size

        def copy(suffix):
            return lambda f: raw(f.with_name(f.name + suffix) if f.with_name(f.name + suffix).is_file() else f)
        by_sw = len({url for url, _, sw in fetched if sw})
        sw = f", {by_sw} of them fetched by the service worker" if by_sw else ""
        self.row(f"bytes a cold load asks for ({len(files)} files{sw}), as stored in dist/",
                 [total(raw)], unit="MB")
        self.row("… as build.py's server sends them to Chromium (.br copy where there is one), with headers",
                 [total(copy(".br")) + sum(headers.values()) / 1e6], unit="MB", target=("abs", 6))
        self.row("… from a server that has only the .gz copies", [total(copy(".gz"))], unit="MB",
                 target=("abs", 6))
        self.row("… from a server that gzips every file (-9) where that is smaller", unit="MB",
                 target=("abs", 6), ours=[total(lambda f: min(raw(f), len(gzip.compress(f.read_bytes(), 9))))])

    def embed(self):
        """The click-to-load embed on a documentation page of another origin: what it moves from
        the generator's origin before the reader clicks, counted from dist/ as `transfer` does."""
        folder = self.work / "docs"
        folder.mkdir(exist_ok=True)
        (folder / "index.html").write_text(EMBED_HOST.format(embed_js=self.url + "embed.js"))
        host = tools.Site(folder)
        tab = self.chromium.tab()
        try:
            finished = []
            page = tab.playwright          # request sizes and the shadow-piercing selector are Playwright's
            page.context.on("requestfinished", lambda r: finished.append(r))
            page.goto(host.url)
            page.wait_for_selector("sshkeys-generator button")   # Playwright's CSS enters the shadow root
            page.wait_for_load_state("networkidle")
            if page.evaluate("document.querySelectorAll('iframe').length"):
                raise RuntimeError("the click-to-load embed made its iframe before the click")
            fetched = {r.url: r.sizes()["responseHeadersSize"] for r in finished if r.url.startswith(self.url)}
        finally:
            tab.close()
            host.stop()
        files = [self.dist / url[len(self.url):].split("?")[0] for url in fetched]
        names = ", ".join(f.name for f in files)

        def size(f: Path, suffix: str) -> int:
            copy = f.with_name(f.name + suffix)
            return (copy if suffix and copy.is_file() else f).stat().st_size
        self.row(f"bytes the click-to-load embed moves before the click ({names}), as stored in dist/",
                 [sum(size(f, "") for f in files) / 1e3], unit="kB")
        self.row("… as build.py's server sends them to Chromium (.br copy where there is one), with headers",
                 [(sum(size(f, ".br") for f in files) + sum(fetched.values())) / 1e3], unit="kB")

    def languages(self, n: int):
        """The reader's language: a cold load's ready in English beside German and Japanese
        (interleaved, a new context each), and what a language's catalogs weigh inside app.js,
        which holds every language (one file under the page's integrity, nothing fetched
        later): raw and compressed as brotli does app.js."""
        def ready(lang):
            def one():
                tab = self.chromium.tab()
                try:
                    return load(tab, self.url + (f"?lang={lang}" if lang else ""))["ready"]
                finally:
                    tab.close()
            return one
        samples = interleaved(n, {"en": ready(None), "de": ready("de"), "ja": ready("ja")})
        for lang in ("de", "ja"):
            self.row(f"Python ready, cold, ?lang={lang}", samples[lang],
                     baseline=("the same page in English, interleaved", samples["en"]))
        locales = ROOT / "web" / "locales"

        def weight(texts: list) -> tuple:
            data = "".join(texts).encode()
            return len(data) / 1e3, brotli_size(data) / 1e3
        tags = sorted(p.name for p in locales.iterdir() if p.is_dir())
        for tag in ("en", "de", "ja"):
            if tag in tags:
                raw, packed = weight([f.read_text() for f in sorted((locales / tag).glob("*.ftl"))])
                self.row(f"one language's catalogs ({tag}) inside app.js, raw", [raw], unit="kB")
                self.row("… compressed alone as brotli", [packed], unit="kB")
        raw, packed = weight([f.read_text() for f in sorted(locales.glob("*/*.ftl"))])
        self.row(f"all {len(tags)} languages' catalogs inside app.js, raw", [raw], unit="kB")
        self.row("… compressed alone as brotli", [packed], unit="kB")
        app = self.dist / "app.js"
        self.row("app.js as stored in dist/, every language inside", [app.stat().st_size / 1e3], unit="kB")
        self.row("… its .br copy, as build.py's server sends it", unit="kB",
                 ours=[app.with_name("app.js.br").stat().st_size / 1e3])

    def warm(self, n: int):
        """One context: a first visit fills the HTTP cache (and installs the service worker, if
        dist/ has one); then each sample is a new tab, as a returning visitor's."""
        first = self.chromium.tab()
        load(first, self.url)
        first.evaluate(SW_SETTLED_JS)
        first.playwright.close()            # its context (cache, service worker) stays
        loads = []
        for _ in range(n):
            loads.append(load(first.beside(), self.url))
            loads[-1]["tab"].close()
        first.close()
        sw = sum(t["sw"] for t in loads)
        how = f"service worker controlled {sw} of {n}" if sw else "HTTP cache, no service worker"
        self.row(f"first contentful paint, warm ({how})", [t["fcp"] for t in loads])
        self.row(f"Python ready, warm ({how})", [t["ready"] for t in loads])

    def offline(self, n: int):
        editions = sorted(self.dist.glob("*-offline.html"))
        if not editions:
            self.row("one-file edition ready, file://, cold", [], note="not built")
        for edition in editions:
            ready = []
            try:
                for _ in range(n):
                    tab = self.chromium.tab()
                    ready.append(load(tab, edition.as_uri())["ready"])
                    tab.close()
            except Exception as e:      # a broken edition is a row, not the end of the run
                tab.close()
                self.row(f"{edition.name} ready, file://, cold", [], note=f"failed: {str(e).splitlines()[0]}")
                continue
            self.row(f"{edition.name} ready, file://, cold", ready)

    def versus(self, only: set):
        """Generation, saving and opening: ours in one tab, interleaved with the referees."""
        tab = load(self.chromium.tab(), self.url)["tab"]
        work, key, n, kdf_n = self.work, self.work / "k", self.args.samples, min(self.args.samples, 11)

        def clear():
            for path in (key, key.with_suffix(".pub"), work / "k.ppk"):
                path.unlink(missing_ok=True)

        specs = [("rsa", b, f"RSA {b}") for b in (2048, 3072, 4096)] if "rsa" in only else []
        if "ecc" in only:
            specs += [("ed25519", None, "Ed25519"), *[("ecdsa", b, f"ECDSA P-{b}") for b in (256, 384, 521)]]
        for family, bits, name in specs:
            size = ["-b", bits] if bits else []
            s = interleaved(n, {
                "ours": lambda: generate(tab, family, bits),
                "ssh-keygen": lambda: process(["ssh-keygen", "-q", "-t", family, *size, "-N", "", "-f", key],
                                              clear),
                "puttygen": lambda: process(["puttygen", "-q", "-t", family, *size, "--new-passphrase",
                                             self.empty, "-o", work / "k.ppk"], clear)})
            # Ours is what a user meets: the page asks for the next key in advance once one is
            # shown, and the referees' turns give it time to be made.
            self.row(f"{name} generate → public key shown (ours made in advance)", s["ours"],
                     s["ssh-keygen"], s["puttygen"],
                     target={"RSA 4096": ("ssh-keygen", 1.0), "Ed25519": ("abs", 50)}.get(name))

        if "rsa" in only:
            # As a user meets it: the type chosen, the form read for 3 s (the worker makes the
            # key in advance meanwhile), then Generate.
            def after_reading(family, bits=None):
                tab.click("#tab-generate")
                tab.choose_type(family, bits)
                tab.playwright.wait_for_timeout(FORM_MS)
                return timed(tab, "generate", "key-shown", lambda: tab.click("#generate"))
            s = interleaved(min(n, 11), {"rsa": lambda: after_reading("rsa", 4096),
                                         "ed25519": lambda: after_reading("ed25519")})
            self.row("RSA 4096 generate → shown, after 3 s on the form", s["rsa"],
                     target=("baseline", 2.0), baseline=("Ed25519 the same way", s["ed25519"]))

        # Encryption happens at download. Ed25519 keys, so that the KDF is nearly all the work.
        plain_ppk, plain_ssh, protected_ssh = work / "plain.ppk", work / "plain", work / "protected"
        process(["puttygen", "-q", "-t", "ed25519", "--new-passphrase", self.empty, "-o", plain_ppk])
        process(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", plain_ssh])
        process(["ssh-keygen", "-q", "-t", "ed25519", "-a", "16", "-N", PASSPHRASE, "-f", protected_ssh])

        def restore():
            key.write_bytes(plain_ssh.read_bytes())
            key.chmod(0o600)

        if "save" in only:
            generate(tab, "ed25519")
            save_options(tab, self.passes, self.memory)
            for fmt in ("openssh", "ppk"):      # once each, read back by the referee
                with tab.playwright.expect_download(timeout=WAIT_MS) as info:
                    save(tab, fmt)
                saved = Path(info.value.path())
                saved.chmod(0o600)
                if fmt == "ppk":
                    assert f"Argon2-Passes: {self.passes}\n" in saved.read_text(), saved.read_text()
                    process(["puttygen", saved, "--old-passphrase", self.pw, "-O", "text", "-o", work / "q.txt"])
                else:
                    process(["ssh-keygen", "-y", "-P", PASSPHRASE, "-f", saved])
            name = "save OpenSSH with passphrase (bcrypt, 16 rounds)"
            s = interleaved(kdf_n, self.generations("ssh-keygen", {"ours": lambda: save(tab, "openssh")},
                            lambda tool: process([tool, "-p", "-a", str(BCRYPT_ROUNDS), "-P", "", "-N",
                                                  PASSPHRASE, "-f", key], restore)))
            self.kdf_rows(name, s, "ssh-keygen", target=("ssh-keygen", 2.0))
            name = (f"save PPK v3 with passphrase (Argon2id, {self.memory} KiB, {self.passes} passes; "
                    f"puttygen picked {'/'.join(map(str, self.all_passes))})")
            s = interleaved(kdf_n, self.generations("puttygen", {"ours": lambda: save(tab, "ppk")},
                            lambda tool: process([tool, plain_ppk, "-P", "--new-passphrase", self.pw,
                                                  "--ppk-param", f"passes={self.passes}", "-o", work / "q.ppk"])))
            self.kdf_rows(name, s, "puttygen", target=("puttygen", 1.2))

        if "open" in only:
            s = interleaved(kdf_n, self.generations("ssh-keygen", {"ours": lambda: open_key(tab, protected_ssh)},
                            lambda tool: process([tool, "-y", "-P", PASSPHRASE, "-f", protected_ssh])))
            self.kdf_rows("open protected OpenSSH key (bcrypt, 16 rounds)", s, "ssh-keygen",
                          target=("ssh-keygen", 2.0))
            # -O text needs the private half, so puttygen decrypts; -O public-openssh would not.
            s = interleaved(kdf_n, self.generations("puttygen", {"ours": lambda: open_key(tab, self.ppk)},
                            lambda tool: process([tool, self.ppk, "--old-passphrase", self.pw, "-O", "text",
                                                  "-o", work / "q.txt"])))
            self.kdf_rows(f"open protected PPK v3 ({self.passes} passes)", s, "puttygen",
                          target=("puttygen", 1.2))
        tab.close()

    def heap(self):
        """Its own cold loads: polling the worker every 100 ms would disturb the timed rows.
        The renderer's memory once ready and idle, ours and plain Pyodide's, then ours at its
        peak over a session's work (which types a passphrase, so the rater runs too)."""
        ready = {}
        plain = tools.Site(plain_pyodide_site(self.work / "heap"))
        try:
            for name, url in (("ours", self.url), ("plain Pyodide", plain.url)):
                tab = self.chromium.tab()
                tab.goto(url)
                wait_mark(tab, "sshkeys:ready", 1)
                tab.playwright.wait_for_timeout(IDLE_MS)
                ready[name] = renderer_peak_rss(self.browser) / 1e6
                tab.close()
        finally:
            plain.stop()
        self.row("resident memory of the tab's renderer process, loaded, ready and idle",
                 [ready["ours"]], unit="MB", target=("baseline", 1.2),
                 baseline=("plain Pyodide, the same", [ready["plain Pyodide"]]))
        tab = self.chromium.tab()
        probe = WorkerProbe(tab)
        tab.goto(self.url)
        wait_mark(tab, "sshkeys:ready", 1, probe.poll)
        generate(tab, "ed25519", poll=probe.poll)
        for _ in range(3):
            generate(tab, "rsa", 4096, poll=probe.poll)
        save_options(tab, self.passes, self.memory)
        save(tab, "openssh", probe.poll)
        save(tab, "ppk", probe.poll)
        open_key(tab, self.ppk, probe.poll)
        what = "over load, Ed25519 + 3 × RSA 4096, a typed passphrase, 2 saves, 1 open"
        self.row(f"peak JS heap used by the key worker, {what}", [probe.peak_used / 1e6], unit="MB")
        self.row(f"peak JS heap allocated by the key worker, {what}", [probe.peak_total / 1e6], unit="MB")
        ours = renderer_peak_rss(self.browser) / 1e6
        tab.close()
        self.row(f"peak resident memory of the tab's renderer process (page, workers, wasm), {what}",
                 [ours], unit="MB", target=("baseline", 1.2),
                 baseline=("plain Pyodide, loaded, ready and idle", [ready["plain Pyodide"]]))

    def engines(self, loads: int, samples: int):
        """Each engine through tests/browsers.py: ready on a first load (every sample a new
        browser, so no cache and no service worker), ours and plain Pyodide's in turn; then
        RSA 4096 in one tab, each click after 3 s on the form (as a user who reads it: the key
        is made in advance meanwhile)."""
        plain = tools.Site(plain_pyodide_site(self.work / "engines"))
        ready_js = "() => (performance.getEntriesByName('sshkeys:ready')[0] || {}).startTime"
        try:
            for engine in browsers.ENGINES:
                ready, theirs, rsa, version = [], [], [], "?"
                for i in range(loads):
                    for url, samples_of in ((self.url, ready), (plain.url, theirs)):
                        browser = browsers.launch(engine, self.work)
                        try:
                            version = browser.version.rsplit("/", 1)[-1]
                            tab = browser.tab()
                            tab.goto(url)
                            samples_of.append(tab.wait(ready_js, timeout=WAIT_MS))
                            if i == 0 and url == self.url:
                                tab.choose_type("rsa", 4096)
                                for _ in range(samples):
                                    time.sleep(FORM_MS / 1000)
                                    rsa.append(generated(tab))
                        finally:
                            browser.close()
                self.row(f"{engine} {version}: Python ready, first load", ready, target=("baseline", 0.35),
                         baseline=("plain Pyodide", theirs))
                self.row(f"{engine} {version}: RSA 4096 generate → shown, after 3 s on the form", rsa)
        finally:
            plain.stop()


def generated(tab) -> float:
    """One click on Generate in a tests/browsers.py tab: ms between the page's marks."""
    count = "() => performance.getEntriesByName('sshkeys:key-shown', 'mark').length"
    before = tab.evaluate(count)
    tab.click("#generate")
    tab.wait(f"(n) => ({count})() > n", before, timeout=WAIT_MS)
    return tab.evaluate("""() => { const last = (n) => performance.getEntriesByName(n, "mark").at(-1);
      return last("sshkeys:key-shown").startTime - last("sshkeys:generate").startTime; }""")

# -- the table ------------------------------------------------------------------------------------

def cell(samples, unit: str) -> str:
    if not samples:
        return "—"
    m, lo, hi = spread(samples)
    digits = 1 if unit == "MB" or m < 100 else 0
    if len(samples) == 1:
        return f"{m:.{digits}f} {unit}"
    return f"{m:.{digits}f} [{lo:.{digits}f}–{hi:.{digits}f}] {unit}"


def ratio(mine, theirs) -> float | None:
    """Of medians; theirs may be a row's baseline, (what, samples)."""
    if isinstance(theirs, tuple):
        theirs = theirs[1]
    return statistics.median(mine) / statistics.median(theirs) if mine and theirs else None


def verdict(row) -> tuple:
    if not row["target"]:
        return "—", "—"
    against, limit = row["target"]
    value = statistics.median(row["ours"]) if against == "abs" else ratio(row["ours"], row[against])
    name = row["baseline"][0] if against == "baseline" else against
    text = f"≤ {limit:g} {row['unit']}" if against == "abs" else f"≤ {limit:g}× {name}"
    if value is None:
        return text, "—"
    return text, "met" if value <= limit else f"missed by {value / limit - 1:.0%}"


def table(rows: list) -> str:
    lines = ["| operation | ours median [IQR] | ssh-keygen median [IQR] | ratio | puttygen median [IQR] "
             "| ratio | baseline median [IQR] | ratio | target | met? |", "|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        r1, r2 = ratio(row["ours"], row["ssh-keygen"]), ratio(row["ours"], row["puttygen"])
        base = row.get("baseline")
        r3 = ratio(row["ours"], base) if base else None
        lines.append(" | ".join([
            f"| {row['name']}", cell(row["ours"], row["unit"]) if row["ours"] else row["note"] or "—",
            cell(row["ssh-keygen"], row["unit"]), f"{r1:.2f}" if r1 else "—",
            cell(row["puttygen"], row["unit"]), f"{r2:.2f}" if r2 else "—",
            f"{base[0]}: {cell(base[1], row['unit'])}" if base else "—", f"{r3:.2f}" if r3 else "—",
            *verdict(row)]) + " |")
    return "\n".join(lines)


def machine(browser) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), "an unknown CPU")
    today = todays_referees()
    todays = f"{ssh_version(today[0])}; {putty_version(today[1])}; " if today else ""
    return (f"{cpu}, {os.cpu_count()} cores; Chromium {browser.version}; {ssh_version()}; {putty_version()}; {todays}"
            f"{datetime.datetime.now():%Y-%m-%d %H:%M}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=21,
                        help="samples per generation row (default 21); save/open rows take up to 11")
    parser.add_argument("--loads", type=int, default=7, help="samples per load row (default 7)")
    parser.add_argument("--quick", action="store_true", help="3 samples, 2 loads: a smoke run")
    parser.add_argument("--dist", type=Path, help="a built dist/ (default: build.py into a temp dir)")
    parser.add_argument("--only", help=f"comma-separated groups of rows: {','.join(GROUPS)}")
    parser.add_argument("--json", type=Path, help="write every raw sample there")
    parser.add_argument("--trace", action="store_true",
                        help="also print where a cold load's time goes (milestones, worker CPU profile)")
    args = parser.parse_args()
    if args.quick:
        args.samples, args.loads = 3, 2
    only = set(args.only.split(",")) if args.only else set(GROUPS)
    if only - set(GROUPS):
        parser.error(f"--only takes {','.join(GROUPS)}")
    work = Path(tempfile.mkdtemp(prefix="sshkeys-bench-page-"))
    atexit.register(shutil.rmtree, work, True)      # the built dist/ and the key files
    dist = args.dist.resolve() if args.dist else tools.build(work / "dist")
    os.environ["PUTTYDIR"] = str(work / "putty")    # puttygen's random seed goes there

    site = tools.Site(dist)
    chromium = browsers.launch("chromium", work)
    try:
        about, load_before = machine(chromium), os.getloadavg()[0]
        run = Run(args, chromium, site.url, dist, work)
        if only & {"load", "bytes"}:
            run.cold(args.loads if "load" in only else 1, "load" in only, "bytes" in only)
        if "embed" in only:
            run.embed()
        if "languages" in only:
            run.languages(args.loads)
        if "baselines" in only:
            run.baselines(args.loads)
        if "warm" in only:
            run.warm(args.loads)
        if "offline" in only:
            run.offline(args.loads)
        if only & {"rsa", "ecc", "save", "open"}:
            run.versus(only)
        if "heap" in only:
            run.heap()
    finally:
        chromium.close()
    if "engines" in only:           # after Playwright's own browser: each engine starts its own
        run.engines(args.loads, min(args.samples, 11))
    site.stop()

    about += f"; load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    print(f"sshkeys page in headless Chromium vs ssh-keygen and puttygen. {about}.\nTimes in ms from the "
          f"page's marks; {args.samples} samples per generation row, {min(args.samples, 11)} per save/open "
          f"row, {args.loads} per load row; MB = 10^6 bytes.\n")
    print(table(run.rows))
    if any(run.trace):
        names = {name for t in run.trace for name, _ in t}
        at = {n: statistics.median([ms for t in run.trace for name, ms in t if name == n]) for n in names}
        print(f"\nA cold load, ms since navigation start (median of {len(run.trace)}; the worker's stages "
              "are worker.js's own clock, placed on the page's by web/app.js):\n")
        for name in sorted(names, key=at.get):
            print(f"  {at[name]:7.0f}  {name}")
    if run.profile:
        print(f"\nThe worker's thread from its start to ready, one more cold load under the CPU profiler "
              f"(ms, {sum(run.profile.values()):.0f} in all):\n")
        for name, ms in run.profile.most_common(8):
            print(f"  {ms:7.0f}  {name}")
    if args.json:
        args.json.write_text(json.dumps({"machine": about, "rows": run.rows, "trace": run.trace,
                                         "worker_profile": run.profile}, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
