/**
 * Every period the site says its calculators cover (the form hints, /methode/, the footer, the
 * page texts) comes from data/, never from typed text: adding a half year is then one place
 * (data/*.csv; see the README's recipe). The test looks in the site's source for the covered
 * months written out — the first month, the last half year and the last covered month, in every
 * way the site writes a date — outside tests, and fails on any it finds.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDate } from "../format/format.ts";
import { loadLawParameters } from "./law-parameters.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FOLDERS = ["src/pages", "src/components", "src/layouts", "src/islands", "content"];
const FILES = ["src/site.ts"];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (/\.(astro|ts|mdx|md)$/.test(name) && !/\.(test|spec)\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** The covered period's dates as the site writes them: ISO month, "juli 2026", "1 juli 2026". */
function coverageStrings(): string[] {
  const params = loadLawParameters();
  const dates = [params.periods[0], params.periods.at(-1), params.lastDate].filter(
    (d): d is string => typeof d === "string",
  );
  const out = new Set<string>();
  for (const d of dates) {
    out.add(formatDate(d));
    out.add(formatDate(d.slice(0, 7)));
    out.add(d.slice(0, 7));
  }
  return [...out];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the covered period is never typed", () => {
  const files = [
    ...FOLDERS.flatMap((f) => walk(join(ROOT, f))),
    ...FILES.map((f) => join(ROOT, f)),
  ];
  const strings = coverageStrings();

  it("has something to look for and somewhere to look", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(strings.length).toBeGreaterThanOrEqual(6);
  });

  it.each(strings)("%s appears in no page, component, layout, island or article", (s) => {
    // Not inside a source id ("participatiewet-2026-07-01") or a longer date ("11 juli 2026").
    const re = new RegExp(`(?<![\\w-])${escapeRegExp(s)}(?![\\w-])`, "i");
    const hits = files.filter((f) => {
      const text = readFileSync(f, "utf8");
      if (re.test(text) === false) return false;
      // A date in an article's frontmatter (`updated:`) is when it was written, not coverage.
      return text.split("\n").some((line) => re.test(line) && !/^\s*updated:/.test(line));
    });
    expect(hits.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
