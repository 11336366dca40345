/**
 * The experiment pages as content: one MDX file per experiment in data/experimenten.csv, each
 * citing sources that exist, with the sections the issue asks for, and no number typed by hand
 * (numbers come from data through components; only years and report section numbers may appear).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { dataset as experimenten } from "./datasets/experimenten.ts";
import { loadSourceIndex } from "./sources.ts";

const DIR = "content/experimenten";
const files = readdirSync(DIR).filter((f) => f.endsWith(".mdx"));
const ids = experimenten.loadRows().map((e) => e.id);
const sources = loadSourceIndex();

function parse(file: string) {
  const text = readFileSync(`${DIR}/${file}`, "utf8");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  const fm = m[1] ?? "";
  const body = m[2] ?? "";
  const experiment = /^experiment:\s*(\S+)/m.exec(fm)?.[1];
  const fmSources = (/^sources:\s*\[([^\]]*)\]/m.exec(fm)?.[1] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const cites = [...body.matchAll(/<Cite\s+id="([^"]+)"/g)].map((c) => c[1] ?? "");
  return { fm, body, experiment, fmSources, cites };
}

describe("content/experimenten", () => {
  test("there is exactly one page per experiment, named after its id", () => {
    expect(files.map((f) => f.replace(/\.mdx$/, "")).sort()).toEqual([...ids].sort());
    for (const f of files) expect(parse(f).experiment, f).toBe(f.replace(/\.mdx$/, ""));
  });

  test.each(files)("%s cites sources that exist", (f) => {
    const { fmSources, cites } = parse(f);
    expect(cites.length, `${f} has no <Cite>`).toBeGreaterThan(0);
    for (const id of [...fmSources, ...cites]) expect(sources.has(id), `${f}: ${id}`).toBe(true);
  });

  test.each(files)("%s names its limits and what we did not find", (f) => {
    const { body } = parse(f);
    expect(body).toMatch(/^## Beperkingen$/m);
    expect(body).toMatch(/^## Wat we niet vonden$/m);
  });

  test.each(files)("%s types no numbers by hand", (f) => {
    const prose = parse(f)
      .body.replace(/<[^>]+>/g, "")
      .replace(/\]\([^)]*\)/g, "]")
      .replace(/\b(19|20)\d{2}\b/g, "")
      .replace(/\b(paragraaf|hoofdstuk)\s+\d+(\.\d+)*/g, "");
    expect(prose.match(/\d/g) ?? [], f).toEqual([]);
  });
});
