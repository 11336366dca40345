/**
 * The toeslagen over a calendar year: the advances (voorschotten) paid during the year on an
 * estimated income, the definitive amount once the real yearly income is known, and the claim or
 * back-payment that settles the difference afterwards.
 *
 * The law (Awir, texts of 2024–2026):
 * - a toeslag is computed over the calendar year (the berekeningsjaar, art. 2) on the toetsingsinkomen
 *   of that whole year (art. 8), rounded to whole euros (art. 14 lid 4);
 * - during the year the Dienst Toeslagen pays an advance in monthly instalments (art. 16, 22), on
 *   the income it expects; a reported change of income revises the advance (art. 16 lid 5, 17), and a
 *   revision can lead to a claim for what was already paid too much (art. 16 lid 6);
 * - after the year the toeslag is granted definitively: within six months after the last income tax
 *   assessment, or by 31 December of the year after when there is none (art. 19 lid 1–2); the
 *   advances are set off against it (art. 24 lid 2–3). A back-payment follows within four weeks
 *   (art. 24 lid 1); a claim is paid within six weeks (art. 28), or in instalments by arrangement
 *   (art. 31). A claim of no more than the terugvorderingsgrens is not reclaimed (art. 26a).
 *
 * The model (said on the pages):
 * - a year is twelve months of money received, net: own wage, the partner's wage, bijstand with its
 *   share of vakantietoeslag. Per person the net sums are grossed up by the annual formula of the
 *   year (`personToetsingsinkomen`), as the household engine does for one month × 12;
 * - "niet doorgegeven": the advance all year is the amount on the estimate (the year as it would
 *   have been without work), so the whole difference comes after the year;
 * - "doorgegeven": in the month work starts the reader reports a correct new yearly income. The
 *   Dienst recalculates the whole year and spreads what is left of the new yearly amount over the
 *   remaining months, so the earlier months' excess comes off them; only when the earlier months
 *   already got more than the whole new amount is the excess reclaimed at once (art. 16 lid 5–6;
 *   the Dienst's pages). After the year only the rounding of the monthly amounts remains;
 * - in both, advances + settlements = the definitive amount, to the cent (tested as a property).
 * Kinderbijslag does not depend on income, so it has no year-end settlement.
 */
import { formatEuro } from "../format/format.ts";
import { resolveMonth, settleMonth } from "./calculate.ts";
import {
  bijstandWithVakantietoeslag,
  type HouseholdInput,
  householdToetsingsinkomen,
  resolveHousehold,
  type SchemeId,
  type Toetsingsinkomen,
} from "./household.ts";
import type { TaxYear } from "./inkomstenbelasting.ts";
import type { MonthContext, MonthInput, Parameters, Problem } from "./types.ts";
import type { TimelineInput, TimelineRow } from "./verrekening-types.ts";
import { valuesForYear } from "./yearly.ts";

/** One month of a year as money received, net, in cents. */
export interface ReceivedMonth {
  /** Own net wage. */
  ownNettoCent: number;
  /** The partner's net wage (0 for someone alone). */
  partnerNettoCent: number;
  /** Net bijstand received, with its share of vakantietoeslag. */
  bijstandCent: number;
}

/** What the year settlement needs. */
export interface ToeslagenYearInput {
  /**
   * The household (person, children, rent, partner) on a date in the year: its schemes are looked
   * up for that date. Its own earnings are not used.
   */
  household: HouseholdInput;
  /** The twelve months as they turn out (January first). */
  actual: readonly ReceivedMonth[];
  /** The twelve months the first advance was based on: the year without the work. */
  estimate: readonly ReceivedMonth[];
  /** Month (1–12) in which the new yearly income is reported; null when there is nothing to report. */
  reportMonth: number | null;
}

/** The money of one scheme over a year when the new income is not reported. */
export interface NotReported {
  /** The advance every month. */
  advanceMonthCent: number;
  /** The twelve advances together. */
  advancesCent: number;
  /** After the year: + paid to you, − to pay back. `advancesCent + afterYearCent = definitive`. */
  afterYearCent: number;
  /**
   * Of a claim after the year, what is not reclaimed because it is no more than the
   * terugvorderingsgrens of the year after (art. 26a); null when that grens is not known.
   */
  waivedCent: number | null;
}

