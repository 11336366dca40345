/**
 * The calculator /rekenhulp/ in Chromium: a permalink opens and shows the expected outputs; typing
 * updates the outputs and the URL; bad input shows a Dutch message at the field and keeps only the
 * reader's own earlier result, marked; a bad permalink shows no amounts; the calculator opens on the
 * reader's month when the data covers it and says so when it does not; markup in the URL is never
 * injected; without JavaScript a worked example remains.
 * Run after a build: `DIST_DIR=dist-engine node --test tests/e2e/rekenhulp.spec.ts`.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { amountCents, cents, openPage, type Site, startSite } from "./harness.ts";

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const output = (page: Page, name: string) => page.locator(`output[name="${name}"]`).textContent();

async function noBadText(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
}

test("a permalink opens and shows the expected outputs", async () => {
  const { page, context, problems } = await openPage(site, { width: 360, height: 800 });
  // Single, 35, January 2026, € 500 netto in month 2: norm 1.401,50; vrijlating 125; bijstand 956,42.
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&netto=500&maand=2&kind=nee&urenbeperking=nee&regeling=landelijk`,
  );
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-maand")?.value === "2",
  );
  assert.equal(await output(page, "norm"), "€ 1.401,50");
  assert.equal(await output(page, "vrijlating"), "€ 125,00");
  assert.equal(await output(page, "uitkering"), "€ 956,42");
  assert.equal(await output(page, "premie"), "€ 0,00");
  assert.equal(await output(page, "totaal"), "€ 1.456,42");
  assert.match(
    (await page.locator("[data-view=sentence]").textContent()) ?? "",
    /houdt u € 25,00 over/,
  );
  await noBadText(page);
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});

test("a premie regime and a couple with a kostendeler", async () => {
  const { page, context } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2022-03&leefvorm=alleenstaand&leeftijd=40&netto=400&maand=2&regeling=amsterdam`,
  );
  await page.waitForFunction(
    () => document.querySelector<HTMLOutputElement>('output[name="premie"]')?.value === "€ 120,00",
  );
  assert.match(
    (await page.locator("[data-view=premiePayout]").textContent()) ?? "",
    /juni en november/,
  );
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2024-01&leefvorm=samenwonend&leeftijd=40&partnerleeftijd=40&huisgenoten=50&netto=0`,
  );
  await page.waitForFunction(
    () => document.querySelector<HTMLOutputElement>('output[name="norm"]')?.value === "€ 1.589,50",
  );
  assert.equal(await page.locator("#f-partnerleeftijd").isVisible(), true);
  await context.close();
});

test("typing updates the outputs and the URL without a reload", async () => {
  const { page, context } = await openPage(site);
  await page.goto(`${site.origin}/rekenhulp/?datum=2026-01&leeftijd=35&netto=500&maand=2`);
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLOutputElement>('output[name="totaal"]')?.value === "€ 1.456,42",
  );
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
  });
  await page.fill("#f-netto", "1.000");
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLOutputElement>('output[name="vrijlating"]')?.value === "€ 250,00",
  );
  assert.equal(await output(page, "uitkering"), "€ 581,42");
  await page.waitForFunction(() => location.search.includes("netto=1.000"));
  assert.equal(
    await page.evaluate(() => (window as unknown as { marker?: number }).marker),
    1,
    "no reload",
  );
  assert.match(
    page.url(),
    /datum=2026-01&leefvorm=alleenstaand&leeftijd=35&huisgenoten=|datum=2026-01&leefvorm=alleenstaand&leeftijd=35&netto=/,
  );
  await page.selectOption("#f-leefvorm", "samenwonend");
  await page.waitForFunction(() => location.search.includes("leefvorm=samenwonend"));
  await context.close();
});

test("bad input shows a Dutch message at the field and keeps the last valid result", async () => {
  const { page, context } = await openPage(site);
  await page.goto(`${site.origin}/rekenhulp/?datum=2026-01&leeftijd=35&netto=500&maand=2`);
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLOutputElement>('output[name="totaal"]')?.value === "€ 1.456,42",
  );
  const cases: [string, string, RegExp][] = [
    ["#f-netto", "abc", /cijfers/],
    ["#f-netto", "-5", /negatief/],
    ["#f-netto", "100001", /hoger/],
    ["#f-leeftijd", "12", /18 en 120/],
    ["#f-datum", "2031-01", /Kies een maand/],
    ["#f-huisgenoten", "24,,x", /komma/],
    ["#f-netto", "<img src=x onerror=alert(1)>", /cijfers/],
  ];
  for (const [field, value, message] of cases) {
    await page.fill(field, value);
    const name = field.replace("#f-", "");
    const error = page.locator(`[data-error="${name}"]`);
    await error.waitFor({ state: "visible" });
    assert.match((await error.textContent()) ?? "", message, `${field}=${value}`);
    assert.equal(await page.locator(field).getAttribute("aria-invalid"), "true");
    assert.equal(await output(page, "totaal"), "€ 1.456,42", "last valid result stays");
    await noBadText(page);
    await page.fill(
      field,
      field === "#f-datum"
        ? "2026-01"
        : field === "#f-leeftijd"
          ? "35"
          : field === "#f-huisgenoten"
            ? ""
            : "500",
    );
    await error.waitFor({ state: "hidden" });
  }
  await context.close();
});

test("a permalink in the half year of 1 July 2026 uses its amounts", async () => {
  const { page, context } = await openPage(site);
  // Participatiewet per 1 juli 2026, art. 21 onder a: € 1.419,46 incl. vakantietoeslag; 5% of it
  // (art. 19 lid 3) is € 70,97, so € 1.348,49 a month; 25% of € 500 stays (art. 31 lid 2 onder n):
  // bijstand 1.348,49 − 375 = 973,49 and in total 1.473,49.
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-07&leefvorm=alleenstaand&leeftijd=35&netto=500&maand=2&regeling=landelijk`,
  );
  await page.waitForFunction(
    () => document.querySelector<HTMLOutputElement>('output[name="norm"]')?.value === "€ 1.419,46",
  );
  assert.equal(await output(page, "uitkering"), "€ 973,49");
  assert.equal(await output(page, "totaal"), "€ 1.473,49");
  await context.close();
});

test("a fresh bad permalink shows the message and no amounts at all", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(`${site.origin}/rekenhulp/?netto=abc&leeftijd=24&huisgenoten=52,55`);
  await page.locator('[data-error="netto"]').waitFor({ state: "visible" });
  assert.equal(await page.locator("[data-result]:visible").count(), 0);
  assert.equal(await page.locator("main output:visible").count(), 0);
  assert.match((await page.locator("[data-status]").textContent()) ?? "", /geen uitkomst/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("a month outside the data: a message at the field and no amounts", async () => {
  const { page, context } = await openPage(site);
  await page.goto(`${site.origin}/rekenhulp/?datum=2031-01&leeftijd=35&netto=500`);
  await page.locator('[data-error="datum"]').waitFor({ state: "visible" });
  assert.equal(await page.locator("main output:visible").count(), 0);
  await context.close();
});

/** The last month the data covers, as the page embeds it (`YYYY-MM`). */
async function lastCoveredMonth(page: Page): Promise<string> {
  const json = await page.locator("#rekenhulp-parameters").textContent();
  return (JSON.parse(json ?? "{}") as { lastDate: string }).lastDate.slice(0, 7);
}

