/**
 * The kostendelersnorm: who is a kostendeler (art. 19a lid 1 Participatiewet) and the norm when
 * costs are shared (art. 22a lid 1 and 2).
 */
import { divideRoundHalfUp, PPM } from "./money.ts";
import { requireRule, ruleOn } from "./period.ts";
import type { Housemate, IsoDate, Parameters } from "./types.ts";

/** Why a housemate does or does not count as kostendeler (art. 19a lid 1, art. 22a lid 4). */
export type HousemateReason = "telt" | "te-jong" | "commercieel" | "student" | "mantelzorg";

/** One housemate as the kostendelersnorm sees them on a date. */
export interface HousemateVerdict {
  age: number;
  counts: boolean;
  reason: HousemateReason;
  /** The minimum age of a kostendeler on that date (21 until 31-12-2022, 27 from 1-1-2023). */
  minAge: number;
}

/**
 * Decides for each housemate whether they count as kostendeler (art. 19a lid 1): everyone who has
 * reached the minimum age (21 until 31-12-2022, 27 from 1-1-2023) and is not one of the law's
 * exceptions — a commercial tenant, landlord or kostganger who is not a 1st/2nd degree relative,
 * a student with studiefinanciering or WTOS (art. 19a lid 1 a–d) — nor, from 2026, someone who
 * lives there temporarily to give intensive mantelzorg (art. 22a lid 4).
 */
export function classifyHousemates(
  params: Parameters,
  housemates: readonly Housemate[],
  date: IsoDate,
): HousemateVerdict[] {
  const minAge = requireRule(params, "kostendeler-minimumleeftijd", date);
  const mantelzorgExcluded = (ruleOn(params, "mantelzorg-uitzondering", date)?.value ?? 0) === 1;
  return housemates.map((h) => {
    const status = h.status ?? "kostendeler";
    const verdict = (counts: boolean, reason: HousemateReason): HousemateVerdict => ({
      age: h.age,
      counts,
      reason,
      minAge,
    });
    if (status === "commercieel" || status === "student") return verdict(false, status);
    if (status === "mantelzorg" && mantelzorgExcluded) return verdict(false, "mantelzorg");
    return h.age >= minAge ? verdict(true, "telt") : verdict(false, "te-jong");
  });
}

/** Counts the kostendelers among the other adults in the home (see `classifyHousemates`). */
export function countKostendelers(
  params: Parameters,
  housemates: readonly Housemate[],
  date: IsoDate,
): number {
  return classifyHousemates(params, housemates, date).filter((v) => v.counts).length;
}

/**
 * The kostendelersnorm of one person (art. 22a lid 1): ((40% + A × 30%) / A) × B, where A is the
 * number of persons counted and B the gehuwdennorm that applies (art. 21 onder b, or art. 22 for
 * AOW age). Computed with exact fractions — 43⅓%, 36⅔% are never rounded — and rounded half up
 * to the cent once, at the end. All amounts include vakantietoeslag.
 */
export function calculateKostendelersnorm(
  params: Parameters,
  gehuwdennormCent: number,
  personen: number,
  date: IsoDate,
): number {
  if (!Number.isInteger(personen) || personen < 1)
    throw new RangeError(`A must be a whole number ≥ 1, got ${personen}`);
  const base = requireRule(params, "kostendelersnorm-grondslag", date);
  const perPerson = requireRule(params, "kostendelersnorm-per-persoon", date);
  return divideRoundHalfUp(gehuwdennormCent * (base + personen * perPerson), personen * PPM);
}

const VULGAR: Record<string, string> = {
  "1/2": "½",
  "1/3": "⅓",
  "2/3": "⅔",
  "1/4": "¼",
  "3/4": "¾",
  "1/5": "⅕",
  "2/5": "⅖",
  "3/5": "⅗",
  "4/5": "⅘",
  "1/6": "⅙",
  "5/6": "⅚",
  "1/8": "⅛",
  "3/8": "⅜",
  "5/8": "⅝",
  "7/8": "⅞",
};

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The kostendelersnorm share for A persons as an exact Dutch percentage text (art. 22a lid 1):
 * 2 → "50%", 3 → "43⅓%", 7 → "35 5/7%". Uses the base and per-person shares in force on the date.
 */
export function describeKostendelersShare(
  params: Parameters,
  personen: number,
  date: IsoDate,
): string {
  const base = requireRule(params, "kostendelersnorm-grondslag", date);
  const perPerson = requireRule(params, "kostendelersnorm-per-persoon", date);
  // percent = (base + A × perPerson) / (A × 10 000), as a mixed number.
  const num = base + personen * perPerson;
  const den = personen * 10_000;
  const whole = Math.floor(num / den);
  let rest = num - whole * den;
  if (rest === 0) return `${whole}%`;
  const g = gcd(rest, den);
  rest /= g;
  const d = den / g;
  const key = `${rest}/${d}`;
  const frac = VULGAR[key];
  if (frac) return `${whole}${frac}%`;
  return `${whole} ${key}%`;
}
