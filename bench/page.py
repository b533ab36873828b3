"""Benchmark: the page in headless Chromium as a user meets it, beside ssh-keygen and puttygen,
in one run on one machine.

    python bench/page.py [--samples 21] [--loads 7] [--dist DIR] [--only rsa,save] [--json F]
    python bench/page.py --quick --trace     # a smoke run, with a breakdown of the load

Prints a markdown table of medians [interquartile range] and ratios ours / theirs, with the
targets of the issue. Our times come from the page's own User Timing marks (web/app.js:
"sshkeys:generate" -> "sshkeys:key-shown" and so on), never from Playwright round trips; theirs
are whole processes (start-up included), run interleaved with ours in rotating order so that
a busy machine slows all three alike. Nothing here asserts a time: it is a measurement.
"""

import argparse
import datetime
import gzip
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from engine import putty_version, spread, ssh_version  # noqa: E402

# tests/page.py (serving dist/, launching Chromium) by path: its name is this file's name.
_spec = importlib.util.spec_from_file_location("page_tools", ROOT / "tests" / "page.py")
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)

PASSPHRASE = "benchmark passphrase"
GROUPS = ["load", "bytes", "warm", "offline", "rsa", "ecc", "save", "open", "heap"]
WAIT_MS = 180_000

# Waits (without polling from here) until the page holds `count` marks of that name.
WAIT_JS = """([name, count, ms]) => new Promise((resolve) => {
  const done = () => performance.getEntriesByName(name, "mark").length >= count;
  if (done()) return resolve(true);
  const observer = new PerformanceObserver(() => { if (done()) { observer.disconnect(); resolve(true); } });
  observer.observe({ type: "mark" });
  setTimeout(() => { observer.disconnect(); resolve(done()); }, ms);
})"""
TIMINGS_JS = """() => {
  const at = (type, name) => (performance.getEntriesByType(type).find((e) => e.name === name) || {}).startTime;
  return { fp: at("paint", "first-paint"), fcp: at("paint", "first-contentful-paint"),
           ready: at("mark", "sshkeys:ready"), sw: Boolean(navigator.serviceWorker && navigator.serviceWorker.controller),
           origin: performance.timeOrigin, trace: window.__sshkeysTrace || [] };
}"""
# --trace only: note when the worker's progress stages reach the page (worker.js sends them).
TRACE_JS = """(() => {
  window.__sshkeysTrace = [];
  const note = (what) => window.__sshkeysTrace.push([what, performance.now()]);
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      note("worker created");
      let stage = null;
      this.addEventListener("message", ({ data }) => {
        if (data && data.type === "progress" && data.stage !== stage) note(`stage "${stage = data.stage}"`);
      });
    }
  };
})();"""
WORKER_RESOURCES_JS = """() => [performance.timeOrigin,
  performance.getEntriesByType("resource").map((e) => [e.name.split("/").pop(), e.startTime, e.responseEnd])]"""


# -- the page -----------------------------------------------------------------------------------

def marks(tab, name: str) -> list:
    return tab.evaluate("(n) => performance.getEntriesByName(n, 'mark').map((e) => e.startTime)", name)


def wait_mark(tab, name: str, count: int, poll=None) -> None:
    """Until the page has `count` marks `name`; with poll, call it every 100 ms meanwhile."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while poll and len(marks(tab, name)) < count and time.monotonic() < deadline:
        poll()
        tab.wait_for_timeout(100)
    if not tab.evaluate(WAIT_JS, [name, count, 0 if poll else WAIT_MS]):
        said = {i: tab.text_content(f"#{i}") for i in ("load-text", "passphrase-error", "save-error",
                                                       "open-error", "download-status")}
        raise RuntimeError(f"no mark {name} #{count} in {WAIT_MS} ms; the page says {said}")


def timed(tab, start: str, end: str, action, poll=None) -> float:
    """ms from mark sshkeys:<start> to the sshkeys:<end> that follows `action`."""
    n = len(marks(tab, f"sshkeys:{end}"))
    action()
    wait_mark(tab, f"sshkeys:{end}", n + 1, poll)
    stop = marks(tab, f"sshkeys:{end}")[n]
    return stop - max(t for t in marks(tab, f"sshkeys:{start}") if t <= stop)


def generate(tab, family: str, bits=None, poll=None) -> float:
    tab.click("#tab-generate")
    tab.check(f"input[name=family][value={family}]")
    if family in ("rsa", "ecdsa"):
        tab.select_option(f"#{family}-bits", str(bits))
    return timed(tab, "generate", "key-shown", lambda: tab.click("#generate"), poll)


def save(tab, fmt: str, poll=None) -> float:
    return timed(tab, "save", "saved", lambda: tab.click(f"button.download[data-format={fmt}]"), poll)


def open_key(tab, path: Path, poll=None) -> float:
    tab.click("#tab-open")
    tab.set_input_files("#key-file", str(path))
    tab.wait_for_selector("#open-status:has-text('protected by a passphrase')", timeout=WAIT_MS)
    tab.fill("#open-passphrase", PASSPHRASE)
    return timed(tab, "open", "opened", lambda: tab.click("#open"), poll)


def set_save_options(tab, passes: int, memory: int) -> None:
    """The save passphrase and PuTTYgen's Argon2 cost (the fields behind "Advanced")."""
    tab.fill("#save-passphrase", PASSPHRASE)
    tab.fill("#save-passphrase2", PASSPHRASE)
    tab.evaluate("([p, m]) => { document.getElementById('ppk-passes').value = p;"
                 " document.getElementById('ppk-memory').value = m; }", [passes, memory])


