#!/usr/bin/env python3
"""Start-up levers one by one: several builds of the page, each with one more lever, loaded in
turn (round-robin, so that the machine's moods fall on all of them alike) in Debian's Chromium.

    python3 bench/levers.py NAME=DIST [NAME=DIST ...] [--rounds 7]

DIST is a dist/ folder built by build.py at the commit that added a lever (git worktree add,
then build.py --out). Prints, per build: first contentful paint and Generate enabled (Python
ready), cold (a new browser context: empty cache, no service worker) and warm (a new tab after
a first visit: HTTP cache, and the service worker where the build has one), median [IQR] in ms.
"""

import argparse
import importlib.util
import sys
from pathlib import Path

# bench/page.py, loaded by path under another name: it sets up tests/page.py as `page`.
_spec = importlib.util.spec_from_file_location("bench_page", Path(__file__).resolve().parent / "page.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)
from engine import spread  # noqa: E402  (bench/engine.py, on the path bench/page.py set)

tools = bench.tools


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("builds", nargs="+", metavar="NAME=DIST")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    builds = dict(b.split("=", 1) for b in args.builds)
    from playwright.sync_api import sync_playwright
    sites = {name: tools.Site(Path(dist)) for name, dist in builds.items()}
    samples = {name: {"fcp cold": [], "ready cold": [], "fcp warm": [], "ready warm": []}
               for name in builds}
    with sync_playwright() as p:
        browser = tools.launch(p)
        warm = {}
        for name, site in sites.items():      # a first visit, kept open for the warm samples
            warm[name] = browser.new_context()
            first = bench.load(warm[name], site.url)
            first["tab"].evaluate(bench.SW_SETTLED_JS)
            first["tab"].close()
        for _ in range(args.rounds):
            for name, site in sites.items():
                context = browser.new_context()
                t = bench.load(context, site.url)
                samples[name]["fcp cold"].append(t["fcp"])
                samples[name]["ready cold"].append(t["ready"])
                context.close()
                t = bench.load(warm[name], site.url)
                samples[name]["fcp warm"].append(t["fcp"])
                samples[name]["ready warm"].append(t["ready"])
                t["tab"].close()
        browser.close()
    print("| build | " + " | ".join(samples[next(iter(samples))]) + " |")
    print("|---" * (1 + len(samples[next(iter(samples))])) + "|")
    for name, rows in samples.items():
        cells = []
        for values in rows.values():
            median, low, high = spread(values)
            cells.append(f"{median:.0f} [{low:.0f}–{high:.0f}]")
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