/** The money of one scheme over a year when the new income is reported in `reportMonth`. */
export interface Reported {
  reportMonth: number;
  /** The advance in the months before the report. */
  advanceBeforeCent: number;
  /** The advance from the month of the report on: what is left of the new yearly amount, spread. */
  advanceFromCent: number;
  /** All advances paid in the year. */
  advancesCent: number;
  /** At the revision: what the earlier months got more than the whole new yearly amount (− or 0). */
  revisionCent: number;
  /** After the year: only the rounding of the monthly amounts. */
  afterYearCent: number;
}

/** One scheme's year. */
export type SchemeYear =
  | {
      id: SchemeId;
      name: string;
      status: "bedrag";
      /** The toeslag over the year on the real income (definitive). */
      definitiveCent: number;
      /** The toeslag over the year on the estimate. */
      estimatedCent: number;
      notReported: NotReported;
      /** Null when there is nothing to report (no own wage in the year). */
      reported: Reported | null;
      sources: string[];
    }
  | { id: SchemeId; name: string; status: "onbekend"; reason: string };

/** A year settled. */
export interface ToeslagenYear {
  ok: true;
  year: number;
  /** The toetsingsinkomen of the year on the real months and on the estimate. */
  toetsingsinkomen: Toetsingsinkomen | null;
  estimateToetsingsinkomen: Toetsingsinkomen | null;
  schemes: SchemeYear[];
  /**
   * The terugvorderingsgrens (art. 26a) in force in the year after: a claim per toeslag of no more
   * than this is not reclaimed when the definitive decision comes in that year. Null: not known.
   */
  terugvorderingsgrensCent: number | null;
  /** Latest date of the definitive decision without an income tax assessment (art. 19 lid 2). */
  decisionByDate: string;
  notes: string[];
  sources: string[];
}

/** A failed year: why, in Dutch. */
export interface ToeslagenYearFailure {
  ok: false;
  problems: Problem[];
}

/** Where the model of advances and settlement comes from (the law and the Dienst's own pages). */
export const YEAR_SETTLEMENT_SOURCES = [
  "awir-2026-01-01",
  "belastingdienst-toeslag-bedrag-rekening-anders",
  "belastingdienst-toeslagen-uitbetaling",
  "belastingdienst-klein-bedrag-terugbetalen",
  "belastingdienst-toeslagen-inkomen-verandert",
  "belastingdienst-voorschotbeschikking",
  "belastingdienst-terugbetalen-na-definitieve-berekening",
] as const;

/** The schemes settled over a year; kinderbijslag does not depend on income. */
const YEAR_SCHEMES: readonly SchemeId[] = ["zorgtoeslag", "huurtoeslag", "kindgebonden-budget"];

/**
 * The toetsingsinkomen of twelve months received: per person the net sums grossed up by the annual
 * formula; for a couple each partner gets half of the bijstand (as in the household engine).
 */
export function yearToetsingsinkomen(
  tax: TaxYear,
  months: readonly ReceivedMonth[],
  couple: boolean,
): Toetsingsinkomen {
  let own = 0;
  let partnerWage = 0;
  let bijstand = 0;
  for (const m of months) {
    own += m.ownNettoCent;
    partnerWage += m.partnerNettoCent;
    bijstand += m.bijstandCent;
  }
  return householdToetsingsinkomen(tax, couple, own, partnerWage, bijstand);
}

/** A scheme's amount over a year and its monthly advance, in cents. */
export interface YearAmount {
  yearCent: number;
  monthCent: number;
}

/**
 * The advances of a year and what settles them, for one scheme. Not reported: the estimate's
 * monthly advance all year. Reported in `reportMonth` (a correct new yearly income): the Dienst
 * recalculates the whole year and spreads what is left of the new yearly amount over the remaining
 * months, so what the earlier months got too much comes off those months; when nothing is left, the
 * remaining months get nothing and the excess is reclaimed at once (Awir art. 16 lid 5–6; the
 * Dienst's pages on a changed amount). Reported in January: the normal monthly advance.
 */
