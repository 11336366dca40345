/**
 * The Participatiewet in balans in both calculators, in Chromium: a permalink for each new regime
 * (the two readings of art. 34a), each new answer (`jongerenverhoging`, `mantelzorg`), the caveat
 * on an uncertain maximum, `methode=ontvangst`, and the refusals (2027; ontvangst before 2026).
 * Expected amounts are worked out from the law text in src/engine/examples/*.yaml.
 * Run after a build: `node --test tests/e2e/hervorming.spec.ts`.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { openPage, type Site, startSite } from "./harness.ts";

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const value = (name: string, expected: string) => (page: Page) =>
  page.waitForFunction(
    ([n, v]) => document.querySelector<HTMLOutputElement>(`output[name="${n}"]`)?.value === v,
    [name, expected] as const,
  );
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").replace(/\s+/g, " ");

test("reading gedoogjaar: 15% for a 24-year-old in March 2026", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-03&leefvorm=alleenstaand&leeftijd=24&netto=800&maand=3&regeling=gedoogjaar-2026-jongeren`,
  );
  await value("vrijlating", "€ 120,00")(page);
  await value("uitkering", "€ 651,42")(page);
  assert.match(
    (await page.locator("#f-regeling option:checked").textContent()) ?? "",
    /^Lezing gedoogjaar/,
  );
  assert.match(
    await text(page, "[data-view=notes]"),
    /één lezing van de Participatiewet in balans/,
  );
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("reading wettekst: art. 34a in month 8 of work, January 2026", async () => {
  const { page, context } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&netto=1000&maand=8&regeling=artikel-34a-wettekst`,
  );
  await value("vrijlating", "€ 150,00")(page);
  await value("uitkering", "€ 481,42")(page);
  assert.match(
    (await page.locator("#f-regeling option:checked").textContent()) ?? "",
    /^Lezing wettekst/,
  );
  await context.close();
});

test("a month in 2027 is refused with the usual message, also under a reading", async () => {
  const { page, context } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2027-01&leeftijd=35&netto=500&regeling=artikel-34a-wettekst`,
  );
  const error = page.locator("#e-datum");
  await error.waitFor({ state: "visible" });
  assert.match((await error.textContent()) ?? "", /^Kies een maand van /);
  await context.close();
});

test("jongerenverhoging=ja: the 18–20 verhoging, asked only at 18–20", async () => {
  const { page, context } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-01&leefvorm=alleenstaand&leeftijd=19&netto=0&jongerenverhoging=ja`,
  );
  await value("norm", "€ 1.092,44")(page);
  assert.equal(await page.locator("#f-jongerenverhoging").isChecked(), true);
  assert.equal(await page.locator("#f-jongerenverhoging").isVisible(), true);
  await page.locator("#f-leeftijd").fill("35");
  await page.waitForFunction(() => !location.search.includes("jongerenverhoging"));
  assert.equal(await page.locator("#f-jongerenverhoging").isVisible(), false);
  await context.close();
});

test("mantelzorg=ja: no kostendelersnorm from 2026, no effect before", async () => {
  const { page, context } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&huisgenoten=40&netto=0&mantelzorg=ja`,
  );
  await value("norm", "€ 1.401,50")(page);
  assert.equal(await page.locator("#f-mantelzorg").isChecked(), true);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2025-12&leefvorm=alleenstaand&leeftijd=35&huisgenoten=40&netto=0&mantelzorg=ja`,
  );
  await value("norm", "€ 977,90")(page);
  assert.match(await text(page, "[data-view=steps]"), /verandert uw antwoord niets/);
  await context.close();
});

test("an uncertain maximum (July 2026) is named next to the result", async () => {
  const { page, context } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-07&leefvorm=alleenstaand&leeftijd=35&netto=500&maand=2`,
  );
  await value("vrijlating", "€ 125,00")(page);
  assert.match(await text(page, "[data-view=notes]"), /onzeker/i);
  await context.close();
});

test("methode=ontvangst: each month settled in itself, refused before 2026", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/verrekening/?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&maand=7&regeling=landelijk&inkomsten=500,0,0,0,0,0&methode=ontvangst`,
  );
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  assert.equal(await page.locator("#f-methode-ontvangst").isChecked(), true);
  // Norm excl. VT € 1.331,42 − € 500 received in January = € 831,42, nothing settled later.
  const cells = await page.$$eval("table[data-view=table] tbody tr", (trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent?.trim() ?? "")),
  );
  assert.equal(cells[0]?.[3], "€ 831,42");
  assert.equal(cells[1]?.[3], "€ 1.331,42");
  assert.equal(cells[1]?.[6], "€ 1.331,42");
  await page.goto(
    `${site.origin}/rekenhulp/verrekening/?datum=2025-07&leefvorm=alleenstaand&leeftijd=35&maand=7&regeling=landelijk&inkomsten=500,0,0,0,0,0&methode=ontvangst`,
  );
  const error = page.locator("#e-methode");
  await error.waitFor({ state: "visible" });
  assert.match((await error.textContent()) ?? "", /mag pas vanaf januari 2026/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
