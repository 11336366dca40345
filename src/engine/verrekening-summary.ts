/** The summary of a settlement timeline (`verrekening.ts`), from its rows. */
import type { TimelineRow, TimelineSummary } from "./verrekening-types.ts";

/**
 * The summary under the table: the lowest and highest month, months with withholding or a
 * vrijlating, what stays open at the end, and the totals over the span.
 */
export function summarizeTimeline(
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
    totalAfterSettlementCent: total - claimAtEndCent + owedAtEndCent + premieSavedCent,
  };
}
