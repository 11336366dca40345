/**
 * Dates and periods. The law's amounts change on 1 January and 1 July; rules change on any date.
 * Dates are civil dates `YYYY-MM-DD`, compared as strings.
 */
import type { IsoDate, Parameters, RuleId, RuleValue } from "./types.ts";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/** Turns `YYYY-MM` or `YYYY-MM-DD` into the first day of that month, or null when malformed. */
export function toMonthStart(text: string): IsoDate | null {
  const m = MONTH.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(mo) - 1) return null;
  }
  return `${y}-${mo}-01`;
}

/** The start of the half-year period that contains a date: 2024-09-01 → 2024-07-01. */
export function halfYearStart(date: IsoDate): IsoDate {
  const year = date.slice(0, 4);
  return Number(date.slice(5, 7)) >= 7 ? `${year}-07-01` : `${year}-01-01`;
}

/** The last day of the half year that starts on a date: 2026-01-01 → 2026-06-30. */
export function halfYearEnd(start: IsoDate): IsoDate {
  const year = start.slice(0, 4);
  return start.slice(5, 7) === "07" ? `${year}-12-31` : `${year}-06-30`;
}

/** The value of a rule on a date: the last value that started on or before it. */
export function ruleOn(params: Parameters, rule: RuleId, date: IsoDate): RuleValue | undefined {
  let found: RuleValue | undefined;
  for (const v of params.rules[rule] ?? []) {
    if (v.validFrom <= date) found = v;
    else break;
  }
  return found;
}

/** The value of a rule that must exist on a date; throws when the parameters lack it. */
export function requireRule(params: Parameters, rule: RuleId, date: IsoDate): number {
  const v = ruleOn(params, rule, date);
  if (!v) throw new Error(`the parameters have no value for rule "${rule}" on ${date}`);
  return v.value;
}

/** Whether a date lies within the data: from the first period to the last covered day. */
export function isCovered(params: Parameters, date: IsoDate): boolean {
  const first = params.periods[0];
  return first !== undefined && date >= first && date <= params.lastDate;
}

/** Whether a person of this age (whole years) has reached the AOW age of that year, or null if unknown. */
export function hasAowAge(params: Parameters, age: number, date: IsoDate): boolean | null {
  const aow = params.aowAge[date.slice(0, 4)];
  if (!aow) return null;
  // Ages are whole years: someone of 66 has reached 66 + 4 months only in part of that year. We
  // count them as AOW age only once their age in years is at least the AOW age rounded up.
  return age >= aow.years + (aow.months > 0 ? 1 : 0);
}
