// Drives a ChipChain HTML report's what-if engine and panel in headless Chromium and prints what it saw as JSON.
// Usage: node whatif-check.mjs api MANIFEST.json                (window.chipchain.whatif on each page's scenarios)
//        node whatif-check.mjs panel REPORT.html COUNTRY NODE     (tick COUNTRY in the panel, then click NODE)
//        node whatif-check.mjs expand REPORT.html COUNTRY         (tick COUNTRY, then draw all nodes of a critical view)
//        node whatif-check.mjs opened REPORT.html                 (what a report made with --scenario paints on opening)
//        node whatif-check.mjs timeline MANIFEST.json           (window.chipchain.timeline on each page's runs)
//        node whatif-check.mjs slider REPORT.html NODE WEEKS      (fail NODE in the panel, move the duration slider to WEEKS)
import { launch, watchedPage } from "./headless.mjs";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [mode, file, ...rest] = process.argv.slice(2);
const browser = await launch();
try {
  const { page, errors, requests } = await watchedPage(browser);
  const result = {};
  if (mode === "api") {
    // The manifest lists pages and the scenarios to run on each: [{ file, scenarios: [...] }].
    result.pages = [];
    for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
      const started = Date.now();
      await page.goto(pathToFileURL(entry.file).href, { waitUntil: "load" });
      const loadMs = Date.now() - started;
      const run = await page.evaluate((all) => all.map((s) => {
        const t0 = performance.now();
        try {
          return { outcome: window.chipchain.whatif(s), ms: performance.now() - t0 };
        } catch (e) {
          return { error: String(e.message), ms: performance.now() - t0 };
        }
      }), entry.scenarios);
      result.pages.push({ loadMs, maxMs: Math.max(0, ...run.map((r) => r.ms)), results: run.map((r) => r.outcome ? r.outcome : { error: r.error }) });
    }
  } else if (mode === "timeline") {
    // The manifest lists pages and the timed runs on each: [{ file, runs: [{ scenario, options }] }].
    result.pages = [];
    for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
      await page.goto(pathToFileURL(entry.file).href, { waitUntil: "load" });
      const run = await page.evaluate((all) => all.map((r) => {
        try {
          return window.chipchain.timeline(r.scenario, r.options);
        } catch (e) {
          return { error: String(e.message) };
        }
      }), entry.runs);
      result.pages.push({ results: run });
    }
  } else if (mode === "slider") {
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const [node, weeks] = rest;
    const rows = () => page.$$eval("#wi-results table.wi-timeline tbody tr", (trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent)));
    await page.fill("#wi-fail-node", node);
    await page.click("#wi-fail-form button[type=submit]");
    result.untimedRows = await rows();
    result.untimedText = await page.textContent("#wi-weeks-text");
    await page.$eval("#wi-weeks", (e, v) => { e.value = v; e.dispatchEvent(new Event("input", { bubbles: true })); }, weeks);
    result.rows = await rows();
    result.text = await page.textContent("#wi-weeks-text");
    result.error = await page.textContent("#wi-error");
  } else if (mode === "expand") {
    // A large graph's page: tick COUNTRY, then expand the critical view to the whole diagram.
    const started = Date.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    result.loadMs = Date.now() - started;
    const count = (selector) => page.$$eval(selector, (gs) => gs.length);
    await page.check(`input.wi-country[value="${rest[0]}"]`);
    result.before = { nodes: await count("#diagram g.node"), failed: await count("#diagram g.node.wi-failed"), spofs: await count("#diagram g.node.hl-spof") };
    await page.click("#expand-diagram");
    result.after = { nodes: await count("#diagram g.node"), failed: await count("#diagram g.node.wi-failed"), spofs: await count("#diagram g.node.hl-spof"), litLinks: await count("#diagram path.link.hl-spof") };
    result.failed = await page.evaluate((c) => window.chipchain.whatif({ failCountries: [c] }).failed.length, rest[0]);
    result.expandHidden = await page.$eval("#expand-diagram", (b) => b.hidden);
  } else if (mode === "opened") {
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    result.paintedFailed = await page.$$eval("g.node.wi-failed", (gs) => gs.map((g) => g.getAttribute("data-id")).sort());
  } else {
    const started = Date.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    result.loadMs = Date.now() - started;
    const [country, node] = rest;
    await page.check(`input.wi-country[value="${country}"]`);
    result.scenarioJson = JSON.parse(await page.inputValue("#wi-json"));
    result.levelIds = await page.$$eval("#wi-results table.wi-levels tbody tr", (rows) => rows.map((r) => r.querySelector("td").textContent));
    result.stoppedTargets = await page.$$eval("#wi-results ul.chips", (lists) => lists.length ? Array.from(lists[0].querySelectorAll("button")).map((b) => b.getAttribute("data-node")).sort() : []);
    result.paintedFailed = await page.$$eval("g.node.wi-failed", (gs) => gs.map((g) => g.getAttribute("data-id")).sort());
    result.paintedStopped = await page.$$eval("g.node.wi-stopped", (gs) => gs.map((g) => g.getAttribute("data-id")).sort());
    await page.click(`g.node[data-id="${node}"]`);
    result.impact = await page.textContent("#details .impact-line");
    result.impactTargets = await page.$$eval("#details .impact button.node-ref", (bs) => bs.map((b) => b.getAttribute("data-node")).sort());
    await page.click("#details button.fail-node");
    result.afterFailJson = JSON.parse(await page.inputValue("#wi-json"));
    await page.click("#wi-clear");
    result.afterClear = await page.$$eval("g.node.wi-failed, g.node.wi-stopped", (gs) => gs.length);
  }
  result.errors = errors;
  result.requests = requests;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
