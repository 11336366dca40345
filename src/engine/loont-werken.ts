/**
 * "Loont werken?": the household's income per month for 0 to 40 hours of work a week at an hourly
 * wage, with where the bijstand stops, where each toeslag starts to fall and ends, the effective
 * marginal rate of an extra hour and the cliffs (an extra hour that leaves the household less).
 *
 * Method (said on the page):
 * - gross wage per month = hourly wage × hours a week × 52 / 12 (half up to the cent), without the
 *   vakantiebijslag of at least 8% (WML art. 15), which is paid once a year, usually in May or June;
 * - net wage per month by the annual formula of the year (Wet IB 2001 art. 2.10, 8.10, 8.11; Wfsv):
 *   the tax and premies over 12 × the monthly gross, divided by 12. An employer withholds by the
 *   loonheffing tables instead (Wet LB 1964 art. 20a–20c), which differ per month by a few euros but
 *   come to about the same over a year;
 * - that net wage is the own earnings of the household engine (`settleHousehold`), so the bijstand,
 *   premie, vrijlating and toeslagen follow exactly as in /rekenhulp/.
 */
import {
  type HouseholdInput,
  resolveHousehold,
  type SchemeId,
  settleHousehold,
} from "./household.ts";
import { resolveTaxYear, type TaxYear, taxOwed } from "./inkomstenbelasting.ts";
import { divideRoundHalfUp } from "./money.ts";
import { halfYearEnd, hasAowAge, toMonthStart } from "./period.ts";
import type { IsoDate, Parameters, Problem } from "./types.ts";

/** The hours a week the series runs to (0 … MAX_UREN, whole hours). */
export const MAX_UREN = 40;
/** Highest hourly wage accepted, in cents (€ 1.000 an hour). */
export const MAX_UURLOON_CENT = 100_000;

/** A failed calculation: why, in Dutch. */
export interface HoursFailure {
  ok: false;
  problems: Problem[];
}

/** The statutory minimum wage per hour for an age on a date, with where it comes from. */
export interface MinimumHourlyWage {
  ok: true;
  hourCent: number;
  /** The day the amount starts (1 January or 1 July). */
  validFrom: IsoDate;
  /** Age group of the Besluit minimumjeugdloon art. 2 (`21+` for 21 and older). */
  ageGroup: string;
  sources: string[];
}

/**
 * The statutory minimum wage per hour (WML art. 8, 14; Besluit minimumjeugdloon art. 2) for `age`
 * in the month of `date`: the amount of the half year the month lies in, never one of another half
 * year. Unknown (with a Dutch reason) when the data have no amount for that age and half year.
 */
export function minimumHourlyWage(
  params: Parameters,
  date: string,
  age: number,
): MinimumHourlyWage | HoursFailure {
  const day = toMonthStart(date);
  const rows = params.toeslagen?.minimumloon ?? [];
  const fail = (message: string): HoursFailure => ({
    ok: false,
    problems: [{ field: "datum", message }],
  });
  if (!day) return fail("Vul een maand in als jaar-maand, bijvoorbeeld 2026-01.");
  if (!Number.isInteger(age) || age < 15)
    return fail("Het minimumloon geldt vanaf 15 jaar; vul zelf een uurloon in.");
  const ageGroup = age >= 21 ? "21+" : String(age);
  let period: IsoDate | undefined;
  for (const r of rows)
    if (r.validFrom <= day && (!period || r.validFrom > period)) period = r.validFrom;
  if (!period || day > halfYearEnd(period))
    return fail(
      "Het minimumloon van deze maand hebben we niet gevonden. Vul zelf een bruto uurloon in.",
    );
  const row = rows.find((r) => r.validFrom === period && r.age === ageGroup);
  if (!row)
    return fail(
      `Het minimumloon voor ${ageGroup === "21+" ? "21 jaar en ouder" : `${ageGroup}-jarigen`} van deze maand hebben we niet gevonden. Vul zelf een bruto uurloon in.`,
    );
  return {
    ok: true,
    hourCent: row.hourCent,
    validFrom: row.validFrom,
    ageGroup,
    sources: row.sources,
  };
}

/** Gross wage per month for an hourly wage and hours a week: × 52 / 12, half up to the cent. */
export function grossPerMonth(uurloonCent: number, uren: number): number {
  return divideRoundHalfUp(uurloonCent * uren * 52, 12);
}

