/**
 * /rekenhulp/verrekening/ in Chromium: a permalink shows the expected table; changing the method
 * changes the table and the URL, and the back button undoes it; bad input and markup in the URL
 * give a Dutch message at the field and keep the last result; without JavaScript the build-time
 * example remains; the walk-through steps have their own URLs and a working back button.
 * Run after a build: `DIST_DIR=dist-verrekening node --test tests/e2e/verrekening.spec.ts`.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { axeViolations, cents, openPage, type Site, startSite } from "./harness.ts";

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Text with every kind of space as one plain space. */
const norm = (t: string | null) => (t ?? "").replace(/\s+/g, " ").trim();

/** The body cells of the table, row by row. */
async function tableRows(page: Page): Promise<string[][]> {
  return page.$$eval("table[data-view=table] tbody tr", (trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll("th, td")].map((c) =>
        (c.textContent ?? "").replace(/\s+/g, " ").trim(),
      ),
    ),
  );
}

async function noBadText(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
}

// A single person of 35, from July 2025, month 7+ since work started (no vrijlating any more),
// € 500 in July and nothing after. Norm 2025-07 (data/bijstandsnormen.csv): € 1.369,06 incl.
// vakantietoeslag; VT 5% = 68,45; excl. 1.300,61.
// achteraf: July pays the full 1.300,61; August withholds July's € 500 → 800,61 received.
// vooraf:   July pays 1.300,61 − 500 = 800,61; August 1.300,61.
const PERMALINK =
  "/rekenhulp/verrekening/?datum=2025-07&leefvorm=alleenstaand&leeftijd=35&maand=7&kind=nee&urenbeperking=nee&regeling=landelijk&inkomsten=500,0,0,0,0,0&methode=achteraf";

test("a permalink shows the table", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  const heads = await page.$$eval("table[data-view=table] thead th", (ths) =>
    ths.map((th) => th.getAttribute("scope")),
  );
  assert.ok(heads.length >= 7 && heads.every((s) => s === "col"));
  const rows = await tableRows(page);
  assert.equal(rows[0]?.[0], "juli 2025");
  assert.equal(rows[0]?.[1], "€ 500,00");
  assert.equal(rows[0]?.[3], "€ 1.300,61");
  assert.equal(rows[0]?.[6], "€ 1.800,61");
  // The site writes negative money as "−€ 1.078,50" (see src/format/format.ts).
  assert.equal(rows[1]?.[4], "\u2212€ 500,00");
  assert.equal(rows[1]?.[6], "€ 800,61");
  assert.deepEqual(problems.consoleErrors, []);
  await noBadText(page);
  await context.close();
});

test("changing the method changes the table and the URL; back undoes it", async () => {
  const { page, context, problems } = await openPage(site, { width: 360, height: 800 });
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  await page.locator("#f-methode-vooraf").check();
  await page.waitForFunction(() => location.search.includes("methode=vooraf"));
  let rows = await tableRows(page);
  assert.equal(rows[0]?.[3], "€ 800,61");
  assert.equal(rows[1]?.[4], "€ 0,00");
  await page.goBack();
  await page.waitForFunction(() => location.search.includes("methode=achteraf"));
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>("#f-methode-achteraf")?.checked === true,
  );
  rows = await tableRows(page);
  assert.equal(rows[0]?.[3], "€ 1.300,61");
  // At 360 px the page itself does not scroll sideways (the table scrolls in its own box).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 360, `page is ${overflow}px wide`);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("typing a month updates the table and the URL", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  await page.locator("#f-inkomsten").fill("500\n0\n0\n0\n0\n0\n612,50");
  await page.waitForFunction(() => location.search.includes("inkomsten=500,0,0,0,0,0,612.50"));
  const rows = await tableRows(page);
  assert.equal(rows.length, 7);
  assert.equal(rows[6]?.[1], "€ 612,50");
  await context.close();
});