def load(context, url: str, trace: bool = False, first_key: bool = False) -> dict:
    """One navigation in a new tab of `context` until Generate is enabled; the page's timings
    (ms since navigation start), then the first Ed25519 key's generate-and-show time."""
    tab = context.new_page()
    tab.goto(url)
    tools.wait_ready(tab)
    t = tab.evaluate(TIMINGS_JS)
    if trace and tab.workers:
        origin, entries = tab.workers[0].evaluate(WORKER_RESOURCES_JS)
        shift = origin - t["origin"]        # worker times are relative to its own start
        t["trace"] += [["worker started", shift]]
        for name, start, end in entries:
            if end - start > 50 or name.endswith((".wasm", ".zip", ".whl")):
                t["trace"].append([f"{name} requested", start + shift])
            t["trace"].append([f"{name} received", end + shift])
        t["trace"] += [["first paint", t["fp"]], ["ready", t["ready"]]]
    if first_key:
        t["first_key"] = generate(tab, "ed25519")
    t["tab"] = tab
    return t


class WorkerHeap:
    """Runtime.getHeapUsage in the page's dedicated worker, over a CDP session. The worker is
    auto-attached without flattening: Playwright's CDPSession cannot address a flat child
    session, but Target.sendMessageToTarget can."""

    def __init__(self, context, tab):
        self.cdp = context.new_cdp_session(tab)
        self.session, self.next, self.heap = None, 0, set()
        self.peak_used = self.peak_total = 0
        self.cdp.on("Target.attachedToTarget", self._attached)
        self.cdp.on("Target.receivedMessageFromTarget", self._message)
        self.cdp.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False,
                                               "flatten": False})

    def _attached(self, event):
        if event["targetInfo"]["type"] == "worker":
            self.session = event["sessionId"]

    def _message(self, event):
        message = json.loads(event["message"])
        if message.get("id") in self.heap:
            self.peak_used = max(self.peak_used, message["result"]["usedSize"])
            self.peak_total = max(self.peak_total, message["result"]["totalSize"])

    def send(self, method: str, params=None) -> int:
        self.next += 1
        self.cdp.send("Target.sendMessageToTarget", {"sessionId": self.session, "message": json.dumps(
            {"id": self.next, "method": method, "params": params or {}})})
        return self.next

    def poll(self):
        if self.session:
            self.heap.add(self.send("Runtime.getHeapUsage"))



def renderer_peak_rss(browser) -> int:
    """VmHWM (peak resident set) of the renderer that worked the most: the tab's, holding the
    page, its worker and Pyodide's WebAssembly memory. (Pyodide's memory alone is out of
    reach: Runtime.queryObjects on a worker crashes this Chromium.)"""
    processes = browser.new_browser_cdp_session().send("SystemInfo.getProcessInfo")["processInfo"]
    pid = max((p for p in processes if p["type"] == "renderer"), key=lambda p: p["cpuTime"])["id"]
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) * 1024


# -- the referees ---------------------------------------------------------------------------------

