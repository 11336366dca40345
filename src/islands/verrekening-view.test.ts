import { describe, expect, it } from "vitest";
import { toeslagenParams as params, person } from "../../tests/fixtures/engine.ts";
import { buildTimelineView } from "./verrekening-view.ts";

const {
  date: _d,
  month: _m,
  nettoCent: _n,
  ...mother
} = person({
  leefvorm: "alleenstaande-ouder",
  childUnder12: true,
});
const base = {
  person: mother,
  startDate: "2026-01",
  startMonth: 1,
  earningsCent: [0, 0, 80_000, 120_000, 200_000, 250_000],
  method: "achteraf" as const,
};
const notes = (household: { kinderen?: number[]; huurCent?: number }) => {
  const r = buildTimelineView(params, { ...base, household });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.view.toeslagen?.notes ?? [];
};

describe("the toeslagen over the year say what the form leaves out", () => {
  it("without rent or children's ages: no huurtoeslag, no kindgebonden budget, and it says so", () => {
    const n = notes({});
    expect(n).toContain("U vulde geen huur in: huurtoeslag rekenen we niet.");
    expect(n.some((x) => x.includes("geen leeftijden van kinderen"))).toBe(true);
  });
  it("with rent and children: no such note", () => {
    const n = notes({ kinderen: [4], huurCent: 65_000 });
    expect(n.some((x) => x.startsWith("U vulde geen"))).toBe(false);
  });
});
