/**
 * Size budget over the built site. For every HTML page: the JavaScript it loads without the reader
 * doing anything (gzip of entry scripts, their static imports, and inline scripts; code loaded by
 * `import()` is not counted) and the HTML itself (gzip). Prints a table and exits 1 over budget.
 * `node scripts/size-budget.ts [dist]`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const KB = 1024;

/** Budgets per kind of page, in bytes (gzip). */
export const BUDGETS = {
  content: { js: 5 * KB, html: 100 * KB },
  interactive: { js: 40 * KB, html: 100 * KB },
  embed: { js: 3 * KB, html: 100 * KB, page: 50 * KB },
} as const;

export type PageKind = keyof typeof BUDGETS;

/** Which budget a page path falls under. */
export function pageKind(path: string): PageKind {
  if (path.startsWith("/embed/")) return "embed";
  if (path.startsWith("/rekenhulp/") || path.startsWith("/zoeken/")) return "interactive";
  return "content";
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** Static import specifiers of an ES module (not `import()`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

/** The JS files (transitively) and inline scripts a page runs on load. */
export function pageScripts(dist: string, htmlFile: string) {
  const html = readFileSync(htmlFile, "utf8");
  const files = new Set<string>();
  const inline: string[] = [];
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    const code = readFileSync(file, "utf8");
    for (const spec of staticImports(code)) {
      if (!spec.startsWith(".") && !spec.startsWith("/")) continue;
      visit(spec.startsWith("/") ? join(dist, spec) : resolve(dirname(file), spec));
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? "";
    const type = /type=["']?([^"'\s>]+)/.exec(attrs)?.[1];
    if (type && type !== "module" && type !== "text/javascript") continue; // JSON data etc.
    const src = /src=["']([^"']+)["']/.exec(attrs)?.[1];
    if (src) {
      if (/^https?:/.test(src))
        throw new Error(`${htmlFile} loads a script from another host: ${src}`);
      visit(join(dist, src.split("?")[0] ?? ""));
    } else if ((m[2] ?? "").trim()) {
      inline.push(m[2] ?? "");
    }
  }
  // Module preloads are fetched and run as part of the entry graph.
  for (const m of html.matchAll(
    /<link\b[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']/g,
  )) {
    visit(join(dist, m[1] ?? ""));
  }
  return { html, files: [...files], inline };
}

/** CSS files a page links. */
function pageStyles(dist: string, html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*href=["']([^"']+)["']/g)]
    .map((m) => join(dist, m[1] ?? ""))
    .filter(existsSync);
}

function listHtml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listHtml(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

/** Measures every page; returns rows and whether all are within budget. */
export function measure(dist: string) {
  const rows = listHtml(dist).map((file) => {
    const path = `/${relative(dist, file)
      .replace(/index\.html$/, "")
      .replace(/\.html$/, "")}`;
    const kind = pageKind(path);
    const { html, files, inline } = pageScripts(dist, file);
    const js =
      files.reduce((n, f) => n + gz(readFileSync(f)), 0) + inline.reduce((n, s) => n + gz(s), 0);
    const htmlSize = gz(html);
    const css = pageStyles(dist, html).reduce((n, f) => n + gz(readFileSync(f)), 0);
    const budget = BUDGETS[kind];
    const problems: string[] = [];
    if (js > budget.js) problems.push(`JS ${fmt(js)} > ${fmt(budget.js)}`);
    if (htmlSize > budget.html) problems.push(`HTML ${fmt(htmlSize)} > ${fmt(budget.html)}`);
    if ("page" in budget && js + htmlSize + css > budget.page) {
      problems.push(`page ${fmt(js + htmlSize + css)} > ${fmt(budget.page)}`);
    }
    return { path, kind, js, html: htmlSize, css, problems };
  });
  return {
    rows: rows.sort((a, b) => a.path.localeCompare(b.path)),
    ok: rows.every((r) => r.problems.length === 0),
  };
}

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? process.env.DIST_DIR ?? "dist";
  if (!existsSync(dist)) {
    console.error(`No build in ${dist}/: run npm run build first.`);
    process.exit(1);
  }
  const { rows, ok } = measure(dist);
  console.log(
    `${"page".padEnd(60)} ${"kind".padEnd(12)} ${"JS gz".padStart(9)} ${"HTML gz".padStart(9)} ${"CSS gz".padStart(9)}`,
  );
  for (const r of rows) {
    const flag = r.problems.length ? `  OVER: ${r.problems.join("; ")}` : "";
    console.log(
      `${r.path.padEnd(60)} ${r.kind.padEnd(12)} ${fmt(r.js).padStart(9)} ${fmt(r.html).padStart(9)} ${fmt(r.css).padStart(9)}${flag}`,
    );
  }
  const over = rows.filter((r) => r.problems.length).length;
  console.log(`\n${rows.length} pages; ${over} over budget.`);
  process.exit(ok ? 0 : 1);
}
