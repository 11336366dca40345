/**
 * Kindgebonden budget over a berekeningsjaar (Wet op het kindgebonden budget art. 2; Awir art. 14).
 * Simplified: each child's age is the same the whole year (the law counts each calendar month, lid 3,
 * 5 and 11), the household is the same the whole year, and vermogen stays below the grens (art. 1 lid 4).
 */
import { applyRate, divideRoundHalfUp } from "./money.ts";
import type { Parameters, Problem } from "./types.ts";
import {
  awirMinimumForYear,
  checkYear,
  MAX_INKOMEN_CENT,
  roundToEuroHalfUp,
  toeslagenOf,
  valuesForYear,
  type YearFailure,
} from "./yearly.ts";

/** A household asking for kindgebonden budget over a year. */
export interface KindgebondenBudgetInput {
  year: number;
  /** Has a toeslagpartner the whole year (then lid 8, without the alleenstaande-ouderkop). */
  toeslagpartner: boolean;
  /** Toetsingsinkomen, with a partner the joint one (Awir art. 8), cents per year. */
  toetsingsinkomenCent: number;
  /** Ages of the children in whole years (the same all year); 18 and older do not count. */
  kinderen: { age: number }[];
}

/** The kindgebonden budget over a year, step by step, in cents. */
export interface KindgebondenBudgetResult {
  ok: true;
  /** Children of 0–17 counted. */
  aantalKinderen: number;
  /** Amount per child (art. 2 lid 2) plus the age supplements (lid 4 and 5). */
  kinderenCent: number;
  /** Alleenstaande-ouderkop (lid 6); 0 with a partner. */
  ouderkopCent: number;
  /** The income above which the budget is reduced (lid 7 or 8). */
  drempelCent: number;
  /** The reduction (lid 7 or 8), half up to the cent. */
  verminderingCent: number;
  /** Budget before Awir rounding, never below 0. */
  jaarbedragCent: number;
  /** At least the Awir minimum after rounding (art. 14 lid 5). */
  heeftRecht: boolean;
  /** The tegemoetkoming in whole euros, half up (Awir art. 14 lid 4); 0 without a right. */
  toegekendJaarbedragCent: number;
  /** `toegekendJaarbedragCent / 12`, half up to the cent (the law names no rounding per month). */
  maandbedragCent: number;
  notes: string[];
  sources: string[];
}

const NAMES = [
  "bedrag-eerste-kind",
  "bedrag-volgend-kind",
  "verhoging-12-15",
  "verhoging-16-17",
  "alleenstaande-ouderkop",
  "afbouw-alleenstaande",
  "afbouw-partners",
  "drempel-verhoging-partners",
] as const;

/** Checks a kindgebonden-budget input; Dutch problems, empty when it can be calculated. */
export function validateKindgebondenBudgetInput(input: KindgebondenBudgetInput): Problem[] {
  const problems = checkYear(input.year);
  const x = input.toetsingsinkomenCent;
  if (!Number.isSafeInteger(x) || x < 0 || x > MAX_INKOMEN_CENT)
    problems.push({ field: "netto", message: "Het toetsingsinkomen moet 0 of meer zijn." });
  if (!Array.isArray(input.kinderen) || input.kinderen.length > 20)
    problems.push({ field: "kind", message: "Geef tussen 0 en 20 kinderen op." });
  else if (input.kinderen.some((k) => !Number.isSafeInteger(k.age) || k.age < 0 || k.age > 120))
    problems.push({ field: "kind", message: "De leeftijd van een kind moet een heel getal zijn." });
  return problems;
}

/**
 * Kindgebonden budget over a year (Wkb art. 2 lid 2, 4–8; Awir art. 14 lid 4 and 5): per child an
 * amount plus an age supplement (12–15, 16–17), for a single parent the ouderkop, reduced by a
 * percentage of the income above the drempelinkomen (single) or the drempelinkomen plus the partner
 * amount (couples). The drempelinkomen is that of the zorgtoeslag (Wkb art. 1 lid 1 onder d).
 */
