import { describe, expect, test } from "vitest";
import { params } from "../../tests/fixtures/engine.ts";
import { coveredMonths, currentMonth, monthToOpen } from "./coverage.ts";

describe("coverage", () => {
  const { first, last } = coveredMonths(params);

  test("the covered months come from the data: the first and last half year in data/", () => {
    expect(first).toBe(params.periods[0]?.slice(0, 7));
    // The last half year starts on 1 January or 1 July; its last month is June or December.
    const lastPeriod = params.periods.at(-1) ?? "";
    expect(last).toBe(`${lastPeriod.slice(0, 4)}-${lastPeriod.slice(5, 7) === "01" ? "06" : "12"}`);
  });

  test("a month the data covers opens as it is, without a note", () => {
    expect(monthToOpen(params, last)).toEqual({ month: last, note: null });
    expect(monthToOpen(params, first)).toEqual({ month: first, note: null });
  });

  test("after the data, the last covered month opens and the note names it in words", () => {
    const later = `${Number(last.slice(0, 4)) + 1}-03`;
    const { month, note } = monthToOpen(params, later);
    expect(month).toBe(last);
    expect(note).toMatch(
      /^Bedragen na \S+ \d{4} hebben we nog niet gevonden; u rekent met \S+ \d{4}\.$/,
    );
    expect(note).toContain(last.slice(0, 4));
  });

  test("the current month is read from the clock as YYYY-MM", () => {
    expect(currentMonth(new Date(2027, 0, 15))).toBe("2027-01");
    expect(currentMonth(new Date(2026, 11, 3))).toBe("2026-12");
  });
});
