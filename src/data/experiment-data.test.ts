/**
 * Cross-file checks on the experiment data: every reference between the files resolves, derived
 * numbers are what their two published shares give, calculator links point at existing regimes,
 * and the CPB 2022 counts are complete for the six experiments under the Tijdelijk besluit.
 */
import { describe, expect, test } from "vitest";
import { dataset as armen } from "./datasets/experiment-armen.ts";
import { dataset as deelnemers } from "./datasets/experiment-deelnemers.ts";
import { dataset as effecten } from "./datasets/experiment-effecten.ts";
import { dataset as tijdlijn } from "./datasets/experiment-tijdlijn.ts";
import { dataset as experimenten } from "./datasets/experimenten.ts";
import { dataset as regelingen } from "./datasets/regelingen.ts";

const experiments = experimenten.loadRows();
const ids = new Set(experiments.map((e) => e.id));

/** The pages the issue asks for: one per experiment. */
const REQUIRED = [
  "groningen",
  "tilburg",
  "utrecht",
  "wageningen",
  "deventer",
  "nijmegen",
  "amsterdam",
  "oss",
  "rotterdam",
  "finland",
];

describe("experimenten.csv", () => {
  test("has every required experiment exactly once", () => {
    expect([...ids].sort()).toEqual([...REQUIRED].sort());
    expect(ids.size).toBe(experiments.length);
  });

  test("periods run forward", () => {
    for (const e of experiments) {
      if (e.start_date && e.end_date) expect(e.start_date < e.end_date, e.id).toBe(true);
    }
  });

  test("the six experiments under the decree are randomised", () => {
    const decree = experiments.filter((e) => e.framework === "tijdelijk-besluit");
    expect(decree.map((e) => e.id).sort()).toEqual([
      "deventer",
      "groningen",
      "nijmegen",
      "tilburg",
      "utrecht",
      "wageningen",
    ]);
    for (const e of decree) expect(e.design, e.id).toBe("gerandomiseerd");
  });
});

