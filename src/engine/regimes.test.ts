import { describe, expect, it } from "vitest";
import { params } from "../../tests/fixtures/engine.ts";
import { describeRegimeDates, findRegime, regimesOn, resolveRegime } from "./regimes.ts";

describe("regimes from data/regelingen.csv", () => {
  it("starts with landelijk and has the issue's ids", () => {
    expect(params.regimes[0]?.id).toBe("landelijk");
    const ids = params.regimes.map((r) => r.id);
    for (const id of [
      "amsterdam-experiment",
      "amsterdam",
      "wageningen",
      "experiment-groningen",
      "experiment-utrecht",
    ]) {
      expect(ids).toContain(id);
    }
  });
  it("lists what can be calculated on a date", () => {
    // 2026: the national rules and the two readings of art. 34a (Participatiewet in balans).
    expect(regimesOn(params, "2026-01-01").map((r) => r.id)).toEqual([
      "landelijk",
      "gedoogjaar-2026-jongeren",
      "artikel-34a-wettekst",
    ]);
    expect(regimesOn(params, "2025-12-01").map((r) => r.id)).toEqual(["landelijk"]);
    expect(regimesOn(params, "2019-01-01").map((r) => r.id)).toEqual([
      "landelijk",
      "amsterdam-experiment",
      "experiment-groningen",
      "experiment-utrecht",
      "experiment-wageningen",
    ]);
    expect(regimesOn(params, "2021-05-01").map((r) => r.id)).toEqual([
      "landelijk",
      "amsterdam",
      "wageningen",
    ]);
  });
  it("describes the dates in Dutch", () => {
    const r = findRegime(params, "amsterdam-experiment");
    expect(r && describeRegimeDates(r)).toBe("van 1 februari 2018 tot en met 28 februari 2021");
  });
  it("does not say a regime ended when the sources only stop giving amounts", () => {
    // data/regelingen.csv: Amsterdam's premie runs to 31-12-2023 in the sources (valid_to_reason
    // geen-bron); an experiment ended (einde).
    const amsterdam = findRegime(params, "amsterdam");
    expect(amsterdam && describeRegimeDates(amsterdam)).toBe(
      "vanaf 1 maart 2021; bedragen bekend tot en met 31 december 2023",
    );
    const later = resolveRegime(params, "amsterdam", "2024-03-01");
    expect(later.ok).toBe(false);
    if (!later.ok) expect(later.problems[0]?.message).toMatch(/na 31 december 2023 vonden we/);
    const before = resolveRegime(params, "amsterdam", "2021-01-01");
    if (!before.ok)
      expect(before.problems[0]?.message).toMatch(
        /^Amsterdam: bijverdienpremie gold vanaf 1 maart 2021/,
      );
  });
  it("reports unknown ids", () => {
    const r = resolveRegime(params, "<b>x</b>", "2024-01-01");
    expect(r.ok).toBe(false);
  });
});
