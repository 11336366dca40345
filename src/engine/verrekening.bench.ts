import { expect, test } from "vitest";
import { params } from "../../tests/fixtures/engine.ts";
import { SETTLEMENT_METHODS, simulateTimeline, type TimelineInput } from "./verrekening.ts";

// A 36-month timeline (July 2023 – June 2026: six indexations, the end of the vrijlating) with
// varying earnings, once per settlement method. Target: a median below 1 ms per timeline.
const earningsCent = Array.from({ length: 36 }, (_, i) => [0, 45_000, 61_250, 120_000][i % 4] ?? 0);
const base: Omit<TimelineInput, "method"> = {
  person: {
    leefvorm: "alleenstaand",
    age: 35,
    partnerAge: null,
    housemates: [],
    childUnder12: false,
    urenbeperking: false,
    regime: "landelijk",
  },
  startDate: "2023-07",
  startMonth: 1,
  earningsCent,
  estimateCent: 50_000,
};

for (const method of SETTLEMENT_METHODS) {
  test(`simulateTimeline: 36 months, ${method}`, async ({ bench }) => {
    const result = await bench(`36 months, ${method}`, () => {
      const r = simulateTimeline(params, { ...base, method });
      if (!r.ok) throw new Error("timeline failed");
    }).run();
    console.log(
      `${method}: median ${result.latency.p50?.toFixed(3)} ms, mean ${result.latency.mean.toFixed(3)} ms`,
    );
    expect(result.latency.p50 ?? 0).toBeLessThan(10);
  });
}
