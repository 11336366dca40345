/**
 * /experimenten/ and one page per experiment: every page in data/experimenten.csv exists, shows
 * its facts, arms, outcomes and sources (each linked to /bronnen/); calculator links point at the
 * regimes in data; the overview draws its charts with CSV and embed; direction-only findings are
 * labelled; pages load no script and make no request to another host.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { axeViolations, openPage, type Site, startSite } from "./harness.ts";

/** First column of a CSV file (the ids), without the header. Ids have no commas or quotes. */
function firstColumn(path: string): string[] {
  return readFileSync(path, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(",")[0] ?? "");
}

const experimentIds = firstColumn("data/experimenten.csv");
const regimes = new Set(firstColumn("data/regelingen.csv"));

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test("the overview shows the design matrix, its charts, the verdict, the gaps and the timeline", async () => {
  const { page, context, problems } = await openPage(site, { width: 360 });
  await page.goto(`${site.origin}/experimenten/`);
  assert.equal((await page.locator("h1").textContent())?.trim(), "Experimenten met de bijstand");
  const matrixRows = await page.locator("table.matrix tbody tr").count();
  assert.equal(matrixRows, experimentIds.length, "one matrix row per experiment");
  for (const id of [
    "experiment-deelnemers-cpb",
    "experiment-effecten-overzicht",
    "experiment-aandeel-werkend",
  ]) {
    const fig = page.locator(`figure[data-chart="${id}"]`);
    assert.equal(await fig.count(), 1, `${id} on the page`);
    assert.ok(
      ((await fig.locator(".chart-figure__takeaway").textContent()) ?? "").length > 40,
      `${id} takeaway`,
    );
    assert.equal((await fetch(`${site.origin}/data/${id}.csv`)).status, 200, `${id}.csv`);
    assert.equal((await fetch(`${site.origin}/embed/${id}/`)).status, 200, `/embed/${id}/`);
  }
  const effects = page.locator('figure[data-chart="experiment-effecten-overzicht"]');
  assert.match((await effects.textContent()) ?? "", /alleen richting/);
  const text = ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
  assert.match(text, /28 mei 2020/, "date of the letter");
  assert.match(text, /24% van de groep zonder plichten/, "CPB 2022 Utrecht share");
  assert.match(text, /Wat we niet vonden/);
  assert.ok((await page.locator("ol.timeline li").count()) >= 10, "timeline events");
  for (const id of experimentIds)
    assert.equal(
      (await page.locator(`a[href="/experimenten/${id}/"]`).count()) > 0,
      true,
      `link to ${id}`,
    );
  assert.equal(await page.locator("script[src]").count(), 0, "no external scripts");
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});

for (const id of experimentIds) {
  test(`/experimenten/${id}/ shows facts, arms, outcomes and sources`, async () => {
    const { page, context, problems } = await openPage(site, { width: 360 });
    const res = await page.goto(`${site.origin}/experimenten/${id}/`);
    assert.equal(res?.status(), 200);
    assert.ok((await page.locator("dl.facts dt").count()) >= 6, "facts");
    assert.ok((await page.locator("table.arms tbody tr").count()) >= 2, "arms");
    assert.ok((await page.locator(".outcomes li").count()) >= 1, "outcomes");
    const sources = page.locator("ol.source-list li a[href^='/bronnen/#']");
    assert.ok((await sources.count()) >= 2, "sources listed");
    for (const href of await page
      .locator("a[href^='/rekenhulp/?regeling=']")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
      const url = new URL(href, site.origin);
      const regime = url.searchParams.get("regeling") ?? "";
      assert.ok(regimes.has(regime), `${id}: unknown regime ${regime}`);
      // The link opens the calculator on a month inside the regime (checked in
      // src/data/regime-month.test.ts), so it carries a month.
      assert.match(
        url.searchParams.get("datum") ?? "",
        /^\d{4}-\d{2}$/,
        `${id}: ${href} has a month`,
      );
    }
    const main = (await page.locator("main").textContent()) ?? "";
    assert.match(main, /Beperkingen/);
    assert.match(main, /Wat we niet vonden/);
    assert.doesNotMatch(main, /NaN|undefined|Infinity/);
    assert.equal(await page.locator("script[src]").count(), 0, "no external scripts");
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
}

test("every /bronnen/ anchor used on the experiment pages exists", async () => {
  const bronnen = await (await fetch(`${site.origin}/bronnen/`)).text();
  for (const id of experimentIds) {
    const html = await (await fetch(`${site.origin}/experimenten/${id}/`)).text();
    for (const m of html.matchAll(/href="\/bronnen\/#([a-z0-9-]+)"/g))
      assert.ok(bronnen.includes(`id="${m[1]}"`), `${id}: /bronnen/#${m[1]}`);
  }
});

test("axe finds no serious or critical problem on the experiment pages, light and dark", async () => {
  const paths = ["/experimenten/", ...experimentIds.map((id) => `/experimenten/${id}/`)];
  for (const colorScheme of ["light", "dark"] as const) {
    const { page, context } = await openPage(site, { width: 360, colorScheme });
    for (const path of paths) {
      await page.goto(site.origin + path);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${path} (${colorScheme})`);
    }
    await context.close();
  }
});
