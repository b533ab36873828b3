// Debian's firefox-esr under puppeteer-core over WebDriver BiDi, driven from Python
// (tests/browsers.py): one JSON command per line on stdin, one JSON answer per line on stdout.
// argv[2]: JSON launch options {downloads, prefs}. No browser is downloaded: puppeteer-core
// starts /usr/bin/firefox-esr with a fresh profile holding our preferences.

import readline from "node:readline";
import puppeteer from "puppeteer-core";

const options = JSON.parse(process.argv[2]);
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: "/usr/bin/firefox-esr",
  protocol: "webDriverBiDi",
  headless: true,
  extraPrefsFirefox: {
    // Downloads go straight to one folder, never to a dialog.
    "browser.download.dir": options.downloads,
    "browser.download.folderList": 2,
    "browser.download.useDownloadDir": true,
    "browser.download.always_ask_before_handling_new_types": false,
    "browser.download.manager.showWhenStarting": false,
    "browser.helperApps.neverAsk.saveToDisk":
      "application/octet-stream,text/plain,application/x-pem-file,application/zip",
    // navigator.clipboard.readText without the paste prompt (a testing preference).
    "dom.events.testing.asyncClipboard": true,
    ...options.prefs,
  },
});

const tabs = new Map();
let nextTab = 1;

// The tab a command is for comes to the front first: a background tab gets no animation
// frames, and a click there (BiDi's input actions wait for one) never returns.
let front = null;

async function target(tab, frame) {
  const { page } = tabs.get(tab);
  if (front !== tab) {
    await page.bringToFront();
    front = tab;
  }
  if (!frame) return page;
  const handle = await page.waitForSelector(frame);
  return handle.contentFrame();
}

const commands = {
  async open() {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // A test leaving a page that holds an unsaved key meets the page's beforeunload guard:
    // leave, as the test meant to (tests/test_saving.py checks the guard itself).
    page.on("dialog", (dialog) => dialog.accept().catch(() => {}));
    const id = nextTab++;
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    tabs.set(id, { context, page, requests });
    return id;
  },
  async close({ tab }) {
    await tabs.get(tab).context.close();
    tabs.delete(tab);
  },
  async goto({ tab, url }) {
    await (await target(tab)).goto(url);
  },
  async reload({ tab }) {
    await (await target(tab)).reload();
  },
  // fn: a JS function's source; it is called with args and awaited.
  async evaluate({ tab, frame, fn, args }) {
    const where = await target(tab, frame);
    return where.evaluate(`(${fn})(...${JSON.stringify(args)})`);
  },
  async click({ tab, frame, selector }) {
    await (await target(tab, frame)).click(selector);
  },
  async setFiles({ tab, frame, selector, paths }) {
    const input = await (await target(tab, frame)).$(selector);
    await input.uploadFile(...paths);
  },
  async requests({ tab }) {
    return tabs.get(tab).requests.splice(0);
  },
  // The page's viewport in CSS pixels, as a window of that size would have it.
  async viewport({ tab, width, height }) {
    await (await target(tab)).setViewport({ width, height });
  },
  async screenshot({ tab, path }) {
    await (await target(tab)).screenshot({ path, fullPage: true });
  },
  async version() {
    return browser.version();
  },
};

// No command may hang the tests: a BiDi step that never answers (a click now and then did,
// for good) becomes an error after this long. evaluate's functions may wait for real work.
const LIMIT_MS = { evaluate: 240_000, goto: 120_000, reload: 120_000 };
function limited(command, work) {
  let timer;
  const limit = LIMIT_MS[command] ?? 60_000;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${command} had no answer in ${limit / 1000} s`)), limit);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const { id, command, ...args } = JSON.parse(line);
  let answer;
  try {
    answer = { id, value: (await limited(command, commands[command](args))) ?? null };
  } catch (error) {
    answer = { id, error: String(error && error.stack || error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
await browser.close();
