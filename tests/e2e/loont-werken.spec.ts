/**
 * /rekenhulp/loont-werken/ in Chromium: a permalink shows the household income; typing changes it
 * and the URL; a bad `uren` gives a Dutch message and no amounts; no console errors; axe clean.
 * Run after a build: `node --test tests/e2e/loont-werken.spec.ts`.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { axeViolations, openPage, type Site, startSite } from "./harness.ts";

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** An output's text with every kind of space as one plain space (amounts use a no-break space). */
const output = async (page: Page, name: string) =>
  ((await page.locator(`output[name="${name}"]`).textContent()) ?? "").replace(/\s+/g, " ").trim();
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").replace(/\s+/g, " ");

async function noBadText(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
}

// A single person of 35 in January 2026, first month with work, 20 hours at the minimum wage of
// 1 January 2026 (€ 14,71 an hour, data/minimumloon.csv): € 14,71 × 20 × 52 / 12 = € 1.274,87 gross.
// The household income is what src/engine/loont-werken.ts gives (its unit tests check it against
// the household engine hour by hour).
const PERMALINK =
  "/rekenhulp/loont-werken/?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&maand=1&kind=nee&urenbeperking=nee&regeling=landelijk&uren=20";

test("a permalink shows the household income, the chart and the table", async () => {
  const { page, context, problems } = await openPage(site, { width: 360, height: 800 });
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-uren")?.value === "20",
  );
  assert.equal(await output(page, "uurloon"), "€ 14,71");
  assert.equal(await output(page, "bruto"), "€ 1.274,87");
  assert.equal(await output(page, "huishoudinkomen"), "€ 1.745,42");
  assert.match(
    await text(page, "#h-uurloon"),
    /minimumloon voor 21 jaar en ouder, € 14,71 per uur vanaf 1 januari 2026/,
  );
  assert.equal(await page.locator("table[data-view=table] tbody tr").count(), 41);
  assert.equal(
    await page.locator("table[data-view=table] tbody tr.chosen th").textContent(),
    "20 (u)",
  );
  assert.match(await text(page, "[data-view=summary]"), /stopt de bijstand|geen bijstand meer/);
  assert.equal(await page.locator("[data-view=incomeSvg] svg[role=img]").count(), 1);
  await noBadText(page);
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("typing changes the household income and the URL", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () =>
      document
        .querySelector<HTMLOutputElement>('output[name="huishoudinkomen"]')
        ?.value.replace(/\s+/g, " ") === "€ 1.745,42",
  );
  await page.locator("#f-uren").fill("32");
  await page.waitForFunction(() => location.search.includes("uren=32"));
  assert.notEqual(await output(page, "huishoudinkomen"), "€ 1.745,42");
  await page.locator("#f-uurloon").fill("20");
  await page.waitForFunction(() => location.search.includes("uurloon=20"));
  assert.equal(await output(page, "uurloon"), "€ 20,00");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("a bad uren gives a Dutch message and no amounts", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(`${site.origin}/rekenhulp/loont-werken/?datum=2026-01&leeftijd=35&uren=50`);
  await page.waitForFunction(
    () => !document.querySelector<HTMLElement>('[data-error="uren"]')?.hidden,
  );
  assert.match(
    (await page.locator('[data-error="uren"]').textContent()) ?? "",
    /Vul het aantal uren per week in/,
  );
  for (const region of await page.locator("[data-result]").all())
    assert.equal(await region.isVisible(), false);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("print: the result first, with its full permalink; no buttons or hints", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(() =>
    (document.querySelector("[data-print-permalink]")?.textContent ?? "").includes("uren=20"),
  );
  await page.emulateMedia({ media: "print" });
  // biome-ignore lint/performance/useDomNodeTextContent: what print renders, hidden parts left out
  const printed = await page.locator("main").innerText();
  const link = (await page.locator("[data-print-permalink]").textContent()) ?? "";
  assert.ok(link.startsWith(`${site.origin}/rekenhulp/loont-werken/?`), link);
  assert.ok(printed.includes(link), "the printed text carries the permalink");
  const result = await page.locator("section.result").boundingBox();
  const fields = await page.locator("#loont-werken-form fieldset").first().boundingBox();
  assert.ok(result && fields && result.y < fields.y, "result before the form's fields");
  assert.equal(await page.locator("main button:visible").count(), 0);
  assert.equal(await page.locator("main .hint:visible").count(), 0);
  // The printed link reproduces the result.
  const income = await output(page, "huishoudinkomen");
  const again = await context.newPage();
  await again.goto(link);
  await again.waitForFunction(
    (t) =>
      (document.querySelector<HTMLOutputElement>('output[name="huishoudinkomen"]')?.value ?? "")
        .replace(/\s+/g, " ")
        .trim() === t,
    income,
  );
  await context.close();
});