def process(command: list, before=None) -> float:
    if before:
        before()
    start = time.perf_counter()
    subprocess.run([str(c) for c in command], check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def interleaved(n: int, runners: dict) -> dict:
    """n samples of each runner (name -> function returning ms), in rotating order, after one
    discarded warm-up each (first-call costs are the load rows' business)."""
    names = list(runners)
    for name in names:
        runners[name]()
    samples = {name: [] for name in names}
    for i in range(n):
        for name in names[i % len(names):] + names[:i % len(names)]:
            samples[name].append(runners[name]())
    return samples


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
    return statistics.median(mine) / statistics.median(theirs) if mine and theirs else None


def verdict(row) -> tuple:
    if not row["target"]:
        return "—", "—"
    against, limit = row["target"]
    value = statistics.median(row["ours"]) if against == "abs" else ratio(row["ours"], row[against])
    text = f"≤ {limit:g} {row['unit']}" if against == "abs" else f"≤ {limit:g}× {against}"
    if value is None:
        return text, "—"
    return text, "met" if value <= limit else f"missed by {value / limit - 1:.0%}"


def table(rows: list) -> str:
    lines = ["| operation | ours median [IQR] | ssh-keygen median [IQR] | ratio | puttygen median [IQR] "
             "| ratio | target | met? |", "|---|---|---|---|---|---|---|---|"]
    for row in rows:
        r1, r2 = ratio(row["ours"], row["ssh-keygen"]), ratio(row["ours"], row["puttygen"])
        lines.append(" | ".join([
            f"| {row['name']}", cell(row["ours"], row["unit"]) if row["ours"] else row.get("note", "—"),
            cell(row["ssh-keygen"], row["unit"]), f"{r1:.2f}" if r1 else "—",
            cell(row["puttygen"], row["unit"]), f"{r2:.2f}" if r2 else "—", *verdict(row)]) + " |")
    return "\n".join(lines)


def machine(browser) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores (load average {load}); Chromium {browser.version}; "
            f"{ssh_version()}; {putty_version()}; {datetime.datetime.now():%Y-%m-%d %H:%M}")


