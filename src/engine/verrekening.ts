/**
 * Verrekening in de tijd: a month-by-month timeline of bijstand next to changing earnings, under
 * three ways a gemeente settles income (art. 19 lid 2, art. 31, art. 45 lid 1 and art. 58 lid 4
 * Participatiewet). Pure: months in, rows out. Every month uses the same rules as the calculator
 * (`resolveMonth` + `settleMonth`), so indexation on 1 January / 1 July, the kostendeler age on
 * 1-1-2023, the end of a vrijlating and a regime's end date all take effect in the month they apply.
 *
 * The model, for month m with earnings E[m], one step per module:
 * 1. the right to bijstand U[m] = settleMonth(context[m], E[m]).uitkeringCent ("recht");
 * 2. the gemeente pays a first amount B[m] for that month, depending on the method
 *    (`verrekening-methods.ts`: vooraf, achteraf, schatting);
 * 3. the difference D[m] = B[m] − U[m] is settled from the next month on: withheld within six
 *    months, then a claim; a credit is paid out (`verrekening-recovery.ts`, art. 58 lid 4);
 * 4. a premie (art. 31 lid 2 j) is earned over each month and paid out in the regime's payout
 *    months (`verrekening-premie.ts`);
 * 5. the summary adds it up (`verrekening-summary.ts`).
 *
 * Conservation (tested): the bijstand received over the span − claims still open + amounts still
 * owed to the person = the sum of the monthly rights U[m], whatever the method.
 */
import { formatDate, formatEuro } from "../format/format.ts";
import { MAX_NETTO_CENT, resolveMonth, settleMonth } from "./calculate.ts";
import { toMonthStart } from "./period.ts";
import type { IsoDate, MonthContext, MonthInput, Parameters } from "./types.ts";
import { checkOntvangstStart, firstPayment, SETTLEMENT_METHODS } from "./verrekening-methods.ts";
import { describePayout, type PremiePot, payPremie, startPremiePot } from "./verrekening-premie.ts";
import {
  closeRecovery,
  describeSettlement,
  openDebtCent,
  type Recovery,
  settleEarlierMonths,
  startRecovery,
} from "./verrekening-recovery.ts";
import { summarizeTimeline } from "./verrekening-summary.ts";
import type {
  TimelineEventKind,
  TimelineInput,
  TimelineProblem,
  TimelineResult,
  TimelineRow,
} from "./verrekening-types.ts";

export { ontvangstFrom, SETTLEMENT_METHODS } from "./verrekening-methods.ts";
export { SETTLEMENT_WINDOW_MONTHS } from "./verrekening-recovery.ts";
export type * from "./verrekening-types.ts";

/** Fewest and most months in a timeline. */
export const MIN_TIMELINE_MONTHS = 6;
export const MAX_TIMELINE_MONTHS = 36;

/** Adds months to a month start: ("2025-11-01", 3) → "2026-02-01". */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

/** Checks the timeline-specific input; the person is checked month by month by the engine. */
export function validateTimeline(params: Parameters, input: TimelineInput): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const e = input.earningsCent;
  if (!Array.isArray(e) || e.length < MIN_TIMELINE_MONTHS || e.length > MAX_TIMELINE_MONTHS) {
    problems.push({
      field: "inkomsten",
      message: `Vul de inkomsten in voor ${MIN_TIMELINE_MONTHS} tot en met ${MAX_TIMELINE_MONTHS} maanden.`,
    });
  } else if (!e.every((c) => Number.isSafeInteger(c) && c >= 0 && c <= MAX_NETTO_CENT)) {
    problems.push({
      field: "inkomsten",
      message: `Elk maandbedrag moet liggen tussen ${formatEuro(0, { cents: false })} en ${formatEuro(MAX_NETTO_CENT, { cents: false })}.`,
    });
  }
  if (!SETTLEMENT_METHODS.includes(input.method)) {
    problems.push({
      field: "methode",
      message:
        "Kies een manier van verrekenen: vooraf, achteraf, met een schatting of naar de maand van ontvangst.",
    });
  }
  if (input.method === "schatting") {
    const s = input.estimateCent;
    if (typeof s !== "number" || !Number.isSafeInteger(s) || s < 0 || s > MAX_NETTO_CENT) {
      problems.push({
        field: "schatting",
        message: `Vul de geschatte netto inkomsten per maand in: een bedrag van ${formatEuro(0, { cents: false })} tot en met ${formatEuro(MAX_NETTO_CENT, { cents: false })}.`,
      });
    }
  }
  const start = typeof input.startDate === "string" ? toMonthStart(input.startDate) : null;
  if (start && input.method === "ontvangst") {
    const message = checkOntvangstStart(params, start);
    if (message) problems.push({ field: "methode", message });
  }
  if (start && Array.isArray(e) && e.length >= MIN_TIMELINE_MONTHS) {
    const last = addMonths(start, e.length - 1);
    if (last > params.lastDate && start <= params.lastDate) {
      problems.push({
        field: "datum",
        message: `De periode loopt tot en met ${formatDate(last.slice(0, 7))}, maar we hebben bedragen tot en met ${formatDate(params.lastDate.slice(0, 7))}. Kies een eerdere startmaand of minder maanden.`,
      });
    }
  }
  return problems;
}

