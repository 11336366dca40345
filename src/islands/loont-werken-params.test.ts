import { describe, expect, it } from "vitest";
import { toeslagenParams as params } from "../../tests/fixtures/engine.ts";
import {
  loontWerkenDefaults,
  parseLoontWerkenForm,
  readLoontWerkenQuery,
  writeLoontWerkenQuery,
} from "./loont-werken-params.ts";
import { buildLoontWerkenView } from "./loont-werken-view.ts";

const parse = (search: string) =>
  parseLoontWerkenForm(params, readLoontWerkenQuery(params, search));

describe("loont-werken permalink", () => {
  it("fills missing parameters with defaults: 20 hours, the minimum wage", () => {
    expect(readLoontWerkenQuery(params, "?uren=12")).toEqual({
      ...loontWerkenDefaults(params),
      uren: "12",
    });
    expect(loontWerkenDefaults(params).uurloon).toBe("");
  });

  it("round-trips in the fixed order and leaves out what does not apply", () => {
    const q =
      "datum=2025-03&leefvorm=alleenstaande-ouder&leeftijd=33&huisgenoten=24,58&maand=9&kind=ja&urenbeperking=nee&regeling=landelijk&uren=24&uurloon=15,50";
    expect(writeLoontWerkenQuery(readLoontWerkenQuery(params, `?${q}&netto=900`))).toBe(q);
    const noWage = writeLoontWerkenQuery(readLoontWerkenQuery(params, "?datum=2026-01&uren=8"));
    expect(noWage).not.toContain("uurloon");
    expect(noWage).not.toContain("netto");
  });

  it("parses hours and an hourly wage; empty wage means the minimum wage", () => {
    const p = parse("?datum=2026-01&leeftijd=35&uren=24&uurloon=15,50");
    expect(p.ok && p.input.uren).toBe(24);
    expect(p.ok && p.input.uurloonCent).toBe(1_550);
    const m = parse("?datum=2026-01&leeftijd=35&uren=0");
    expect(m.ok && m.input.uurloonCent).toBeNull();
  });

  it("gives Dutch messages at the fields for bad hours and wages", () => {
    for (const uren of ["41", "-1", "12,5", "", "<b>"]) {
      const p = parse(`?datum=2026-01&uren=${encodeURIComponent(uren)}`);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.errors.uren).toMatch(/Vul het aantal uren per week in/);
    }
    for (const uurloon of ["0", "abc", "2000"]) {
      const p = parse(`?datum=2026-01&uren=10&uurloon=${uurloon}`);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.errors.uurloon).toBeTruthy();
    }
    const bad = parse("?datum=2026-01&leeftijd=12&uren=10");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.leeftijd).toBeTruthy();
  });
});

describe("loont-werken view", () => {
  it("shows the household income at the chosen hours and the minimum wage with its source", () => {
    const p = parse("?datum=2026-01&leeftijd=35&uren=20");
    if (!p.ok) throw new Error("does not parse");
    const r = buildLoontWerkenView(params, p.input);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const v = r.view;
    expect(v.outputs.uurloon).toBe("€\u00a014,71");
    expect(v.outputs.bruto).toBe("€\u00a01.274,87");
    expect(v.uurloonHint).toMatch(/minimumloon voor 21 jaar en ouder/);
    expect(v.uurloonSource?.id).toBe("admintrend-2025-10-minimumuurloon-2026-01");
    expect(v.table.rows).toHaveLength(41);
    expect(v.table.rows[20]?.[0]).toBe("20 (u)");
    expect(v.summary.join(" ")).toMatch(/Van 20 naar 28 uur per week houdt uw huishouden/);
    expect(v.summary.join(" ")).toMatch(/krijgt u geen bijstand meer/);
    expect(v.incomeSvg).toContain('role="img"');
    expect(`${v.summary.join(" ")} ${v.notes.join(" ")}`).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("shows no amounts where the minimum wage or the year's rules are unknown", () => {
    // The youth amounts of 1 July 2026 were not found: the reader must give a wage.
    const young = parse("?datum=2026-08&leeftijd=19&uren=20");
    if (!young.ok) throw new Error("does not parse");
    const r = buildLoontWerkenView(params, young.input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.uurloon).toMatch(/niet gevonden/);
    const withWage = parse("?datum=2026-08&leeftijd=19&uren=20&uurloon=10");
    if (!withWage.ok) throw new Error("does not parse");
    expect(buildLoontWerkenView(params, withWage.input).ok).toBe(true);
    // Beyond the data: the month itself is refused.
    expect(parse("?datum=2027-01&uren=20").ok).toBe(false);
  });
});
