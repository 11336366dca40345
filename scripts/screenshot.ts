/**
 * Screenshots of built pages for a human to look at: `node scripts/screenshot.ts /path/ [/other/]`.
 * Writes PNGs at 360 px and 1280 px wide, and a print PDF, to tests/e2e/screenshots/. With
 * `FIGURES=1` also one PNG per chart figure; `SCHEME=dark` for dark mode; `DIST_DIR` for the build.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { previewSite } from "../tests/e2e/harness.ts";

const dir = process.env.DIST_DIR ?? "dist";
const out = "tests/e2e/screenshots";
mkdirSync(out, { recursive: true });
const { origin, stop } = await previewSite(dir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const scheme = (process.env.SCHEME ?? "light") as "light" | "dark";
for (const path of process.argv.slice(2)) {
  const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(origin + path, { waitUntil: "networkidle" });
    await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
    if (process.env.FIGURES) {
      // One picture per chart, to look at them at a readable size.
      const figures = await page.locator("figure.chart-figure").all();
      for (const [i, fig] of figures.entries()) {
        await fig.screenshot({ path: `${out}/${name}-${width}-${scheme}-fig${i + 1}.png` });
      }
    }
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(origin + path, { waitUntil: "networkidle" });
  await page.pdf({ path: `${out}/${name}-print.pdf`, format: "A4", printBackground: true });
  await page.close();
}
await browser.close();
await stop();
