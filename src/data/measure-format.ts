/**
 * Shared wording for measure rows on /cijfers/: a value with its qualifier ("bijna 6.000",
 * "ruim 40%"), and where we read it ("via nieuwsbericht"). Used by the charts and the components.
 */
import { formatNumber, formatPercent } from "../format/index.ts";
import type { Unit } from "./measures.ts";

/** The fields of a measure row this module reads. */
export interface MeasureValue {
  value: number | null;
  unit: Unit;
  qualifier: string | null;
  reported_in?: string;
}

/** Decimals needed to show a share as a percentage without rounding it: 0.083 → 1. */
export function percentDecimals(share: number): number {
  const pct = share * 100;
  for (let d = 0; d < 3; d++) {
    const scaled = pct * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) < 1e-6) return d;
  }
  return 2;
}

/** A value in nl-NL with its unit: 0.083 → "8,3%", 6000 → "6.000"; null → "". */
export function formatMeasureNumber(value: number | null, unit: Unit): string {
  if (value === null) return "";
  if (unit === "aandeel") return formatPercent(value, percentDecimals(value));
  return formatNumber(value);
}

/** A value with the word the source used: "bijna 6.000", "ruim 40%". */
export function formatMeasureValue(row: MeasureValue): string {
  const text = formatMeasureNumber(row.value, row.unit);
  return row.qualifier && text ? `${row.qualifier} ${text}` : text;
}

/** Where we read a figure, for tables and labels. */
export function reportedInLabel(reportedIn: string | undefined): string {
  switch (reportedIn) {
    case "nieuwsbericht":
      return "via een nieuwsbericht";
    case "citaat":
      return "via een citaat uit het rapport";
    default:
      return "uit de publicatie zelf";
  }
}

/** Unique source ids of a set of rows, in first-seen order. */
export function sourceIdsOf(rows: readonly { source: string[] }[]): string[] {
  return [...new Set(rows.flatMap((r) => r.source))];
}
