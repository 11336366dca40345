/**
 * The types of the settlement timeline ("Verrekening in de tijd", `verrekening.ts`): its input, one
 * row per month, the summary and the result.
 */
import type { InputField, IsoDate, MonthInput, VrijlatingKind } from "./types.ts";

/**
 * The ways a gemeente settles earnings against the bijstand; `ontvangst` is the reformed way of
 * the Participatiewet in balans (income counted in the month it is received), from 2026.
 */
export type SettlementMethod = "vooraf" | "achteraf" | "schatting" | "ontvangst";

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
  /**
   * Netto earnings per month in cents, one per month of the span (6 to 36): earned in that month,
   * or, with `ontvangst`, received in that month.
   */
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
  /**
   * The total once everything still open is settled: `totalCent` minus what the person still owes
   * (`claimAtEndCent`), plus what the gemeente still owes (`owedAtEndCent`) and the premie saved
   * but not yet paid. Equal to the earnings plus every month's right plus all premie earned, so it
   * is the same for every method when the rights are.
   */
  totalAfterSettlementCent: number;
}

/** A timeline, or the problems that prevent it. */
export type TimelineResult =
  | { ok: true; rows: TimelineRow[]; summary: TimelineSummary; notes: string[] }
  | { ok: false; problems: TimelineProblem[] };
