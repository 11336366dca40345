/**
 * /van-proef-naar-wet/: one section per theme with research, the law in 2026 and 2027 and what is
 * missing; links to every experiment page it names, to /tijdlijn/ and to the calculators (whose
 * permalinks open without a field error); unclear start dates are flagged; linked from the home
 * page and the footer; no script, no request to another host, no axe problem in light or dark.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { axeViolations, openPage, type Site, startSite } from "./harness.ts";

const PATH = "/van-proef-naar-wet/";

/** The experiment ids named in data/van-proef-naar-wet.csv (column `experiments`). */
function namedExperiments(): string[] {
  const lines = readFileSync("data/van-proef-naar-wet.csv", "utf8").trim().split(/\r?\n/);
  const ids = new Set<string>();
  // A minimal CSV split (quoted cells may hold commas; no cell in this file holds a quote).
  const header = (lines[0] ?? "").split(",");
  const col = header.indexOf("experiments");
  for (const line of lines.slice(1)) {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        cells.push(cell);
        cell = "";
      } else cell += ch;
    }
    cells.push(cell);
    for (const id of (cells[col] ?? "").split(";")) if (id) ids.add(id);
  }
  return [...ids];
}

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test("the page shows each theme, flags unclear dates and links to experiments, timeline and calculators", async () => {
  const { page, context, problems } = await openPage(site, { width: 360 });
  const res = await page.goto(site.origin + PATH);
  assert.equal(res?.status(), 200);
  assert.equal((await page.locator("h1").textContent())?.trim(), "Van proef naar wet");
  for (const id of [
    "verband",
    "vrijlating",
    "ontheffing",
    "begeleiding",
    "tegenprestatie",
    "vertrouwen",
    "verrekening",
  ])
    assert.equal(await page.locator(`h2#${id}`).count(), 1, `section ${id}`);
  const main = page.locator("main");
  const text = ((await main.textContent()) ?? "").replace(/\s+/g, " ");
  assert.match(text, /Ingangsdatum onduidelijk/);
  assert.match(text, /Lezing 1\./);
  assert.match(text, /Lezing 2\./);
  assert.match(text, /vonden we niet/);
  assert.doesNotMatch(text, /NaN|undefined|Infinity/);

  const named = namedExperiments();
  assert.ok(named.length >= 5, "the data name experiments");
  for (const id of named)
    assert.ok(
      (await main.locator(`a[href="/experimenten/${id}/"]`).count()) > 0,
      `link to /experimenten/${id}/`,
    );
  assert.ok((await main.locator('a[href="/tijdlijn/"]').count()) > 0, "link to /tijdlijn/");
  const timelineAnchors = await main
    .locator('a[href^="/tijdlijn/#"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.ok(timelineAnchors.length > 0, "links to timeline events");
  const timeline = await (await fetch(`${site.origin}/tijdlijn/`)).text();
  for (const href of timelineAnchors)
    assert.ok(timeline.includes(`id="${href.split("#")[1]}"`), `timeline anchor ${href}`);

  const calculatorLinks = await main
    .locator('a[href^="/rekenhulp/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.ok(
    calculatorLinks.some((h) => h.includes("datum=2026-07") && h.includes("regeling=landelijk")),
    "a permalink to the calculator with the current rules",
  );
  assert.ok(
    calculatorLinks.some((h) => h.startsWith("/rekenhulp/verrekening/?")),
    "a permalink to the settlement simulator",
  );
  assert.equal(await page.locator("script[src]").count(), 0, "no external scripts");
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await context.close();

  // Every calculator permalink on the page opens without a field error.
  const { page: calc, context: calcContext, problems: calcProblems } = await openPage(site);
  for (const href of new Set(calculatorLinks.filter((h) => h.includes("?")))) {
    await calc.goto(site.origin + href);
    await calc.waitForLoadState("networkidle");
    const errors = await calc
      .locator("[data-error], [id^='e-']")
      .evaluateAll(
        (els) =>
          els.filter((e) => (e as HTMLElement).offsetParent !== null && e.textContent?.trim())
            .length,
      );
    assert.equal(errors, 0, `no field error at ${href}`);
  }
  assert.deepEqual(calcProblems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  await calcContext.close();
});

test("the home page and the footer link to the page", async () => {
  const html = await (await fetch(`${site.origin}/`)).text();
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  const footer = html.slice(html.indexOf("<footer"), html.indexOf("</footer>"));
  assert.ok(main.includes(`href="${PATH}"`), "home page card");
  assert.ok(footer.includes(`href="${PATH}"`), "footer link");
});

test("axe finds no serious or critical problem, light and dark", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const { page, context } = await openPage(site, { width: 360, colorScheme });
    await page.goto(site.origin + PATH);
    assert.deepEqual(await axeViolations(page), [], `${PATH} (${colorScheme})`);
    await context.close();
  }
});
