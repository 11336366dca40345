/**
 * What a chart is: a pure description that the registry, the figure frame, the embed page, the
 * CSV download and `/api/charts.json` all read. A chart never reads files itself: `rows()` asks a
 * dataset for validated rows and returns exactly the rows it draws.
 */
import type { PlotOptions } from "@observablehq/plot";

/** One column of the chart's data table and CSV. */
export interface ChartColumn<R> {
  /** Key in the row; also the CSV header. */
  key: keyof R & string;
  /** Dutch column header for the table. */
  label: string;
  /** How the table shows the value (nl-NL); the CSV always has the raw value. */
  format?: (value: R[keyof R], row: R) => string;
  /** Right-align numbers in the table. */
  numeric?: boolean;
}

/** Layout hints the builder gets. */
export interface ChartSize {
  /** Width in CSS pixels of the drawing. */
  width: number;
}

/** A chart of the site. The id is the file name, the embed URL and the CSV name. */
export interface ChartDefinition<R extends object = Record<string, unknown>> {
  /** kebab-case id: `src/charts/<id>.ts`, `/embed/<id>/`, `/data/<id>.csv`. */
  id: string;
  /** Dutch title, a statement or a plain label. */
  title: string;
  /** One sentence a journalist can quote: what the chart shows. */
  takeaway: string;
  /** Text alternative: the chart's content in a few sentences for people who cannot see it. */
  description: string;
  /** The dataset(s) the rows come from. */
  datasets: string[];
  /** Source ids (data/sources.csv) shown under the chart. */
  sourceIds: string[];
  /** Notes under the chart: definitions, breaks in the series, what is not included. */
  notes?: string;
  /** The page the chart belongs to (for "bekijk op de site" links). */
  page: string;
  /** Exactly the rows drawn (and offered as CSV). */
  rows(): R[];
  /** Columns of the data table and the CSV, in order. */
  columns: ChartColumn<R>[];
  /** Pure builder: rows and size in, Plot options out (no `document`, no side effects). */
  plot(rows: R[], size: ChartSize): PlotOptions;
}