test("bad input: a message at the field, the last result stays", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  await page.locator("#f-inkomsten").fill("500\nabc\n0\n0\n0\n0");
  const error = page.locator("#e-inkomsten");
  await error.waitFor({ state: "visible" });
  assert.match(norm(await error.textContent()), /^Maand 2: /);
  assert.equal(await page.locator("#f-inkomsten").getAttribute("aria-invalid"), "true");
  const rows = await tableRows(page);
  assert.equal(rows.length, 6);
  assert.equal(rows[1]?.[6], "€ 800,61");
  await noBadText(page);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("markup in the URL is shown as a message, never injected", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(
    `${site.origin}/rekenhulp/verrekening/?inkomsten=${encodeURIComponent("<img src=x onerror=alert(1)>,1,2,3,4,5")}&methode=<b>x</b>&schatting=<script>`,
  );
  await page.locator("#e-inkomsten").waitFor({ state: "visible" });
  await page.locator("#e-methode").waitFor({ state: "visible" });
  assert.equal(await page.locator("main img").count(), 0);
  assert.equal(await page.locator("main b").count(), 0);
  // A bad permalink shows no amounts: not even the build-time example, which the reader did not ask.
  assert.equal(await page.locator("[data-result]:visible").count(), 0);
  assert.equal(await page.locator("main output:visible").count(), 0);
  await noBadText(page);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("without JavaScript the page shows the example table and chart", async () => {
  const { page, context } = await openPage(site, { javaScriptEnabled: false });
  await page.goto(`${site.origin}/rekenhulp/verrekening/`);
  assert.ok((await tableRows(page)).length >= 6);
  // Drawn wide and narrow at build time; exactly one shows, at either width.
  assert.equal(await page.locator("[data-view=chartSvg] svg:visible").count(), 1);
  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal(await page.locator("[data-view=chartSvg] .svg-narrow svg:visible").count(), 1);
  await context.close();
});

test("the walk-through: a URL per step and a working back button", async () => {
  const { page, context, problems } = await openPage(site, { javaScriptEnabled: false });
  await page.goto(`${site.origin}/rekenhulp/verrekening/voorbeeld/1/`);
  assert.match(norm(await page.locator("main").textContent()), /Verzonnen voorbeeld/);
  await page.locator('a[rel="next"]').click();
  await page.waitForURL(/\/voorbeeld\/2\/$/);
  assert.match(norm(await page.locator("h1").textContent()), /februari 2023/);
  await page.goBack();
  await page.waitForURL(/\/voorbeeld\/1\/$/);
  assert.match(norm(await page.locator("h1").textContent()), /januari 2023/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("axe finds no serious problem after a calculation with an error, nor on a step", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.locator("#f-methode-schatting").check();
  await page.locator("#f-schatting").fill("veel");
  await page.locator("#e-schatting").waitFor({ state: "visible" });
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${site.origin}/rekenhulp/verrekening/voorbeeld/6/`);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

// Six months with € 500 in the last one, in 2026, where every method (ontvangst too) applies. By hand: norm excl. vakantietoeslag
// from 1 January 2026: 1.401,50 − 70,08 = 1.331,42; month 7+, so no vrijlating; rights
// 5 × 1.331,42 + 831,42 = 7.488,52, plus the € 500 earned: 7.988,52 whatever the method.
// Achteraf pays 1.331,42 in June and leaves a claim of € 500.
const LAST_MONTH =
  "/rekenhulp/verrekening/?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&maand=7&kind=nee&urenbeperking=nee&regeling=landelijk&inkomsten=0,0,0,0,0,500&methode=achteraf";

test("the methods' totaal-na-afrekening agree when the entitlements are the same", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(site.origin + LAST_MONTH);
  const after = () => page.locator('output[name="totaal-na-afrekening"]').textContent();
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  const methods = await page.$$eval('input[name="methode"]', (els) =>
    els.map((e) => (e as HTMLInputElement).value),
  );
  assert.ok(methods.length >= 4);
  const totals: string[] = [];
  for (const m of methods) {
    await page.locator(`#f-methode-${m}`).check();
    await page.waitForFunction((x) => location.search.includes(`methode=${x}`), m);
    totals.push(norm(await after()));
  }
  assert.deepEqual(
    totals,
    methods.map(() => "€ 7.988,52"),
  );
  // The side-by-side has every method, each with the same total after settlement.
  const rows = await page.$$eval("table[data-view=comparison] tbody tr", (trs) =>
    trs.map((tr) => (tr.lastElementChild?.textContent ?? "").replace(/\s+/g, " ").trim()),
  );
  assert.equal(rows.length, methods.length);
  assert.ok(rows.every((r) => r === "€ 7.988,52"));
  // Achteraf's total received is higher only by the open claim, and the summary says so.
  const summary = norm(await page.locator("[data-view=summary]").textContent());
  assert.match(summary, /wat nog openstaat niet meegerekend/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("the inkomsten field takes what people type; hint and message give one rule", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  const hint = norm(await page.locator("#h-inkomsten").textContent());
  await page.locator("#f-inkomsten").fill("450, 0, 612,50, 0, 0, 0");
  await page.waitForFunction(() => location.search.includes("inkomsten=450,0,612.50,0,0,0"));
  await page.locator("#f-inkomsten").fill("450\n612,50");
  const error = page.locator("#e-inkomsten");
  await error.waitFor({ state: "visible" });
  const message = norm(await error.textContent());
  // The rule in the message is the hint's first sentence, word for word.
  const rule = hint.split(". ")[0] ?? "";
  assert.ok(rule.length > 10 && message.includes(rule), `${message} / ${hint}`);
  assert.doesNotMatch(`${hint} ${message}`, /punt/);
  await context.close();
});

test("on a phone the columns that matter are visible without scrolling sideways", async () => {
  const { page, context } = await openPage(site, { width: 360, height: 800 });
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  for (const label of ["Verrekend voor eerdere maanden", "Totaal ontvangen"]) {
    const cell = page.locator(
      `table[data-view=table] tbody tr >> nth=1 >> td[data-label="${label}"]`,
    );
    const box = await cell.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${label} at ${box?.x}`);
    assert.match(norm(await cell.textContent()), /^Verrekend|^Totaal|€/);
  }
  const after = await page.locator('output[name="totaal-na-afrekening"]').boundingBox();
  assert.ok(after && after.x + after.width <= 360);
  await context.close();
});

test("print: the result first, with its full permalink; no buttons or hints", async () => {
  const { page, context } = await openPage(site);
  await page.goto(site.origin + PERMALINK);
  await page.waitForFunction(
    () => document.querySelectorAll("table[data-view=table] tbody tr").length === 6,
  );
  await page.emulateMedia({ media: "print" });
  const link = norm(await page.locator("[data-print-permalink]").textContent());
  assert.ok(link.startsWith(`${site.origin}/rekenhulp/verrekening/?`), link);
  assert.ok(link.includes("inkomsten=500,0,0,0,0,0") && link.includes("methode=achteraf"), link);
  // biome-ignore lint/performance/useDomNodeTextContent: what print renders, hidden parts left out
  const text = norm(await page.locator("main").innerText());
  assert.ok(text.includes(link), "the printed text carries the permalink");
  const result = await page.locator("section.result").boundingBox();
  const form = await page.locator("#verrekening-form").boundingBox();
  assert.ok(result && form && result.y < form.y, "result before the form");
  assert.equal(await page.locator("main button:visible").count(), 0);
  assert.equal(await page.locator("main .hint:visible").count(), 0);
  await context.close();
});

// A single mother (35, one child of 4, rent € 650) in 2026 who starts work in March and earns more
// each month, settled afterwards. The toeslagen part must add up as a reader can check it: each
// "Samen" cell is the sum of its row, and the sentence names the "Samen" of not reporting.
const TOESLAGEN_LINK =
  "/rekenhulp/verrekening/?datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=35&maand=1&kind=ja&urenbeperking=nee&regeling=landelijk&kinderen=4&huur=650&inkomsten=0,0,800,1200,2000,2500,3000,3000,3000,3000,3000,3000&methode=achteraf";

test("the toeslagen over the year add up, and say what not reporting costs", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(site.origin + TOESLAGEN_LINK);
  await page.waitForFunction(() =>
    (document.querySelector("[data-toeslagen-jaar]")?.textContent ?? "").includes("maart 2026"),
  );
  const section = page.locator("[data-toeslagen-jaar]");
  const heads = await section.locator("thead th").allTextContents();
  assert.deepEqual(heads.map(norm), [
    "Bedrag",
    "Zorgtoeslag",
    "Huurtoeslag",
    "Kindgebonden budget",
    "Samen",
  ]);
  const rows = await section
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? "")));
  assert.ok(rows.length >= 6);
  for (const r of rows) {
    const [, a = "", b = "", c = "", total = ""] = r;
    assert.equal(cents(total), cents(a) + cents(b) + cents(c), `row ${norm(r[0] ?? "")}`);
  }
  const notReported = rows.find((r) => norm(r[0] ?? "") === "Niet doorgegeven: na 2026");
  const owed = -cents(notReported?.[4] ?? "");
  assert.ok(owed > 0, "not reporting leaves a claim");
  const sentence = norm(await section.locator(".sentence").first().textContent());
  const euro = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2 }).format(owed / 100);
  assert.match(sentence, new RegExp(`moet u na 2026 € ${euro.replace(".", "\\.")} terugbetalen`));
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await axeViolations(page), []);
  await noBadText(page);

  // Without rent, huurtoeslag goes from the table; the link drops `huur`.
  await page.locator("#f-huur").fill("");
  await page.waitForFunction(() => !location.search.includes("huur="));
  await page.waitForFunction(
    () =>
      !(document.querySelector("[data-toeslagen-jaar] thead")?.textContent ?? "").includes(
        "Huurtoeslag",
      ),
  );
  // A bad age: the message at the field, the toeslagen still there.
  await page.locator("#f-kinderen").fill("vier");
  await page.waitForFunction(() => !document.querySelector("#e-kinderen")?.hasAttribute("hidden"));
  assert.match(norm(await page.locator("#e-kinderen").textContent()), /leeftijden/);
  assert.ok((await section.locator("tbody tr").count()) >= 6);
  await noBadText(page);
  await context.close();
});
