/**
 * Kinderbijslag per calendar quarter (Algemene Kinderbijslagwet art. 11 lid 2, art. 12 lid 3): per
 * child an amount by its age on the first day of the quarter. Conditions other than age (living in
 * the Netherlands, being insured, the child in the household) are assumed to be met.
 */
import { divideRoundHalfUp } from "./money.ts";
import type { IsoDate, Parameters, Problem } from "./types.ts";
import { toeslagenOf, type YearFailure } from "./yearly.ts";

/** A household's children in one quarter. */
export interface KinderbijslagInput {
  /** First day of the quarter: `YYYY-01-01`, `YYYY-04-01`, `YYYY-07-01` or `YYYY-10-01`. */
  kwartaal: IsoDate;
  kinderen: { geboortedatum: IsoDate }[];
}

/** Kinderbijslag over one quarter, in cents. */
export interface KinderbijslagResult {
  ok: true;
  /** Per child, in input order: its age on the first day and the amount (0: no right). */
  perKind: { leeftijd: number; kwartaalCent: number }[];
  /** The quarter's total, as the SVB pays it after the quarter. */
  kwartaalCent: number;
  /**
   * `kwartaalCent / 3`, half up to the cent: only for showing next to monthly amounts. Kinderbijslag
   * is a quarterly amount; there is no monthly kinderbijslag.
   */
  gemiddeldPerMaandCent: number;
  notes: string[];
  sources: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years between a birth date and a day (the age on that day); both `YYYY-MM-DD`. */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function isDate(s: unknown): s is IsoDate {
  if (typeof s !== "string") return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === s;
}

/** Checks a kinderbijslag input; Dutch problems, empty when it can be calculated. */
export function validateKinderbijslagInput(input: KinderbijslagInput): Problem[] {
  const problems: Problem[] = [];
  if (!isDate(input.kwartaal) || !/-(01|04|07|10)-01$/.test(input.kwartaal))
    problems.push({ field: "datum", message: "Kies de eerste dag van een kwartaal." });
  if (!Array.isArray(input.kinderen) || input.kinderen.length > 20)
    problems.push({ field: "kind", message: "Geef tussen 0 en 20 kinderen op." });
  else if (input.kinderen.some((k) => !isDate(k.geboortedatum)))
    problems.push({ field: "kind", message: "Een geboortedatum is geen geldige datum." });
  return problems;
}

/**
 * Kinderbijslag over one quarter (AKW art. 11 lid 2, 12 lid 3): for each child born before the
 * quarter's first day and younger than 18 on it, the amount for its age on that day.
 */
export function calculateKinderbijslag(
  params: Parameters,
  input: KinderbijslagInput,
): KinderbijslagResult | YearFailure {
  const problems = validateKinderbijslagInput(input);
  if (problems.length > 0) return { ok: false, problems };
  const t = toeslagenOf(params);
  if (!t.ok) return t;
  const amounts = t.toeslagen.kinderbijslag;
  const day = input.kwartaal;
  const validFrom = amounts.filter((a) => a.validFrom <= day).at(-1)?.validFrom;
  if (validFrom === undefined || day > t.toeslagen.kinderbijslagLastDate)
    return {
      ok: false,
      problems: [
        {
          field: "datum",
          message: `Voor het kwartaal vanaf ${day} staan de bedragen van de kinderbijslag niet in de gegevens.`,
        },
      ],
    };
  const rows = amounts.filter((a) => a.validFrom === validFrom);
  const notes: string[] = [];
  const sources = new Set<string>();
  const perKind = input.kinderen.map((k) => {
    const leeftijd = ageOn(k.geboortedatum, day);
    if (k.geboortedatum >= day) {
      notes.push(
        "Een kind dat op of na de eerste dag van het kwartaal is geboren, telt vanaf het volgende kwartaal.",
      );
      return { leeftijd: Math.max(0, leeftijd), kwartaalCent: 0 };
    }
    const row = rows.find((r) => leeftijd >= r.ageFrom && leeftijd <= r.ageTo);
    if (!row) {
      notes.push("Voor een kind van 18 jaar of ouder is er geen kinderbijslag.");
      return { leeftijd, kwartaalCent: 0 };
    }
    for (const s of row.sources) sources.add(s);
    return { leeftijd, kwartaalCent: row.quarterCent };
  });
  const kwartaalCent = perKind.reduce((sum, k) => sum + k.kwartaalCent, 0);
  return {
    ok: true,
    perKind,
    kwartaalCent,
    gemiddeldPerMaandCent: divideRoundHalfUp(kwartaalCent, 3),
    notes: [...new Set(notes)],
    sources: [...sources].sort(),
  };
}
