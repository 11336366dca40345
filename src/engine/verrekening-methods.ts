/**
 * The ways a gemeente settles earnings against the bijstand (art. 19 lid 2, art. 31 and art. 45
 * lid 1 Participatiewet): what it pays for a month before the month's earnings are settled. Three
 * are in use now; `ontvangst` is the reformed way of the Participatiewet in balans.
 */
import { formatDate } from "../format/format.ts";
import { settleMonth } from "./calculate.ts";
import { ruleOn } from "./period.ts";
import type { IsoDate, MonthContext, Parameters } from "./types.ts";
import type { SettlementMethod } from "./verrekening-types.ts";

/** The methods in display order (also the permalink values of `methode`). */
export const SETTLEMENT_METHODS: readonly SettlementMethod[] = [
  "vooraf",
  "achteraf",
  "schatting",
  "ontvangst",
];

/**
 * The first amount B[m] the gemeente pays for a month, given the month's right U[m]:
 * - `vooraf`: B = U (income known in advance, settled in the same month);
 * - `achteraf`: B = the norm without vakantietoeslag (the income of the month is settled later;
 *   Divosa, Werkwijzer verrekening parttime inkomsten §4.3);
 * - `schatting`: B = the bijstand on the estimated earnings ("fictieve verrekening", Rotterdam);
 * - `ontvangst`: B = U, where the month's earnings are the money received in that month: income
 *   counts in the month the person can use it (Participatiewet in balans, as Wyzer describes the
 *   bill; the article itself was not found). The arithmetic is that of `vooraf`; what differs is
 *   what the reader enters (money received, not money earned), and that the gemeente pays once
 *   the month's income is known instead of estimating or correcting it later.
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
  if (method === "vooraf" || method === "ontvangst") return entitlementCent;
  if (method === "achteraf") return context.normExclVtCent;
  return settleMonth(context, estimateCent).uitkeringCent;
}

/**
 * The first month `ontvangst` may be used (data/participatiewet-regels.csv, rule
 * `verrekening-ontvangst`: 1-1-2026, the gedoogjaar before the formal start on 1-1-2027), or null.
 */
export function ontvangstFrom(params: Parameters): IsoDate | null {
  return params.rules["verrekening-ontvangst"]?.find((r) => r.value === 1)?.validFrom ?? null;
}

/** A Dutch problem when `ontvangst` is chosen for a span that starts before the law allows it. */
export function checkOntvangstStart(params: Parameters, start: IsoDate): string | null {
  const from = ontvangstFrom(params);
  if (from !== null && start >= from && ruleOn(params, "verrekening-ontvangst", start)?.value === 1)
    return null;
  return from === null
    ? "Verrekenen naar de maand van ontvangst kunnen we niet berekenen: de ingangsdatum staat niet in onze bronnen."
    : `Verrekenen naar de maand van ontvangst mag pas vanaf ${formatDate(from.slice(0, 7))} (de Participatiewet in balans; gemeenten mogen in ${from.slice(0, 4)} vooruitlopen). Kies een latere startmaand of een andere manier van verrekenen.`;
}
