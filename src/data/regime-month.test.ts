import { describe, expect, test } from "vitest";
import { loadLawParameters } from "./law-parameters.ts";
import { regimeCalculatorHref, regimeCalculatorMonth } from "./regime-month.ts";

describe("regime calculator month", () => {
  const params = loadLawParameters();

  test("every regime opens on a month inside its own periods and inside the data", () => {
    for (const r of params.regimes) {
      const month = regimeCalculatorMonth(r.id);
      expect(month, r.id).not.toBeNull();
      const day = `${month}-01`;
      const inside = r.periods.some(
        (p) => p.validFrom.slice(0, 7) <= (month ?? "") && (p.validTo === null || day <= p.validTo),
      );
      expect(inside, `${r.id} at ${month}`).toBe(true);
      expect(day <= params.lastDate, `${r.id} within the data`).toBe(true);
    }
  });

  test("an ended regime opens on its last month; the national rules on the last covered month", () => {
    // data/regelingen.csv: the Amsterdam experiment ran until 28 February 2021.
    expect(regimeCalculatorMonth("amsterdam-experiment")).toBe("2021-02");
    expect(regimeCalculatorMonth("landelijk")).toBe(params.lastDate.slice(0, 7));
    expect(regimeCalculatorMonth("bestaat-niet")).toBeNull();
    expect(regimeCalculatorHref("amsterdam-experiment")).toBe(
      "/rekenhulp/?regeling=amsterdam-experiment&datum=2021-02",
    );
  });
});
