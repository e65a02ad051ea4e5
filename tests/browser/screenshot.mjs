// Takes the README's screenshot of a ChipChain HTML report with a what-if applied through the panel.
// Usage: node screenshot.mjs REPORT.html OUT.png COUNTRY
import { launch } from "./headless.mjs";
import { pathToFileURL } from "node:url";

const [file, out, country] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 2200 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await page.check(`input.wi-country[value="${country}"]`);
  await page.evaluate(() => window.scrollTo(0, 0));
  // The what-if panel sits below the diagram: show the diagram with the failure painted, then the panel's results.
  const top = await page.$eval(".toolbar", (e) => e.getBoundingClientRect().top + window.scrollY);
  const bottom = await page.$eval("#wi-results", (e) => e.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({ path: out, clip: { x: 0, y: top, width: 1500, height: Math.min(1500, bottom - top + 10) }, fullPage: true });
} finally {
  await browser.close();
}
