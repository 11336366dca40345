/**
 * Every chart in the registry: its CSV is exactly the rows it draws (same rows, same order, same
 * values), it has a takeaway and a text description, cites known sources, and renders to SVG at
 * both widths without throwing.
 */
import { describe, expect, test } from "vitest";
import { parseCsvRecords } from "../data/csv.ts";
import { loadSourceIndex } from "../data/sources.ts";
import { charts } from "./registry.ts";
import { CHART_WIDTHS, chartCsv, renderChartSvg } from "./render.ts";

/** The raw CSV text of one value, as chartCsv writes it. */
function rawCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(";");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

describe.each(charts.map((c) => [c.id, c] as const))("chart %s", (_id, chart) => {
  test("CSV equals the rows it draws", () => {
    const rows = chart.rows() as unknown as Record<string, unknown>[];
    const records = parseCsvRecords(chartCsv(chart), `${chart.id}.csv`);
    const [header, ...body] = records;
    expect(header?.cells).toEqual(chart.columns.map((c) => c.key));
    expect(body).toHaveLength(rows.length);
    body.forEach((record, i) => {
      const row = rows[i] ?? {};
      expect(record.cells).toEqual(chart.columns.map((c) => rawCell(row[c.key])));
    });
  });

  test("draws at least one row, and every row that shows a number has a source", () => {
    const rows = chart.rows() as unknown as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    const numeric = chart.columns.filter((c) => c.numeric).map((c) => c.key);
    for (const r of rows) {
      const showsNumber = numeric.some((k) => r[k] !== null && r[k] !== undefined && r[k] !== "");
      if (showsNumber) expect(rawCell(r.source), JSON.stringify(r).slice(0, 120)).not.toBe("");
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