test("the calculator opens on the reader's month, or on the last covered month with a note", async () => {
  // A reader in a month after the data: the last covered month, and a note that names it.
  const later = await openPage(site);
  await later.context.clock.setFixedTime(new Date("2031-03-15T10:00:00"));
  await later.page.goto(`${site.origin}/rekenhulp/`);
  const last = await lastCoveredMonth(later.page);
  await later.page.locator("[data-coverage]").waitFor({ state: "visible" });
  const note = (await later.page.locator("[data-coverage]").textContent()) ?? "";
  assert.match(note, /hebben we nog niet gevonden/);
  assert.ok(note.includes(last.slice(0, 4)), `the note names ${last}`);
  assert.equal(await later.page.locator("#f-datum").inputValue(), last);
  await later.context.close();

  // A reader in the first month the data covers: that month, and no note.
  const early = await openPage(site);
  await early.context.clock.setFixedTime(new Date("2015-03-15T10:00:00"));
  await early.page.goto(`${site.origin}/rekenhulp/`);
  await early.page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-datum")?.value === "2015-03",
  );
  assert.equal(await early.page.locator("[data-coverage]").isVisible(), false);
  await early.context.close();
});

test("markup and nonsense in the URL are reported, never injected", async () => {
  const { page, context, problems } = await openPage(site);
  const evil = encodeURIComponent(
    '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
  );
  await page.goto(
    `${site.origin}/rekenhulp/?datum=${evil}&leefvorm=${evil}&leeftijd=${evil}&huisgenoten=${evil}&netto=${evil}&maand=${evil}&kind=${evil}&urenbeperking=${evil}&regeling=${evil}`,
  );
  await page.locator('[data-error="netto"]').waitFor({ state: "visible" });
  assert.equal(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    undefined,
  );
  assert.equal(await page.locator("main img").count(), 0);
  for (const f of ["datum", "leeftijd", "netto", "maand", "regeling"]) {
    assert.ok(await page.locator(`[data-error="${f}"]`).isVisible(), `message at ${f}`);
  }
  await noBadText(page);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("a regime outside its period and an unknown regime give a message at the regime", async () => {
  const { page, context } = await openPage(site);
  // Amsterdam's premie may go on after 2023, but no source gives its amounts: say so.
  await page.goto(`${site.origin}/rekenhulp/?datum=2024-03&regeling=amsterdam`);
  const error = page.locator('[data-error="regeling"]');
  await error.waitFor({ state: "visible" });
  assert.match(
    (await error.textContent()) ?? "",
    /na 31 december 2023 vonden we het percentage en het maximum niet/,
  );
  // An experiment that ended says when it ran.
  await page.goto(`${site.origin}/rekenhulp/?datum=2024-03&regeling=amsterdam-experiment`);
  await error.waitFor({ state: "visible" });
  assert.match(
    (await error.textContent()) ?? "",
    /gold van 1 februari 2018 tot en met 28 februari 2021/,
  );
  await page.goto(`${site.origin}/rekenhulp/?regeling=bestaat-niet`);
  await error.waitFor({ state: "visible" });
  await context.close();
});

test("without JavaScript the page explains the rules and shows a worked example", async () => {
  const { page, context } = await openPage(site, { javaScriptEnabled: false });
  await page.goto(`${site.origin}/rekenhulp/`);
  assert.match((await output(page, "totaal")) ?? "", /^€\u00a0\d/);
  assert.match(
    (await page.locator("main").textContent()) ?? "",
    /Rekenvoorbeeld zonder JavaScript/,
  );
  assert.ok((await page.locator(".rekenhulp-chart").count()) >= 2, "charts drawn at build time");
  await context.close();
});

const PARENT =
  "/rekenhulp/?datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=35&huisgenoten=24,30&netto=600&maand=2&kind=ja&urenbeperking=nee&regeling=landelijk";

test("the result adds up line by line, as on a phone calculator", async () => {
  const { page, context } = await openPage(site, { width: 360, height: 800 });
  await page.goto(site.origin + PARENT);
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-huisgenoten")?.value === "24,30",
  );
  const v: Record<string, number> = {};
  for (const name of [
    "norm",
    "vakantietoeslag",
    "normzonder",
    "netto",
    "vrijlating",
    "verrekend",
    "uitkering",
    "premie",
    "totaal",
  ])
    v[name] = cents(await output(page, name));
  assert.equal(v.normzonder, (v.norm ?? 0) - (v.vakantietoeslag ?? 0));
  assert.equal(v.verrekend, (v.netto ?? 0) - (v.vrijlating ?? 0));
  assert.equal(v.uitkering, (v.normzonder ?? 0) - (v.verrekend ?? 0));
  assert.equal(v.totaal, (v.netto ?? 0) + (v.uitkering ?? 0) + (v.premie ?? 0));
  // The reserved vakantietoeslag and when it is paid; the plain phrase before "marginale druk".
  assert.match(
    (await page.locator("[data-view=vakantietoeslag]").textContent()) ?? "",
    /apart.*juni/,
  );
  assert.match(
    (await page.locator("[data-view=marginal]").textContent()) ?? "",
    /^Van elke extra euro .* kwijt\. Dat heet uw marginale druk\./,
  );
  await context.close();
});

test("what comes next: after 6 months of 25% a single parent gets 12,5% for 30 months", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PARENT);
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-maand")?.value === "2",
  );
  const next = ((await page.locator("[data-view=next]").textContent()) ?? "").replace(/\s+/g, " ");
  // Month 2 is January 2026: month 6 is May 2026, month 7 June 2026, month 36 November 2028.
  assert.match(next, /maand 2 \(januari 2026\) tot en met maand 6 \(mei 2026\).*25%/);
  assert.match(next, /maand 7 \(juni 2026\) tot en met maand 36 \(november 2028\).*12,5%/);
  assert.match(next, /vanaf maand 37 \(december 2028\): geen vrijlating/);
  await context.close();
});

