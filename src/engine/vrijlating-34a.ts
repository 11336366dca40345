/**
 * The new vrijlating of the Participatiewet in balans, art. 34a lid 1 Participatiewet, in the two
 * readings of its start date that the sources allow (the inwerkingtredingsbesluit was not found):
 *
 * - `gedoog-jongeren`: formally from 1-1-2027; in 2026 gemeenten may already disregard 15% of the
 *   earnings of young people under 27 (Kamerbrief 36582 nr. 69; Binnenlands Bestuur). Only those
 *   whom art. 31 lid 5 excludes from n and r get it; everyone else keeps the national rules.
 * - `artikel-34a`: the consolidated text of 1-1-2026 prints art. 34a, so it applies to everyone
 *   from then on, in place of art. 31 lid 2 onder n, r and y:
 *   a. below the AOW age: 15% of the earnings, no maximum, for at most 12 consecutive months;
 *   b. medische urenbeperking: 15%, no maximum, no end;
 *   c. AOW age: 25%, at most € 226 a month.
 *   The doelgroep loonkostensubsidie (z, aa) keeps its own vrijlating after the 12 months.
 *
 * Percentages, months and the € 226 come from data/participatiewet-regels.csv (art. 34a). The
 * college may extend the period (lid 2) or start it again after a new job (lid 3): we do not.
 * Like art. 31 lid 3, we apply the vrijlating to the netto earnings.
 */
import { formatEuro, formatPercent } from "../format/format.ts";
import { PPM } from "./money.ts";
import { ruleOn } from "./period.ts";
import type { IsoDate, MonthInput, Parameters, Regime } from "./types.ts";
import {
  type ChosenVrijlating,
  chooseVrijlating,
  isOldEnoughForVrijlating,
  type VrijlatingOutcome,
} from "./vrijlating.ts";

/** The maximum of a vrijlating that has no euro maximum in the law (art. 34a lid 1 a and b). */
export const NO_MAXIMUM_CENT = Number.MAX_SAFE_INTEGER;

/** Whether a regime kind is one of the readings of art. 34a. */
export function isArtikel34aKind(kind: Regime["kind"]): boolean {
  return kind === "gedoog-jongeren" || kind === "artikel-34a";
}

/** The art. 34a parameters on a date, or null when the data has none (before 2026). */
export function artikel34aOn(
  params: Parameters,
  date: IsoDate,
): {
  ratePpm: number;
  months: number;
  aowRatePpm: number;
  aowMaxCent: number;
  sources: string[];
} | null {
  const rate = ruleOn(params, "vrijlating-34a-aandeel", date);
  const months = ruleOn(params, "vrijlating-34a-maanden", date);
  const aowRate = ruleOn(params, "vrijlating-34a-aow-aandeel", date);
  const aowMax = ruleOn(params, "vrijlating-34a-aow-maximum-cent", date);
  if (!rate || !months || !aowRate || !aowMax) return null;
  return {
    ratePpm: rate.value,
    months: months.value,
    aowRatePpm: aowRate.value,
    aowMaxCent: aowMax.value,
    sources: [...new Set([...rate.sources, ...months.sources, ...aowMax.sources])],
  };
}

const pct = (ppm: number) => formatPercent(ppm / PPM, ppm % 10_000 === 0 ? 0 : 1);

/**
 * Chooses the vrijlating of a month under a reading of art. 34a (`regime.kind` is
 * `gedoog-jongeren` or `artikel-34a`); falls back to the national rules where the reading does.
 */
export function chooseArtikel34aVrijlating(
  params: Parameters,
  regime: Regime,
  input: MonthInput,
  period: IsoDate,
  date: IsoDate,
  aow: boolean,
): VrijlatingOutcome {
  const national = () => chooseVrijlating(params, input, period, date, aow);
  const p = artikel34aOn(params, date);
  if (!p) return national();
  const a: ChosenVrijlating = {
    kind: "34a-a",
    ratePpm: p.ratePpm,
    maxCent: NO_MAXIMUM_CENT,
    article: "art. 34a lid 1 onder a",
    label: `inkomsten uit arbeid (artikel 34a): ${pct(p.ratePpm)} van uw netto inkomsten, zonder maximumbedrag, hoogstens ${p.months} maanden achter elkaar`,
    endsAfterMonth: p.months,
    sources: p.sources,
    caveat: null,
  };
  const endNote = `De vrijlating van artikel 34a duurt hoogstens ${p.months} maanden achter elkaar. De gemeente kan die periode verlengen of na een nieuwe baan opnieuw laten beginnen (artikel 34a lid 2 en 3); daar rekenen we niet mee.`;

  if (regime.kind === "gedoog-jongeren") {
    if (aow || isOldEnoughForVrijlating(params, input.age, date)) {
      const out = national();
      out.notes.push(
        "In deze lezing verandert er in 2026 niets voor wie 27 jaar of ouder is: de landelijke regels gelden.",
      );
      return out;
    }
    if (input.month <= p.months) {
      return {
        vrijlating: { ...a, article: "art. 34a lid 1 onder a (gedoogjaar 2026)" },
        notes: [
          "In deze lezing mag de gemeente in 2026 al 15% van de verdiensten van jongeren onder 27 vrijlaten, vooruitlopend op de wet per 1 januari 2027. Of uw gemeente dat doet, weten we niet.",
        ],
        problems: [],
      };
    }
    const out = national();
    out.notes.push(endNote);
    return out;
  }

  // Reading "artikel-34a": art. 34a replaces n, r and y for everyone.
  if (aow) {
    return {
      vrijlating: {
        kind: "34a-c",
        ratePpm: p.aowRatePpm,
        maxCent: p.aowMaxCent,
        article: "art. 34a lid 1 onder c",
        label: `inkomsten uit arbeid met de AOW-leeftijd (artikel 34a): ${pct(p.aowRatePpm)} van uw netto inkomsten, hoogstens ${formatEuro(p.aowMaxCent)} per maand`,
        endsAfterMonth: null,
        sources: p.sources,
        caveat: null,
      },
      notes: [],
      problems: [],
    };
  }
  if (input.urenbeperking) {
    return {
      vrijlating: {
        ...a,
        kind: "34a-b",
        article: "art. 34a lid 1 onder b",
        label: `medische urenbeperking (artikel 34a): ${pct(p.ratePpm)} van uw netto inkomsten, zonder maximumbedrag`,
        endsAfterMonth: null,
      },
      notes: [],
      problems: [],
    };
  }
  if (input.month <= p.months) return { vrijlating: a, notes: [], problems: [] };
  if (input.loonkostensubsidie) {
    const out = national();
    if (out.vrijlating.kind === "z" || out.vrijlating.kind === "aa") return out;
  }
  return {
    vrijlating: {
      kind: null,
      ratePpm: 0,
      maxCent: 0,
      article: "art. 34a lid 1 onder a",
      label: "geen vrijlating",
      endsAfterMonth: null,
      sources: p.sources,
      caveat: null,
    },
    notes: [endNote],
    problems: [],
  };
}
