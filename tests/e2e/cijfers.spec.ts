/**
 * /cijfers/ and /tijdlijn/: every chart on the figures page is drawn and links its CSV and embed;
 * the timeline filter works without JavaScript (plain links to /tijdlijn/<kind>/), every event has
 * an id anchor and a source, and the events are in date order.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openPage, type Site, startSite } from "./harness.ts";

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test("/cijfers/ draws every chart with its CSV and embed links, without errors", async () => {
  const { page, context, problems } = await openPage(site, { width: 360 });
  await page.goto(`${site.origin}/cijfers/`);
  const ids = await page
    .locator("figure.chart-figure")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-chart") ?? ""));
  assert.ok(ids.includes("bijstand-personen-per-kwartaal"), "caseload chart present");
  assert.ok(ids.length >= 8, `expected at least 8 charts, found ${ids.length}`);
  for (const id of ids) {
    const fig = page.locator(`figure[data-chart="${id}"]`);
    assert.equal((await fig.locator("svg").count()) > 0, true, `${id} has an SVG`);
    assert.ok(
      ((await fig.locator(".chart-figure__takeaway").textContent()) ?? "").length > 20,
      `${id} takeaway`,
    );
    const csv = await fetch(`${site.origin}/data/${id}.csv`);
    assert.equal(csv.status, 200, `${id}.csv`);
    const embed = await fetch(`${site.origin}/embed/${id}/`);
    assert.equal(embed.status, 200, `/embed/${id}/`);
  }
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});

test("/tijdlijn/ filter works without JavaScript and events are linkable and sourced", async () => {
  const { page, context, problems } = await openPage(site, { javaScriptEnabled: false });
  await page.goto(`${site.origin}/tijdlijn/`);
  const all = await page.locator(".timeline__event").count();
  assert.ok(all > 30, `expected many events, found ${all}`);
  const dates = await page
    .locator(".timeline__event time")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  assert.deepEqual([...dates].sort(), dates, "events in date order");
  const withoutSource = await page
    .locator(".timeline__event")
    .evaluateAll((els) => els.filter((e) => !e.querySelector(".source-line a")).map((e) => e.id));
  assert.deepEqual(withoutSource, [], "every event cites a source");
  const ids = await page.locator(".timeline__event").evaluateAll((els) => els.map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, "unique ids");

  await page.getByRole("link", { name: /^Onderzoek/ }).click();
  await page.waitForURL(/\/tijdlijn\/onderzoek\/$/);
  const kinds = await page
    .locator(".timeline__event")
    .evaluateAll((els) => els.map((e) => e.className));
  assert.ok(kinds.length > 0 && kinds.length < all, "filtered list is smaller");
  assert.ok(
    kinds.every((c) => c.includes("timeline__event--onderzoek")),
    "only onderzoek events",
  );

  await page.goto(`${site.origin}/tijdlijn/#participatiewet-in-werking`);
  assert.equal(await page.locator("#participatiewet-in-werking h3").count(), 1, "anchor exists");
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});

test("the chart toggles (Tabel, Insluiten, Citeer) show an open/close marker", async () => {
  const { page, context } = await openPage(site, { width: 1280 });
  await page.goto(`${site.origin}/cijfers/`);
  const summary = page.locator(".chart-figure details.chart-table > summary").first();
  const marker = () =>
    summary.evaluate((el) => {
      const s = getComputedStyle(el, "::before");
      return { width: s.borderLeftWidth, transform: s.transform };
    });
  const closed = await marker();
  assert.ok(Number.parseFloat(closed.width) > 0, `a visible marker: ${JSON.stringify(closed)}`);
  await summary.click();
  await page.waitForTimeout(250);
  const open = await marker();
  assert.notEqual(open.transform, closed.transform, "the marker turns when open");
  await context.close();
});
