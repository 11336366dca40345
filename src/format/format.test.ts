import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  formatDate,
  formatEuro,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatQuarter,
  formatSigned,
  MINUS,
  monthShortName,
} from "./format.ts";

describe(formatEuro, () => {
  test.each([
    [107850, "€ 1.078,50"],
    [0, "€ 0,00"],
    [5, "€ 0,05"],
    [100, "€ 1,00"],
    [123456789, "€ 1.234.567,89"],
    [-107850, `${MINUS}€ 1.078,50`],
  ])("%i cents → %s", (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });
  test("a no-break space joins the euro sign to the amount, so a line never ends with '€'", () => {
    expect(formatEuro(107850)).toBe("€\u00a01.078,50");
    expect(formatEuro(107850)).not.toContain("€ ");
  });
  test("whole euros without cents on request", () => {
    expect(formatEuro(21500, { cents: false })).toBe("€ 215");
    expect(formatEuro(21550, { cents: false })).toBe("€ 215,50");
  });
  test("refuses non-integer cents instead of printing NaN", () => {
    expect(() => formatEuro(Number.NaN)).toThrow(RangeError);
    expect(() => formatEuro(1.5)).toThrow(RangeError);
  });
  test("property: the digits round-trip to the same cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = formatEuro(cents);
        const digits = text.replace(/[^\d]/g, "");
        expect(Number(digits)).toBe(Math.abs(cents));
        expect(text.startsWith(MINUS)).toBe(cents < 0);
      }),
    );
  });
});

describe(formatNumber, () => {
  test("groups thousands with a dot and uses a decimal comma", () => {
    expect(formatNumber(472000)).toBe("472.000");
    expect(formatNumber(43.3333, 1)).toBe("43,3");
    expect(formatNumber(-1500)).toBe(`${MINUS}1.500`);
    expect(formatNumber(-0.01, 1)).toBe("0,0");
  });
});

describe(formatPercent, () => {
  test("no space before the sign", () => {
    expect(formatPercent(0.25)).toBe("25%");
    expect(formatPercent(0.125, 1)).toBe("12,5%");
    expect(formatPercent(13 / 30, 1)).toBe("43,3%");
  });
});

describe(formatDate, () => {
  test.each([
    ["2026-01-01", "1 januari 2026"],
    ["2015-07-31", "31 juli 2015"],
    ["2024-02", "februari 2024"],
    ["2019", "2019"],
  ])("%s → %s", (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
  test("rejects other shapes", () => {
    expect(() => formatDate("1-1-2026")).toThrow(RangeError);
  });
});

describe(formatQuarter, () => {
  test("long and short", () => {
    expect(formatQuarter("2017-K1")).toBe("1e kwartaal 2017");
    expect(formatQuarter("2017-K1", { short: true })).toBe("K1 2017");
  });
});

describe(monthShortName, () => {
  test("the usual Dutch abbreviations, so March is mrt and not maa", () => {
    expect([1, 2, 3, 6, 7, 10, 12].map(monthShortName)).toEqual([
      "jan",
      "feb",
      "mrt",
      "jun",
      "jul",
      "okt",
      "dec",
    ]);
    expect(() => monthShortName(13)).toThrow(RangeError);
  });
});

describe(formatPeriod, () => {
  test("half years, quarters, months and years of the data in words", () => {
    expect(formatPeriod("2015-H1")).toBe("1e halfjaar 2015");
    expect(formatPeriod("2015-H2")).toBe("2e halfjaar 2015");
    expect(formatPeriod("2017-K1")).toBe("1e kwartaal 2017");
    expect(formatPeriod("2019-05")).toBe("mei 2019");
    expect(formatPeriod("2018")).toBe("2018");
    expect(() => formatPeriod("2015-H3")).toThrow(RangeError);
  });
});

describe(formatSigned, () => {
  test.each([
    [200, "+€\u00a02,00"],
    [0, "€\u00a00,00"],
    [-119704, `${MINUS}€\u00a01.197,04`],
  ])(
    "%i cents → %s: a plus for money you get, the minus sign for money you pay back",
    (cents, text) => {
      expect(formatSigned(cents)).toBe(text);
    },
  );
});
