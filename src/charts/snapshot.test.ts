/**
 * Golden SVG files for every chart at both widths (Observable Plot's snapshot discipline): the
 * drawing is deterministic, so any change to a builder, the renderer or the data shows up as a diff
 * in `src/charts/__snapshots__/<id>-<width>.svg`.
 *
 * - On a mismatch the test writes the new drawing beside the golden file as
 *   `<id>-<width>.changed.svg` (gitignored), so that a reviewer can open both, and fails.
 * - `UPDATE_SNAPSHOTS=1 npx vitest run src/charts/snapshot.test.ts` rewrites the golden files.
 * - A chart without a golden file gets one written locally; under CI it fails instead.
 *
 * The golden file is the SVG exactly as the site draws it, with three changes that do not alter
 * the picture: a line break between tags (readable diffs), the SVG namespace on the root element
 * (so that the file opens in a browser), and Plot's running id counter (`plot-marker-3`)
 * renumbered from 1 per drawing, because that counter depends on how many charts were drawn
 * before. Coordinates are compared to 0.01 px, so floating-point noise between machines
 * does not count as a change; the files themselves keep every digit.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { charts } from "./registry.ts";
import { CHART_WIDTHS, renderChartSvg } from "./render.ts";

const DIR = fileURLToPath(new URL("./__snapshots__/", import.meta.url));
const UPDATE = process.env.UPDATE_SNAPSHOTS === "1";
const CI = Boolean(process.env.CI) && process.env.CI !== "false";
const UPDATE_COMMAND = "UPDATE_SNAPSHOTS=1 npx vitest run src/charts/snapshot.test.ts";
const WIDTHS = Object.values(CHART_WIDTHS);

/** Largest difference between two coordinates that still counts as the same drawing, in px. */
const TOLERANCE = 0.01;

/** Renumbers the ids Plot draws from its running counter (`plot-marker-7`) from 1, in order. */
function renumberIds(svg: string): string {
  const declared = [...svg.matchAll(/\bid="(plot-[a-z]+)-(\d+)"/g)];
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const [, prefix = "", n] of declared) {
    const count = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, count);
    names.set(`${prefix}-${n}`, `${prefix}-${count}`);
  }
  if (!names.size) return svg;
  return svg.replace(/\bplot-[a-z]+-\d+\b/g, (id) => names.get(id) ?? id);
}

/**
 * The text of a golden file for a drawing: ids renumbered, the SVG namespace on the root (so that
 * a browser opens the file on its own; inline in HTML it is implied), one tag per line.
 */
function goldenText(svg: string): string {
  const standalone = svg.replace(
    /^<svg(?![^>]*\sxmlns=)/,
    '<svg xmlns="http://www.w3.org/2000/svg"',
  );
  return `${renumberIds(standalone).replaceAll("><", ">\n<")}\n`;
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** Splits SVG text into its markup with the numbers inside attribute values taken out. */
function coordinates(svg: string): { markup: string; numbers: number[] } {
  const numbers: number[] = [];
  const markup = svg.replace(/\r\n/g, "\n").replace(
    /="([^"]*)"/g,
    (_, value: string) =>
      `="${value.replace(NUMBER, (n) => {
        numbers.push(Number(n));
        return "#";
      })}"`,
  );
  return { markup, numbers };
}

/** Whether two drawings are the same apart from coordinates that differ by at most TOLERANCE. */
function sameDrawing(a: string, b: string): boolean {
  const x = coordinates(a);
  const y = coordinates(b);
  return (
    x.markup === y.markup &&
    x.numbers.length === y.numbers.length &&
    x.numbers.every((n, i) => Math.abs(n - (y.numbers[i] ?? Number.NaN)) <= TOLERANCE)
  );
}

/** Attribute numbers rounded to 2 decimals: only for showing a readable diff on failure. */
function rounded(svg: string): string {
  return svg
    .replace(/\r\n/g, "\n")
    .replace(
      /="([^"]*)"/g,
      (_, value: string) =>
        `="${value.replace(NUMBER, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
    );
}

/** Compares a drawing with its golden file; writes `.changed.svg` (or the golden file) as needed. */
function checkGolden(name: string, svg: string): void {
  const golden = `${DIR}${name}.svg`;
  const changed = `${DIR}${name}.changed.svg`;
  const actual = goldenText(svg);
  if (UPDATE || !existsSync(golden)) {
    if (!UPDATE && CI)
      throw new Error(`no golden file src/charts/__snapshots__/${name}.svg; run ${UPDATE_COMMAND}`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(golden, "utf8");
  if (sameDrawing(actual, expected)) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(
    rounded(actual),
    `src/charts/__snapshots__/${name}.svg changed; the new drawing is in ${name}.changed.svg. ` +
      `If the change is intended, run ${UPDATE_COMMAND}`,
  ).toBe(rounded(expected));
  // Not reached: a move of more than TOLERANCE (0.01) always changes the rounded text.
  expect.fail(`src/charts/__snapshots__/${name}.svg: a coordinate moved by more than ${TOLERANCE}`);
}

describe("chart SVG snapshots", () => {
  for (const chart of charts) {
    for (const width of WIDTHS) {
      test(`${chart.id} at ${width} px matches its golden file`, () => {
        const svg = renderChartSvg(chart, width);
        expect(svg).toMatch(/^<(svg|figure)[\s>]/);
        checkGolden(`${chart.id}-${width}`, svg);
      });
    }
  }

  test("drawing a chart twice gives the same SVG (apart from Plot's id counter)", () => {
    for (const chart of charts) {
      for (const width of WIDTHS) {
        const first = renderChartSvg(chart, width);
        const second = renderChartSvg(chart, width);
        expect(renumberIds(second), `${chart.id} at ${width} px`).toBe(renumberIds(first));
      }
    }
  });

  test("every golden file belongs to a chart and a width", () => {
    const expected = new Set(charts.flatMap((c) => WIDTHS.map((w) => `${c.id}-${w}.svg`)));
    const stale = readdirSync(DIR).filter(
      (f) => f.endsWith(".svg") && !f.endsWith(".changed.svg") && !expected.has(f),
    );
    expect(stale, "remove these from src/charts/__snapshots__/").toEqual([]);
  });
});

describe("golden file comparison", () => {
  test("ignores floating-point noise in coordinates, not in text", () => {
    const a = '<svg><text x="101.14285714285715" y="3">1.000</text></svg>';
    expect(sameDrawing(a, a.replace("101.14285714285715", "101.14285714285717"))).toBe(true);
    expect(sameDrawing(a, a.replace("101.14285714285715", "101.2"))).toBe(false);
    expect(sameDrawing(a, a.replace("1.000<", "1<"))).toBe(false);
    expect(sameDrawing(a, a.replace('y="3"', 'y="3" dy="1"'))).toBe(false);
  });

  test("renumbers Plot's id counter per drawing", () => {
    const svg =
      '<marker id="plot-marker-7"></marker><path marker-end="url(#plot-marker-7)"></path>';
    expect(renumberIds(svg)).toBe(
      '<marker id="plot-marker-1"></marker><path marker-end="url(#plot-marker-1)"></path>',
    );
    const classes = '<g class="plot-kaart-340"><marker id="plot-marker-2"></marker></g>';
    expect(renumberIds(classes)).toBe(classes.replace("marker-2", "marker-1"));
  });
});