test("the kostendelersnorm names who counts and the age rule of that date", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PARENT);
  const list = page.locator("[data-view=kostendelers]");
  await page.waitForFunction(() =>
    document.querySelector("[data-view=kostendelers]")?.textContent?.includes("24 jaar"),
  );
  let text = ((await list.textContent()) ?? "").replace(/\s+/g, " ");
  assert.match(text, /vanaf 27 jaar/);
  assert.match(text, /sinds 1 januari 2023; daarvoor was het vanaf 21 jaar/);
  assert.match(text, /24 jaar: telt niet mee, want jonger dan 27/);
  assert.match(text, /30 jaar: telt mee/);
  // December 2022: the rule was 21, so the housemate of 24 counts.
  await page.locator("#f-datum").fill("2022-12");
  await page.waitForFunction(() =>
    document.querySelector("[data-view=kostendelers]")?.textContent?.includes("december 2022"),
  );
  text = ((await list.textContent()) ?? "").replace(/\s+/g, " ");
  assert.match(text, /24 jaar: telt mee/);
  assert.match(text, /Vanaf 1 januari 2023 wordt dat 27 jaar/);
  await context.close();
});

test("at 1280 × 900 form and result sit side by side, the result within the first 900 px", async () => {
  const { page, context, problems } = await openPage(site, { width: 1280, height: 900 });
  await page.goto(site.origin + PARENT);
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-maand")?.value === "2",
  );
  const total = await page.locator('output[name="totaal"]').boundingBox();
  const form = await page.locator("#rekenhulp-form").boundingBox();
  assert.ok(total && form);
  assert.ok(total.y + total.height <= 900, `total ends at ${total.y + total.height}px`);
  assert.ok(total.x > form.x + form.width, "the result is beside the form");
  // A change further down the form shows in the result without scrolling back up.
  await page.locator("#f-netto").evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.locator("#f-netto").fill("700");
  await page.waitForFunction(() =>
    document.querySelector<HTMLOutputElement>('output[name="netto"]')?.value.endsWith("700,00"),
  );
  const after = await page.locator('output[name="totaal"]').boundingBox();
  const field = await page.locator("#f-netto").boundingBox();
  assert.ok(after && field);
  assert.ok(after.y >= 0 && after.y + after.height <= 900, `total at ${after.y}px after scrolling`);
  assert.ok(field.y >= 0 && field.y + field.height <= 900, `the field is in view too: ${field.y}`);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("print: the result first, with its full permalink; no buttons or hints", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PARENT);
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-maand")?.value === "2",
  );
  await page.emulateMedia({ media: "print" });
  // biome-ignore lint/performance/useDomNodeTextContent: what print renders, hidden parts left out
  const text = await page.locator("main").innerText();
  const link = (await page.locator("[data-print-permalink]").textContent()) ?? "";
  assert.ok(link.startsWith(`${site.origin}/rekenhulp/?`), link);
  assert.ok(text.includes(link), "the printed text carries the permalink");
  for (const p of ["datum=2026-01", "huisgenoten=24", "netto=600", "maand=2", "kind=ja"])
    assert.ok(link.includes(p), `${p} in ${link}`);
  // The result comes before the form on paper.
  const result = await page.locator("section.result").boundingBox();
  const form = await page.locator("#rekenhulp-form").boundingBox();
  assert.ok(result && form && result.y < form.y, "result before the form");
  assert.equal(await page.locator("main button:visible").count(), 0);
  assert.equal(await page.locator("main .hint:visible").count(), 0);
  // The printed link reproduces the result.
  const totaal = await output(page, "totaal");
  const again = await context.newPage();
  await again.goto(link);
  await again.waitForFunction(
    (t) => document.querySelector<HTMLOutputElement>('output[name="totaal"]')?.value === t,
    totaal,
  );
  await context.close();
});

