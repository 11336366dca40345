/**
 * /rekenhulp/loont-werken/ in Chromium: a permalink shows the household income; typing changes it
 * and the URL; a bad `uren` gives a Dutch message and no amounts; no console errors; axe clean. The
 * household of /rekenhulp/ (issue 14): children and rent add their schemes to the table and total.
 * Run after a build: `node --test tests/e2e/loont-werken.spec.ts`.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { amountCents, axeViolations, cents, openPage, type Site, startSite } from "./harness.ts";

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

// Issue 14: a single mother of 30 with a child of 4 and a rent of € 650, in January 2026, 20 hours
// a week at the minimum wage.
const MOTHER =
  "/rekenhulp/loont-werken/?datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=30&maand=1&kind=ja&urenbeperking=nee&regeling=landelijk&uren=20&kinderen=4&huur=650";

test("a single mother with a child and rent: every scheme in the table, and a total that adds up", async () => {
  const { page, context, problems } = await openPage(site, { width: 360, height: 800 });
  await page.goto(site.origin + MOTHER);
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-kinderen")?.value === "4",
  );
  assert.equal(await page.locator("#f-huur").inputValue(), "650");
  // Only a couple is asked the partner's earnings.
  assert.equal(await page.locator("#f-partnernetto").isVisible(), false);
  // € 14,71 × 20 × 52 / 12 = € 1.274,87 (minimum wage of 1 January 2026, data/minimumloon.csv).
  assert.equal(await output(page, "bruto"), "€ 1.274,87");

  const head = (await page.locator("table[data-view=table] thead th").allTextContents()).map((h) =>
    h.trim(),
  );
  for (const scheme of ["Zorgtoeslag", "Huurtoeslag", "Kindgebonden budget", "Kinderbijslag"])
    assert.ok(head.includes(scheme), `column ${scheme} in ${head.join(" | ")}`);
  const row = page.locator("table[data-view=table] tbody tr.chosen").locator("th, td");
  const cells = (await row.allTextContents()).map((c) => c.replace(/\s+/g, " ").trim());
  assert.equal(cells[0], "20 (u)");
  const cell = (name: string) => amountCents(cells[head.indexOf(name)] ?? null);
  // Kinderbijslag for a child of 4 (0–5 years): € 295,07 a quarter from 1 January 2026 (AKW art. 12
  // lid 3 onder a, text in force from 1 January 2026; source akw-2026-01-01), € 295,07 / 3 =
  // € 98,356… → € 98,36 a month on average.
  assert.equal(cell("Kinderbijslag"), 9_836);
  assert.ok((cell("Kindgebonden budget") ?? 0) > 0, "kindgebonden budget");
  assert.ok((cell("Huurtoeslag") ?? 0) > 0, "huurtoeslag");
  // The household income is the sum of the parts the row shows.
  const parts = ["Netto loon", "Bijstand", "Premie"]
    .concat(["Zorgtoeslag", "Huurtoeslag", "Kindgebonden budget", "Kinderbijslag"])
    .filter((h) => head.includes(h));
  let sum = 0;
  for (const p of parts) sum += cell(p) ?? Number.NaN;
  assert.equal(amountCents(await output(page, "huishoudinkomen")), sum);
  assert.equal(cell("Huishoudinkomen"), sum);
  // Nothing left out, and the old "this page does not ask" wording is gone.
  assert.equal(await page.locator("[data-view=leftOut]").isVisible(), false);
  assert.doesNotMatch(await text(page, "main"), /deze pagina uw huur en de leeftijden/);
  assert.match(await text(page, "[data-view=summary]"), /kinderbijslag/);
  await noBadText(page);
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("without a rent the page says the huurtoeslag is left out", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + MOTHER.replace("&huur=650", ""));
  const leftOut = page.locator("[data-view=leftOut]");
  await leftOut.waitFor({ state: "visible" });
  assert.match(await text(page, "[data-view=leftOut]"), /geen huur in, dus de huurtoeslag/);
  const head = await page.locator("table[data-view=table] thead th").allTextContents();
  assert.ok(!head.includes("Huurtoeslag"));
  // Typing a rent adds it to the link, the table and the total; the note goes.
  await page.locator("#f-huur").fill("650");
  await page.waitForFunction(() => location.search.endsWith("&kinderen=4&huur=650"));
  await leftOut.waitFor({ state: "hidden" });
  assert.ok(
    (await page.locator("table[data-view=table] thead th").allTextContents()).includes(
      "Huurtoeslag",
    ),
  );
  await context.close();
});

test("a bad kinderen link: the message of /rekenhulp/ at the field and no amounts", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(site.origin + MOTHER.replace("kinderen=4", "kinderen=abc"));
  const error = page.locator('[data-error="kinderen"]');
  await error.waitFor({ state: "visible" });
  assert.match(
    (await error.textContent()) ?? "",
    /Vul de leeftijden van de kinderen in als getallen, gescheiden door komma's/,
  );
  assert.equal(await page.locator("#f-kinderen").getAttribute("aria-invalid"), "true");
  for (const region of await page.locator("[data-result]").all())
    assert.equal(await region.isVisible(), false);
  assert.equal(await page.locator("main output:visible").count(), 0);
  await noBadText(page);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

// The year after (issue 14): a single mother who starts 38 hours at € 22 in April 2026. Her
// toeslagen fall with the yearly income; the summary's table must add up, and changing the hours
// must redraw it.
const YEAR_LINK =
  "/rekenhulp/loont-werken/?datum=2026-04&leefvorm=alleenstaande-ouder&leeftijd=35&maand=1&kind=ja&urenbeperking=nee&regeling=landelijk&uren=38&uurloon=22&kinderen=4&huur=650";

test("the toeslagen over the year: the table adds up and follows the hours", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(site.origin + YEAR_LINK);
  const section = page.locator("[data-toeslagen-jaar]");
  await page.waitForFunction(() =>
    (document.querySelector("[data-toeslagen-jaar]")?.textContent ?? "").includes("april 2026"),
  );
  const rows = async () =>
    section
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? "")));
  const before = await rows();
  assert.ok(before.length >= 6);
  for (const r of before) {
    const [, ...cells] = r;
    const total = cents(cells.pop() ?? "");
    assert.equal(
      total,
      cells.map(cents).reduce((a, b) => a + b, 0),
      r[0],
    );
  }
  const owed = before.find((r) => (r[0] ?? "").startsWith("Niet doorgegeven"));
  assert.ok(cents(owed?.at(-1) ?? "") < 0, "38 hours from April: toeslag to pay back");
  assert.match(await text(page, "[data-toeslagen-jaar]"), /begint met 38 uur per week/);

  await page.locator("#f-uren").fill("0");
  await page.waitForFunction(() =>
    (document.querySelector("[data-toeslagen-jaar]")?.textContent ?? "").includes(
      "jaar zonder werk",
    ),
  );
  assert.match(await text(page, "[data-toeslagen-jaar] .sentence"), /niets naast de bijstand/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await axeViolations(page), []);
  await noBadText(page);
  await context.close();
});

test("a bad link: the uurloon hint belongs to the link's month and age, not to the example", async () => {
  const { page, context } = await openPage(site);
  // Minimum wage 21+ on 1 January 2026: € 14,71 an hour (data/minimumloon.csv).
  await page.goto(
    `${site.origin}/rekenhulp/loont-werken/?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&maand=1&kind=nee&urenbeperking=nee&regeling=landelijk&uren=abc`,
  );
  await page.waitForFunction(() => !document.querySelector("#e-uren")?.hasAttribute("hidden"));
  assert.match(await text(page, "#h-uurloon"), /€ 14,71 per uur vanaf 1 januari 2026/);
  await page.locator("#f-leeftijd").fill("");
  await page.waitForFunction(
    () => !(document.querySelector("#h-uurloon")?.textContent ?? "").includes("€"),
  );
  await noBadText(page);
  await context.close();
});
