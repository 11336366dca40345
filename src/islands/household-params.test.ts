import { describe, expect, it } from "vitest";
import { toeslagenParams as params } from "../../tests/fixtures/engine.ts";
import { parseChildren, parseHouseholdFields, parseRent } from "./household-params.ts";
import { buildHouseholdView } from "./household-view.ts";
import { defaultValues, parseForm, readQuery, writeQuery } from "./rekenhulp-params.ts";

const MOTHER = "?datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=30&netto=600&kinderen=4";

describe("household permalink parameters", () => {
  it("are read and written after the existing ones, and left out when empty", () => {
    const v = readQuery(
      params,
      "?datum=2026-01&leefvorm=samenwonend&leeftijd=30&partnerleeftijd=31&netto=600&huur=700&kinderen=4,9&partnernetto=250",
    );
    expect(v).toMatchObject({ kinderen: "4,9", huur: "700", partnernetto: "250" });
    expect(writeQuery(v)).toBe(
      "datum=2026-01&leefvorm=samenwonend&leeftijd=30&partnerleeftijd=31&netto=600&maand=1&kind=nee&urenbeperking=nee&regeling=landelijk&partnernetto=250&kinderen=4,9&huur=700",
    );
    expect(writeQuery(defaultValues(params))).not.toMatch(/partnernetto|kinderen|huur/);
  });
  it("leave the partner's earnings out of a single person's link", () => {
    const v = readQuery(params, "?leefvorm=alleenstaande-ouder&partnernetto=250&kinderen=3");
    expect(writeQuery(v)).not.toContain("partnernetto");
    const parsed = parseForm(params, v);
    expect(parsed.ok && parsed.input.partnerNettoCent).toBe(undefined);
  });
  it("give the engine the children, the rent and the partner's earnings", () => {
    const parsed = parseForm(
      params,
      readQuery(
        params,
        "?datum=2026-01&leefvorm=samenwonend&leeftijd=30&partnerleeftijd=31&netto=600&partnernetto=1.250,50&kinderen=9, 4&huur=650",
      ),
    );
    expect(parsed).toMatchObject({
      ok: true,
      input: { kinderen: [9, 4], huurCent: 65_000, partnerNettoCent: 125_050 },
    });
  });
  it("an existing link without them gives the same input as before", () => {
    const parsed = parseForm(params, readQuery(params, "?datum=2026-01&netto=500&kind=ja"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.input)).not.toContain("kinderen");
    expect(Object.keys(parsed.input)).not.toContain("huurCent");
    expect(Object.keys(parsed.input)).not.toContain("partnerNettoCent");
  });
});

describe("kind follows kinderen when both are given", () => {
  const childUnder12 = (search: string) => {
    const parsed = parseForm(params, readQuery(params, search));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.input.childUnder12;
  };
  it("a child under 12 makes kind=ja, whatever the link says", () => {
    expect(childUnder12(`${MOTHER}&kind=nee`)).toBe(true);
  });
  it("only older children make kind=nee for an alleenstaande ouder", () => {
    expect(childUnder12(`${MOTHER.replace("kinderen=4", "kinderen=12,15")}&kind=ja`)).toBe(false);
  });
  it("without kinderen, kind stays as given", () => {
    expect(childUnder12("?leefvorm=alleenstaande-ouder&kind=ja")).toBe(true);
    expect(childUnder12("?leefvorm=alleenstaande-ouder&kind=nee")).toBe(false);
  });
});

