import { describe, expect, it } from "vitest";
import { ok, params, person } from "../../tests/fixtures/engine.ts";
import { calculateMonth } from "./calculate.ts";
import type { MonthInput } from "./types.ts";

const month = (input: Partial<MonthInput>) => ok(calculateMonth(params, person(input)));

describe("Amsterdam bijverdienpremie (art. 31 lid 2 j): 30%, at most € 219, June and November", () => {
  it("30% of the earnings on top of the usual settlement", () => {
    const r = month({ date: "2022-03", regime: "amsterdam", nettoCent: 50_000, month: 10 });
    expect(r.premieCent).toBe(15_000);
    expect(r.uitkeringCent).toBe(r.normExclVtCent - 50_000); // month 10: no vrijlating left
    expect(r.totaalCent).toBe(50_000 + r.uitkeringCent + 15_000);
    expect(r.premiePayoutMonths).toEqual([6, 11]);
  });
  it("is capped at € 219 a month", () => {
    expect(
      month({ date: "2022-03", regime: "amsterdam", nettoCent: 90_000, month: 10 }).premieCent,
    ).toBe(21_900);
  });
  it("comes next to the vrijlating n in the first 6 months", () => {
    const r = month({ date: "2022-03", regime: "amsterdam", nettoCent: 40_000, month: 2 });
    expect(r.vrijlatingCent).toBe(10_000);
    expect(r.premieCent).toBe(12_000);
  });
  it("is not paid below 27 or without bijstand", () => {
    expect(
      month({ date: "2022-03", regime: "amsterdam", age: 25, nettoCent: 40_000 }).premieCent,
    ).toBe(0);
    expect(month({ date: "2022-03", regime: "amsterdam", nettoCent: 200_000 }).premieCent).toBe(0);
  });
  it("is not available outside its period", () => {
    const r = calculateMonth(params, person({ date: "2024-03", regime: "amsterdam" }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.field).toBe("regeling");
  });
});

describe("Amsterdam experiment: premie of 50%, at most € 200 (1-2-2018 to 1-3-2021)", () => {
  it("half the earnings up to € 200", () => {
    expect(
      month({ date: "2019-05", regime: "amsterdam-experiment", nettoCent: 30_000, month: 9 })
        .premieCent,
    ).toBe(15_000);
    expect(
      month({ date: "2019-05", regime: "amsterdam-experiment", nettoCent: 60_000, month: 9 })
        .premieCent,
    ).toBe(20_000);
    expect(
      calculateMonth(params, person({ date: "2021-03", regime: "amsterdam-experiment" })).ok,
    ).toBe(false);
    expect(
      calculateMonth(params, person({ date: "2018-01", regime: "amsterdam-experiment" })).ok,
    ).toBe(false);
  });
});

describe("Wageningen premieregeling: 25%, at most € 215, 27+ (1-10-2020 to 1-10-2022)", () => {
  it("applies from 27", () => {
    expect(
      month({ date: "2021-05", regime: "wageningen", nettoCent: 46_000, month: 9 }).premieCent,
    ).toBe(11_500);
    expect(
      month({ date: "2021-05", regime: "wageningen", nettoCent: 100_000, month: 9 }).premieCent,
    ).toBe(21_500);
  });
  it("ends on 30 September 2022", () => {
    expect(calculateMonth(params, person({ date: "2022-10", regime: "wageningen" })).ok).toBe(
      false,
    );
  });
});

describe("experiment arms: extra vrijlating of 50%", () => {
  it("Groningen: 50% up to € 199 for the whole experiment, not only 6 months", () => {
    const r = month({
      date: "2018-09",
      regime: "experiment-groningen",
      nettoCent: 30_000,
      month: 15,
    });
    expect(r.vrijlatingCent).toBe(15_000);
    expect(
      month({ date: "2018-09", regime: "experiment-groningen", nettoCent: 60_000, month: 15 })
        .vrijlatingCent,
    ).toBe(19_900);
  });
  it("never gives less than the national vrijlating", () => {
    // 2019-07: national n maximum € 211 is above Groningen's € 199.
    expect(
      month({ date: "2019-07", regime: "experiment-groningen", nettoCent: 100_000, month: 2 })
        .vrijlatingCent,
    ).toBe(21_100);
  });
  it("Utrecht: € 202, Wageningen: € 200", () => {
    expect(
      month({ date: "2019-01", regime: "experiment-utrecht", nettoCent: 80_000, month: 12 })
        .vrijlatingCent,
    ).toBe(20_200);
    expect(
      month({ date: "2019-01", regime: "experiment-wageningen", nettoCent: 80_000, month: 12 })
        .vrijlatingCent,
    ).toBe(20_000);
  });
  it("Tilburg and Nijmegen cannot be calculated: the percentage is unknown", () => {
    for (const regime of ["experiment-tilburg", "experiment-nijmegen"]) {
      const r = calculateMonth(params, person({ date: "2019-01", regime }));
      expect(r.ok).toBe(false);
    }
  });
});