const MOTHER = "datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=30&netto=600&kinderen=4";

test("the household of the issue's single mother: every output, and a total that adds up", async () => {
  const { page, context, problems } = await openPage(site, { width: 360, height: 800 });
  await page.goto(`${site.origin}/rekenhulp/?${MOTHER}`);
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLOutputElement>('output[name="totaal"]')?.value === "€ 1.481,42",
  );
  assert.equal(await page.locator("#f-kinderen").inputValue(), "4");
  assert.equal(await page.locator("[data-household-partner]").isVisible(), false, "no partner");
  assert.equal(await page.locator("#f-partnernetto").isVisible(), false);
  const names = ["zorgtoeslag", "huurtoeslag", "kindgebonden-budget", "kinderbijslag"];
  for (const name of [...names, "huishoudinkomen"])
    assert.ok(await page.locator(`output[name="${name}"]`).isVisible(), `${name} shows`);
  // data/kinderbijslag.csv: € 295,07 per quarter for a child of 0–5 from 1 January 2026;
  // kinderbijslag.ts shows the monthly average as kwartaal / 3 rounded half up to the cent:
  // 29507 / 3 = 9835,67 → 9836 cents, € 98,36.
  assert.equal(await output(page, "kinderbijslag"), "€ 98,36");
  assert.equal(await output(page, "huurtoeslag"), "niet berekend", "no rent, no huurtoeslag");
  assert.ok((amountCents(await output(page, "zorgtoeslag")) ?? 0) > 0);
  assert.ok((amountCents(await output(page, "kindgebonden-budget")) ?? 0) > 0);
  // The household income is the sum of the parts the page shows (no partner here).
  let sum = amountCents(await output(page, "totaal")) ?? Number.NaN;
  for (const name of names) sum += amountCents(await output(page, name)) ?? 0;
  assert.equal(amountCents(await output(page, "huishoudinkomen")), sum);
  assert.match(
    (await page.locator("[data-household=sentence]").textContent()) ?? "",
    /Van elke extra € 100 die u verdient, houdt uw huishouden € [\d.]+,\d\d over\. Alleen in de bijstand.* € 25,00/,
  );
  assert.match((await page.locator("[data-household=marginal]").textContent()) ?? "", /%/);
  // The chart has the household line, in the legend too, and marks where the bijstand ends.
  assert.match(
    (await page.locator("[data-view=legend]").first().textContent()) ?? "",
    /huishouden/,
  );
  assert.match(
    (await page.locator("[data-view=incomeSvg] .bijstand-end").first().textContent()) ?? "",
    /Bijstand stopt bij € [\d.]+/,
  );
  assert.match((await page.locator("main").textContent()) ?? "", /minimaregelingen/);
  await noBadText(page);
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();
});

