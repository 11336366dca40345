/**
 * Cross-file checks on `data/`: every file validates, every cited source exists, and every source
 * is cited somewhere. Used by the data tests and by the build (via `loadAllData`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ROOT } from "./dataset.ts";
import { datasets } from "./registry.ts";
import { loadSourceIndex } from "./sources.ts";

/** Where a source id is cited: `data/x.csv:12` or `content/a.mdx`. */
export type Citations = Map<string, string[]>;

function addCitation(citations: Citations, id: string, where: string) {
  const list = citations.get(id) ?? [];
  list.push(where);
  citations.set(id, list);
}

/** Source ids cited by dataset rows (the `source` column). */
export function collectDatasetCitations(citations: Citations = new Map()): Citations {
  for (const ds of datasets) {
    ds.loadRows().forEach((row, i) => {
      const ids = (row as { source?: string[] }).source ?? [];
      for (const id of ids) addCitation(citations, id, `${ds.path} row ${i + 1}`);
    });
  }
  return citations;
}

/** Source ids cited in MDX content: `<Cite id="…" />` and frontmatter `sources: [...]`. */
export function collectContentCitations(citations: Citations = new Map()): Citations {
  for (const file of listFiles(resolve(ROOT, "content"), /\.mdx?$/)) {
    const text = readFileSync(file, "utf8");
    const where = relative(ROOT, file);
    for (const m of text.matchAll(/<Cite\s+id="([^"]+)"/g))
      addCitation(citations, m[1] ?? "", where);
    const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
    const inline = /^sources:\s*\[([^\]]*)\]/m.exec(fm)?.[1];
    if (inline !== undefined) {
      for (const id of inline.split(",")) {
        const clean = id.trim().replace(/^["']|["']$/g, "");
        if (clean) addCitation(citations, clean, where);
      }
    }
    const block = /^sources:\s*\n((?:\s+-\s+.+\n?)+)/m.exec(fm)?.[1];
    if (block) {
      for (const m of block.matchAll(/-\s+["']?([a-z0-9-]+)["']?/g))
        addCitation(citations, m[1] ?? "", where);
    }
  }
  return citations;
}

/** Lists files below a folder whose names match. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listFiles(p, pattern);
    return pattern.test(e.name) ? [p] : [];
  });
}

/**
 * Source ids named in page code (`src/pages`, `src/components`, `src/islands`, `src/charts`): any
 * quoted string that is a known source id, e.g. `<SourceLine ids={["cbs-…"]} />`.
 */
export function collectCodeCitations(
  known: Set<string>,
  citations: Citations = new Map(),
): Citations {
  for (const dir of ["src/pages", "src/components", "src/islands", "src/charts"]) {
    for (const file of listFiles(resolve(ROOT, dir), /\.(astro|ts|mdx)$/)) {
      if (file.endsWith(".test.ts")) continue;
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/["'`]([a-z0-9][a-z0-9-]*)["'`]/g)) {
        const id = m[1] ?? "";
        if (known.has(id)) addCitation(citations, id, relative(ROOT, file));
      }
    }
  }
  return citations;
}

/** Problems with citations: unknown ids and uncited sources. Empty when all is well. */
export function checkCitations(extra: Citations = new Map()): string[] {
  const sources = loadSourceIndex();
  const citations = collectCodeCitations(
    new Set(sources.keys()),
    collectContentCitations(collectDatasetCitations(new Map(extra))),
  );
  const problems: string[] = [];
  for (const [id, where] of citations) {
    if (!sources.has(id))
      problems.push(`unknown source id "${id}" cited in ${where.slice(0, 3).join(", ")}`);
  }
  for (const id of sources.keys()) {
    if (!citations.has(id)) problems.push(`source "${id}" in data/sources.csv is cited nowhere`);
  }
  return problems;
}
