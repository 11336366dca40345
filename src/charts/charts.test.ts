/**
 * Every chart in the registry: its CSV holds exactly the rows the builder draws (same rows, same
 * order, same values), it has a takeaway and a text description, cites known sources, and renders
 * to SVG at both widths without throwing.
 */
import { csvParseRows } from "d3-dsv";
import { describe, expect, test } from "vitest";
import { loadSourceIndex } from "../data/sources.ts";
import { charts } from "./registry.ts";
import { CHART_WIDTHS, chartCsv, renderChartSvg } from "./render.ts";
import type { ChartDefinition } from "./types.ts";

/** Whether a row's `source` names at least one source. */
function hasSource(value: unknown): boolean {
  return Array.isArray(value)
    ? value.length > 0
    : value !== null && value !== undefined && value !== "";
}

/** The rows the builder is handed when the chart is drawn as the site draws it. */
function drawnRows(chart: ChartDefinition): Record<string, unknown>[] {
  const handed: unknown[][] = [];
  const spy: ChartDefinition = Object.create(chart, {
    plot: {
      value: (rows: Record<string, unknown>[], size: { width: number }) => {
        handed.push(rows);
        return chart.plot(rows, size);
      },
    },
  });
  renderChartSvg(spy, CHART_WIDTHS.wide);
  expect(handed).toHaveLength(1);
  return handed[0] as Record<string, unknown>[];
}

/**
 * Whether a CSV cell, read as a reader's spreadsheet would, holds this value of a drawn row:
 * numbers by value, dates as the same day, lists as their `;`-separated items, empty as empty.
 */
function cellHolds(cell: string, value: unknown): boolean {
  if (value === null || value === undefined) return cell === "";
  if (typeof value === "number") return cell.trim() !== "" && Number(cell) === value;
  if (value instanceof Date)
    return /^\d{4}-\d{2}-\d{2}$/.test(cell) && Date.parse(cell) === value.getTime();
  if (Array.isArray(value))
    return value.length === 0
      ? cell === ""
      : cell.split(";").length === value.length &&
          cell.split(";").every((item, i) => cellHolds(item, value[i]));
  if (typeof value === "string" || typeof value === "boolean") return cell === String(value);
  return false;
}

describe.each(charts.map((c) => [c.id, c] as const))("chart %s", (_id, chart) => {
  test("CSV equals the rows drawn", () => {
    const drawn = drawnRows(chart as ChartDefinition);
    const [header, ...body] = csvParseRows(chartCsv(chart));
    const keys = chart.columns.map((c) => c.key);
    expect(header).toEqual(keys);
    expect(body).toHaveLength(drawn.length);
    body.forEach((cells, i) => {
      const row = drawn[i] ?? {};
      expect(cells, `row ${i + 1}`).toHaveLength(keys.length);
      keys.forEach((key, j) => {
        const cell = cells[j] ?? "";
        const shown = `row ${i + 1}, ${key}: CSV has "${cell}", the chart draws ${JSON.stringify(row[key])}`;
        expect(cellHolds(cell, row[key]), shown).toBe(true);
      });
    });
  });

  test("draws at least one row, and every row that shows a number has a source", () => {
    const rows = chart.rows() as unknown as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    const numeric = chart.columns.filter((c) => c.numeric).map((c) => c.key);
    for (const r of rows) {
      const showsNumber = numeric.some((k) => r[k] !== null && r[k] !== undefined && r[k] !== "");
      if (showsNumber) expect(hasSource(r.source), JSON.stringify(r).slice(0, 120)).toBe(true);
    }
  });

  test("has a one-sentence takeaway and a text description", () => {
    expect(chart.takeaway.trim()).toMatch(/^[A-Z0-9].+[.!?]$/);
    expect(chart.takeaway).not.toMatch(/\.\s+[A-Z]/);
    expect(chart.description.length).toBeGreaterThan(40);
  });

  test("cites only known sources, including every source of its rows", () => {
    const index = loadSourceIndex();
    for (const id of chart.sourceIds) expect(index.has(id), id).toBe(true);
    const rowSources = new Set(
      (chart.rows() as unknown as { source?: string[] }[]).flatMap((r) => r.source ?? []),
    );
    for (const id of rowSources) expect(chart.sourceIds, id).toContain(id);
  });

  test("renders to SVG at both widths", () => {
    for (const width of Object.values(CHART_WIDTHS)) {
      const svg = renderChartSvg(chart, width);
      expect(svg).toMatch(/<svg/);
      expect(svg).not.toMatch(/NaN/);
    }
  });
});
