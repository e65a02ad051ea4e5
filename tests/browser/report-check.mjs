// Opens a ChipChain HTML report in headless Chromium, drives its script and prints what it saw as JSON.
// Usage: node report-check.mjs REPORT.html NODE-TO-CLICK SEARCH-TEXT OTHER-TARGET
import { launch, watchedPage } from "./headless.mjs";
import { pathToFileURL } from "node:url";

const [file, clickId, searchText, otherTarget] = process.argv.slice(2);
const browser = await launch();
try {
  const { page, errors, requests } = await watchedPage(browser);
  await page.goto(pathToFileURL(file).href);

  const lit = () => page.$$eval("g.node.hl-spof", (gs) => gs.map((g) => g.getAttribute("data-id")).sort());
  const result = { initialPanel: await page.textContent("#details h2"), initialSpofs: await lit() };

  await page.click(`g.node[data-id="${clickId}"]`);
  result.clickedPanel = await page.textContent("#details h2");
  result.clickedRole = await page.textContent("#details .role");

  await page.fill("#search", searchText);
  result.searchCount = await page.textContent("#search-count");
  result.matches = await page.$$eval("g.node.match", (gs) => gs.map((g) => g.getAttribute("data-id")).sort());

  await page.selectOption("#target-select", otherTarget);
  result.otherSpofs = await lit();
  result.visibleSections = await page.$$eval("section.target-view", (ss) => ss.filter((s) => !s.hidden).map((s) => s.getAttribute("data-target")));
  result.errors = errors;
  result.requests = requests;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
