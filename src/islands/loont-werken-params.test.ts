import { describe, expect, it } from "vitest";
import { toeslagenParams as params } from "../../tests/fixtures/engine.ts";
import { calculateHousehold } from "../engine/index.ts";
import { parseAmount } from "../format/parse-amount.ts";
import {
  loontWerkenDefaults,
  parseLoontWerkenForm,
  readLoontWerkenQuery,
  writeLoontWerkenQuery,
} from "./loont-werken-params.ts";
import { buildLoontWerkenView, WAGE_HINT_UNKNOWN, wageHintFor } from "./loont-werken-view.ts";
import { parseForm, readQuery } from "./rekenhulp-params.ts";

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

// The person of an existing link (made before the household fields), and a household of issue 14.
const OLD =
  "datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=33&maand=1&kind=ja&urenbeperking=nee&regeling=landelijk&uren=20";
const COUPLE =
  "datum=2026-01&leefvorm=samenwonend&leeftijd=33&partnerleeftijd=35&maand=1&kind=nee&urenbeperking=nee&regeling=landelijk&uren=20&partnernetto=800&kinderen=4,9&huur=650";

describe("loont-werken permalink: the household's fields of /rekenhulp/ (issue 14)", () => {
  it("reads them and writes them last, in the order of /rekenhulp/", () => {
    const v = readLoontWerkenQuery(params, `?${COUPLE}`);
    expect(v).toMatchObject({ partnernetto: "800", kinderen: "4,9", huur: "650" });
    expect(writeLoontWerkenQuery(v)).toBe(COUPLE);
  });

  it("writes them only when filled in; the partner's earnings only for a couple", () => {
    expect(writeLoontWerkenQuery(readLoontWerkenQuery(params, `?${OLD}`))).toBe(OLD);
    expect(
      writeLoontWerkenQuery(
        readLoontWerkenQuery(params, `?${OLD}&partnernetto=&kinderen=%20&huur=`),
      ),
    ).toBe(OLD);
    const single = writeLoontWerkenQuery(
      readLoontWerkenQuery(params, `?${OLD}&partnernetto=800&kinderen=4`),
    );
    expect(single).toBe(`${OLD}&kinderen=4`);
  });

  it("gives the engine the children, the rent and the partner's earnings", () => {
    const p = parse(`?${COUPLE}`);
    expect(p).toMatchObject({
      ok: true,
      input: {
        household: { kinderen: [4, 9], huurCent: 65_000, partnerNettoCent: 80_000, nettoCent: 0 },
        uren: 20,
      },
    });
    // kind follows from the ages, as on /rekenhulp/: a child of 4 for an alleenstaande ouder.
    const mother = parse(`?${OLD.replace("kind=ja", "kind=nee")}&kinderen=4`);
    expect(mother.ok && mother.input.household.childUnder12).toBe(true);
  });

  it("an existing link gives the same input as before: none of the household's fields", () => {
    const p = parse(`?${OLD}`);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    for (const key of ["kinderen", "huurCent", "partnerNettoCent"])
      expect(Object.keys(p.input.household)).not.toContain(key);
    expect(p.input.household.childUnder12).toBe(true);
  });

  it("gives the same Dutch message at the field as /rekenhulp/ for bad household fields", () => {
    const cases = [
      ["kinderen", "abc"],
      ["kinderen", "4,18"],
      ["huur", "veel"],
      ["huur", "9000"],
    ] as const;
    for (const [field, value] of cases) {
      const q = `?datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=33&${field}=${value}`;
      const p = parse(`${q}&uren=20`);
      const r = parseForm(params, readQuery(params, `${q}&netto=0`));
      expect(p.ok).toBe(false);
      expect(r.ok).toBe(false);
      if (p.ok || r.ok) continue;
      expect(p.errors[field]).toBeTruthy();
      expect(p.errors[field]).toBe(r.errors[field]);
      expect(p.errors[field]).not.toMatch(/NaN|undefined|</);
    }
    const couple = parse(`?${COUPLE.replace("partnernetto=800", "partnernetto=%3Cb%3E")}`);
    expect(couple.ok).toBe(false);
    if (!couple.ok) expect(couple.errors.partnernetto).toBeTruthy();
  });
});

/** Cents of a formatted amount ("€ 1.274,87"). */
function cents(text: string | undefined): number {
  const a = parseAmount((text ?? "").replace(/[€\s\u00a0]/g, ""));
  if (!a.ok) throw new Error(`not an amount: ${text}`);
  return a.cents;
}