export function calculateKindgebondenBudget(
  params: Parameters,
  input: KindgebondenBudgetInput,
): KindgebondenBudgetResult | YearFailure {
  const problems = validateKindgebondenBudgetInput(input);
  if (problems.length > 0) return { ok: false, problems };
  const year = resolveKindgebondenBudgetYear(params, input.year);
  if (!year.ok) return year;
  return settleKindgebondenBudget(year.kindgebondenBudget, input);
}

/** One year's kindgebonden-budget numbers, looked up once; see `settleKindgebondenBudget`. */
export interface KindgebondenBudgetYear {
  values: Record<(typeof NAMES)[number], number>;
  drempelinkomenCent: number;
  minimumCent: number;
  sources: string[];
}

/** Looks up one year's kindgebonden-budget numbers; Dutch problems when one is missing. */
export function resolveKindgebondenBudgetYear(
  params: Parameters,
  year: number,
): { ok: true; kindgebondenBudget: KindgebondenBudgetYear } | YearFailure {
  const t = toeslagenOf(params);
  if (!t.ok) return t;
  const kgb = valuesForYear(t.toeslagen.kindgebondenBudget, year, NAMES, "het kindgebonden budget");
  if (!kgb.ok) return kgb;
  const zt = valuesForYear(
    t.toeslagen.zorgtoeslag,
    year,
    ["drempelinkomen"] as const,
    "het drempelinkomen",
  );
  if (!zt.ok) return zt;
  const awir = awirMinimumForYear(t.toeslagen, year);
  if (!awir.ok) return awir;
  return {
    ok: true,
    kindgebondenBudget: {
      values: kgb.values,
      drempelinkomenCent: zt.values.drempelinkomen,
      minimumCent: awir.minimumCent,
      sources: [...new Set([...kgb.sources, ...zt.sources, ...awir.sources])].sort(),
    },
  };
}

/** The arithmetic of `calculateKindgebondenBudget` on a year looked up once (input checked). */
export function settleKindgebondenBudget(
  k: KindgebondenBudgetYear,
  input: KindgebondenBudgetInput,
): KindgebondenBudgetResult {
  const v = k.values;
  const notes: string[] = [];
  // One pass over the children younger than 18 (a curve calls this for every point).
  let aantalKinderen = 0;
  let kinderenCent = 0;
  for (const { age } of input.kinderen) {
    if (!(age < 18)) continue;
    kinderenCent += aantalKinderen === 0 ? v["bedrag-eerste-kind"] : v["bedrag-volgend-kind"];
    if (age >= 16) kinderenCent += v["verhoging-16-17"];
    else if (age >= 12) kinderenCent += v["verhoging-12-15"];
    aantalKinderen++;
  }
  if (aantalKinderen < input.kinderen.length)
    notes.push("Kinderen van 18 jaar en ouder tellen niet mee (Wkb art. 2 lid 1).");
  const partner = input.toeslagpartner;
  const ouderkopCent = !partner && aantalKinderen > 0 ? v["alleenstaande-ouderkop"] : 0;
  const drempelCent = k.drempelinkomenCent + (partner ? v["drempel-verhoging-partners"] : 0);
  const afbouwPpm = partner ? v["afbouw-partners"] : v["afbouw-alleenstaande"];
  const verminderingCent = applyRate(
    Math.max(0, input.toetsingsinkomenCent - drempelCent),
    afbouwPpm,
  );
  const jaarbedragCent = Math.max(0, kinderenCent + ouderkopCent - verminderingCent);
  const afgerond = roundToEuroHalfUp(jaarbedragCent);
  const heeftRecht = aantalKinderen > 0 && afgerond >= k.minimumCent;
  if (aantalKinderen === 0) notes.push("Zonder kind jonger dan 18 is er geen kindgebonden budget.");
  else if (!heeftRecht)
    notes.push("Minder dan het minimum per jaar: niet toegekend (Awir art. 14 lid 5).");
  notes.push("Vermogen is niet meegerekend: we gaan uit van vermogen onder de vermogensgrens.");
  const toegekend = heeftRecht ? afgerond : 0;
  return {
    ok: true,
    aantalKinderen,
    kinderenCent,
    ouderkopCent,
    drempelCent,
    verminderingCent,
    jaarbedragCent,
    heeftRecht,
    toegekendJaarbedragCent: toegekend,
    maandbedragCent: divideRoundHalfUp(toegekend, 12),
    notes,
    sources: k.sources,
  };
}
