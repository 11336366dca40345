/**
 * After `astro build`, inside the build (so `npx astro build` and `npm run build` give the same
 * site, in whichever folder `ASTRO_OUT_DIR` names):
 *
 * 1. PNGs of every chart (light, dark, small) from the standalone SVGs in `/grafieken/`;
 * 2. `/sitemap.xml`: the URLs of `@astrojs/sitemap`'s files in one plain sitemap;
 * 3. the Content-Security-Policy: a <meta> in every page with the hashes of its inline scripts,
 *    and `_headers` for hosts that read it (with `frame-ancestors`, which <meta> cannot carry);
 * 4. social cards (`/og/…png`) for every page that asks for one in its `og:image`;
 * 5. the Pagefind search index (`/pagefind/`), Dutch, plus one record per source.
 *
 * Beside it: `csp.ts` (the policy and `_headers`) and `og-card.ts` (the cards). The chart SVGs and
 * their rasteriser live with the charts, in `src/charts/files/`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { svgToPng } from "../charts/files/raster.ts";
import { loadSources } from "../data/sources.ts";
import { formatDate } from "../format/index.ts";
import { SITE_NAME } from "../site.ts";
import {
  buildPolicy,
  headersFile,
  injectPolicy,
  inlineScripts,
  needsWasm,
  scriptHash,
} from "./csp.ts";
import { ogCardSvg } from "./og-card.ts";

/** Pixel widths of the chart PNGs: twice the standalone SVG's width for sharp screens. */
const PNG_WIDTH = 1456;
const THUMB_WIDTH = 480;

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listFiles(p, ext);
    return e.name.endsWith(ext) ? [p] : [];
  });
}

/** The site path of a built HTML file: "gemeenten/amsterdam/index.html" → "/gemeenten/amsterdam/". */
export function pagePath(out: string, file: string): string {
  return `/${relative(out, file)
    .replaceAll("\\", "/")
    .replace(/index\.html$/, "")}`;
}

function meta(html: string, attr: "property" | "name", key: string): string | undefined {
  const re = new RegExp(`<meta\\s+${attr}="${key}"\\s+content="([^"]*)"`, "i");
  const raw = re.exec(html)?.[1];
  return raw
    ?.replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

function renderChartPngs(out: string) {
  const dir = join(out, "grafieken");
  for (const svgFile of listFiles(dir, ".svg")) {
    if (svgFile.endsWith("-kaal.svg")) continue;
    const svg = readFileSync(svgFile, "utf8");
    const base = svgFile.replace(/\.svg$/, "");
    writeFileSync(`${base}.png`, svgToPng(svg, PNG_WIDTH));
    writeFileSync(`${base}-klein.png`, svgToPng(svg, THUMB_WIDTH));
  }
}

function writePlainSitemap(out: string) {
  const parts = readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (!parts.length) return;
  const urls = parts.flatMap((f) =>
    [...readFileSync(join(out, f), "utf8").matchAll(/<url>[\s\S]*?<\/url>/g)].map((m) => m[0]),
  );
  writeFileSync(
    join(out, "sitemap.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`,
  );
}

function applyCsp(out: string, htmlFiles: string[]) {
  const all: string[] = [];
  for (const file of htmlFiles) {
    const html = readFileSync(file, "utf8");
    const hashes = [...new Set(inlineScripts(html).map(scriptHash))];
    all.push(...hashes);
    const policy = buildPolicy({ hashes, wasm: needsWasm(pagePath(out, file)) });
    writeFileSync(file, injectPolicy(html, policy));
  }
  // Keep rules a host-specific public/_headers may add (copied into the build before this runs).
  const file = join(out, "_headers");
  const extra = existsSync(file) ? readFileSync(file, "utf8") : "";
  const own = headersFile(all);
  writeFileSync(file, extra.startsWith(own.split("\n")[0] ?? "") ? own : `${own}\n${extra}`);
}

function renderOgCards(out: string, htmlFiles: string[], siteName: string) {
  for (const file of htmlFiles) {
    const html = readFileSync(file, "utf8");
    const image = meta(html, "property", "og:image");
    if (!image) continue;
    const path = new URL(image).pathname;
    if (!path.startsWith("/og/")) continue;
    const target = join(out, path);
    const chartId = /<figure\b[^>]*\bdata-chart="([a-z0-9-]+)"/.exec(html)?.[1];
    const chartFile = chartId ? join(out, "grafieken", `${chartId}-kaal.svg`) : undefined;
    const svg = ogCardSvg({
      siteName,
      title: meta(html, "property", "og:title") ?? siteName,
      description: meta(html, "property", "og:description") ?? "",
      host: new URL(image).host,
      chartSvg: chartFile && existsSync(chartFile) ? readFileSync(chartFile, "utf8") : undefined,
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, svgToPng(svg, 1200));
  }
}

async function buildSearchIndex(
  out: string,
  logger: { info(m: string): void; warn(m: string): void },
) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "nl" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
  // Each source is its own result, linked to its entry on /bronnen/.
  for (const s of loadSources()) {
    const date = s.date ? formatDate(s.date) : "";
    await index.addCustomRecord({
      url: `/bronnen/#${s.id}`,
      content: [s.title, s.publisher, date, s.note ?? ""].filter(Boolean).join(". "),
      language: "nl",
      meta: {
        title: s.title,
        soort: "Bron",
        detail: [s.publisher, date].filter(Boolean).join(", "),
      },
      filters: { soort: ["Bron"] },
    });
  }
  const written = await index.writeFiles({ outputPath: join(out, "pagefind") });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await pagefind.close();
  logger.info(`pagefind: ${added.page_count} pages indexed`);
}

/** The integration; put it after `@astrojs/sitemap` in the config. */
export function postbuild(): AstroIntegration {
  return {
    name: "bodp-postbuild",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        renderChartPngs(out);
        writePlainSitemap(out);
        const htmlFiles = listFiles(out, ".html");
        applyCsp(out, htmlFiles);
        renderOgCards(out, htmlFiles, SITE_NAME);
        await buildSearchIndex(out, logger);
      },
    },
  };
}