describe("loont-werken view with the household", () => {
  const view = (search: string) => {
    const p = parse(search);
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    const r = buildLoontWerkenView(params, p.input);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return { input: p.input, view: r.view };
  };

  it("has a column per scheme, and every row adds up to the household income", () => {
    const { view: v } = view(`?${COUPLE}`);
    for (const h of [
      "Netto loon partner",
      "Zorgtoeslag",
      "Huurtoeslag",
      "Kindgebonden budget",
      "Kinderbijslag",
    ])
      expect(v.table.head).toContain(h);
    const total = v.table.head.indexOf("Huishoudinkomen");
    const parts = ["Netto loon", "Netto loon partner", "Bijstand", "Premie"]
      .concat(["Zorgtoeslag", "Huurtoeslag", "Kindgebonden budget", "Kinderbijslag"])
      .map((h) => v.table.head.indexOf(h))
      .filter((i) => i >= 0);
    for (const row of v.table.rows)
      expect(parts.reduce((sum, i) => sum + cents(row[i]), 0)).toBe(cents(row[total]));
    expect(v.outputs.huishoudinkomen).toBe(v.table.rows[20]?.[total]);
    expect(v.notes.join(" ")).toMatch(/Uw partner verdient in deze berekening €\s800,00 netto/);
  });

  it("the household income at the chosen hours is that of the household engine", () => {
    const { input, view: v } = view(`?${COUPLE}`);
    const netto = cents(v.outputs.netto);
    const h = calculateHousehold(params, { ...input.household, nettoCent: netto });
    if (!h.ok) throw new Error("household fails");
    expect(cents(v.outputs.huishoudinkomen)).toBe(h.huishoudinkomenCent);
  });

  it("says next to the result what is left out, and why", () => {
    const old = view(`?${OLD}`).view;
    expect(old.leftOut).toMatch(/geen huur in, dus de huurtoeslag is niet meegerekend/);
    expect(old.leftOut).toMatch(/geen leeftijden van kinderen in/);
    expect(old.table.head).not.toContain("Kinderbijslag");
    const all = view(`?${OLD}&kinderen=4&huur=650`).view;
    expect(all.leftOut).toBe("");
    // With a housemate the huurtoeslag is unknown: the rest is shown, the reason said.
    const housemate = view(`?${OLD}&huisgenoten=24&kinderen=4&huur=650`).view;
    expect(housemate.leftOut).toMatch(/Huurtoeslag is onbekend/);
    expect(housemate.table.head).not.toContain("Huurtoeslag");
    expect(housemate.table.head).toContain("Kinderbijslag");
    for (const v of [old, all, housemate])
      expect(`${v.leftOut} ${v.notes.join(" ")}`).not.toMatch(
        /deze pagina uw huur en de leeftijden|NaN|undefined/,
      );
  });

  it("covers every scheme in the summary and the markers", () => {
    const { view: v } = view(`?${OLD}&kinderen=4&huur=650`);
    const summary = v.summary.join(" ");
    expect(summary).toMatch(/huurtoeslag/);
    expect(summary).toMatch(/[Hh]et kindgebonden budget/);
    expect(summary).toMatch(/[Dd]e kinderbijslag/);
    expect(summary).not.toMatch(/[Dd]e kindgebonden budget/);
    expect(v.parts).toMatch(/kinderbijslag/);
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

describe("the uurloon hint follows the month and age as typed", () => {
  it("names the minimum wage of that month and age (21+ on 1 January 2026: € 14,71, data/minimumloon.csv)", () => {
    const h = wageHintFor(params, "2026-01", "35");
    expect(h.hint).toContain("€\u00a014,71 per uur vanaf 1 januari 2026");
    expect(h.source?.id).toBe("admintrend-2025-10-minimumuurloon-2026-01");
  });
  it("gives no amount while the month or the age cannot be read", () => {
    expect(wageHintFor(params, "2026-1x", "35")).toEqual({ hint: WAGE_HINT_UNKNOWN, source: null });
    expect(wageHintFor(params, "2026-01", "abc")).toEqual({
      hint: WAGE_HINT_UNKNOWN,
      source: null,
    });
    expect(WAGE_HINT_UNKNOWN).not.toMatch(/€/);
  });
});
