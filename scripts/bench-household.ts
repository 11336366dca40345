/**
 * The household-curve measurement of issue 13 in plain Node (no test runner in between): the
 * 11 + 3 curves of src/engine/household.bench.ts, timed per round after a warm-up. Prints the
 * median and spread of a round, with gross-ups kept (a household seen before) and all new (its first
 * curve). A measurement, not a test:
 * `node --experimental-transform-types scripts/bench-household.ts [rounds]`.
 */
import { performance } from "node:perf_hooks";
import { calculateHouseholdCurve } from "../src/engine/household.ts";
import { toeslagenParams as params, person } from "../tests/fixtures/engine.ts";

const rounds = Number(process.argv[2] ?? 300);
const ownDates = params.regimes.map((r) => ({
  id: r.id,
  date: (r.periods.at(-1)?.validFrom ?? "2026-01-01").slice(0, 7),
}));
const in2026 = params.regimes.filter((r) =>
  r.periods.some((p) => p.validFrom <= "2026-01-01" && (p.validTo ?? "9999") >= "2026-01-01"),
);
const single = (date: string) => ({
  ...person({ date, month: 3, leefvorm: "alleenstaande-ouder" }),
  kinderen: [4],
});
const couple = {
  ...person({ leefvorm: "samenwonend", partnerAge: 40, month: 3, partnerNettoCent: 80_000 }),
  kinderen: [3, 9],
};

function curves(offsetCent: number) {
  for (const c of ownDates)
    calculateHouseholdCurve(params, single(c.date), [c.id], offsetCent, 300_000, 1_000);
  for (const r of in2026)
    calculateHouseholdCurve(params, couple, [r.id], offsetCent, 300_000, 1_000);
}

function measure(label: string, offsetOf: (i: number) => number) {
  for (let i = 0; i < 30; i++) curves(offsetOf(i));
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    curves(offsetOf(i + 30));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => (times[Math.floor(p * (times.length - 1))] ?? 0).toFixed(2);
  console.log(
    `${label}: ${ownDates.length} + ${in2026.length} curves, median ${q(0.5)} ms (p10 ${q(0.1)}, p90 ${q(0.9)}) over ${rounds} rounds`,
  );
}

measure("gross-ups kept", () => 0);
measure("every gross-up new", (i) => (i % 999) + 1);