test("a rent with a housemate: huurtoeslag 'onbekend' with the reason, and the total says it leaves it out", async () => {
  const { page, context } = await openPage(site);
  // Their income would count for huurtoeslag, and the calculator does not ask it.
  await page.goto(`${site.origin}/rekenhulp/?${MOTHER}&huisgenoten=30&huur=700`);
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLOutputElement>('output[name="huurtoeslag"]')?.value === "onbekend",
  );
  assert.match(
    (await page.locator('[data-household-detail="huurtoeslag"]').textContent()) ?? "",
    /iedereen die bij u woont/,
  );
  const leftOut = page.locator("[data-household=leftOut]");
  assert.ok(await leftOut.isVisible());
  assert.match((await leftOut.textContent()) ?? "", /zonder huurtoeslag/);
  await noBadText(page);
  await context.close();
});

test("bad household input: a Dutch message at the field, nothing else changes", async () => {
  const { page, context } = await openPage(site);
  // A fresh bad permalink: the message and no amounts.
  await page.goto(`${site.origin}/rekenhulp/?${MOTHER.replace("kinderen=4", "kinderen=4,,x")}`);
  const error = page.locator('[data-error="kinderen"]');
  await error.waitFor({ state: "visible" });
  assert.match(
    (await error.textContent()) ?? "",
    /Vul de leeftijden van de kinderen in als getallen, gescheiden door komma's/,
  );
  assert.equal(await page.locator("main output:visible").count(), 0);
  // Typed after a good result: the message, and the earlier result stays as it was.
  await page.goto(`${site.origin}/rekenhulp/?${MOTHER}`);
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLOutputElement>('output[name="kinderbijslag"]')?.value ===
      "€ 98,36",
  );
  const total = await output(page, "huishoudinkomen");
  const cases: [string, string, RegExp][] = [
    ["#f-kinderen", "4, <img src=x onerror=alert(1)>", /als getallen/],
    ["#f-kinderen", "18", /0 tot en met 17/],
    ["#f-huur", "abc", /cijfers/],
    ["#f-huur", "6000", /€ 5.000/],
  ];
  for (const [field, value, message] of cases) {
    await page.fill(field, value);
    const name = field.replace("#f-", "");
    const msg = page.locator(`[data-error="${name}"]`);
    await msg.waitFor({ state: "visible" });
    assert.match((await msg.textContent()) ?? "", message, `${field}=${value}`);
    assert.equal(await page.locator(field).getAttribute("aria-invalid"), "true");
    assert.equal(await output(page, "huishoudinkomen"), total, "the earlier result stays");
    assert.equal(await output(page, "totaal"), "€ 1.481,42");
    assert.equal(await page.locator("main img").count(), 0);
    await noBadText(page);
    await page.fill(field, field === "#f-kinderen" ? "4" : "");
    await msg.waitFor({ state: "hidden" });
  }
  await context.close();
});

test("a couple: the partner's earnings count in the household income", async () => {
  const { page, context } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/?datum=2026-01&leefvorm=samenwonend&leeftijd=40&partnerleeftijd=40&netto=0&partnernetto=300&kinderen=8`,
  );
  await page.locator("#f-partnernetto").waitFor({ state: "visible" });
  assert.equal(await page.locator("[data-household-partner]").isVisible(), true);
  await page.waitForFunction(
    () => document.querySelector("[data-household=partner]")?.textContent === "€ 300,00",
  );
  let sum = (amountCents(await output(page, "totaal")) ?? Number.NaN) + 30_000;
  for (const name of ["zorgtoeslag", "huurtoeslag", "kindgebonden-budget", "kinderbijslag"])
    sum += amountCents(await output(page, name)) ?? 0;
  assert.equal(amountCents(await output(page, "huishoudinkomen")), sum);
  await noBadText(page);
  await context.close();
});
