/**
 * Regimes: the national rules (`landelijk`), local premiums paid on the basis of art. 31 lid 2
 * onder j Participatiewet, and the extra vrijlating of the experiments under the Tijdelijk besluit
 * experimenten Participatiewet (Stb. 2017, 69), which allowed deviating from art. 31 lid 2 onder n.
 * Each regime has periods with its own rate, maximum and sources; all come from data/regelingen.csv.
 */
import { formatDate } from "../format/format.ts";
import type { IsoDate, Parameters, Problem, Regime, RegimePeriod } from "./types.ts";

/** Looks up a regime by id. */
export function findRegime(params: Parameters, id: string): Regime | undefined {
  return params.regimes.find((r) => r.id === id);
}

/** The period of a regime that contains a date, if any. */
export function regimePeriodOn(regime: Regime, date: IsoDate): RegimePeriod | undefined {
  return regime.periods.find(
    (p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo),
  );
}

/** Whether a regime has every number it needs to be calculated in a period. */
export function isComputable(regime: Regime, period: RegimePeriod): boolean {
  // The national rules, and the readings of art. 34a whose numbers are rules of the law itself.
  if (
    regime.kind === "landelijk" ||
    regime.kind === "gedoog-jongeren" ||
    regime.kind === "artikel-34a"
  )
    return true;
  return period.ratePpm !== null && period.maxCent !== null;
}

/** Dutch description of when a regime applied: "van 1 februari 2018 tot en met 28 februari 2021". */
export function describeRegimeDates(regime: Regime): string {
  const first = regime.periods[0];
  const last = regime.periods[regime.periods.length - 1];
  if (!first || !last) return "";
  if (last.validTo === null) return `vanaf ${formatDate(first.validFrom)}`;
  return last.endKnown
    ? `van ${formatDate(first.validFrom)} tot en met ${formatDate(last.validTo)}`
    : `vanaf ${formatDate(first.validFrom)}; bedragen bekend tot en met ${formatDate(last.validTo)}`;
}

/** The regime and its period on a date, or the problems that prevent using it. */
export function resolveRegime(
  params: Parameters,
  id: string,
  date: IsoDate,
): { ok: true; regime: Regime; period: RegimePeriod } | { ok: false; problems: Problem[] } {
  const regime = findRegime(params, id);
  if (!regime) {
    return {
      ok: false,
      problems: [
        {
          field: "regeling",
          message: "Deze regeling kennen we niet. Kies een regeling uit de lijst.",
        },
      ],
    };
  }
  const period = regimePeriodOn(regime, date);
  const last = regime.periods[regime.periods.length - 1];
  if (!period && last && !last.endKnown && last.validTo !== null && date > last.validTo) {
    return {
      ok: false,
      problems: [
        {
          field: "regeling",
          message: `${regime.name}: voor maanden na ${formatDate(last.validTo)} vonden we het percentage en het maximum niet in een bron. Daarom rekenen we er niet mee. Kies een eerdere maand of een andere regeling.`,
        },
      ],
    };
  }
  if (!period) {
    return {
      ok: false,
      problems: [
        {
          field: "regeling",
          message: `${regime.name} gold ${describeRegimeDates(regime)}. Kies een maand in die periode of een andere regeling.`,
        },
      ],
    };
  }
  if (!isComputable(regime, period)) {
    return {
      ok: false,
      problems: [
        {
          field: "regeling",
          message: `Voor ${regime.name} vonden we het percentage of het maximum niet in een bron. Daarom rekenen we er niet mee.`,
        },
      ],
    };
  }
  return { ok: true, regime, period };
}

/** The regimes that can be calculated on a date, in display order. */
export function regimesOn(params: Parameters, date: IsoDate): Regime[] {
  return params.regimes.filter((r) => {
    const p = regimePeriodOn(r, date);
    return p !== undefined && isComputable(r, p);
  });
}
