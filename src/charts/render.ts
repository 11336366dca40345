/**
 * Draws a chart as SVG at build time: Observable Plot with a server-side DOM (linkedom). The
 * output is deterministic, so it can be snapshot-tested.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { formatCsv } from "../data/csv.ts";
import type { ChartDefinition } from "./types.ts";

/** The widths every chart is drawn at: narrow for phones, wide for the rest. */
export const CHART_WIDTHS = { narrow: 340, wide: 680 } as const;

/** Renders a chart's rows to an SVG string at the given width. */
export function renderChartSvg<R extends object>(
  chart: ChartDefinition<R>,
  width: number,
  rows = chart.rows(),
): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const options = chart.plot(rows, { width });
  const node = Plot.plot({ ...options, width, document: document as unknown as Document });
  // Plot returns a <figure> when it adds a legend; the frame supplies title and caption itself.
  const html = (node as unknown as { outerHTML: string }).outerHTML;
  // Plot's class names hash the options; keep them stable and readable per chart and width.
  return html.replace(/plot-[0-9a-f]{6}/g, `plot-${chart.id}-${width}`);
}

/** The chart's rows as CSV text, with the columns of its table (raw values). */
export function chartCsv<R extends object>(chart: ChartDefinition<R>): string {
  const rows = chart.rows() as unknown as Record<string, unknown>[];
  const columns = chart.columns.map((c) => c.key);
  return formatCsv(
    columns,
    rows.map((r) => Object.fromEntries(columns.map((c) => [c, csvValue(r[c])]))),
  );
}

function csvValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.join(";");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** A cell of the chart's table, formatted for readers. */
export function tableCell<R extends object>(
  chart: ChartDefinition<R>,
  row: R,
  key: string,
): string {
  const column = chart.columns.find((c) => c.key === key);
  const value = (row as Record<string, unknown>)[key];
  if (column?.format) return column.format(value as R[keyof R], row);
  if (Array.isArray(value)) return value.join(", ");
  return value === null || value === undefined ? "" : String(value);
}
