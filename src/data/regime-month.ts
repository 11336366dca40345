/**
 * The month a "Reken het uit" link opens the calculator on for a regime (`datum=JJJJ-MM`): the
 * regime's last month, or for a regime that still runs the last month the data covers; never before
 * the regime starts, never after the data. Built from the same parameters the calculator uses.
 */
import { loadLawParameters } from "./law-parameters.ts";

/** The calculator month for a regime id, or null when the regime is unknown. */
export function regimeCalculatorMonth(id: string): string | null {
  const params = loadLawParameters();
  const regime = params.regimes.find((r) => r.id === id);
  if (!regime || regime.periods.length === 0) return null;
  const start =
    regime.periods
      .map((p) => p.validFrom)
      .sort()[0]
      ?.slice(0, 7) ?? "";
  const ends = regime.periods.map((p) => p.validTo);
  const lastCovered = params.lastDate.slice(0, 7);
  const end = ends.includes(null)
    ? lastCovered
    : ([...ends].sort().at(-1) ?? params.lastDate).slice(0, 7);
  // Months as YYYY-MM compare as text: the earlier of the end and the data, the later of that and the start.
  const capped = [end, lastCovered].sort()[0] ?? lastCovered;
  return [capped, start].sort()[1] ?? start;
}

/** The calculator link for a regime, opening on a month inside it. */
export function regimeCalculatorHref(id: string): string {
  const month = regimeCalculatorMonth(id);
  return month ? `/rekenhulp/?regeling=${id}&datum=${month}` : `/rekenhulp/?regeling=${id}`;
}
