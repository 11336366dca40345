import { describe, expect, it } from "vitest";
import { params } from "../../tests/fixtures/engine.ts";
import {
  halfYearEnd,
  halfYearStart,
  hasAowAge,
  isCovered,
  ruleOn,
  toMonthStart,
} from "./period.ts";

describe("dates", () => {
  it("reads a month or a day and returns the first of the month", () => {
    expect(toMonthStart("2024-09")).toBe("2024-09-01");
    expect(toMonthStart("2024-02-29")).toBe("2024-02-01");
    expect(toMonthStart("2023-02-29")).toBeNull();
    expect(toMonthStart("2024-13")).toBeNull();
    expect(toMonthStart("<script>")).toBeNull();
  });
  it("finds the half year of a date", () => {
    expect(halfYearStart("2024-06-01")).toBe("2024-01-01");
    expect(halfYearStart("2024-07-01")).toBe("2024-07-01");
    expect(halfYearEnd("2026-01-01")).toBe("2026-06-30");
    expect(halfYearEnd("2025-07-01")).toBe("2025-12-31");
  });
  it("covers January 2015 to the end of the last half year in the data", () => {
    expect(params.periods[0]).toBe("2015-01-01");
    expect(isCovered(params, "2015-01-01")).toBe(true);
    expect(isCovered(params, params.lastDate)).toBe(true);
    expect(isCovered(params, "2014-12-01")).toBe(false);
  });
});

describe("rules by date", () => {
  it("switches the kostendeler age from 21 to 27 on 1 January 2023", () => {
    expect(ruleOn(params, "kostendeler-minimumleeftijd", "2022-12-01")?.value).toBe(21);
    expect(ruleOn(params, "kostendeler-minimumleeftijd", "2023-01-01")?.value).toBe(27);
  });
});

describe("AOW age (whole years)", () => {
  it("counts someone as AOW age only when the age in years has passed the AOW age", () => {
    expect(hasAowAge(params, 66, "2018-05-01")).toBe(true); // 2018: 66 jaar
    expect(hasAowAge(params, 66, "2019-05-01")).toBe(false); // 2019: 66 jaar en 4 maanden
    expect(hasAowAge(params, 67, "2019-05-01")).toBe(true);
    expect(hasAowAge(params, 66, "2024-05-01")).toBe(false); // 2024: 67 jaar
    expect(hasAowAge(params, 67, "2024-05-01")).toBe(true);
  });
});
