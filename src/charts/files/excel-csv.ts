/**
 * A chart's rows as a spreadsheet CSV for Dutch Excel (`/data/<chart-id>.excel.csv`): the columns
 * of its table with their Dutch labels, the chart's title and page above the table.
 */
import { type ExcelColumn, formatExcelCsv } from "../../data/excel-csv.ts";
import type { ChartDefinition } from "../types.ts";

/** The chart's rows (exactly those drawn) as a semicolon CSV with decimal commas. */
export function chartExcelCsv<R extends object>(
  chart: ChartDefinition<R>,
  pageUrl: string,
): string {
  const columns: ExcelColumn[] = chart.columns.map((c) => ({
    key: c.key,
    heading: c.label,
    kind: c.numeric ? "number" : "text",
  }));
  return formatExcelCsv(
    { title: chart.title, url: pageUrl },
    columns,
    chart.rows() as unknown as Record<string, unknown>[],
  );
}
