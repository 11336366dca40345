import { expect, test } from "vitest";
import { person, toeslagenParams } from "../../tests/fixtures/engine.ts";
import { calculateHouseholdCurve } from "./household.ts";

// One full household curve (own earnings € 0 – € 3.000 in € 10 steps) for every regime including
// the toeslagen: each regime on a date where it applies (toeslagen before 2024 are 'onbekend'), plus
// every regime that applies in 2026 for a couple with two children and an earning partner, where
// every scheme is computed. Target: a median below 2 ms for all of them together.
const params = toeslagenParams;
const ownDates = params.regimes.map((r) => ({
  id: r.id,
  date: (r.periods.at(-1)?.validFrom ?? "2026-01-01").slice(0, 7),
}));
const in2026 = params.regimes.filter((r) =>
  r.periods.some((p) => p.validFrom <= "2026-01-01" && (p.validTo ?? "9999") >= "2026-01-01"),
);

test("calculateHouseholdCurve: every regime incl. toeslagen, € 0–€ 3.000 in € 10 steps", async ({
  bench,
}) => {
  const result = await bench("every regime incl. toeslagen", () => {
    for (const c of ownDates)
      calculateHouseholdCurve(
        params,
        { ...person({ date: c.date, month: 3, leefvorm: "alleenstaande-ouder" }), kinderen: [4] },
        [c.id],
        0,
        300_000,
        1_000,
      );
    for (const r of in2026)
      calculateHouseholdCurve(
        params,
        {
          ...person({
            leefvorm: "samenwonend",
            partnerAge: 40,
            month: 3,
            partnerNettoCent: 80_000,
          }),
          kinderen: [3, 9],
        },
        [r.id],
        0,
        300_000,
        1_000,
      );
  }).run();
  console.log(
    `${ownDates.length} + ${in2026.length} curves: median ${result.latency.p50?.toFixed(3)} ms, mean ${result.latency.mean.toFixed(3)} ms`,
  );
  expect(result.latency.p50 ?? 0).toBeLessThan(40);
});
