import { describe, expect, it } from "vitest";
import { params, person } from "../../tests/fixtures/engine.ts";
import { planVrijlatingen } from "./vrijlating-schedule.ts";

// Expected values worked by hand from art. 31 lid 2 Participatiewet (2026 text):
// onderdeel n: 25% for at most 6 months; onderdeel r: 12,5% for at most 30 months after the n
// period, for an alleenstaande ouder with a child under 12; y: 15% without end; below 27 neither n
// nor r (lid 5). Month numbers count on by one per calendar month.

describe("planVrijlatingen", () => {
  it("single parent, month 1 in January 2026: n months 1–6, r months 7–36, then none", () => {
    const phases = planVrijlatingen(
      params,
      person({ leefvorm: "alleenstaande-ouder", childUnder12: true, month: 1 }),
    );
    expect(phases.map((p) => [p.kind, p.fromMonth, p.toMonth])).toEqual([
      ["n", 1, 6],
      ["r", 7, 36],
      [null, 37, null],
    ]);
    // Month 1 is January 2026, so month 6 is June 2026, month 7 July 2026, month 36 December 2028.
    expect(phases.map((p) => [p.fromDate, p.toDate])).toEqual([
      ["2026-01-01", "2026-06-01"],
      ["2026-07-01", "2028-12-01"],
      ["2029-01-01", null],
    ]);
    expect(phases[0]?.ratePpm).toBe(250_000);
    expect(phases[1]?.ratePpm).toBe(125_000);
  });
  it("single person in month 4: two more months of n, then none", () => {
    const phases = planVrijlatingen(params, person({ month: 4 }));
    expect(phases.map((p) => [p.kind, p.fromMonth, p.toMonth])).toEqual([
      ["n", 4, 6],
      [null, 7, null],
    ]);
  });
  it("medische urenbeperking: after n, y without end", () => {
    const phases = planVrijlatingen(params, person({ urenbeperking: true, month: 2 }));
    expect(phases.map((p) => [p.kind, p.fromMonth, p.toMonth])).toEqual([
      ["n", 2, 6],
      ["y", 7, null],
    ]);
    expect(phases[1]?.ratePpm).toBe(150_000);
  });
  it("below 27: no vrijlating at all", () => {
    const phases = planVrijlatingen(params, person({ age: 24 }));
    expect(phases.map((p) => [p.kind, p.fromMonth, p.toMonth])).toEqual([[null, 1, null]]);
  });
});
