/**
 * Verrekening in de tijd: a month-by-month timeline of bijstand next to changing earnings, under
 * three ways a gemeente settles income (art. 19 lid 2, art. 31, art. 45 lid 1 and art. 58 lid 4
 * Participatiewet). Pure: months in, rows out. Every month uses the same rules as the calculator
 * (`resolveMonth` + `settleMonth`), so indexation on 1 January / 1 July, the kostendeler age on
 * 1-1-2023, the end of a vrijlating and a regime's end date all take effect in the month they apply.
 *
 * The model, for month m with earnings E[m]:
 * - the right to bijstand U[m] = settleMonth(context[m], E[m]).uitkeringCent ("recht");
 * - the gemeente pays a first amount B[m] for that month, depending on the method:
 *   - `vooraf`   B[m] = U[m] (income known in advance, settled in the same month);
 *   - `achteraf` B[m] = the norm without vakantietoeslag (the income of m is settled later;
 *                Divosa, Werkwijzer verrekening parttime inkomsten §4.3);
 *   - `schatting` B[m] = the bijstand on the estimated earnings ("fictieve verrekening", Rotterdam);
 *   in a month with no right at all (U[m] = 0: earnings at or above the norm) B[m] = 0: we assume
 *   the person reported it and the gemeente paid nothing for that month;
 * - the difference D[m] = B[m] − U[m] is settled from the next month on: a debt (D > 0) is withheld
 *   from the payments of the next six months as far as they allow (art. 58 lid 4: means of the
 *   previous six months may be set off); what is left after six months stays open as a claim
 *   (terugvordering). A credit (D < 0) first reduces open debts, then is paid out ("nabetaling").
 * - a premie (art. 31 lid 2 j) is earned over each month and paid out in the regime's payout months.
 *
 * Conservation (tested): the bijstand received over the span − claims still open + amounts still
 * owed to the person = the sum of the monthly rights U[m], whatever the method.
 */
import { formatDate, formatEuro } from "../format/format.ts";
import { MAX_NETTO_CENT, resolveMonth, settleMonth } from "./calculate.ts";
import { toMonthStart } from "./period.ts";
import type {
  InputField,
  IsoDate,
  MonthContext,
  MonthInput,
  Parameters,
  VrijlatingKind,
} from "./types.ts";

/** The ways a gemeente settles earnings against the bijstand. */
export type SettlementMethod = "vooraf" | "achteraf" | "schatting";

/** The methods in display order (also the permalink values of `methode`). */
export const SETTLEMENT_METHODS: readonly SettlementMethod[] = ["vooraf", "achteraf", "schatting"];

/** Fewest and most months in a timeline. */
export const MIN_TIMELINE_MONTHS = 6;
export const MAX_TIMELINE_MONTHS = 36;

/** Months a debt may be withheld from later payments before it becomes a claim (art. 58 lid 4). */
export const SETTLEMENT_WINDOW_MONTHS = 6;

/** Fields a timeline problem can point at: the calculator's permalink names and three more. */
export type TimelineField = InputField | "inkomsten" | "methode" | "schatting";

/** A problem with the timeline's input, in Dutch. */
export interface TimelineProblem {
  field: TimelineField | null;
  message: string;
}

/** The person as in the calculator, without the month-specific fields. */
export type TimelinePerson = Omit<MonthInput, "date" | "month" | "nettoCent">;

/** What a timeline needs. */
export interface TimelineInput {
  person: TimelinePerson;
  /** First month of the span: `YYYY-MM` or `YYYY-MM-DD`. */
  startDate: string;
  /** Month number since work started of the first month (1-based); it counts on every month. */
  startMonth: number;
  /** Netto earnings per month in cents, one per month of the span (6 to 36). */
  earningsCent: readonly number[];
  method: SettlementMethod;
  /** The estimated monthly netto earnings used by `schatting`, in cents. */
  estimateCent?: number | null;
}

/** Something that happens in a month, for the notes and the chart's marks. */
export type TimelineEventKind =
  | "nieuwe-bedragen"
  | "kostendelers"
  | "vrijlating"
  | "regeling"
  | "inhouding"
  | "nabetaling"
  | "vordering"
  | "premie"
  | "geen-bijstand";

