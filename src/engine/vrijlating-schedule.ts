/**
 * What comes next: the vrijlatingen of art. 31 lid 2 Participatiewet one after the other for a
 * person, from the month they are in (n for 6 months, then r for 30 months or y, z, aa, or none),
 * each with its first and last month number and the calendar months they fall in. The choice in
 * every phase is `chooseVrijlating`'s, with the rules and amounts of the month asked about (later
 * indexations are not known yet).
 */
import { halfYearStart, hasAowAge, toMonthStart } from "./period.ts";
import type { IsoDate, MonthInput, Parameters, VrijlatingKind } from "./types.ts";
import { chooseVrijlating } from "./vrijlating.ts";

/** One stretch of months with the same vrijlating (or none). */
export interface VrijlatingPhase {
  kind: VrijlatingKind | null;
  /** Month number since work started of the first month of this phase. */
  fromMonth: number;
  /** Month number of its last month; null when it does not end. */
  toMonth: number | null;
  /** First calendar month of the phase (`YYYY-MM-01`). */
  fromDate: IsoDate;
  /** Last calendar month, or null when it does not end. */
  toDate: IsoDate | null;
  ratePpm: number;
  maxCent: number;
  /** The vrijlating in plain Dutch, e.g. "alleenstaande ouder: 12,5% van … per maand". */
  label: string;
  article: string;
}

/** Adds months to a month start: ("2025-11-01", 3) → "2026-02-01". */
function shiftMonth(date: IsoDate, n: number): IsoDate {
  const m = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(m / 12)).padStart(4, "0")}-${String((m % 12) + 1).padStart(2, "0")}-01`;
}

/**
 * The vrijlatingen from the input's month on, in order: the current one first, then what follows
 * when it ends, until one without end (or none at all). Empty when the month cannot be resolved.
 */
export function planVrijlatingen(params: Parameters, input: MonthInput): VrijlatingPhase[] {
  const date = toMonthStart(input.date);
  if (date === null) return [];
  const period = halfYearStart(date);
  const aow = hasAowAge(params, input.age, date) === true;
  const phases: VrijlatingPhase[] = [];
  let month = input.month;
  // n → r/z/y → aa/none: at most four phases; the bound only guards against a loop.
  for (let guard = 0; guard < 8; guard++) {
    const { vrijlating: v, problems } = chooseVrijlating(
      params,
      { ...input, month },
      period,
      date,
      aow,
    );
    if (problems.length > 0) break;
    const toMonth = v.kind === null ? null : v.endsAfterMonth;
    phases.push({
      kind: v.kind,
      fromMonth: month,
      toMonth,
      fromDate: shiftMonth(date, month - input.month),
      toDate: toMonth === null ? null : shiftMonth(date, toMonth - input.month),
      ratePpm: v.ratePpm,
      maxCent: v.maxCent,
      label: v.label,
      article: v.article,
    });
    if (toMonth === null) break;
    month = toMonth + 1;
  }
  return phases;
}
