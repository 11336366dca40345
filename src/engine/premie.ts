/**
 * Premiums and experiment arms on top of the national rules.
 *
 * - A local premie (art. 31 lid 2 onder j Participatiewet): a share of the netto earnings up to a
 *   monthly maximum, saved up and paid once or twice a year; it is not counted as income, so the
 *   bijstand is settled as usual and the premie comes on top. Like j itself it does not apply
 *   below 27 (art. 31 lid 5), and only while the person receives bijstand.
 * - An experiment arm (Tijdelijk besluit experimenten Participatiewet, Stb. 2017, 69, deviating from
 *   art. 31 lid 2 onder n): a larger vrijlating for the whole experiment. We apply n's other
 *   conditions (27 or older) and never let it give less than the national vrijlating.
 */
import { formatEuro, formatPercent } from "../format/format.ts";
import { applyRate, PPM } from "./money.ts";
import { requireRule } from "./period.ts";
import type {
  IsoDate,
  MonthContext,
  MonthInput,
  Parameters,
  Regime,
  RegimePeriod,
} from "./types.ts";
import { isOldEnoughForVrijlating } from "./vrijlating.ts";

/** The premie settings for a month, or null with a reason when no premie applies. */
export function choosePremie(
  params: Parameters,
  input: MonthInput,
  regime: Regime,
  period: RegimePeriod,
  date: IsoDate,
): { premie: MonthContext["premie"]; notes: string[] } {
  if (regime.kind !== "premie" || period.ratePpm === null || period.maxCent === null)
    return { premie: null, notes: [] };
  const lawMinAge = requireRule(params, "vrijlating-minimumleeftijd", date);
  const minAge = Math.max(lawMinAge, period.minAge ?? 0);
  if (input.age < minAge) {
    return {
      premie: null,
      notes: [
        `De premie van ${regime.name} geldt pas vanaf ${minAge} jaar (artikel 31 lid 5 Participatiewet).`,
      ],
    };
  }
  return {
    premie: {
      ratePpm: period.ratePpm,
      maxCent: period.maxCent,
      payout: period.payout,
      payoutMonths: period.payoutMonths,
      sources: period.sources,
    },
    notes: [
      `${regime.name}: een premie van ${formatPercent(period.ratePpm / PPM)} van uw netto verdiensten, hoogstens ${formatEuro(period.maxCent)} per maand${period.maxPer === "huishouden" ? " per huishouden" : ""}, zolang u bijstand krijgt.`,
    ],
  };
}

/** The premie in cents over some netto earnings: the share, rounded half up, at most the maximum. */
export function calculatePremie(
  nettoCent: number,
  premie: NonNullable<MonthContext["premie"]>,
): number {
  return Math.min(applyRate(nettoCent, premie.ratePpm), premie.maxCent);
}

/** The experiment arm's extra vrijlating settings, or null when none applies. */
export function chooseExperimentArm(
  params: Parameters,
  input: MonthInput,
  regime: Regime,
  period: RegimePeriod,
  date: IsoDate,
): { ratePpm: number; maxCent: number; sources: string[] } | null {
  if (regime.kind !== "extra-vrijlating" || period.ratePpm === null || period.maxCent === null)
    return null;
  if (!isOldEnoughForVrijlating(params, input.age, date)) return null;
  return { ratePpm: period.ratePpm, maxCent: period.maxCent, sources: period.sources };
}
