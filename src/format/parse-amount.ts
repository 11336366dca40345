/**
 * Parses an amount of money as a reader types it. Accepted: `1.078,50`, `1078,50`, `1078.50`,
 * `€ 1.078`, `1078`. Everything else is rejected with a Dutch reason that can be shown next to the
 * field.
 */
import { formatEuro } from "./format.ts";

/** The outcome of parsing: cents, or a reason in Dutch. */
export type ParseAmountResult = { ok: true; cents: number } | { ok: false; reason: string };

/** Options: the largest amount accepted, in cents (default € 100.000). */
export interface ParseAmountOptions {
  maxCents?: number;
}

const DUTCH_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/; // 1.078 or 1.078,50
const DUTCH_PLAIN = /^(\d+)(?:,(\d{1,2}))?$/; // 1078 or 1078,50
const DOT_DECIMAL = /^(\d+)\.(\d{1,2})$/; // 1078.50 or 1078.5

const EXAMPLE = "bijvoorbeeld 1.078,50";

/** Parses a typed amount into integer cents, or says in Dutch why it cannot. */
export function parseAmount(input: string, opts: ParseAmountOptions = {}): ParseAmountResult {
  const maxCents = opts.maxCents ?? 10_000_000;
  const text = input.trim().replace(/^€\s*/, "").replace(/\s+/g, "");
  if (text === "") return { ok: false, reason: "Vul een bedrag in." };
  if (/^[-−]/.test(text)) return { ok: false, reason: "Een bedrag kan niet negatief zijn." };
  if (!/^[\d.,]+$/.test(text)) {
    return { ok: false, reason: `Gebruik alleen cijfers, een punt of een komma, ${EXAMPLE}.` };
  }
  let euros: string | undefined;
  let fraction: string | undefined;
  const match = DUTCH_GROUPED.exec(text) ?? DUTCH_PLAIN.exec(text);
  if (match) {
    euros = match[1]?.replaceAll(".", "");
    fraction = match[2];
  } else {
    const dot = DOT_DECIMAL.exec(text);
    if (dot) {
      euros = dot[1];
      fraction = dot[2];
    }
  }
  if (euros === undefined) {
    if (/^\d+,\d{3,}$/.test(text)) {
      return {
        ok: false,
        reason: `Een bedrag heeft hoogstens twee cijfers na de komma, ${EXAMPLE}.`,
      };
    }
    return { ok: false, reason: `Dit bedrag is niet te lezen. Schrijf het als ${EXAMPLE}.` };
  }
  const cents = Number(euros) * 100 + Number((fraction ?? "").padEnd(2, "0"));
  if (!Number.isSafeInteger(cents) || cents > maxCents) {
    return { ok: false, reason: `Een bedrag kan niet hoger zijn dan ${formatMax(maxCents)}.` };
  }
  return { ok: true, cents };
}

function formatMax(cents: number): string {
  return formatEuro(cents - (cents % 100), { cents: false });
}