describe("experiment-armen.csv", () => {
  const rows = armen.loadRows();

  test("every arm belongs to a known experiment and is unique within it", () => {
    const seen = new Set<string>();
    for (const r of rows) {
      expect(ids.has(r.experiment), r.experiment).toBe(true);
      const key = `${r.experiment}/${r.arm}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  test("every experiment has arms, and every experiment but Oss's unclear design has a comparison group", () => {
    for (const id of ids) {
      const arms = rows.filter((r) => r.experiment === id);
      expect(arms.length, id).toBeGreaterThan(0);
      expect(
        arms.some((a) => a.arm_type === "controle"),
        id,
      ).toBe(true);
    }
  });

  test("calculator links point at regimes that exist in regelingen.csv", () => {
    const regimes = new Set(regelingen.loadRows().map((r) => r.regeling));
    for (const r of rows)
      if (r.regeling)
        expect(regimes.has(r.regeling), `${r.experiment}/${r.arm}: ${r.regeling}`).toBe(true);
  });

  test("only arms with an extra vrijlating or premie link to the calculator", () => {
    for (const r of rows) {
      if (!r.regeling) continue;
      const parts = [r.arm_type, ...(r.components?.split(";") ?? [])];
      expect(
        parts.includes("vrijlating") || parts.includes("premie"),
        `${r.experiment}/${r.arm}`,
      ).toBe(true);
    }
  });

  test("Deventer had no bijverdien arm, so no calculator link", () => {
    expect(rows.filter((r) => r.experiment === "deventer" && r.regeling)).toEqual([]);
  });
});

describe("experiment-deelnemers.csv", () => {
  const rows = deelnemers.loadRows();

  test("every count belongs to a known experiment", () => {
    for (const r of rows) expect(ids.has(r.experiment), r.experiment).toBe(true);
  });

  test("CPB 2022 gives invited and participants for each of the six experiments", () => {
    const decree = experiments.filter((e) => e.framework === "tijdelijk-besluit").map((e) => e.id);
    for (const id of decree) {
      const cpb = rows.filter((r) => r.experiment === id && r.cpb_2022 && r.group === "totaal");
      const invited = cpb.find((r) => r.measure === "uitgenodigd");
      const took = cpb.find((r) => r.measure === "deelnemers");
      expect(invited, `${id} uitgenodigd`).toBeDefined();
      expect(took, `${id} deelnemers`).toBeDefined();
      expect(took?.count ?? 0, id).toBeLessThanOrEqual(invited?.count ?? 0);
    }
  });
});

describe("experiment-effecten.csv", () => {
  const rows = effecten.loadRows();

  test("ids are unique and every row names known experiments", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows)
      for (const id of r.experiments.split(";")) expect(ids.has(id), `${r.id}: ${id}`).toBe(true);
  });

  test("every effect has a direction; a number has a unit", () => {
    for (const r of rows) {
      if (r.kind === "effect") expect(r.direction, r.id).not.toBeNull();
      if (r.value !== null) expect(r.unit, r.id).not.toBeNull();
      if (r.value_high !== null)
        expect(r.value_high, r.id).toBeGreaterThan(r.value ?? Number.POSITIVE_INFINITY * -1);
    }
  });

  test("an interval, where given, is complete and holds the value", () => {
    for (const r of rows) {
      expect(r.ci_low === null, r.id).toBe(r.ci_high === null);
      if (r.ci_low !== null && r.ci_high !== null && r.value !== null) {
        expect(r.ci_low, r.id).toBeLessThanOrEqual(r.value);
        expect(r.ci_high, r.id).toBeGreaterThanOrEqual(r.value);
      }
    }
  });

  test("group values come in pairs of the same outcome and design", () => {
    const pairs = new Map<string, typeof rows>();
    for (const r of rows.filter((x) => x.kind === "groep")) {
      expect(r.pair, r.id).not.toBeNull();
      pairs.set(r.pair ?? "", [...(pairs.get(r.pair ?? "") ?? []), r]);
    }
    for (const [pair, members] of pairs) {
      expect(members.length, pair).toBe(2);
      expect(members[0]?.outcome, pair).toBe(members[1]?.outcome);
      expect(members[0]?.design, pair).toBe(members[1]?.design);
    }
  });

  test("every derived difference equals its two published shares", () => {
    const derived = rows.filter((r) => r.kind === "effect" && r.derived);
    expect(derived.length).toBeGreaterThan(0);
    for (const d of derived) {
      const shares = rows.filter(
        (r) => r.kind === "groep" && r.experiments === d.experiments && r.outcome === d.outcome,
      );
      expect(shares.length, d.id).toBe(2);
      const [treated, compared] = shares;
      const diff = Math.round(((treated?.value ?? 0) - (compared?.value ?? 0)) * 1000) / 10;
      expect(d.unit, d.id).toBe("procentpunt");
      expect(d.value, d.id).toBe(diff);
    }
  });

  test("the CPB 2022 Utrecht follow-up is 24% against 15%, as the CPB reports", () => {
    const utrecht = rows.filter((r) => r.pair === "utrecht-12u").map((r) => r.value);
    expect(utrecht).toEqual([0.24, 0.15]);
  });

  test("every experiment has at least one reported outcome", () => {
    for (const id of ids)
      expect(
        rows.some((r) => r.experiments.split(";").includes(id)),
        id,
      ).toBe(true);
  });
});

describe("experiment-tijdlijn.csv", () => {
  const rows = tijdlijn.loadRows();

  test("events are in date order and name known experiments", () => {
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    for (const r of rows) if (r.experiment) expect(ids.has(r.experiment), r.experiment).toBe(true);
  });

  test("runs from the calls of 2015 to the results of 2020 and after", () => {
    expect(rows.some((r) => r.phase === "oproep" && r.date.startsWith("2015"))).toBe(true);
    expect(rows.some((r) => r.phase === "besluit" && r.date.startsWith("2017"))).toBe(true);
    expect(rows.some((r) => r.phase === "uitkomst" && r.date.startsWith("2020"))).toBe(true);
    expect(rows.some((r) => r.phase === "vervolg" && r.date >= "2021")).toBe(true);
  });
});
