/**
 * Every URL in the sitemap: loads without console errors, failed requests or requests to other
 * hosts; axe-core finds no serious or critical violation; every internal link and #anchor resolves.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations, openPage, type Site, sitemapPaths, startSite } from "./harness.ts";

let site: Site;
let paths: string[] = [];
const htmlCache = new Map<string, Promise<{ status: number; html: string }>>();

before(async () => {
  site = await startSite();
  paths = await sitemapPaths(site);
});
after(async () => site?.close());

function fetchPage(path: string) {
  let cached = htmlCache.get(path);
  if (!cached) {
    cached = fetch(site.origin + path).then(async (r) => ({
      status: r.status,
      html: await r.text(),
    }));
    htmlCache.set(path, cached);
  }
  return cached;
}

test("the sitemap lists the main sections", async () => {
  for (const p of [
    "/",
    "/rekenhulp/",
    "/experimenten/",
    "/cijfers/",
    "/gemeenten/",
    "/bronnen/",
    "/toegankelijkheid/",
  ]) {
    assert.ok(paths.includes(p), `${p} is missing from the sitemap`);
  }
});

test("every sitemap page is clean: console, requests, axe, links", async (t) => {
  const checkedLinks = new Set<string>();
  for (const path of paths) {
    await t.test(path, async () => {
      const { page, context, problems } = await openPage(site);
      try {
        const response = await page.goto(site.origin + path, { waitUntil: "load" });
        assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
        await page.waitForLoadState("networkidle");
        assert.deepEqual(problems.foreignRequests, [], `${path} requested other hosts`);
        assert.deepEqual(problems.failedRequests, [], `${path} had failed requests`);
        assert.deepEqual(problems.consoleErrors, [], `${path} logged console errors`);

        // A word glued to a link or tag ("tijd</a>rekenen", "in de<a …>"): a line break next to an
        // inline element in an .astro file is dropped, so prose needs an explicit {" "} there.
        const html = (await fetchPage(path)).html;
        const glued = [
          ...(html.match(/<\/(a|strong|em|code|time|span|abbr)>[\p{L}\d(]/gu) ?? []),
          ...(html.match(/[\p{L}\d.,;:!?)]<(a|code|strong|em|time)[\s>]/gu) ?? []),
        ];
        assert.deepEqual(glued, [], `${path} glues words to a tag`);

        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${path}: axe violations`);

        // getAttribute, not .href: an SVG link's href is an SVGAnimatedString, not a string.
        const hrefs = await page.evaluate(() =>
          [...document.querySelectorAll("a[href]")].map(
            (a) => new URL(a.getAttribute("href") ?? "", document.baseURI).href,
          ),
        );
        for (const href of hrefs) {
          const url = new URL(href);
          if (url.origin !== site.origin) continue;
          const key = url.pathname + url.hash;
          if (checkedLinks.has(key)) continue;
          checkedLinks.add(key);
          const target = await fetchPage(url.pathname);
          assert.equal(
            target.status,
            200,
            `${path} links to ${url.pathname}, which answers ${target.status}`,
          );
          if (url.hash.length > 1) {
            const id = decodeURIComponent(url.hash.slice(1));
            assert.ok(
              target.html.includes(`id="${id}"`) || target.html.includes(`name="${id}"`),
              `${path} links to ${url.pathname}${url.hash}, but that anchor does not exist`,
            );
          }
        }
      } finally {
        await context.close();
      }
    });
  }
});