export function settleAdvances(
  definitive: YearAmount,
  estimate: Pick<YearAmount, "monthCent">,
  reportMonth: number | null,
): { notReported: NotReported; reported: Reported | null } {
  const old = estimate.monthCent;
  const advancesCent = 12 * old;
  const notReported: NotReported = {
    advanceMonthCent: old,
    advancesCent,
    afterYearCent: definitive.yearCent - advancesCent,
    waivedCent: null,
  };
  if (reportMonth === null) return { notReported, reported: null };
  const before = reportMonth - 1;
  const remainingMonths = 12 - before;
  const left = definitive.yearCent - before * old;
  // Spread in whole cents, rounded down; what the rounding leaves comes after the year.
  const fresh =
    before === 0 ? definitive.monthCent : left > 0 ? Math.floor(left / remainingMonths) : 0;
  const paid = before * old + remainingMonths * fresh;
  const revisionCent = Math.min(left, 0);
  return {
    notReported,
    reported: {
      reportMonth,
      advanceBeforeCent: old,
      advanceFromCent: fresh,
      advancesCent: paid,
      revisionCent,
      afterYearCent: definitive.yearCent - paid - revisionCent,
    },
  };
}

/**
 * What is reclaimed of a settlement after the year (Awir art. 26a): a claim of no more than the
 * terugvorderingsgrens is not reclaimed. `afterYearCent` is + paid to you, − to pay back; returns
 * what is reclaimed (0 or more). The grens does not apply to a revision of the advance.
 */
export function claimAfterThreshold(afterYearCent: number, grensCent: number): number {
  const claim = Math.max(0, -afterYearCent);
  return claim > grensCent ? claim : 0;
}

const problem = (message: string): ToeslagenYearFailure => ({
  ok: false,
  problems: [{ field: null, message }],
});

/** Checks twelve months of money received. */
function checkMonths(months: readonly ReceivedMonth[]): boolean {
  return (
    months.length === 12 &&
    months.every(
      (m) =>
        Number.isSafeInteger(m.ownNettoCent) &&
        m.ownNettoCent >= 0 &&
        Number.isSafeInteger(m.partnerNettoCent) &&
        m.partnerNettoCent >= 0 &&
        Number.isSafeInteger(m.bijstandCent) &&
        m.bijstandCent >= 0,
    )
  );
}

/** "31 december 2027" for the year after `year`. */
function decisionBy(year: number): string {
  return `31 december ${year + 1}`;
}

/**
 * Settles the toeslagen of one calendar year (see the module comment): per scheme the definitive
 * amount on the real months, the advances on the estimate, and what follows when the new income is
 * or is not reported. A scheme whose parameters or toetsingsinkomen are unknown is `onbekend` with
 * the Dutch reason.
 */
