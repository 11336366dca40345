import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatEuro } from "./format.ts";
import { parseAmount } from "./parse-amount.ts";

describe(parseAmount, () => {
  test.each([
    ["1.078,50", 107850],
    ["1078,50", 107850],
    ["1078.50", 107850],
    ["€ 1.078", 107800],
    ["1078", 107800],
    ["€1078,5", 107850],
    ["0", 0],
    [" 12,05 ", 1205],
    ["1.234.567", 123456700],
  ])("accepts %s as %i cents", (text, cents) => {
    expect(parseAmount(text, { maxCents: 1e12 })).toEqual({ ok: true, cents });
  });

  test.each([
    ["", "Vul een bedrag in."],
    ["abc", "Gebruik alleen cijfers"],
    ["12a", "Gebruik alleen cijfers"],
    ["-50", "niet negatief"],
    ["1,078.50", "niet te lezen"],
    ["10,505", "hoogstens twee cijfers na de komma"],
    ["1.07.8", "niet te lezen"],
    ["1.0785", "niet te lezen"],
    ["<script>alert(1)</script>", "Gebruik alleen cijfers"],
    ["100000,01", "niet hoger zijn dan € 100.000"],
  ])("rejects %j with a Dutch reason", (text, reason) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  test("the default maximum is € 100.000 inclusive", () => {
    expect(parseAmount("100.000")).toEqual({ ok: true, cents: 10_000_000 });
  });

  test("property: every formatted amount parses back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        expect(parseAmount(formatEuro(cents))).toEqual({ ok: true, cents });
      }),
    );
  });

  test("property: any input gives cents or a reason, never NaN", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseAmount(text);
        if (r.ok) expect(Number.isSafeInteger(r.cents)).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(5);
      }),
    );
  });
});
