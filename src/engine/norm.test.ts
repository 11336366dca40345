import { describe, expect, it } from "vitest";
import { params, person } from "../../tests/fixtures/engine.ts";
import { determineNorm } from "./norm.ts";
import type { MonthInput } from "./types.ts";

function norm(input: MonthInput) {
  const date = `${input.date.slice(0, 7)}-01`;
  const period =
    Number(date.slice(5, 7)) >= 7 ? `${date.slice(0, 4)}-07-01` : `${date.slice(0, 4)}-01-01`;
  return determineNorm(params, input, period, date);
}

// The norms from the published tables, the vakantietoeslag, the kostendelersnorm in households and
// the 18–20 verhoging are worked examples in examples/norm.yaml and examples/vakantietoeslag.yaml.

describe("gaps in the data are reported, never filled", () => {
  it("2016-01 couple of 19 and 25 with a kostendeler: art. 22a lid 3 left out", () => {
    // The law text of 1 January 2016 still shows the art. 22a lid 3 amounts of 1 July 2015, so
    // the data leave that norm out.
    const r = norm(
      person({
        date: "2016-02",
        age: 19,
        leefvorm: "samenwonend",
        partnerAge: 25,
        housemates: [{ age: 40 }],
      }),
    );
    expect(r.ok).toBe(false);
  });
});
