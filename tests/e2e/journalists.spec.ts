/**
 * For journalists and council members: every chart's files (PNG light/dark, SVG, CSV, embed) work
 * and are linked from the chart; embed options; the Content-Security-Policy is on every page and
 * nothing violates it; search finds the Amsterdam page for "bijverdienpremie" and the calculator for
 * readers' questions; every dataset and chart has a CSV for Dutch Excel; every page has a
 * meta description and a social card; /sitemap.xml, /data/ and /pers/ are complete; pages print.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { DIST_DIR, openPage, type Site, sitemapPaths, startSite } from "./harness.ts";

interface ChartMeta {
  id: string;
  title: string;
  page: string;
  embed: string;
  csv: string;
  png: string;
  pngDark: string;
  svg: string;
  svgDark: string;
  thumbnail: string;
  sources: string[];
}

let site: Site;
let charts: ChartMeta[] = [];
let paths: string[] = [];

before(async () => {
  site = await startSite();
  const api = (await (await fetch(`${site.origin}/api/charts.json`)).json()) as {
    charts: ChartMeta[];
  };
  charts = api.charts;
  paths = await sitemapPaths(site);
});
after(async () => site?.close());

const local = (url: string) => site.origin + new URL(url).pathname;

/** Width and height from a PNG's IHDR chunk; fails if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(0, 8).toString("hex"), "89504e470d0a1a0a", "PNG signature");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function get(url: string) {
  const res = await fetch(url);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

function listHtml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listHtml(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

const htmlEscape = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

test("every chart's PNG (light, dark, small), SVG and CSV download", async () => {
  assert.ok(charts.length >= 1);
  for (const c of charts) {
    for (const key of ["png", "pngDark", "thumbnail"] as const) {
      const { res, bytes } = await get(local(c[key]));
      assert.equal(res.status, 200, `${c.id} ${key}`);
      const { width, height } = pngSize(bytes);
      assert.ok(width >= 480 && height > 100, `${c.id} ${key} is ${width}×${height}`);
    }
    const light = pngSize((await get(local(c.png))).bytes);
    assert.ok(light.width >= 1000, `${c.id}: the PNG is sharp enough to print (${light.width} px)`);
    for (const key of ["svg", "svgDark"] as const) {
      const { res, bytes } = await get(local(c[key]));
      assert.equal(res.status, 200, `${c.id} ${key}`);
      const svg = bytes.toString("utf8");
      assert.match(svg, /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.ok(svg.includes(`<title>${htmlEscape(c.title)}</title>`), `${c.id} SVG has its title`);
      assert.match(svg, />Bron(nen)?: /, `${c.id} SVG names its source`);
      assert.ok(svg.includes("CC BY 4.0"), `${c.id} SVG has the licence`);
      assert.ok(!svg.includes("var(--"), `${c.id} SVG has resolved colours`);
    }
    const csv = await get(local(c.csv));
    assert.equal(csv.res.status, 200, `${c.id}.csv`);
    assert.ok(csv.bytes.toString("utf8").trim().split("\n").length >= 2, `${c.id}.csv has rows`);
    const embed = await fetch(local(c.embed));
    assert.equal(embed.status, 200, `${c.id} embed`);
  }
});

test("every chart links its files, embed code and citation on its page", async () => {
  for (const c of charts) {
    const url = new URL(c.page);
    const html = await (await fetch(site.origin + url.pathname)).text();
    const start = html.indexOf(`data-chart="${c.id}"`);
    assert.ok(start > 0, `${url.pathname} shows ${c.id}`);
    const figure = html.slice(start, html.indexOf("</figure>", start));
    for (const href of [c.csv, c.png, c.pngDark, c.svg, c.embed]) {
      assert.ok(figure.includes(`href="${new URL(href).pathname}"`), `${c.id} links ${href}`);
    }
    assert.ok(
      figure.includes("data-bodp-embed") && figure.includes(c.embed),
      `${c.id} has the embed snippet`,
    );
    assert.ok(figure.includes("Bronvermelding (APA)"), `${c.id} has a citation`);
    assert.ok(figure.includes(`[Grafiek; data: `), `${c.id}'s citation names the data`);
    assert.ok(figure.includes(htmlEscape(c.page)), `${c.id}'s citation has the address`);
  }
});

/** Background colour of the embed page's body. */
async function embedBackground(page: Page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test("embeds follow the host's colour scheme, take ?thema= and ?kaal=1, and never navigate the host", async () => {
  const c = charts[0];
  assert.ok(c);
  const css = readFileSync("src/styles/global.css", "utf8");
  const hex = (re: RegExp) => {
    const h = re.exec(css)?.[1] ?? "";
    const n = Number.parseInt(h.slice(1), 16);
    return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
  };
  const light = hex(/:root\s*\{[^}]*--bg:\s*(#[0-9a-f]{6})/i);
  const dark = hex(/:root\[data-theme="donker"\]\s*\{[^}]*--bg:\s*(#[0-9a-f]{6})/i);
  const cases: [string, "light" | "dark", boolean, string][] = [
    ["", "dark", true, dark],
    ["", "dark", false, dark],
    ["", "light", true, light],
    ["?thema=auto", "dark", true, dark],
    ["?thema=donker", "light", true, dark],
    ["?thema=licht", "dark", true, light],
  ];
  for (const [query, scheme, js, expected] of cases) {
    const { page, context, problems } = await openPage(site, {
      colorScheme: scheme,
      javaScriptEnabled: js,
      width: 600,
    });
    await page.goto(local(c.embed) + query);
    assert.equal(await embedBackground(page), expected, `${query || "default"} in ${scheme}`);
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  }
  const { page, context } = await openPage(site, { width: 600 });
  await page.goto(`${local(c.embed)}?kaal=1`);
  const title = await page.locator(".chart-figure__title").boundingBox();
  assert.ok(!title || title.height <= 1, "?kaal=1 hides the title");
  assert.equal(await page.locator(".chart-figure__takeaway").isVisible(), false);
  assert.ok(await page.locator(".chart-figure__svg svg").first().isVisible(), "the chart stays");
  assert.ok(await page.locator(".source-line").isVisible(), "the source stays");
  assert.equal(await page.locator("[target=_top], [target=_parent]").count(), 0);
  assert.equal(await page.locator("base").getAttribute("target"), "_blank");
  await context.close();
});

test("every page carries a Content-Security-Policy without 'unsafe-inline' scripts", () => {
  const files = listHtml(DIST_DIR);
  assert.ok(files.length > 5);
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    const name = relative(DIST_DIR, file);
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? "";
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(head);
    assert.ok(meta, `${name} has a CSP meta`);
    assert.ok(
      head.indexOf("Content-Security-Policy") < head.search(/<script|<link|<style/),
      `${name}: the CSP comes before any script or style`,
    );
    const policy = (meta[1] ?? "").replaceAll("&quot;", '"');
    const script = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    assert.ok(script, `${name} has script-src`);
    assert.ok(!script.includes("unsafe-inline"), `${name}: no 'unsafe-inline' scripts`);
    assert.ok(!script.includes("unsafe-eval'") || script.includes("wasm-unsafe-eval"));
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? "";
      if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
      const hash = createHash("sha256")
        .update(m[2] ?? "")
        .digest("base64");
      assert.ok(script.includes(`'sha256-${hash}'`), `${name}: an inline script is not hashed`);
    }
    assert.ok(
      !/\son[a-z]+="/.test(html.replace(/<script[\s\S]*?<\/script>/g, "")),
      `${name}: no inline event handlers`,
    );
  }
});

test("_headers sends the policy, lets any site frame embeds and no one else frame pages", () => {
  const file = join(DIST_DIR, "_headers");
  assert.ok(existsSync(file), "_headers is in the build");
  const blocks = readFileSync(file, "utf8").split(/\n\s*\n/);
  const block = (path: string) => blocks.find((b) => b.split("\n").some((l) => l === path)) ?? "";
  assert.match(block("/*"), /Content-Security-Policy: .*frame-ancestors 'self'/);
  assert.match(block("/embed/*"), /Content-Security-Policy: .*frame-ancestors \*/);
  for (const b of blocks) assert.ok(!/script-src[^;]*unsafe-inline/.test(b));
});

test("no page, embed or the search violates the CSP in the browser", async () => {
  const targets = [
    ...paths,
    ...charts.map((c) => `${new URL(c.embed).pathname}?thema=donker&kaal=1`),
    "/zoeken/?q=bijstand",
  ];
  const { page, context } = await openPage(site);
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  for (const path of targets) {
    await page.goto(site.origin + path, { waitUntil: "load" });
    if (path.startsWith("/zoeken/?")) {
      await page.locator("[data-search-results] li").first().waitFor({ timeout: 10000 });
    }
    assert.deepEqual(violations, [], `${path} violates the CSP`);
  }
  await context.close();
});

test('search finds the Amsterdam page for "bijverdienpremie"', async () => {
  const { page, context, problems } = await openPage(site, { width: 390 });
  await page.goto(`${site.origin}/zoeken/?q=bijverdienpremie`);
  await page.locator("[data-search-results] li a").first().waitFor({ timeout: 10000 });
  const hrefs = await page
    .locator("[data-search-results] li a")
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.ok(
    hrefs
      .slice(0, 5)
      .some((h) => h === "/gemeenten/amsterdam/" || h === "/experimenten/amsterdam/"),
    `Amsterdam among the first five pages: ${hrefs.join(", ")}`,
  );
  assert.match((await page.locator("[data-search-status]").textContent()) ?? "", /pagina/);
  assert.deepEqual(problems.consoleErrors, []);
  // Typing searches too, and the header form of every other page lands here.
  await page.goto(`${site.origin}/`);
  await page.fill("#site-search-q", "bronnen");
  await page.press("#site-search-q", "Enter");
  await page.waitForURL(/\/zoeken\/\?q=bronnen/);
  await page.locator("[data-search-results] li").first().waitFor({ timeout: 10000 });
  await context.close();
});

/** The first words of every print-only element of a page (what a search snippet must not start with). */
async function printOnlyStarts(path: string): Promise<string[]> {
  const html = await (await fetch(site.origin + path)).text();
  return [...html.matchAll(/class="print-only[^"]*"[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) =>
      (m[1] ?? "")
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 16),
    )
    .filter(Boolean);
}

test("search puts the calculator in the first three pages for readers' questions, with honest snippets", async () => {
  const { page, context, problems } = await openPage(site, { width: 390 });
  for (const q of [
    "bijverdienen",
    "vrijlating",
    "kostendelersnorm",
    "hoeveel mag ik bijverdienen",
  ]) {
    await page.goto(`${site.origin}/zoeken/?q=${encodeURIComponent(q)}`);
    await page.locator("[data-search-results] li a").first().waitFor({ timeout: 10000 });
    const results = await page.locator("[data-search-results] > li").evaluateAll((lis) =>
      lis.map((li) => ({
        path: new URL((li.querySelector("a") as HTMLAnchorElement).href).pathname,
        snippet: (li.lastElementChild?.textContent ?? "").trim(),
      })),
    );
    const top = results.slice(0, 3).map((r) => r.path);
    assert.ok(
      top.includes("/rekenhulp/"),
      `‘${q}’: the calculator in the first three: ${top.join(", ")}`,
    );
    for (const r of results) {
      for (const start of await printOnlyStarts(r.path)) {
        assert.ok(
          !r.snippet.startsWith(start),
          `‘${q}’: ${r.path} snippet starts with print-only text`,
        );
      }
      assert.doesNotMatch(r.snippet, /^Afgedrukt van/, `‘${q}’: ${r.path} snippet`);
    }
    assert.match((await page.locator("[data-search-status]").textContent()) ?? "", /pagina/);
  }
  // A question whose words no single page has: the status says which words were searched.
  const q = "wanneer mag ik de tegenprestatie weigeren";
  await page.goto(`${site.origin}/zoeken/?q=${encodeURIComponent(q)}`);
  await page.locator("[data-search-results] li a").first().waitFor({ timeout: 10000 });
  assert.match(
    (await page.locator("[data-search-status]").textContent()) ?? "",
    /Niets gevonden met alle woorden van ‘wanneer mag ik de tegenprestatie weigeren’\. Wel voor ‘tegenprestatie weigeren’: \d+ pagina/,
  );
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("every dataset and chart has a CSV for Dutch Excel, linked as such", async () => {
  const html = await (await fetch(`${site.origin}/data/`)).text();
  const excelLinks = [...html.matchAll(/href="(\/data\/[^"]+\.excel\.csv)"[^>]*>([^<]*)</g)];
  assert.ok(
    excelLinks.some(
      ([, href, text]) =>
        href === "/data/bijstandsnormen.excel.csv" && /voor Excel/.test(text ?? ""),
    ),
    "/data/ links bijstandsnormen.excel.csv ‘voor Excel’",
  );
  const targets = [
    ...new Set([
      ...excelLinks.map((m) => m[1] ?? ""),
      ...charts.map((c) => `/data/${c.id}.excel.csv`),
    ]),
  ];
  for (const href of targets) {
    const { res, bytes } = await get(site.origin + href);
    assert.equal(res.status, 200, href);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${href} starts with a BOM`);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    assert.match(
      lines[1] ?? "",
      /^Bron: Bijstand op de proef, https?:\/\//,
      `${href} names its address`,
    );
    assert.equal(lines[2], "", `${href}: an empty line above the table`);
    assert.ok(
      (lines[3] ?? "").includes(";") || !(lines[3] ?? "").includes(","),
      `${href}: semicolons`,
    );
    assert.doesNotMatch(
      lines[3] ?? "",
      /\b[a-z]+_[a-z_]+\b/,
      `${href}: Dutch headings, not column names`,
    );
  }
  // The chart frame links its spreadsheet version too.
  const { page, context } = await openPage(site);
  await page.goto(`${site.origin}/gemeenten/`);
  const link = page.locator('figure[data-chart="gemeente-kaart"] a', { hasText: "voor Excel" });
  assert.equal(await link.getAttribute("href"), "/data/gemeente-kaart.excel.csv");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), "gemeente-kaart.excel.csv");
  await context.close();
});

test("the search index covers articles, experiments, municipalities and sources", async () => {
  const { page, context } = await openPage(site);
  await page.goto(`${site.origin}/zoeken/`);
  const kinds = await page.evaluate(async () => {
    const pf = await import(/* @vite-ignore */ "/pagefind/pagefind.js" as string);
    const all = await pf.search("bijstand");
    const data = await Promise.all(
      all.results.map((r: { data(): Promise<{ meta: { soort?: string } }> }) => r.data()),
    );
    return [...new Set(data.map((d: { meta: { soort?: string } }) => d.meta.soort))];
  });
  for (const kind of ["Bron", "Experiment", "Gemeente"]) {
    assert.ok(kinds.includes(kind), `the index has a ${kind}: ${kinds.join(", ")}`);
  }
  await context.close();
});

test("every page has a title, a meta description, a canonical URL and a social card", async () => {
  const titles = new Map<string, string>();
  for (const path of paths) {
    const html = await (await fetch(site.origin + path)).text();
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? "";
    assert.ok(title.length >= 10, `${path} has a descriptive title`);
    assert.ok(!titles.has(title), `${path} has the same title as ${titles.get(title)}`);
    titles.set(title, path);
    const attr = (re: RegExp) => re.exec(html)?.[1] ?? "";
    const description = attr(/<meta name="description" content="([^"]*)"/);
    assert.ok(description.length >= 20, `${path} has a meta description`);
    assert.ok(attr(/<link rel="canonical" href="([^"]+)"/).endsWith(path), `${path} canonical`);
    assert.equal(attr(/<meta name="twitter:card" content="([^"]+)"/), "summary_large_image");
    const image = attr(/<meta property="og:image" content="([^"]+)"/);
    assert.match(image, /^https?:\/\/.+\.png$/, `${path} has an absolute og:image`);
    assert.equal(attr(/<meta name="twitter:image" content="([^"]+)"/), image);
    const { res, bytes } = await get(local(image));
    assert.equal(res.status, 200, `${path}: ${image}`);
    assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 }, `${path} card size`);
  }
});

test("/sitemap.xml lists the same pages as the sitemap index", async () => {
  const res = await fetch(`${site.origin}/sitemap.xml`);
  assert.equal(res.status, 200);
  const xml = await res.text();
  const plain = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  assert.deepEqual([...plain].sort(), [...paths].sort());
  for (const p of ["/data/", "/pers/", "/zoeken/"]) assert.ok(paths.includes(p), `${p} in sitemap`);
});

test("/data/ offers every dataset as CSV and JSON with its fields and licence, and the data package", async () => {
  const pkgRes = await fetch(`${site.origin}/data/datapackage.json`);
  assert.equal(pkgRes.status, 200);
  const pkg = (await pkgRes.json()) as {
    resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
  };
  const committed = JSON.parse(readFileSync("data/datapackage.json", "utf8"));
  assert.deepEqual(pkg, committed, "/data/datapackage.json is data/datapackage.json");
  const html = await (await fetch(`${site.origin}/data/`)).text();
  for (const r of pkg.resources) {
    assert.ok(html.includes(`id="${r.name}"`), `/data/ has a section for ${r.name}`);
    assert.ok(html.includes(`href="/data/${r.name}.csv"`), `/data/ links ${r.name}.csv`);
    assert.ok(html.includes(`href="/data/${r.name}.json"`), `/data/ links ${r.name}.json`);
    for (const f of r.schema.fields) {
      assert.match(
        html,
        new RegExp(`<code[^>]*>${f.name}</code>`),
        `/data/ describes ${r.name}.${f.name}`,
      );
    }
    const csv = await fetch(`${site.origin}/data/${r.path}`);
    assert.equal(csv.status, 200, r.path);
    const json = (await (await fetch(`${site.origin}/data/${r.name}.json`)).json()) as {
      name: string;
      rows: Record<string, unknown>[];
      fields: { name: string }[];
      license: { name: string };
    };
    assert.equal(json.name, r.name);
    assert.ok(json.rows.length >= 1, `${r.name}.json has rows`);
    assert.deepEqual(
      Object.keys(json.rows[0] ?? {}),
      r.schema.fields.map((f) => f.name),
      `${r.name}.json rows have the package's fields`,
    );
    assert.ok(json.license.name.length > 0);
  }
  assert.ok(html.includes('href="/data/datapackage.json"'));
});

test("/pers/ explains embedding, citing, licence and contact, and shows every chart", async () => {
  const { page, context, problems } = await openPage(site);
  await page.goto(`${site.origin}/pers/`);
  for (const id of ["insluiten", "citeren", "licentie", "contact", "alle-grafieken"]) {
    assert.equal(await page.locator(`#${id}`).count(), 1, `/pers/ has #${id}`);
  }
  assert.ok((await page.locator('a[rel="license"]').first().textContent())?.includes("CC BY 4.0"));
  const thumbs = page.locator(".chart-list img");
  assert.equal(await thumbs.count(), charts.length);
  for (const img of await thumbs.all()) {
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (el) => (el as HTMLImageElement).complete,
      await img.elementHandle(),
    );
    assert.ok(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth > 0));
  }
  assert.deepEqual(problems.failedRequests, []);
  await context.close();
});

test("content pages print on A4 with their address, sources and the date of the data", async () => {
  // Two pages of each kind (article, experiment, municipality) that exists in the build.
  const samples = ["artikelen", "experimenten", "gemeenten"].flatMap((kind) =>
    paths.filter((p) => new RegExp(`^/${kind}/[^/]+/$`).test(p)).slice(0, 2),
  );
  const targets = ["/", "/cijfers/", ...samples];
  const { page, context } = await openPage(site);
  await page.emulateMedia({ media: "print" });
  for (const path of targets) {
    await page.goto(site.origin + path);
    assert.equal(await page.locator(".site-nav").isVisible(), false, `${path}: no navigation`);
    assert.equal(await page.locator(".site-search").isVisible(), false, `${path}: no search`);
    assert.ok(await page.locator(".print-url").isVisible(), `${path}: prints its address`);
    const footer = (await page.locator(".site-footer").textContent()) ?? "";
    assert.match(footer, /Data bijgewerkt op \d{1,2} \w+ \d{4}/, `${path}: date of the data`);
    assert.ok(
      (await page.locator('main a[href^="/bronnen/"]').count()) >= 1 || path === "/",
      `${path}: names its sources`,
    );
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 1000, `${path}: prints`);
  }
  await context.close();
});

test("the Kopieer buttons copy the citation and the embed code", async () => {
  const c = charts[0];
  assert.ok(c);
  const { page, context, problems } = await openPage(site);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  await page.goto(site.origin + new URL(c.page).pathname);
  const figure = page.locator(`figure[data-chart="${c.id}"]`);
  await figure.locator(".citeer-details summary").click();
  const button = figure.locator(".citeer-details button[data-copy]");
  assert.ok(await button.isVisible(), "the copy button shows when scripts run");
  await button.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await figure.locator(".citeer__apa").inputValue());
  assert.match(copied, /^Bijstand op de proef\. \(\d{4}, \d{1,2} \w+\)\. /);
  assert.equal(await button.textContent(), "Gekopieerd");
  await figure.locator("details.embed summary").click();
  await figure.locator("details.embed button[data-copy]").first().click();
  assert.match(
    await page.evaluate(() => navigator.clipboard.readText()),
    /<iframe src="[^"]+\/embed\//,
  );
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
