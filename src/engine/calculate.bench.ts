import { expect, test } from "vitest";
import { params, person } from "../../tests/fixtures/engine.ts";
import { calculateCurve } from "./calculate.ts";

// One full earnings curve (€ 0 – € 3.000 in € 10 steps) for every regime, each on a date where it
// applies. Target: a median below 2 ms for all of them together.
const cases = params.regimes.map((r) => ({
  id: r.id,
  date: (r.periods[0]?.validFrom ?? "2026-01-01").slice(0, 7),
}));

test("calculateCurve: every regime, € 0–€ 3.000 in € 10 steps", async ({ bench }) => {
  const result = await bench("every regime, € 0–€ 3.000 in € 10 steps", () => {
    for (const c of cases)
      calculateCurve(params, person({ date: c.date, month: 3 }), [c.id], 0, 300_000, 1_000);
  }).run();
  console.log(
    `median ${result.latency.p50?.toFixed(3)} ms, mean ${result.latency.mean.toFixed(3)} ms`,
  );
  expect(result.latency.p50 ?? 0).toBeLessThan(20);
});
