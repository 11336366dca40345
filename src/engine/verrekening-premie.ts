/**
 * The premie in a timeline (art. 31 lid 2 onder j Participatiewet; the experiments' premies): it
 * is earned over each month, saved, and paid out in the regime's payout months.
 */
import { formatEuro } from "../format/format.ts";
import type { IsoDate, MonthContext } from "./types.ts";
import type { TimelineEventKind } from "./verrekening-types.ts";

type Premie = NonNullable<MonthContext["premie"]>;

/** Premie payout: known months of the year, every n months, or unknown. */
function payoutRule(premie: Premie): { months: number[]; every: number | null } {
  if (premie.payoutMonths.length > 0) return { months: premie.payoutMonths, every: null };
  // The data give "elke zes maanden" (Wageningen) without naming the months: we count six months
  // from the first month with premie in the span. "Twee keer per jaar" without months stays unpaid.
  if (premie.payout && /zes maanden|half jaar/.test(premie.payout)) return { months: [], every: 6 };
  return { months: [], every: null };
}

/** The premie saved so far and paid so far. */
export interface PremiePot {
  savedCent: number;
  paidCent: number;
  /** Index of the first month with premie, from which "every six months" counts. */
  firstIndex: number | null;
}

/** An empty pot, before the first month. */
export function startPremiePot(): PremiePot {
  return { savedCent: 0, paidCent: 0, firstIndex: null };
}

/**
 * Month `index`: pays out what was saved when this is a payout month of the regime, then saves
 * the premie earned this month. Returns the amount paid out this month.
 */
export function payPremie(
  pot: PremiePot,
  context: MonthContext,
  index: number,
  date: IsoDate,
  earnedCent: number,
  events: TimelineEventKind[],
  notes: string[],
): number {
  let paid = 0;
  if (context.premie) {
    const rule = payoutRule(context.premie);
    const monthOfYear = Number(date.slice(5, 7));
    const due =
      rule.months.includes(monthOfYear) ||
      (rule.every !== null &&
        pot.firstIndex !== null &&
        index > pot.firstIndex &&
        (index - pot.firstIndex) % rule.every === 0);
    if (due && pot.savedCent > 0) {
      paid = pot.savedCent;
      pot.savedCent = 0;
      events.push("premie");
      notes.push(`U krijgt ${formatEuro(paid)} premie uitbetaald.`);
    }
  }
  if (earnedCent > 0) {
    pot.savedCent += earnedCent;
    pot.firstIndex ??= index;
  }
  pot.paidCent += paid;
  return paid;
}

/** Notes for the whole timeline when the source does not name the payout months. */
export function describePayout(premie: Premie | null | undefined): string[] {
  if (!premie) return [];
  const rule = payoutRule(premie);
  if (rule.every !== null)
    return [
      "De bron zegt dat de premie elke zes maanden wordt uitbetaald, maar niet in welke maanden. Wij rekenen met een uitbetaling zes maanden na de eerste maand met premie, en daarna elke zes maanden.",
    ];
  if (rule.months.length === 0)
    return [
      `De premie wordt ${premie.payout ?? "later"} uitbetaald, maar in welke maanden vonden we niet. Daarom tellen we de premie op als gespaard en niet als ontvangen.`,
    ];
  return [];
}
