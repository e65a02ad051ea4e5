// Renders Mermaid files with the mermaid library in headless Chromium, offline, and prints for each whether it
// rendered (or the parser's error) and how many legend boxes the drawing has: a diagram that Mermaid refuses is
// useless in a report, whatever its text looks like.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, watchedPage } from "./headless.mjs";

const require = createRequire(import.meta.url);
const library = require.resolve("mermaid/dist/mermaid.min.js");
const browser = await launch();
try {
  const { page } = await watchedPage(browser);
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ path: library });
  const results = [];
  for (const file of process.argv.slice(2)) {
    const text = readFileSync(file, "utf8").replace(/^```mermaid\n/, "").replace(/```\n?$/, "");
    results.push(await page.evaluate(async ([name, source]) => {
      try {
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
        const { svg } = await mermaid.render("d" + Math.random().toString(36).slice(2), source);
        const drawing = new DOMParser().parseFromString(svg, "image/svg+xml");
        const legend = [...drawing.querySelectorAll("g.node")].filter((g) => /legend_\d+/.test(g.id)).length;
        const title = drawing.querySelector(".flowchartTitleText")?.textContent ?? null;
        return { file: name, ok: true, legendBoxes: legend, title };
      } catch (e) {
        return { file: name, ok: false, error: String(e.message ?? e) };
      }
    }, [file, text]));
  }

  console.log(JSON.stringify(results));
} finally {
  await browser.close();
}