export function settleToeslagenYear(
  params: Parameters,
  input: ToeslagenYearInput,
): ToeslagenYear | ToeslagenYearFailure {
  if (!checkMonths(input.actual) || !checkMonths(input.estimate))
    return problem("Voor een jaar zijn twaalf maanden met bedragen van 0 of meer nodig.");
  const r = input.reportMonth;
  if (r !== null && !(Number.isInteger(r) && r >= 1 && r <= 12))
    return problem("De maand waarin u het nieuwe inkomen doorgeeft, ligt niet tussen 1 en 12.");
  const resolved = resolveHousehold(params, { ...input.household, nettoCent: 0 });
  if (!resolved.ok) return resolved;
  const c = resolved.context;
  const year = c.schemeMonth.year;
  const couple = c.schemeMonth.leefvorm === "samenwonend";
  const t = c.tax ? yearToetsingsinkomen(c.tax, input.actual, couple) : null;
  const e = c.tax ? yearToetsingsinkomen(c.tax, input.estimate, couple) : null;
  const sources = new Set<string>([...YEAR_SETTLEMENT_SOURCES, ...(c.tax?.sources ?? [])]);

  let grens: number | null = null;
  const toeslagen = params.toeslagen;
  if (toeslagen) {
    const g = valuesForYear(toeslagen.awir, year + 1, ["terugvorderingsgrens"] as const, "de Awir");
    if (g.ok) {
      grens = g.values.terugvorderingsgrens;
      for (const s of g.sources) sources.add(s);
    }
  }

  const schemes: SchemeYear[] = [];
  for (const { scheme, prepared } of c.schemes) {
    if (!YEAR_SCHEMES.includes(scheme.id)) continue;
    const definitive = prepared.compute(t);
    const estimated = prepared.compute(e);
    if (!definitive.ok || !estimated.ok) {
      const reason = !definitive.ok
        ? definitive.unknown
        : (estimated as { unknown: string }).unknown;
      schemes.push({ id: scheme.id, name: scheme.name, status: "onbekend", reason });
      continue;
    }
    for (const s of [...definitive.sources, ...estimated.sources]) sources.add(s);
    const { notReported, reported } = settleAdvances(definitive, estimated, r);
    if (grens !== null) {
      const claim = Math.max(0, -notReported.afterYearCent);
      notReported.waivedCent = claim - claimAfterThreshold(notReported.afterYearCent, grens);
    }
    schemes.push({
      id: scheme.id,
      name: scheme.name,
      status: "bedrag",
      definitiveCent: definitive.yearCent,
      estimatedCent: estimated.yearCent,
      notReported,
      reported,
      sources: [...new Set([...definitive.sources, ...estimated.sources])].sort(),
    });
  }

  const notes = [
    `De toeslagen over ${year} rekenen we met het inkomen van heel ${year}: uw loon, het loon van uw partner en de bijstand met vakantietoeslag, van netto teruggerekend naar bruto met de belastingregels van ${year}. Vakantiegeld over loon, premies van de gemeente en vermogen tellen we niet mee.`,
    "Kinderbijslag hangt niet af van uw inkomen: die wordt na het jaar niet verrekend.",
  ];
  if (grens !== null)
    notes.push(
      `Komt de definitieve berekening in ${year + 1}, dan vordert de Dienst Toeslagen per toeslag niets terug als het terug te betalen bedrag niet meer is dan ${formatEuro(grens, { cents: false })} (Awir art. 26a). Bij een herziening van het voorschot in de loop van het jaar geldt die grens niet.`,
    );
  else
    notes.push(
      `De grens waaronder de Dienst Toeslagen na ${year} niets terugvordert (Awir art. 26a), hebben we voor ${year + 1} nog niet gevonden.`,
    );
  return {
    ok: true,
    year,
    toetsingsinkomen: t,
    estimateToetsingsinkomen: e,
    schemes,
    terugvorderingsgrensCent: grens,
    decisionByDate: decisionBy(year),
    notes,
    sources: [...sources].sort(),
  };
}

/** One month of a year before it is turned into money received: own wage and bijstand context. */
interface MonthSource {
  ownNettoCent: number;
  /** Net bijstand paid (without vakantietoeslag). */
  uitkeringCent: number;
  /** Net bijstand at no earnings that month (the estimate). */
  uitkeringZonderWerkCent: number;
  context: MonthContext;
}

function received(m: MonthSource, partnerNettoCent: number, estimate: boolean): ReceivedMonth {
  return estimate
    ? {
        ownNettoCent: 0,
        partnerNettoCent,
        bijstandCent: bijstandWithVakantietoeslag(m.context, m.uitkeringZonderWerkCent),
      }
    : {
        ownNettoCent: m.ownNettoCent,
        partnerNettoCent,
        bijstandCent: bijstandWithVakantietoeslag(m.context, m.uitkeringCent),
      };
}

/** The months of a year as actual and estimate, and the month work shows up (null: none). */
function yearMonths(sources: readonly MonthSource[], partnerNettoCent: number) {
  const actual = sources.map((m) => received(m, partnerNettoCent, false));
  const estimate = sources.map((m) => received(m, partnerNettoCent, true));
  const first = actual.findIndex((m) => m.ownNettoCent > 0);
  return { actual, estimate, reportMonth: first < 0 ? null : first + 1 };
}

/** The household fields the toeslagen need besides the person. */
export type ToeslagenHousehold = Pick<HouseholdInput, "kinderen" | "huurCent">;

/** A year of a timeline settled, with how the months outside the span were filled in. */
export type TimelineToeslagenYear = ToeslagenYear & {
  /** Months of the year before the first month of the span, and after the last. */
  filledBefore: number;
  filledAfter: number;
};

/**
 * The toeslagen of every calendar year a settlement timeline touches. The months of the span count
 * as the timeline has them (earnings, bijstand received). Months of the year outside the span: before
 * it, as months without work when work starts in the first month of the span (`startMonth` 1),
 * otherwise like the first month; after it, like the last month (its earnings and its right to
 * bijstand). The estimate is every month without own earnings.
 */