interface ResolvedMonth {
  context: MonthContext;
  fellBack: boolean;
  date: IsoDate;
}

/** Builds the month-by-month timeline; see the module comment for the model. */
export function simulateTimeline(params: Parameters, input: TimelineInput): TimelineResult {
  const invalid = validateTimeline(params, input);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  const months = resolveTimeline(params, input);
  if (!Array.isArray(months)) return { ok: false, problems: months.problems };

  const recovery = startRecovery();
  const premie = startPremiePot();
  const rows: TimelineRow[] = [];
  for (let i = 0; i < months.length; i++)
    rows.push(simulateMonth(params, input, months, i, recovery, premie));

  const { claimAtEndCent, owedAtEndCent } = closeRecovery(recovery);
  const summary = summarizeTimeline(
    rows,
    claimAtEndCent,
    owedAtEndCent,
    premie.paidCent,
    premie.savedCent,
  );
  const notes = describePayout(months.find((m) => m.context.premie)?.context.premie);
  // Caveats on amounts used (an uncertain vrijlating maximum), once each.
  for (const [i, m] of months.entries()) {
    const caveat = m.context.vrijlating.caveat;
    if (caveat && (rows[i]?.vrijlatingCent ?? 0) > 0 && !notes.includes(caveat)) notes.push(caveat);
  }
  return { ok: true, rows, summary, notes };
}

/** Resolves every month first: a problem in any month stops the whole timeline. */
function resolveTimeline(
  params: Parameters,
  input: TimelineInput,
): ResolvedMonth[] | { problems: TimelineProblem[] } {
  const start = toMonthStart(input.startDate);
  const months: ResolvedMonth[] = [];
  for (let i = 0; i < input.earningsCent.length; i++) {
    const date = start ? addMonths(start, i) : input.startDate;
    const monthInput: MonthInput = {
      ...input.person,
      date,
      month: input.startMonth + i,
      nettoCent: input.earningsCent[i] ?? 0,
    };
    // The chosen regime must apply in the first month, as in the calculator.
    const r = resolveTimelineMonth(params, monthInput, i > 0);
    if ("problems" in r) {
      // The first month's problems are the calculator's; later ones name the month.
      const problems =
        i === 0
          ? r.problems
          : r.problems.map((p) => ({
              field: p.field,
              message: `${formatDate(date.slice(0, 7))}: ${p.message}`,
            }));
      return { problems };
    }
    months.push({ ...r, date });
  }
  return months;
}

/** One row: the right, the first payment, settling earlier months, the premie. */
function simulateMonth(
  params: Parameters,
  input: TimelineInput,
  months: ResolvedMonth[],
  i: number,
  recovery: Recovery,
  premie: PremiePot,
): TimelineRow {
  const { context, date } = months[i] as ResolvedMonth;
  const earned = input.earningsCent[i] ?? 0;
  const a = settleMonth(context, earned);
  const entitlement = a.uitkeringCent;
  const notes: string[] = [];
  const events: TimelineEventKind[] = [];

  const prev = i > 0 ? (months[i - 1] as ResolvedMonth) : null;
  if (prev) describeChanges(params, input, prev, months[i] as ResolvedMonth, events, notes);

  const paid = firstPayment(input.method, context, entitlement, input.estimateCent ?? 0);
  if (entitlement === 0) {
    events.push("geen-bijstand");
    notes.push("U verdient deze maand meer dan de bijstandsnorm: geen bijstand voor deze maand.");
  }

  const settled = settleEarlierMonths(recovery, i, paid);
  describeSettlement(settled, events, notes);
  const premiePaid = payPremie(premie, context, i, date, a.premieCent, events, notes);

  // This month's difference is settled from the next month on (verrekening-recovery.ts).
  const difference = paid - entitlement;
  recovery.pendingDifferenceCent = difference;
  const correction = settled.paidAfterCent - settled.withheldCent;
  const bijstand = paid + correction;
  return {
    index: i,
    date,
    monthNumber: context.input.month,
    regime: context.regime.id,
    earnedCent: earned,
    vrijlatingCent: a.vrijlatingCent,
    vrijlatingKind: a.vrijlatingCent > 0 ? context.vrijlating.kind : null,
    countedCent: a.verrekendCent,
    normCent: context.normExclVtCent,
    entitlementCent: entitlement,
    paidCent: paid,
    correctionCent: correction,
    withheldCent: settled.withheldCent,
    paidAfterCent: settled.paidAfterCent,
    bijstandCent: bijstand,
    premieEarnedCent: a.premieCent,
    premiePaidCent: premiePaid,
    totalCent: earned + bijstand + premiePaid,
    differenceCent: difference,
    debtOpenCent: openDebtCent(recovery),
    claimOpenCent: recovery.claimOpenCent,
    events,
    notes,
  };
}