/** One month of the timeline; all amounts in cents. */
export interface TimelineRow {
  /** 0-based position in the span. */
  index: number;
  /** First day of the month. */
  date: IsoDate;
  /** Month number since work started. */
  monthNumber: number;
  /** Regime id used this month (falls back to `landelijk` after a regime's end). */
  regime: string;
  /** Netto earnings this month. */
  earnedCent: number;
  /** Earnings disregarded (vrijlating). */
  vrijlatingCent: number;
  vrijlatingKind: VrijlatingKind | null;
  /** Earnings counted after the vrijlating. */
  countedCent: number;
  /** The monthly norm without vakantietoeslag. */
  normCent: number;
  /** The bijstand this month gives a right to, given its earnings ("recht"). */
  entitlementCent: number;
  /** The bijstand the gemeente pays for this month, before settling earlier months. */
  paidCent: number;
  /** Settled this month for earlier months: + paid after (nabetaling), − withheld. */
  correctionCent: number;
  /** Of which withheld (≥ 0). */
  withheldCent: number;
  /** Of which paid after (≥ 0). */
  paidAfterCent: number;
  /** Bijstand received this month: `paidCent + correctionCent`, never negative. */
  bijstandCent: number;
  /** Premie earned over this month (paid later). */
  premieEarnedCent: number;
  /** Premie paid out this month. */
  premiePaidCent: number;
  /** Earnings + bijstand received + premie paid out. */
  totalCent: number;
  /** This month's difference to settle later: + the person owes, − the gemeente owes. */
  differenceCent: number;
  /** After this month: debts still to withhold within the six months. */
  debtOpenCent: number;
  /** After this month: claims older than six months that can no longer be withheld. */
  claimOpenCent: number;
  events: TimelineEventKind[];
  /** Plain Dutch notes on what changes or happens this month. */
  notes: string[];
}

/** The summary the page shows under the table. */
export interface TimelineSummary {
  months: number;
  lowestTotalCent: number;
  lowestIndex: number;
  highestTotalCent: number;
  highestIndex: number;
  /** Indexes of months in which money was withheld. */
  repaymentMonths: number[];
  /** What the person still owes after the last month (open debts, claims, the last difference). */
  claimAtEndCent: number;
  /** What the gemeente still owes the person after the last month. */
  owedAtEndCent: number;
  /** Whether the last month has no right to bijstand (the person has left it). */
  outOfBijstandAtEnd: boolean;
  premiePaidCent: number;
  /** Premie earned but not (yet) paid within the span. */
  premieSavedCent: number;
  /** Months in which part of the earnings was disregarded. */
  vrijlatingMonths: number;
  earnedCent: number;
  entitlementCent: number;
  bijstandCent: number;
  totalCent: number;
}

/** A timeline, or the problems that prevent it. */
export type TimelineResult =
  | { ok: true; rows: TimelineRow[]; summary: TimelineSummary; notes: string[] }
  | { ok: false; problems: TimelineProblem[] };

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
      message: "Kies een manier van verrekenen: vooraf, achteraf of met een schatting.",
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

/** Premie payout: known months of the year, every n months, or unknown. */
function payoutRule(premie: NonNullable<MonthContext["premie"]>): {
  months: number[];
  every: number | null;
} {
  if (premie.payoutMonths.length > 0) return { months: premie.payoutMonths, every: null };
  // The data give "elke zes maanden" (Wageningen) without naming the months: we count six months
  // from the first month with premie in the span. "Twee keer per jaar" without months stays unpaid.
  if (premie.payout && /zes maanden|half jaar/.test(premie.payout)) return { months: [], every: 6 };
  return { months: [], every: null };
}

function describeKostendelers(k: number): string {
  if (k === 0) return "telt geen huisgenoot meer mee als kostendeler";
  return k === 1
    ? "telt 1 huisgenoot mee als kostendeler"
    : `tellen ${k} huisgenoten mee als kostendeler`;
}

interface ResolvedMonth {
  context: MonthContext;
  fellBack: boolean;
  date: IsoDate;
}

