/**
 * Lookups in the yearly parameter sections of `ToeslagenParameters`: all named values of one year, or
 * Dutch problems naming what is missing (never a value from another year).
 */
import type { Parameters, Problem, ToeslagenParameters, YearlyParameters } from "./types.ts";

/** Highest yearly income accepted (€ 100 million): keeps every cent × ppm product exact. */
export const MAX_INKOMEN_CENT = 10_000_000_000;

/** A failed yearly calculation: why, in Dutch. */
export interface YearFailure {
  ok: false;
  problems: Problem[];
}

/** The toeslagen section, or a problem when the parameters were built without it. */
export function toeslagenOf(
  params: Parameters,
): { ok: true; toeslagen: ToeslagenParameters } | YearFailure {
  if (params.toeslagen) return { ok: true, toeslagen: params.toeslagen };
  return {
    ok: false,
    problems: [{ field: null, message: "De parameters voor toeslagen en belasting ontbreken." }],
  };
}

/** Checks that a year is a whole calendar year we can name; a problem otherwise. */
export function checkYear(year: number): Problem[] {
  if (!Number.isSafeInteger(year) || year < 1900 || year > 2999)
    return [{ field: "datum", message: `Het jaar ${year} is geen geldig kalenderjaar.` }];
  return [];
}

/**
 * The values of `names` in `section` for `year`, plus the sources they cite; a Dutch problem per
 * missing name (`what` says which law, e.g. "zorgtoeslag").
 */
export function valuesForYear<const N extends string>(
  section: YearlyParameters,
  year: number,
  names: readonly N[],
  what: string,
): { ok: true; values: Record<N, number>; sources: string[] } | YearFailure {
  const byName = section[String(year)] ?? {};
  const values = {} as Record<N, number>;
  const sources = new Set<string>();
  const missing: N[] = [];
  for (const name of names) {
    const v = byName[name];
    if (!v) {
      missing.push(name);
      continue;
    }
    values[name] = v.value;
    for (const s of v.sources) sources.add(s);
  }
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        {
          field: "datum",
          message: `Voor ${what} in ${year} ontbreekt in de gegevens: ${missing.join(", ")}. Zonder bron rekenen we niet.`,
        },
      ],
    };
  return { ok: true, values, sources: [...sources].sort() };
}

/** The Awir minimum of a year (art. 14 lid 5: below it nothing is paid), with its sources. */
export function awirMinimumForYear(
  toeslagen: ToeslagenParameters,
  year: number,
): { ok: true; minimumCent: number; sources: string[] } | YearFailure {
  const awir = valuesForYear(toeslagen.awir, year, ["minimum-tegemoetkoming"] as const, "de Awir");
  if (!awir.ok) return awir;
  return { ok: true, minimumCent: awir.values["minimum-tegemoetkoming"], sources: awir.sources };
}

/** Rounds cents to whole euros, half up (Awir art. 14 lid 4: "rekenkundig afgerond"). */
export function roundToEuroHalfUp(cents: number): number {
  return Math.floor((cents + 50) / 100) * 100;
}

/** Rounds cents down to whole euros. */
export function floorToEuro(cents: number): number {
  return Math.floor(cents / 100) * 100;
}
