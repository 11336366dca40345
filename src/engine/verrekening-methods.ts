/**
 * The three ways a gemeente settles earnings against the bijstand (art. 19 lid 2, art. 31 and
 * art. 45 lid 1 Participatiewet): what it pays for a month before the month's earnings are settled.
 */
import { settleMonth } from "./calculate.ts";
import type { MonthContext } from "./types.ts";
import type { SettlementMethod } from "./verrekening-types.ts";

/** The methods in display order (also the permalink values of `methode`). */
export const SETTLEMENT_METHODS: readonly SettlementMethod[] = ["vooraf", "achteraf", "schatting"];

/**
 * The first amount B[m] the gemeente pays for a month, given the month's right U[m]:
 * - `vooraf`: B = U (income known in advance, settled in the same month);
 * - `achteraf`: B = the norm without vakantietoeslag (the income of the month is settled later;
 *   Divosa, Werkwijzer verrekening parttime inkomsten §4.3);
 * - `schatting`: B = the bijstand on the estimated earnings ("fictieve verrekening", Rotterdam).
 * In a month with no right at all (U = 0: earnings at or above the norm) B = 0: we assume the
 * person reported it and the gemeente paid nothing for that month.
 */
export function firstPayment(
  method: SettlementMethod,
  context: MonthContext,
  entitlementCent: number,
  estimateCent: number,
): number {
  if (entitlementCent === 0) return 0;
  if (method === "vooraf") return entitlementCent;
  if (method === "achteraf") return context.normExclVtCent;
  return settleMonth(context, estimateCent).uitkeringCent;
}