interface Debt {
  from: number;
  remaining: number;
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

/** Builds the month-by-month timeline; see the module comment for the model. */
export function simulateTimeline(params: Parameters, input: TimelineInput): TimelineResult {
  const invalid = validateTimeline(params, input);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  const start = toMonthStart(input.startDate);
  const n = input.earningsCent.length;

  // Resolve every month first: a problem in any month stops the whole timeline.
  const contexts: ResolvedMonth[] = [];
  for (let i = 0; i < n; i++) {
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
      return { ok: false, problems };
    }
    contexts.push({ ...r, date });
  }

  const rows: TimelineRow[] = [];
  const debts: Debt[] = [];
  let claimOpen = 0;
  let pendingDifference = 0; // D of the previous month, settled this month
  let premieSaved = 0;
  let premieFirstIndex: number | null = null;
  let premiePaidTotal = 0;
  const estimate = input.estimateCent ?? 0;

  for (let i = 0; i < n; i++) {
    const { context, fellBack, date } = contexts[i] as ResolvedMonth;
    const prev = i > 0 ? (contexts[i - 1] as ResolvedMonth) : null;
    const earned = input.earningsCent[i] ?? 0;
    const a = settleMonth(context, earned);
    const entitlement = a.uitkeringCent;
    const notes: string[] = [];
    const events: TimelineEventKind[] = [];

    // What changed since last month: amounts, kostendelers, vrijlating, regime.
    if (prev) {
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

    // The first amount the gemeente pays for this month.
    let paid: number;
    if (entitlement === 0) paid = 0;
    else if (input.method === "vooraf") paid = entitlement;
    else if (input.method === "achteraf") paid = context.normExclVtCent;
    else paid = settleMonth(context, estimate).uitkeringCent;
    if (entitlement === 0) {
      events.push("geen-bijstand");
      notes.push("U verdient deze maand meer dan de bijstandsnorm: geen bijstand voor deze maand.");
    }

    // Settle the previous month's difference and withhold open debts.
    let paidAfter = 0;
    if (pendingDifference > 0) debts.push({ from: i - 1, remaining: pendingDifference });
    else if (pendingDifference < 0) {
      let credit = -pendingDifference;
      for (const d of debts) {
        const take = Math.min(credit, d.remaining);
        d.remaining -= take;
        credit -= take;
      }
      const fromClaim = Math.min(credit, claimOpen);
      claimOpen -= fromClaim;
      credit -= fromClaim;
      paidAfter = credit;
    }
    let available = paid + paidAfter;
    let withheld = 0;
    for (const d of debts) {
      if (d.remaining === 0) continue;
      if (i - d.from > SETTLEMENT_WINDOW_MONTHS) {
        claimOpen += d.remaining;
        d.remaining = 0;
        continue;
      }
      const take = Math.min(available, d.remaining);
      d.remaining -= take;
      available -= take;
      withheld += take;
    }
    // A debt whose six months run out after this month can no longer be withheld.
    let newClaim = 0;
    for (const d of debts) {
      if (d.remaining > 0 && i + 1 - d.from > SETTLEMENT_WINDOW_MONTHS) {
        claimOpen += d.remaining;
        newClaim += d.remaining;
        d.remaining = 0;
      }
    }
    for (let k = debts.length - 1; k >= 0; k--) if (debts[k]?.remaining === 0) debts.splice(k, 1);
    if (withheld > 0) {
      events.push("inhouding");
      notes.push(`De gemeente houdt ${formatEuro(withheld)} in voor eerdere maanden.`);
    }
    if (paidAfter > 0) {
      events.push("nabetaling");
      notes.push(`U krijgt ${formatEuro(paidAfter)} bijstand over de vorige maand nabetaald.`);
    }
    if (newClaim > 0) {
      events.push("vordering");
      notes.push(
        `${formatEuro(newClaim)} kon niet binnen zes maanden worden ingehouden: dat wordt een vordering die u apart moet terugbetalen.`,
      );
    }

    // Premie: saved per month, paid in the payout months.
    let premiePaid = 0;
    if (context.premie) {
      const rule = payoutRule(context.premie);
      const monthOfYear = Number(date.slice(5, 7));
      const due =
        rule.months.includes(monthOfYear) ||
        (rule.every !== null &&
          premieFirstIndex !== null &&
          i > premieFirstIndex &&
          (i - premieFirstIndex) % rule.every === 0);
      if (due && premieSaved > 0) {
        premiePaid = premieSaved;
        premieSaved = 0;
        events.push("premie");
        notes.push(`U krijgt ${formatEuro(premiePaid)} premie uitbetaald.`);
      }
    }
    if (a.premieCent > 0) {
      premieSaved += a.premieCent;
      premieFirstIndex ??= i;
    }
    premiePaidTotal += premiePaid;

    const difference = paid - entitlement;
    pendingDifference = difference;
    const correction = paidAfter - withheld;
    const bijstand = paid + correction;
    const debtOpen = debts.reduce((s, d) => s + d.remaining, 0);
    rows.push({
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
      withheldCent: withheld,
      paidAfterCent: paidAfter,
      bijstandCent: bijstand,
      premieEarnedCent: a.premieCent,
      premiePaidCent: premiePaid,
      totalCent: earned + bijstand + premiePaid,
      differenceCent: difference,
      debtOpenCent: debtOpen,
      claimOpenCent: claimOpen,
      events,
      notes,
    });
  }

  // After the last month: the last difference is not settled within the span.
  let claimAtEnd = claimOpen + debts.reduce((s, d) => s + d.remaining, 0);
  let owedAtEnd = 0;
  if (pendingDifference > 0) claimAtEnd += pendingDifference;
  else if (pendingDifference < 0) {
    const credit = -pendingDifference;
    const offset = Math.min(credit, claimAtEnd);
    claimAtEnd -= offset;
    owedAtEnd = credit - offset;
  }

  const summary = summarize(rows, claimAtEnd, owedAtEnd, premiePaidTotal, premieSaved);
  const notes: string[] = [];
  const firstPremie = contexts.find((c) => c.context.premie)?.context.premie;
  if (firstPremie && payoutRule(firstPremie).every !== null)
    notes.push(
      "De bron zegt dat de premie elke zes maanden wordt uitbetaald, maar niet in welke maanden. Wij rekenen met een uitbetaling zes maanden na de eerste maand met premie, en daarna elke zes maanden.",
    );
  if (
    firstPremie &&
    payoutRule(firstPremie).months.length === 0 &&
    payoutRule(firstPremie).every === null
  )
    notes.push(
      `De premie wordt ${firstPremie.payout ?? "later"} uitbetaald, maar in welke maanden vonden we niet. Daarom tellen we de premie op als gespaard en niet als ontvangen.`,
    );
  return { ok: true, rows, summary, notes };
}

function summarize(
  rows: TimelineRow[],
  claimAtEndCent: number,
  owedAtEndCent: number,
  premiePaidCent: number,
  premieSavedCent: number,
): TimelineSummary {
  let lowestIndex = 0;
  let highestIndex = 0;
  let earned = 0;
  let entitlement = 0;
  let bijstand = 0;
  let total = 0;
  let vrijlatingMonths = 0;
  const repaymentMonths: number[] = [];
  for (const r of rows) {
    if (r.totalCent < (rows[lowestIndex] as TimelineRow).totalCent) lowestIndex = r.index;
    if (r.totalCent > (rows[highestIndex] as TimelineRow).totalCent) highestIndex = r.index;
    if (r.withheldCent > 0) repaymentMonths.push(r.index);
    if (r.vrijlatingCent > 0) vrijlatingMonths++;
    earned += r.earnedCent;
    entitlement += r.entitlementCent;
    bijstand += r.bijstandCent;
    total += r.totalCent;
  }
  const last = rows[rows.length - 1] as TimelineRow;
  return {
    months: rows.length,
    lowestTotalCent: (rows[lowestIndex] as TimelineRow).totalCent,
    lowestIndex,
    highestTotalCent: (rows[highestIndex] as TimelineRow).totalCent,
    highestIndex,
    repaymentMonths,
    claimAtEndCent,
    owedAtEndCent,
    outOfBijstandAtEnd: last.entitlementCent === 0,
    premiePaidCent,
    premieSavedCent,
    vrijlatingMonths,
    earnedCent: earned,
    entitlementCent: entitlement,
    bijstandCent: bijstand,
    totalCent: total,
  };
}