# -- the run --------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=21, help="samples per generation row (default 21)")
    parser.add_argument("--loads", type=int, default=7, help="samples per load row (default 7)")
    parser.add_argument("--quick", action="store_true", help="3 samples, 2 loads: a smoke run")
    parser.add_argument("--dist", type=Path, help="a built dist/ (default: build.py into a temp dir)")
    parser.add_argument("--only", help=f"comma-separated groups of rows: {','.join(GROUPS)}")
    parser.add_argument("--json", type=Path, help="write every raw sample there")
    parser.add_argument("--trace", action="store_true", help="print where the cold load's time goes")
    args = parser.parse_args()
    if args.quick:
        args.samples, args.loads = 3, 2
    only = set(args.only.split(",")) if args.only else set(GROUPS)
    if only - set(GROUPS):
        parser.error(f"--only takes {','.join(GROUPS)}")
    kdf_samples = min(args.samples, 11)
    work = Path(tempfile.mkdtemp(prefix="sshkeys-bench-page-"))
    dist = args.dist or tools.build(work / "dist")
    os.environ["PUTTYDIR"] = str(work / "putty")    # puttygen's random seed goes there
    empty, pw = work / "empty", work / "pw"
    empty.write_text("")
    pw.write_text(PASSPHRASE + "\n")
    rows, trace = [], []

    def row(name, ours, keygen=None, putty=None, unit="ms", target=None, note=None):
        rows.append({"name": name, "ours": ours, "ssh-keygen": keygen, "puttygen": putty,
                     "unit": unit, "target": target, "note": note})

    # PuTTYgen's own Argon2 parameters on this machine: it times its passes to ~0.1 s.
    ppk = work / "protected.ppk"
    process(["puttygen", "-q", "-t", "ed25519", "--new-passphrase", pw, "-o", ppk])
    header = dict(line.split(": ", 1) for line in ppk.read_text().splitlines() if ": " in line)
    passes, memory = int(header["Argon2-Passes"]), int(header["Argon2-Memory"])

    from playwright.sync_api import sync_playwright
    site = tools.Site(dist)
    with sync_playwright() as p:
        browser = tools.launch(p)
        about = machine(browser)

        if only & {"load", "bytes"}:
            # Cold: a new context per sample, so an empty HTTP cache and no service worker.
            cold, finished = [], []
            for i in range(args.loads if "load" in only else 1):
                context = browser.new_context()
                if args.trace:
                    context.add_init_script(TRACE_JS)
                if i == 0:
                    context.on("requestfinished", lambda r: finished.append(r))
                cold.append(load(context, site.url, args.trace, first_key="load" in only))
                if i == 0:
                    fetched = [(r.url, r.sizes()["responseHeadersSize"]) for r in finished]
                context.close()
            trace = [t["trace"] for t in cold]
            if "load" in only:
                row("first paint, cold", [t["fp"] for t in cold], target=("abs", 100))
                row("first contentful paint, cold", [t["fcp"] for t in cold], target=("abs", 100))
                row("Generate enabled (Python ready), cold", [t["ready"] for t in cold], target=("abs", 2000))
                row("Ed25519 generate-and-show, first key after a cold ready", [t["first_key"] for t in cold],
                    target=("abs", 50))
            if "bytes" in only:
                files = [dist / (url.split("/", 3)[3].split("?")[0] or "index.html") for url, _ in fetched]
                raw = sum(f.stat().st_size for f in files) + sum(h for _, h in fetched)
                row(f"bytes transferred, cold load ({len(fetched)} requests, raw)", [raw / 1e6], unit="MB")
                row("… each file gzip -9", [sum(len(gzip.compress(f.read_bytes(), 9)) for f in files) / 1e6],
                    unit="MB", target=("abs", 6))
                for suffix in (".br", ".gz"):
                    if any(f.with_name(f.name + suffix).is_file() for f in files):
                        size = sum(f.with_name(f.name + suffix).stat().st_size if f.with_name(f.name + suffix)
                                   .is_file() else f.stat().st_size for f in files)
                        row(f"… precompressed {suffix} siblings in dist/ (else raw)", [size / 1e6], unit="MB",
                            target=("abs", 6))
                try:
                    import brotli
                    row("… each file brotli", [sum(len(brotli.compress(f.read_bytes())) for f in files) / 1e6],
                        unit="MB", target=("abs", 6))
                except ImportError:
                    pass

        if "warm" in only:
            # Warm: one context; a first visit fills the HTTP cache (and installs the service
            # worker, if dist/ has one), then each sample is a new tab: a returning visitor.
            context = browser.new_context()
            first = load(context, site.url)
            if first["tab"].evaluate("async () => Boolean(navigator.serviceWorker && "
                                     "await navigator.serviceWorker.getRegistration())"):
                first["tab"].evaluate("async () => { await navigator.serviceWorker.ready; }")
            first["tab"].close()
            warm = []
            for _ in range(args.loads):
                warm.append(load(context, site.url))
                warm[-1]["tab"].close()
            sw = sum(t["sw"] for t in warm)
            how = f"service worker controlled {sw} of {len(warm)}" if sw else "HTTP cache, no service worker"
            row(f"first contentful paint, warm ({how})", [t["fcp"] for t in warm], target=("abs", 100))
            row(f"Generate enabled (Python ready), warm ({how})", [t["ready"] for t in warm], target=("abs", 1000))
            context.close()

        if "offline" in only:
            editions = sorted(dist.glob("*-offline.html"))
            if not editions:
                row("one-file edition ready, file://, cold", [], note="not built")
            for edition in editions:
                ready = []
                for _ in range(args.loads):
                    context = browser.new_context()
                    ready.append(load(context, edition.as_uri())["ready"])
                    context.close()
                row(f"{edition.name} ready, file://, cold", ready)

        if only & {"rsa", "ecc", "save", "open"}:
            context = browser.new_context(accept_downloads=True)
            tab = context.new_page()
            tab.goto(site.url)
            tools.wait_ready(tab)
            key = work / "k"

            def clear():
                for path in (key, key.with_suffix(".pub"), work / "k.ppk"):
                    path.unlink(missing_ok=True)

            specs = [("rsa", b, f"RSA {b}") for b in (2048, 3072, 4096) if "rsa" in only]
            specs += [("ed25519", None, "Ed25519"), *[("ecdsa", b, f"ECDSA P-{b}") for b in (256, 384, 521)]] \
                if "ecc" in only else []
            for family, bits, name in specs:
                size = ["-b", bits] if bits else []
                s = interleaved(args.samples, {
                    "ours": lambda: generate(tab, family, bits),
                    "ssh-keygen": lambda: process(["ssh-keygen", "-q", "-t", family, *size, "-N", "", "-f", key], clear),
                    "puttygen": lambda: process(["puttygen", "-q", "-t", family, *size, "--new-passphrase", empty,
                                                 "-o", work / "k.ppk"], clear)})
                target = {"RSA 4096": ("ssh-keygen", 1.0), "Ed25519": ("abs", 50)}.get(name)
                row(f"{name} generate → public key shown", s["ours"], s["ssh-keygen"], s["puttygen"], target=target)

            # Encryption at download: an Ed25519 key, so the KDF is nearly all the work.
            plain_ppk, plain_ssh = work / "plain.ppk", work / "plain"
            process(["puttygen", "-q", "-t", "ed25519", "--new-passphrase", empty, "-o", plain_ppk])
            process(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", plain_ssh])
            plain = plain_ssh.read_bytes()
            protected_ssh = work / "protected"
            process(["ssh-keygen", "-q", "-t", "ed25519", "-a", "16", "-N", PASSPHRASE, "-f", protected_ssh])

            def restore():
                key.write_bytes(plain)
                key.chmod(0o600)

            if "save" in only:
                generate(tab, "ed25519")
                set_save_options(tab, passes, memory)
                for fmt in ("openssh", "ppk"):      # once each, checked by the referee that reads it
                    with tab.expect_download(timeout=WAIT_MS) as info:
                        save(tab, fmt)
                    saved = Path(info.value.path())
                    saved.chmod(0o600)
                    if fmt == "ppk":
                        assert f"Argon2-Passes: {passes}\n" in saved.read_text(), saved.read_text()
                        process(["puttygen", saved, "--old-passphrase", pw, "-O", "text", "-o", work / "q.txt"])
                    else:
                        process(["ssh-keygen", "-y", "-P", PASSPHRASE, "-f", saved])
                s = interleaved(kdf_samples, {
                    "ours": lambda: save(tab, "openssh"),
                    "ssh-keygen": lambda: process(["ssh-keygen", "-p", "-a", "16", "-P", "", "-N", PASSPHRASE,
                                                   "-f", key], restore)})
                row("save OpenSSH with passphrase (bcrypt, 16 rounds)", s["ours"], s["ssh-keygen"],
                    target=("ssh-keygen", 2.0))
                s = interleaved(kdf_samples, {
                    "ours": lambda: save(tab, "ppk"),
                    "puttygen": lambda: process(["puttygen", plain_ppk, "-P", "--new-passphrase", pw, "--ppk-param",
                                                 f"passes={passes}", "-o", work / "q.ppk"])})
                row(f"save PPK v3 with passphrase (Argon2id, {memory} KiB, {passes} passes)", s["ours"],
                    putty=s["puttygen"], target=("puttygen", 1.2))

            if "open" in only:
                s = interleaved(kdf_samples, {
                    "ours": lambda: open_key(tab, protected_ssh),
                    "ssh-keygen": lambda: process(["ssh-keygen", "-y", "-P", PASSPHRASE, "-f", protected_ssh])})
                row("open protected OpenSSH key (16 rounds)", s["ours"], s["ssh-keygen"], target=("ssh-keygen", 2.0))
                # -O text needs the private half, so puttygen decrypts (public-openssh would not).
                s = interleaved(kdf_samples, {
                    "ours": lambda: open_key(tab, ppk),
                    "puttygen": lambda: process(["puttygen", ppk, "--old-passphrase", pw, "-O", "text",
                                                 "-o", work / "q.txt"])})
                row(f"open protected PPK v3 ({passes} passes)", s["ours"], putty=s["puttygen"],
                    target=("puttygen", 1.2))
            context.close()

        if "heap" in only:
            # Its own cold load: polling the worker every 100 ms would disturb the timed rows.
            context = browser.new_context(accept_downloads=True)
            tab = context.new_page()
            heap = WorkerHeap(context, tab)
            tab.goto(site.url)
            wait_mark(tab, "sshkeys:ready", 1, heap.poll)
            generate(tab, "ed25519", poll=heap.poll)
            for _ in range(3):
                generate(tab, "rsa", 4096, poll=heap.poll)
            set_save_options(tab, passes, memory)
            save(tab, "openssh", heap.poll)
            save(tab, "ppk", heap.poll)
            open_key(tab, ppk, heap.poll)
            what = "worker, over load, Ed25519 + 3 × RSA 4096, two saves and an open"
            row(f"peak JS heap used, {what}", [heap.peak_used / 1e6], unit="MB")
            row(f"peak JS heap allocated, {what}", [heap.peak_total / 1e6], unit="MB")
            row("peak resident memory of the tab's renderer process (page, worker, wasm)",
                [renderer_peak_rss(browser) / 1e6], unit="MB")
            context.close()
        browser.close()
    site.stop()

    print(f"sshkeys page in headless Chromium vs ssh-keygen and puttygen; {about}. Times in ms from the "
          f"page's marks; {args.samples} samples per generation row, {kdf_samples} per save/open row, "
          f"{args.loads} per load row; MB = 10^6 bytes.\n")
    print(table(rows))
    if trace and any(trace):
        print("\nWhere a cold load's time goes (ms since navigation start, median of "
              f"{len(trace)} loads; stages are worker.js's progress messages as the page gets them):\n")
        names = {name for t in trace for name, _ in t}
        at = {n: statistics.median([ms for t in trace for name, ms in t if name == n]) for n in names}
        for name in sorted(names, key=at.get):
            print(f"  {at[name]:8.0f}  {name}")
    if args.json:
        args.json.write_text(json.dumps({"machine": about, "rows": rows, "trace": trace}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