/**
 * Net wage per month from gross per month by the annual formula on numbers looked up once: the tax
 * and premies (with algemene heffingskorting and arbeidskorting over the wage) on 12 × the monthly
 * gross, divided by 12 half up.
 */
export function netWageMonth(tax: TaxYear, grossMonthCent: number): number {
  const year = 12 * grossMonthCent;
  return grossMonthCent - divideRoundHalfUp(taxOwed(tax, year, year), 12);
}

/**
 * Net wage per month for a gross wage per month in `year`, for someone of `age` (below AOW age), by
 * the annual formula (see `netWageMonth`); a Dutch problem when the tax rules of the year are not in
 * the data or the person has AOW age.
 */
export function netWageFromGross(
  params: Parameters,
  year: number,
  grossMonthCent: number,
  age: number,
): { ok: true; nettoCent: number; sources: string[] } | HoursFailure {
  if (!Number.isSafeInteger(grossMonthCent) || grossMonthCent < 0 || grossMonthCent > 100_000_000)
    return {
      ok: false,
      problems: [{ field: null, message: "Het brutoloon moet 0 of meer zijn." }],
    };
  if (hasAowAge(params, age, `${year}-01-01`) === true)
    return {
      ok: false,
      problems: [
        {
          field: "leeftijd",
          message: "De belasting voor wie de AOW-leeftijd heeft, zit nog niet in deze rekenhulp.",
        },
      ],
    };
  const t = resolveTaxYear(params, year);
  if (!t.ok) return t;
  return { ok: true, nettoCent: netWageMonth(t.tax, grossMonthCent), sources: t.tax.sources };
}

/** One whole number of hours a week in the series. */
export interface HoursPoint {
  uren: number;
  brutoCent: number;
  /** Net wage per month (own earnings of the household engine). */
  nettoCent: number;
  /** Bijstand paid this month (without premie). */
  uitkeringCent: number;
  premieCent: number;
  /** The partner's netto earnings counted in the household income (0 without a partner or earnings). */
  partnerNettoCent: number;
  /** Per scheme with an amount, cents per month. */
  schemes: Partial<Record<SchemeId, number>>;
  huishoudinkomenCent: number;
  /** What one hour more a week adds to the household income per month; null at the last point. */
  nextHourCent: number | null;
  /** Share of the extra gross wage of one hour more that the household loses; null at the last point. */
  marginalRate: number | null;
  /** One hour more leaves the household less than now. */
  cliff: boolean;
}

/** A place on the hours axis where something changes. */
export interface HoursMarker {
  kind: "bijstand-stopt" | "toeslag-daalt" | "toeslag-stopt";
  /** The scheme, for the toeslag markers. */
  scheme: SchemeId | null;
  /** Dutch name: "Bijstand", "Zorgtoeslag" … */
  name: string;
  /** The first whole hour a week at which it happens. */
  uren: number;
}

/** The series from 0 to `MAX_UREN` hours, with its markers. */
export interface HoursSeries {
  ok: true;
  uurloonCent: number;
  points: HoursPoint[];
  markers: HoursMarker[];
  /** Hours from which one hour more leaves less (the points with `cliff`). */
  cliffs: number[];
  /** Schemes of the household left out of every point (unknown), with the Dutch reason. */
  leftOut: { id: SchemeId; name: string; reason: string }[];
  sources: string[];
}

/** Checks the hourly wage; a Dutch problem otherwise. */
function checkUurloon(uurloonCent: number): Problem[] {
  if (Number.isSafeInteger(uurloonCent) && uurloonCent > 0 && uurloonCent <= MAX_UURLOON_CENT)
    return [];
  return [
    { field: null, message: "Vul een bruto uurloon in van meer dan € 0 en hoogstens € 1.000." },
  ];
}

/**
 * The household income per month for 0 … `MAX_UREN` hours a week at `uurloonCent` gross an hour
 * (the input's own `nettoCent` is ignored; every other field is the household's), with the markers
 * and cliffs. Fails with Dutch problems where the month, tax year or a toeslag is not in the data.
 */
