"""Offline after the first visit: the service worker keeps exactly this build's files, serves
them with the network gone, and gives way cleanly to the next build."""

import json
import shutil
import subprocess
import sys
import time

import pytest

import page
from test_page import check_file

CONTROLLED = """() => new Promise((resolve) => navigator.serviceWorker.controller
  ? resolve(true)
  : navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true)))"""
def cached(tab):
    """The names of the caches, and the file names they hold."""
    found = page.cache_storage(tab)
    return list(found), {u.rsplit("/", 1)[1] for urls in found.values() for u in urls}


def build_files(dist):
    files = json.loads((dist / "manifest.json").read_text())["files"]
    # The .br and .gz copies are the same files in other encodings, asked for by their names.
    return {n for n in files if not n.endswith((".br", ".gz"))} | {"manifest.json"}


@pytest.fixture
def own_site(built_dist, tmp_path):
    """A copy of dist/ served on its own port, so that a test can rebuild it."""
    shutil.copytree(built_dist, tmp_path / "dist")
    server = page.Site(tmp_path / "dist")
    yield server, tmp_path / "dist"
    server.stop()


def test_works_offline_after_the_first_visit(browser, own_site, tmp_path):
    """In every engine: the first visit installs the service worker with exactly this build's
    files; with the server dropping every connection, a reload still starts, makes a key and
    saves it."""
    site, dist = own_site
    tab = browser.tab()
    try:
        tab.goto(site.url)
        tab.wait_ready()
        assert tab.evaluate(CONTROLLED)
        names, files = cached(tab)
        assert len(names) == 1 and names[0].startswith("sshkeys-")
        assert files == build_files(dist)           # this build's files, and nothing else

        site.offline = True
        tab.reload()
        tab.wait_ready()
        line = tab.generate("ed25519", comment="pwa", passphrase="pwa horse")
        path = tab.download("button.download[data-format=openssh]", tmp_path)
        check_file("openssh", path, line, "pwa horse")
    finally:
        site.offline = False
        tab.close()


def first_visit(chromium, site):
    """A tab on the site once its service worker controls it: the tab and the one cache's name."""
    tab = chromium.tab()
    tab.goto(site.url)
    tab.wait_ready()
    assert tab.evaluate(CONTROLLED)
    [cache], _ = cached(tab)
    return tab, cache


def rebuild(dist, tmp_path):
    """The next build into the same folder: another stylesheet, so other hashes and another
    sw.js."""
    web = tmp_path / "web"
    shutil.copytree(page.ROOT / "web", web)
    with open(web / "styles.css", "a") as f:
        f.write("\n/* the next build */\n")
    result = subprocess.run([sys.executable, str(page.ROOT / "build.py"), "--out", str(dist),
                             "--web", str(web)], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr


def test_a_new_build_replaces_the_old_one_cleanly(chromium, own_site, tmp_path):
    site, dist = own_site
    first, old_cache = first_visit(chromium, site)
    try:
        first.playwright.close()                # its context (the service worker) stays

        rebuild(dist, tmp_path)

        tab = first.beside()
        tab.goto(site.url)                      # finds the new sw.js; it waits for this page
        tab.evaluate("() => navigator.serviceWorker.getRegistration().then((r) => r.update())")
        tab.close()                             # no page of the old build is left
        for _ in range(30):                     # the new one takes over once it notices
            tab = first.beside()
            tab.goto(site.url)
            names, files = cached(tab)
            if old_cache not in names:
                break
            tab.close()
            time.sleep(1)
        tab.wait_ready()
        assert len(names) == 1 and names[0] != old_cache
        assert files == build_files(dist)
        html = tab.evaluate("() => fetch('index.html').then((r) => r.text())")
        assert "/* the next build */" in html
    finally:
        first.close()


def test_the_page_offers_the_new_build_and_switches_when_asked(chromium, own_site, tmp_path):
    site, dist = own_site
    tab, old_cache = first_visit(chromium, site)
    try:
        assert not tab.visible("#update")
        rebuild(dist, tmp_path)
        tab.evaluate("() => navigator.serviceWorker.getRegistration().then((r) => r.update())")
        tab.wait_for("#update:not([hidden])", timeout=60_000)   # installed, waiting
        with tab.playwright.expect_navigation():
            tab.click("#update-reload")
        tab.wait_ready()
        names, files = cached(tab)
        assert names != [old_cache] and old_cache not in names
        assert files == build_files(dist)
        assert "/* the next build */" in tab.playwright.content()
        assert not tab.visible("#update")
    finally:
        tab.close()


def test_the_page_is_installable(chromium, site):
    tab = chromium.tab()
    try:
        tab.goto(site.url)
        href = tab.attribute("link[rel=manifest]", "href")
        manifest = tab.evaluate("(href) => fetch(href).then((r) => r.json())", href)
        assert manifest["display"] == "standalone" and manifest["start_url"] == "./"
        sizes = {icon["sizes"] for icon in manifest["icons"]}
        assert {"192x192", "512x512"} <= sizes
        assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
        for icon in manifest["icons"]:
            status = tab.evaluate("(src) => fetch(src).then((r) => r.status)", icon["src"])
            assert status == 200, icon["src"]
        cdp = tab.playwright.context.new_cdp_session(tab.playwright)
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        # Playwright's contexts are incognito ones, where nothing installs: any other reason
        # would be the page's.
        assert [e for e in errors if e["errorId"] != "in-incognito"] == [], errors
    finally:
        tab.close()
