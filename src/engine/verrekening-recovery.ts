/**
 * Settling a month's difference later (art. 58 lid 4 Participatiewet): the difference D[m] = B[m] −
 * U[m] between what was paid and the right is settled from the next month on. A debt (D > 0) is
 * withheld from the payments of the next six months as far as they allow (means of the previous
 * six months may be set off); what is left after six months stays open as a claim
 * (terugvordering). A credit (D < 0) first reduces open debts, then open claims, and the rest is
 * paid out ("nabetaling").
 */
import { formatEuro } from "../format/format.ts";
import type { TimelineEventKind } from "./verrekening-types.ts";

/** Months a debt may be withheld from later payments before it becomes a claim (art. 58 lid 4). */
export const SETTLEMENT_WINDOW_MONTHS = 6;

interface Debt {
  /** Index of the month whose difference this is. */
  from: number;
  remaining: number;
}

/** What is open between months: debts still to withhold, claims, last month's difference. */
export interface Recovery {
  debts: Debt[];
  claimOpenCent: number;
  /** D of the previous month, settled in the next one. */
  pendingDifferenceCent: number;
}

/** What settling earlier months does in one month. */
export interface MonthSettlement {
  withheldCent: number;
  paidAfterCent: number;
  /** Debts whose six months ran out this month: now claims. */
  newClaimCent: number;
}

/** Nothing open: the state before the first month. */
export function startRecovery(): Recovery {
  return { debts: [], claimOpenCent: 0, pendingDifferenceCent: 0 };
}

/**
 * Settles the previous month's difference in month `index`, then withholds open debts from this
 * month's payment `paidCent` (plus any nabetaling); debts older than six months become claims.
 */
export function settleEarlierMonths(r: Recovery, index: number, paidCent: number): MonthSettlement {
  let paidAfter = 0;
  const pending = r.pendingDifferenceCent;
  if (pending > 0) r.debts.push({ from: index - 1, remaining: pending });
  else if (pending < 0) {
    let credit = -pending;
    for (const d of r.debts) {
      const take = Math.min(credit, d.remaining);
      d.remaining -= take;
      credit -= take;
    }
    const fromClaim = Math.min(credit, r.claimOpenCent);
    r.claimOpenCent -= fromClaim;
    credit -= fromClaim;
    paidAfter = credit;
  }
  let available = paidCent + paidAfter;
  let withheld = 0;
  for (const d of r.debts) {
    if (d.remaining === 0) continue;
    if (index - d.from > SETTLEMENT_WINDOW_MONTHS) {
      r.claimOpenCent += d.remaining;
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
  for (const d of r.debts) {
    if (d.remaining > 0 && index + 1 - d.from > SETTLEMENT_WINDOW_MONTHS) {
      r.claimOpenCent += d.remaining;
      newClaim += d.remaining;
      d.remaining = 0;
    }
  }
  for (let k = r.debts.length - 1; k >= 0; k--)
    if (r.debts[k]?.remaining === 0) r.debts.splice(k, 1);
  return { withheldCent: withheld, paidAfterCent: paidAfter, newClaimCent: newClaim };
}

/** Plain Dutch notes and events for what settling earlier months did this month. */
export function describeSettlement(
  s: MonthSettlement,
  events: TimelineEventKind[],
  notes: string[],
): void {
  if (s.withheldCent > 0) {
    events.push("inhouding");
    notes.push(`De gemeente houdt ${formatEuro(s.withheldCent)} in voor eerdere maanden.`);
  }
  if (s.paidAfterCent > 0) {
    events.push("nabetaling");
    notes.push(`U krijgt ${formatEuro(s.paidAfterCent)} bijstand over de vorige maand nabetaald.`);
  }
  if (s.newClaimCent > 0) {
    events.push("vordering");
    notes.push(
      `${formatEuro(s.newClaimCent)} kon niet binnen zes maanden worden ingehouden: dat wordt een vordering die u apart moet terugbetalen.`,
    );
  }
}

/** Debts still to withhold within their six months. */
export function openDebtCent(r: Recovery): number {
  return r.debts.reduce((s, d) => s + d.remaining, 0);
}

/**
 * After the last month, the last difference is not settled within the span: what the person still
 * owes (open debts, claims, a last debt) and what the gemeente still owes the person.
 */
export function closeRecovery(r: Recovery): { claimAtEndCent: number; owedAtEndCent: number } {
  let claimAtEnd = r.claimOpenCent + openDebtCent(r);
  let owedAtEnd = 0;
  const pending = r.pendingDifferenceCent;
  if (pending > 0) claimAtEnd += pending;
  else if (pending < 0) {
    const credit = -pending;
    const offset = Math.min(credit, claimAtEnd);
    claimAtEnd -= offset;
    owedAtEnd = credit - offset;
  }
  return { claimAtEndCent: claimAtEnd, owedAtEndCent: owedAtEnd };
}