export function toeslagenOverTimeline(
  params: Parameters,
  input: TimelineInput,
  rows: readonly TimelineRow[],
  household: ToeslagenHousehold,
): (TimelineToeslagenYear | (ToeslagenYearFailure & { year: number }))[] {
  if (rows.length === 0) return [];
  const contexts = new Map<string, { source: MonthSource; row: TimelineRow }>();
  const resolve = (row: TimelineRow, earned: number, uitkering: number | null) => {
    const monthInput: MonthInput = {
      ...input.person,
      regime: row.regime,
      date: row.date,
      month: row.monthNumber,
      nettoCent: earned,
    };
    const r = resolveMonth(params, monthInput);
    if (!r.ok) return null;
    const source: MonthSource = {
      ownNettoCent: earned,
      uitkeringCent: uitkering ?? settleMonth(r.context, earned).uitkeringCent,
      uitkeringZonderWerkCent: settleMonth(r.context, 0).uitkeringCent,
      context: r.context,
    };
    return source;
  };
  for (const row of rows) {
    const s = resolve(row, row.earnedCent, row.bijstandCent);
    if (s) contexts.set(row.date.slice(0, 7), { source: s, row });
  }
  const firstRow = rows[0] as TimelineRow;
  const lastRow = rows[rows.length - 1] as TimelineRow;
  const before = resolve(firstRow, input.startMonth === 1 ? 0 : firstRow.earnedCent, null);
  const after = resolve(lastRow, lastRow.earnedCent, null);
  const couple = input.person.leefvorm === "samenwonend";
  const partnerNettoCent = couple ? (input.person.partnerNettoCent ?? 0) : 0;

  const years = [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))];
  return years.map((year) => {
    const sources: MonthSource[] = [];
    let filledBefore = 0;
    let filledAfter = 0;
    for (let m = 1; m <= 12; m++) {
      const key = `${year}-${String(m).padStart(2, "0")}`;
      const inSpan = contexts.get(key);
      if (inSpan) sources.push(inSpan.source);
      else if (key < firstRow.date.slice(0, 7) && before) {
        sources.push(before);
        filledBefore++;
      } else if (after) {
        sources.push(after);
        filledAfter++;
      }
    }
    if (sources.length !== 12)
      return { year, ...problem(`De maanden van ${year} konden we niet allemaal uitrekenen.`) };
    const { actual, estimate, reportMonth } = yearMonths(sources, partnerNettoCent);
    const first = rows.find((r) => r.date.startsWith(String(year))) as TimelineRow;
    const settled = settleToeslagenYear(params, {
      household: {
        ...input.person,
        ...household,
        regime: first.regime,
        date: first.date,
        month: first.monthNumber,
        nettoCent: 0,
      },
      actual,
      estimate,
      reportMonth,
    });
    if (!settled.ok) return { year, ...settled };
    return { ...settled, filledBefore, filledAfter };
  });
}

/**
 * The toeslagen of the year when work starts in the input's month and lasts to December: the months
 * before without own earnings, the months from it with `input.nettoCent` and the bijstand that leaves
 * (all with the amounts of the input's month). The estimate is the year without work; the report is
 * made in the month work starts.
 */
export function toeslagenFromMonth(
  params: Parameters,
  input: HouseholdInput,
): ToeslagenYear | ToeslagenYearFailure {
  const resolved = resolveHousehold(params, input);
  if (!resolved.ok) return resolved;
  const c = resolved.context;
  const month = Number(c.schemeMonth.date.slice(5, 7));
  const withWork: MonthSource = {
    ownNettoCent: input.nettoCent,
    uitkeringCent: settleMonth(c.month, input.nettoCent).uitkeringCent,
    uitkeringZonderWerkCent: settleMonth(c.month, 0).uitkeringCent,
    context: c.month,
  };
  const withoutWork: MonthSource = {
    ...withWork,
    ownNettoCent: 0,
    uitkeringCent: withWork.uitkeringZonderWerkCent,
  };
  const sources = Array.from({ length: 12 }, (_, i) => (i + 1 < month ? withoutWork : withWork));
  const couple = input.leefvorm === "samenwonend";
  const { actual, estimate, reportMonth } = yearMonths(
    sources,
    couple ? (input.partnerNettoCent ?? 0) : 0,
  );
  return settleToeslagenYear(params, { household: input, actual, estimate, reportMonth });
}
