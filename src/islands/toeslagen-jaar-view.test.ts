import { describe, expect, it } from "vitest";
import { toeslagenParams as params, person } from "../../tests/fixtures/engine.ts";
import { simulateTimeline, toeslagenOverTimeline } from "../engine/index.ts";
import { parseAmount } from "../format/parse-amount.ts";
import { buildToeslagenView, buildYearView } from "./toeslagen-jaar-view.ts";

const {
  date: _d,
  month: _m,
  nettoCent: _n,
  ...mother
} = person({
  leefvorm: "alleenstaande-ouder",
  childUnder12: true,
});

function view(earningsCent: number[], startDate = "2026-01", startMonth = 1) {
  const input = {
    person: mother,
    startDate,
    startMonth,
    earningsCent,
    method: "achteraf" as const,
  };
  const t = simulateTimeline(params, input);
  if (!t.ok) throw new Error(JSON.stringify(t.problems));
  return buildToeslagenView(
    toeslagenOverTimeline(params, input, t.rows, { kinderen: [4], huurCent: 65_000 }),
    startMonth === 1,
  );
}

/** "−€ 1.197,04" → −119704 (the page's own notation read back). */
const cents = (text: string) => {
  const negative = text.startsWith("−");
  const r = parseAmount(text.replace(/^[+−]/, ""));
  if (!r.ok) throw new Error(`not an amount: ${text}`);
  return negative ? -r.cents : r.cents;
};

describe("buildToeslagenView", () => {
  const v = view([
    0, 0, 80_000, 120_000, 200_000, 250_000, 300_000, 300_000, 300_000, 300_000, 300_000, 300_000,
  ]);
  const year = v.years[0];
  if (!year) throw new Error("a year expected");

  it("has a column per toeslag and their sum, and every row adds up", () => {
    expect(year.head).toEqual([
      "Bedrag",
      "Zorgtoeslag",
      "Huurtoeslag",
      "Kindgebonden budget",
      "Samen",
    ]);
    for (const row of year.rows) {
      const [, ...cells] = row;
      const parts = cells.slice(0, -1).map(cents);
      expect(cents(cells.at(-1) as string)).toBe(parts.reduce((a, b) => a + b, 0));
    }
  });

  it("the sentence names the sums the table shows, for not reporting and for reporting in March", () => {
    const total = (label: string) => cents(year.rows.find((r) => r[0] === label)?.at(-1) ?? "");
    const notTotal = total("Niet doorgegeven: na 2026");
    expect(notTotal).toBeLessThan(0);
    const euro = (c: number) =>
      new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2 }).format(c / 100);
    expect(year.sentence).toContain(`moet u na 2026 €\u00a0${euro(-notTotal)} terugbetalen`);
    expect(year.sentence).toContain("door in maart 2026");
    const from = total("Doorgegeven: voorschot per maand vanaf maart");
    const old = total("Voorschot per maand zonder werk");
    expect(from).toBeLessThan(old);
    expect(year.sentence).toContain(
      `krijgt u vanaf dan €\u00a0${euro(from)} per maand in plaats van €\u00a0${euro(old)}`,
    );
  });

  it("says when the money moves, by the articles of the Awir", () => {
    expect(v.when).toMatch(/uiterlijk 31 december 2027/);
    expect(v.when).toMatch(/art\. 19/);
    expect(v.when).toMatch(/zes weken \(art\. 28\)/);
  });

  it("a year without work: nothing to report, only rounding after the year", () => {
    const quiet = view([0, 0, 0, 0, 0, 0]).years[0];
    expect(quiet?.sentence).toMatch(/niets naast de bijstand/);
    expect(quiet?.rows.map((r) => r[0])).not.toContain("Niet doorgegeven: meteen");
    expect(quiet?.head).toHaveLength(5);
  });

  it("names how the months outside the span were counted", () => {
    const v2 = view([50_000, 50_000, 50_000, 50_000, 50_000, 50_000], "2026-04", 1);
    expect(v2.years[0]?.filled).toBe(
      "Van 2026 vulde u 6 maanden in. Voor het jaarinkomen telden we de 3 maanden ervoor zonder werk, met volle bijstand en de 3 maanden erna net als de laatste ingevulde maand.",
    );
    const v3 = view([50_000, 50_000, 50_000, 50_000, 50_000, 50_000], "2026-04", 5);
    expect(v3.years[0]?.filled).toMatch(/3 maanden ervoor net als de eerste ingevulde maand/);
  });
});

describe("buildToeslagenView: work that does not change the toeslag", () => {
  it("says so instead of asking to report", () => {
    // € 100 a month from March: the yearly income stays below every threshold.
    const y = view([0, 0, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000]).years[0];
    expect(y?.sentence).toMatch(/^Met dit werk verandert uw toeslag over 2026 niet/);
  });
});

describe("buildYearView: the terugvorderingsgrens", () => {
  // A constructed year (the view's wording, not the engine's numbers): € 90 of zorgtoeslag and
  // € 150 of huurtoeslag to pay back after 2025, grens € 121 for decisions in 2026.
  const scheme = (
    id: "zorgtoeslag" | "huurtoeslag" | "kindgebonden-budget",
    name: string,
    after: number,
    waived: number,
  ) => ({
    id,
    name,
    status: "bedrag" as const,
    definitiveCent: 100_000,
    estimatedCent: 100_000 - after,
    notReported: {
      advanceMonthCent: 9_000,
      advancesCent: 108_000,
      afterYearCent: after,
      waivedCent: waived,
    },
    reported: null,
    sources: [],
  });
  const year = {
    ok: true as const,
    year: 2025,
    toetsingsinkomen: null,
    estimateToetsingsinkomen: null,
    schemes: [
      scheme("zorgtoeslag", "Zorgtoeslag", -9_000, 9_000),
      scheme("huurtoeslag", "Huurtoeslag", -15_000, 0),
      scheme("kindgebonden-budget", "Kindgebonden budget", -4, 4),
    ],
    terugvorderingsgrensCent: 12_100,
    decisionByDate: "31 december 2026",
    notes: [],
    sources: [],
  };

  it("names the claims under the grens, with their article, and leaves out cents of rounding", () => {
    const v = buildYearView(year);
    expect(v.waived).toBe(
      "Geeft u het niet door: een terugbetaling van niet meer dan €\u00a0121 per toeslag vordert de Dienst Toeslagen niet terug, als de definitieve berekening in 2026 komt (Awir art. 26a). Dat geldt hier voor de zorgtoeslag (€\u00a090,00).",
    );
  });

  it("says nothing when no grens is known", () => {
    expect(buildYearView({ ...year, terugvorderingsgrensCent: null }).waived).toBe("");
  });
});