/** What changed since last month: the half year's amounts, kostendelers, vrijlating, regime. */
function describeChanges(
  params: Parameters,
  input: TimelineInput,
  prev: ResolvedMonth,
  month: ResolvedMonth,
  events: TimelineEventKind[],
  notes: string[],
): void {
  const { context, date, fellBack } = month;
  const pc = prev.context;
  const periodChanged = pc.period !== context.period;
  if (periodChanged) {
    events.push("nieuwe-bedragen");
    notes.push(
      `Nieuwe bedragen vanaf ${formatDate(context.period)}: de norm zonder vakantietoeslag is nu ${formatEuro(context.normExclVtCent)}.`,
    );
  }
  if (pc.kostendelers !== context.kostendelers) {
    events.push("kostendelers");
    notes.push(
      `Vanaf ${formatDate(date)} ${describeKostendelers(context.kostendelers)} (vanaf 1 januari 2023 telt een huisgenoot pas mee vanaf 27 jaar). De norm zonder vakantietoeslag is nu ${formatEuro(context.normExclVtCent)}.`,
    );
  } else if (!periodChanged && pc.normExclVtCent !== context.normExclVtCent) {
    events.push("nieuwe-bedragen");
    notes.push(`De norm zonder vakantietoeslag is nu ${formatEuro(context.normExclVtCent)}.`);
  }
  if (pc.vrijlating.kind !== context.vrijlating.kind) {
    events.push("vrijlating");
    notes.push(
      context.vrijlating.kind
        ? `Vanaf deze maand geldt een andere vrijlating: ${context.vrijlating.label}.`
        : "De vrijlating is afgelopen: vanaf deze maand gaat alles wat u netto verdient van de bijstand af.",
    );
  }
  if (fellBack && !prev.fellBack) {
    events.push("regeling");
    const regime = params.regimes.find((r) => r.id === input.person.regime);
    const name = regime?.name ?? "";
    const ended = regime?.periods.at(-1)?.endKnown ?? true;
    notes.push(
      ended
        ? `${name} is afgelopen. Vanaf ${formatDate(date)} rekenen we met de landelijke regels.`
        : `Voor ${name} vonden we vanaf ${formatDate(date)} geen bedragen in een bron; de regeling kan wel doorlopen. Vanaf deze maand rekenen we daarom met de landelijke regels.`,
    );
  }
}

function describeKostendelers(k: number): string {
  if (k === 0) return "telt geen huisgenoot meer mee als kostendeler";
  return k === 1
    ? "telt 1 huisgenoot mee als kostendeler"
    : `tellen ${k} huisgenoten mee als kostendeler`;
}

/** Resolves one month; after a regime's end (or a period without numbers) falls back to `landelijk`. */
function resolveTimelineMonth(
  params: Parameters,
  base: MonthInput,
  allowFallback: boolean,
): { context: MonthContext; fellBack: boolean } | { problems: TimelineProblem[] } {
  const first = resolveMonth(params, base);
  if (first.ok) return { context: first.context, fellBack: false };
  const regimeOnly = first.problems.every((p) => p.field === "regeling");
  if (allowFallback && regimeOnly && base.regime !== "landelijk") {
    const fallback = resolveMonth(params, { ...base, regime: "landelijk" });
    if (fallback.ok) return { context: fallback.context, fellBack: true };
    return { problems: fallback.problems };
  }
  return { problems: first.problems };
}