describe("bad household input gives a Dutch message at the field", () => {
  const bad: [string, string, RegExp][] = [
    [
      "kinderen=4,,x",
      "kinderen",
      /Vul de leeftijden van de kinderen in als getallen, gescheiden door komma's/,
    ],
    ["kinderen=vier", "kinderen", /als getallen/],
    ["kinderen=<b>4</b>", "kinderen", /als getallen/],
    ["kinderen=4.5", "kinderen", /als getallen/],
    ["kinderen=-1", "kinderen", /als getallen/],
    ["kinderen=18", "kinderen", /0 tot en met 17/],
    ["kinderen=1,2,3,4,5,6,7,8,9,10,11", "kinderen", /hoogstens 10/],
    ["huur=abc", "huur", /cijfers/],
    ["huur=-5", "huur", /negatief/],
    ["huur=5000,01", "huur", /€\s0 tot en met €\s5\.000/],
    ["leefvorm=samenwonend&partnernetto=abc", "partnernetto", /cijfers/],
    ["leefvorm=samenwonend&partnernetto=100001", "partnernetto", /hoger/],
    ["leefvorm=alleenstaand&kinderen=4", "kinderen", /alleenstaande ouder of samenwonend/],
  ];
  for (const [query, field, message] of bad) {
    it(`${query} → ${field}`, () => {
      const parsed = parseForm(params, readQuery(params, `?datum=2026-01&netto=500&${query}`));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(Object.keys(parsed.errors)).toEqual([field]);
      expect(parsed.errors[field as "kinderen"]).toMatch(message);
      expect(parsed.errors[field as "kinderen"]).not.toMatch(/NaN|undefined|</);
    });
  }
  it("accepts the limits", () => {
    expect(parseChildren("0, 17")).toEqual([0, 17]);
    expect(parseChildren("1,2,3,4,5,6,7,8,9,10")).toHaveLength(10);
    expect(parseChildren(" ")).toBe(null);
    expect(parseRent("0")).toBe(0);
    expect(parseRent("5.000")).toBe(500_000);
    expect(parseRent("")).toBe(null);
    const empty = parseHouseholdFields({ partnernetto: "", kinderen: "", huur: "" }, "samenwonend");
    expect(empty).toEqual({ extras: {}, errors: {} });
  });
});

describe("household view", () => {
  const view = (search: string) => {
    const parsed = parseForm(params, readQuery(params, search));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const built = buildHouseholdView(params, parsed.input);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    return built.view;
  };
  it("the single mother of the issue: all schemes, kinderbijslag as a monthly average", () => {
    const v = view(MOTHER);
    // € 295,07 per quarter / 3 = 98,3566…, half up to the cent: € 98,36 (kinderbijslag.ts).
    expect(v.outputs.kinderbijslag).toBe("€\u00a098,36");
    expect(v.details.kinderbijslag).toMatch(/per kwartaal \(€\s295,07\)/);
    expect(v.outputs.huurtoeslag).toBe("niet berekend");
    expect(v.sentence).toMatch(/^Van elke extra €\s100 die u verdient, houdt uw huishouden €\s/);
    expect(v.sentence).toMatch(/Alleen in de bijstand.* is dat €\s25,00\./);
    expect(v.chart.points).toHaveLength(251);
    expect(v.chart.bijstandEndsAtCent).toBeGreaterThan(60_000);
    expect(v.leftOut).toBe("");
  });
  it("a rent gives huurtoeslag as an amount in the total", () => {
    const v = view(`${MOTHER}&huur=700`);
    expect(v.outputs.huurtoeslag).toMatch(/^€\s[1-9]/);
    expect(v.leftOut).toBe("");
  });
  it("with a housemate huurtoeslag is 'onbekend' (their income counts), left out of the total", () => {
    const v = view(`${MOTHER}&huur=700&huisgenoten=30`);
    const without = view(`${MOTHER}&huisgenoten=30`);
    expect(v.outputs.huurtoeslag).toBe("onbekend");
    expect(v.details.huurtoeslag).toMatch(/iedereen die bij u woont/);
    expect(v.leftOut).toMatch(/Het huishoudinkomen is zonder huurtoeslag/);
    expect(v.outputs.huishoudinkomen).toBe(without.outputs.huishoudinkomen);
  });
  it("a month without tax parameters marks the income-tested schemes 'onbekend'", () => {
    const v = view("?datum=2015-01&leefvorm=alleenstaande-ouder&leeftijd=30&netto=600&kinderen=4");
    expect(v.outputs.zorgtoeslag).toBe("onbekend");
    expect(v.leftOut).toMatch(/zorgtoeslag/);
  });
});
