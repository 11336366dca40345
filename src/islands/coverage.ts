/**
 * Up to which month the calculators can compute, from the data (`Parameters.lastDate`), and which
 * month they open on: the reader's current month when the data covers it, otherwise the last month
 * covered, with a note that says so. Pure, apart from `showCoverageNote`.
 */
import type { Parameters } from "../engine/index.ts";
import { formatDate } from "../format/index.ts";

/** The reader's month as `YYYY-MM` (from the browser's clock). */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** The first and last month (`YYYY-MM`) the data covers. */
export function coveredMonths(params: Parameters): { first: string; last: string } {
  return { first: (params.periods[0] ?? "").slice(0, 7), last: params.lastDate.slice(0, 7) };
}

/** The month a calculator opens on for a reader in `today` (`YYYY-MM`), and the note to show. */
export function monthToOpen(
  params: Parameters,
  today: string,
): { month: string; note: string | null } {
  const { first, last } = coveredMonths(params);
  if (today > last) {
    const words = formatDate(last);
    return {
      month: last,
      note: `Bedragen na ${words} hebben we nog niet gevonden; u rekent met ${words}.`,
    };
  }
  if (today < first) return { month: first, note: null };
  return { month: today, note: null };
}

/** Fills and shows the page's `[data-coverage]` note when the current month is not covered. */
export function showCoverageNote(root: HTMLElement, params: Parameters, today: string): void {
  const el = root.querySelector<HTMLElement>("[data-coverage]");
  const { note } = monthToOpen(params, today);
  if (!el || !note) return;
  el.textContent = note;
  el.hidden = false;
}
