/**
 * /gemeenten/, the municipality pages and /voorstellen/: the map is drawn and every marked
 * municipality is linked in the text alternative; the comparison matrix is a keyboard-focusable
 * scroll region with a sticky first column that works at 360 px; municipality pages print as A4
 * with their sources; axe finds no serious or critical problem.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { axeViolations, openPage, type Site, startSite } from "./harness.ts";

/** Municipalities marked on the map, from data/gemeenten.csv (any category column "ja"). */
const MARKED = readFileSync("data/gemeenten.csv", "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(","))
  .filter((cells) => cells.slice(3, 7).includes("ja"))
  .map((cells) => cells[0] ?? "");

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test("/gemeenten/ draws the map and links every marked municipality in the text alternative", async () => {
  const { page, context, problems } = await openPage(site, { width: 360 });
  await page.goto(`${site.origin}/gemeenten/`);
  const fig = page.locator('figure[data-chart="gemeente-kaart"]');
  assert.ok((await fig.locator("svg").count()) > 0, "map SVG present");
  const links = await page
    .locator(".category-lists a")
    .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  for (const slug of MARKED) assert.ok(links.includes(`/gemeenten/${slug}/`), `${slug} linked`);
  assert.ok((await page.locator('a[href="/voorstellen/"]').count()) > 0, "link to /voorstellen/");
  const csv = await (await fetch(`${site.origin}/data/gemeente-kaart.csv`)).text();
  assert.ok(csv.startsWith("name,gm_code,category,page"), "map CSV header");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});

test("the matrix scrolls sideways at 360 px, is focusable, keeps the first column in view, and marks gaps", async () => {
  const { page, context } = await openPage(site, { width: 360 });
  await page.goto(`${site.origin}/gemeenten/`);
  const region = page.locator(".matrix-scroll");
  assert.equal(await region.getAttribute("tabindex"), "0");
  assert.equal(await region.getAttribute("role"), "region");
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 360, `page itself does not scroll sideways (${pageWidth}px)`);
  await region.focus();
  await page.keyboard.press("End");
  await region.evaluate((el) => {
    el.scrollLeft = 600;
  });
  const scrolled = await region.evaluate((el) => el.scrollLeft);
  assert.ok(scrolled > 0, "region scrolls horizontally");
  const first = page.locator(".matrix tbody th").first();
  const box = await first.boundingBox();
  assert.ok(box && box.x >= 0 && box.x < 40, `first column stays in view (x=${box?.x})`);
  assert.ok((await page.locator(".matrix__unknown").count()) > 0, "gaps shown as onbekend");
  await context.close();
});

test("a municipality page links its experiment and calculator, lists dated positions and prints its sources", async () => {
  const { page, context, problems } = await openPage(site, { width: 360 });
  await page.goto(`${site.origin}/gemeenten/amsterdam/`);
  assert.ok(
    (await page.locator('a[href="/experimenten/amsterdam/"]').count()) > 0,
    "experiment link",
  );
  assert.ok(
    (await page.locator('a[href^="/rekenhulp/?regeling=amsterdam"]').count()) > 0,
    "calculator link",
  );
  assert.ok((await page.locator(".standpunt").count()) >= 3, "positions listed");
  const text = (await page.locator("main").textContent()) ?? "";
  assert.match(text, /bijverdienpremie/i);
  assert.ok((await page.locator(".source-list li").count()) >= 5, "source list");
  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ media: "print" });
  assert.equal(
    await page.locator(".source-list__url").first().isVisible(),
    true,
    "source addresses print",
  );
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000, "prints as A4 PDF");
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});

test("/voorstellen/ sets every proposal against what was tried and its known effect", async () => {
  const { page, context, problems } = await openPage(site, { width: 360 });
  await page.goto(`${site.origin}/voorstellen/`);
  const items = page.locator(".voorstel");
  assert.ok((await items.count()) >= 20, "proposals listed");
  assert.equal(
    await page.locator(".voorstel dt").count(),
    (await items.count()) * 2,
    "tried and effect for each",
  );
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});
