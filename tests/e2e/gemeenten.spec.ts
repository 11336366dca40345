/**
 * /gemeenten/, the municipality pages and /voorstellen/: the map is drawn and every marked
 * municipality is linked in the text alternative and on the map itself; calculator links open on a
 * month inside their regime; the comparison matrix is a keyboard-focusable
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

test("the map links every marked municipality to its page, with its name, also in the embed", async () => {
  const { page, context } = await openPage(site, { width: 1280 });
  for (const path of ["/gemeenten/", "/embed/gemeente-kaart/"]) {
    await page.goto(site.origin + path);
    const map = page.locator('figure[data-chart="gemeente-kaart"] .chart-figure__svg--wide svg');
    const links = await map.locator("a").evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute("href") ?? "",
        label: a.getAttribute("aria-label") ?? "",
      })),
    );
    assert.deepEqual(
      links.map((l) => l.href).sort(),
      MARKED.map((slug) => `/gemeenten/${slug}/`).sort(),
      `${path}: one link per marked municipality`,
    );
    for (const l of links) assert.ok(l.label.length > 1, `${path}: ${l.href} has a name`);
    // The accessibility tree sees them as links with the municipality's name.
    const wageningen = map.getByRole("link", { name: "Wageningen", exact: true });
    assert.equal(await wageningen.count(), 1, `${path}: link named after Wageningen`);
  }
  await page.goto(`${site.origin}/gemeenten/`);
  await page
    .locator(
      'figure[data-chart="gemeente-kaart"] .chart-figure__svg--wide a[href="/gemeenten/wageningen/"]',
    )
    .click();
  await page.waitForURL(/\/gemeenten\/wageningen\/$/);
  await context.close();
});

test("every 'Reken het uit' link opens the calculator on a month inside its regime", async () => {
  const regimes = new Map<string, { from: string; to: string }[]>();
  for (const line of readFileSync("data/regelingen.csv", "utf8").trim().split("\n").slice(1)) {
    const [id = "", , , from = "", to = ""] = line.split(",");
    regimes.set(id, [...(regimes.get(id) ?? []), { from: from.slice(0, 7), to: to.slice(0, 7) }]);
  }
  const slugs = readFileSync("data/gemeenten.csv", "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0] ?? "");
  let checked = 0;
  for (const slug of slugs) {
    const html = await (await fetch(`${site.origin}/gemeenten/${slug}/`)).text();
    for (const m of html.matchAll(/<a href="(\/rekenhulp\/\?[^"]+)"[^>]*>Reken het uit/g)) {
      const params = new URLSearchParams((m[1] ?? "").split("?")[1]?.replaceAll("&amp;", "&"));
      const id = params.get("regeling") ?? "";
      const datum = params.get("datum") ?? "";
      const periods = regimes.get(id);
      assert.ok(periods, `${slug}: regime ${id} exists`);
      assert.match(datum, /^\d{4}-\d{2}$/, `${slug}: ${id} has a month`);
      assert.ok(
        periods.some((p) => p.from <= datum && (p.to === "" || datum <= p.to)),
        `${slug}: datum=${datum} lies in ${id} (${JSON.stringify(periods)})`,
      );
      checked++;
    }
  }
  assert.ok(checked >= 5, `checked ${checked} calculator links`);
});

test("the lists and page intros read as Dutch sentences", async () => {
  const index = await (await fetch(`${site.origin}/gemeenten/`)).text();
  assert.match(index, /Gemeenten die deden mee aan/);
  assert.doesNotMatch(index, /Gemeenten die (deed|betaalt|wijkt)\b/);
  const wageningen = await (await fetch(`${site.origin}/gemeenten/wageningen/`)).text();
  assert.match(
    wageningen,
    /Wageningen deed mee aan een van de zes landelijke experimenten en betaalt/,
  );
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