export function calculateHoursSeries(
  params: Parameters,
  input: HouseholdInput,
  uurloonCent: number,
): HoursSeries | HoursFailure {
  const bad = checkUurloon(uurloonCent);
  if (bad.length > 0) return { ok: false, problems: bad };
  const resolved = resolveHousehold(params, { ...input, nettoCent: 0 });
  if (!resolved.ok) return resolved;
  const c = resolved.context;
  const year = c.schemeMonth.year;
  const net = netWageFromGross(params, year, 0, input.age);
  if (!net.ok) return net;
  if (!c.tax)
    return {
      ok: false,
      problems: [
        {
          field: "datum",
          message:
            c.schemeMonth.toetsingsinkomenUnknown ?? `De belastingregels van ${year} ontbreken.`,
        },
      ],
    };
  const tax = c.tax;
  const points: HoursPoint[] = [];
  let leftOut: HoursSeries["leftOut"] = [];
  const sources = new Set<string>(tax.sources);
  for (let uren = 0; uren <= MAX_UREN; uren++) {
    const brutoCent = grossPerMonth(uurloonCent, uren);
    const nettoCent = netWageMonth(tax, brutoCent);
    const a = settleHousehold(c, nettoCent);
    const schemes: Partial<Record<SchemeId, number>> = {};
    for (const s of a.schemes)
      if (s.status === "bedrag") {
        schemes[s.id] = s.monthCent;
        for (const id of s.sources) sources.add(id);
      }
    if (uren === 0)
      leftOut = a.schemes.flatMap((s) =>
        s.status === "onbekend" ? [{ id: s.id, name: s.name, reason: s.reason }] : [],
      );
    points.push({
      uren,
      brutoCent,
      nettoCent,
      uitkeringCent: a.bijstand.uitkeringCent,
      premieCent: a.bijstand.premieCent,
      partnerNettoCent: a.bijstand.partnerNettoCent ?? 0,
      schemes,
      huishoudinkomenCent: a.huishoudinkomenCent,
      nextHourCent: null,
      marginalRate: null,
      cliff: false,
    });
  }
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i] as HoursPoint;
    const q = points[i + 1] as HoursPoint;
    p.nextHourCent = q.huishoudinkomenCent - p.huishoudinkomenCent;
    const extraGross = q.brutoCent - p.brutoCent;
    p.marginalRate = extraGross > 0 ? 1 - p.nextHourCent / extraGross : null;
    p.cliff = p.nextHourCent < 0;
  }
  return {
    ok: true,
    uurloonCent,
    points,
    markers: findMarkers(
      points,
      c.schemes.map((s) => ({ id: s.scheme.id, name: s.scheme.name })),
    ),
    cliffs: points.filter((p) => p.cliff).map((p) => p.uren),
    leftOut,
    sources: [...sources].sort(),
  };
}

/**
 * Where the bijstand stops (the first hour without bijstand, when there was bijstand at 0 hours)
 * and, per scheme, the first hour it is lower than one hour less and the first hour it is 0; in
 * the order of the hours.
 */
export function findMarkers(
  points: readonly HoursPoint[],
  schemes: readonly { id: SchemeId; name: string }[],
): HoursMarker[] {
  const markers: HoursMarker[] = [];
  const first = points[0];
  if (first && first.uitkeringCent > 0) {
    const stop = points.find((p) => p.uitkeringCent === 0);
    if (stop)
      markers.push({ kind: "bijstand-stopt", scheme: null, name: "Bijstand", uren: stop.uren });
  }
  for (const s of schemes) {
    let falls: number | null = null;
    let ends: number | null = null;
    for (let i = 1; i < points.length; i++) {
      const before = (points[i - 1] as HoursPoint).schemes[s.id];
      const now = (points[i] as HoursPoint).schemes[s.id];
      if (before === undefined || now === undefined) continue;
      if (falls === null && now < before) falls = i;
      if (ends === null && now === 0 && before > 0) ends = i;
    }
    const at = (i: number) => (points[i] as HoursPoint).uren;
    if (falls !== null)
      markers.push({ kind: "toeslag-daalt", scheme: s.id, name: s.name, uren: at(falls) });
    if (ends !== null)
      markers.push({ kind: "toeslag-stopt", scheme: s.id, name: s.name, uren: at(ends) });
  }
  return markers.sort((a, b) => a.uren - b.uren);
}
