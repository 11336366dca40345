/**
 * Embeds: every chart's embed page, CSV and metadata work; an embed inside an iframe on another
 * origin sizes itself to the chart's real height, at phone and desktop widths, with the inline
 * snippet and with the script-file version.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { openPage, type Site, startSite } from "./harness.ts";

interface ChartMeta {
  id: string;
  title: string;
  embed: string;
  csv: string;
  sources: string[];
}

let site: Site;
let charts: ChartMeta[] = [];

/**
 * A made-up site on another origin that embeds a chart: it answers the pages the tests put in
 * `hostPages` (by path). A real server, because Chromium does not let a page the test fulfils
 * itself frame the local site (local network access checks).
 */
const hostPages = new Map<string, string>();
const host = createServer((req, res) => {
  const html = hostPages.get(req.url ?? "");
  res.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" }).end(html ?? "");
});
let hostOrigin = "";

before(async () => {
  await new Promise<void>((ok) => host.listen(0, "127.0.0.1", ok));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  site = await startSite();
  const api = (await (await fetch(`${site.origin}/api/charts.json`)).json()) as {
    charts: ChartMeta[];
  };
  charts = api.charts;
});
after(async () => {
  host.close();
  await site?.close();
});

/** The embed URL from the API, moved to the local test origin. */
const localEmbed = (c: ChartMeta) => site.origin + new URL(c.embed).pathname;

test("charts.json lists at least one chart with complete metadata", () => {
  assert.ok(charts.length >= 1);
  for (const c of charts) {
    assert.match(c.id, /^[a-z0-9-]+$/);
    assert.ok(c.title.length > 3, `${c.id} has a title`);
    assert.ok(c.sources.length >= 1, `${c.id} cites a source`);
    assert.ok(new URL(c.embed).pathname === `/embed/${c.id}/`);
    assert.ok(new URL(c.csv).pathname === `/data/${c.id}.csv`);
  }
});

test("every chart's CSV downloads and has a header and rows", async () => {
  for (const c of charts) {
    const res = await fetch(site.origin + new URL(c.csv).pathname);
    assert.equal(res.status, 200, `${c.id}.csv`);
    const lines = (await res.text()).trim().split("\n");
    assert.ok(lines.length >= 2, `${c.id}.csv has rows`);
  }
});

test("every embed page shows its chart, title and source, and works without JavaScript", async () => {
  for (const c of charts) {
    const { page, context, problems } = await openPage(site, {
      width: 600,
      javaScriptEnabled: false,
    });
    await page.goto(localEmbed(c));
    assert.equal(await page.locator("h2, h3").first().textContent(), c.title);
    assert.ok((await page.locator(".chart-figure__svg svg").count()) >= 1, `${c.id} has an SVG`);
    assert.ok(
      (await page.locator('a[href^="/bronnen/"], a[href*="/bronnen/#"]').count()) >= 1,
      `${c.id} names a source`,
    );
    assert.deepEqual(problems.foreignRequests, []);
    // Includes /favicon.ico: the embed names its icon, so the browser asks for nothing missing.
    assert.deepEqual(problems.failedRequests, [], `${c.id}: no failed requests`);
    await context.close();
  }
});

for (const variant of ["inline", "file"] as const) {
  for (const width of [360, 1000]) {
    test(`an embed on another origin sizes itself (${variant} script, ${width} px)`, async () => {
      const c = charts[0];
      assert.ok(c);
      const script =
        variant === "inline"
          ? await (await fetch(`${site.origin}/embed.js`))
              .text()
              .then((s) => `<script>${s}</script>`)
          : `<script src="${site.origin}/embed.js" defer></script>`;
      const csp =
        variant === "file"
          ? `<meta http-equiv="Content-Security-Policy" content="script-src ${site.origin}; frame-src ${site.origin}">`
          : "";
      const file = `/host-${variant}-${width}.html`;
      hostPages.set(
        file,
        `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp}<title>Host</title></head><body style="margin:0"><p>Article text.</p><iframe src="${localEmbed(c)}" title="${c.title}" data-bodp-embed style="width:100%;height:150px;border:0"></iframe>${script}<p>More text.</p></body></html>`,
      );
      const { page, context } = await openPage(site, { width });
      // The host is another origin; allow it explicitly.
      await context.unroute("**/*");
      await page.goto(hostOrigin + file);
      const frame = page.frameLocator("iframe[data-bodp-embed]");
      await frame.locator(".chart-figure").waitFor();
      const handle = await page.locator("iframe[data-bodp-embed]").elementHandle();
      const inner = await (await handle?.contentFrame())?.evaluate(
        () => document.body.getBoundingClientRect().height,
      );
      assert.ok(inner && inner > 100, "the embed has content");
      await page.waitForFunction(
        (h) =>
          Math.abs(
            (
              document.querySelector("iframe[data-bodp-embed]") as HTMLElement
            ).getBoundingClientRect().height - h,
          ) <= 4,
        Math.ceil(inner),
        { timeout: 5000 },
      );
      await context.close();
    });
  }
}
