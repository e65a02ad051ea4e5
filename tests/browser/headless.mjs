// One way to open a ChipChain HTML report in headless Chromium for the browser checks: Debian's chromium (or
// $CHROMIUM), no sandbox, no network, and a record of every page error, console error and non-file request, so a
// check can assert the page works offline and quietly.
import { chromium } from "playwright-core";

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    timeout: 20000,
  });
}

export async function watchedPage(browser, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  const requests = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") { errors.push(m.text()); } });
  page.on("request", (r) => { if (!r.url().startsWith("file:")) { requests.push(r.url()); } });
  return { page, errors, requests };
}
