/**
 * Inkomstenbelasting box 1 for a calendar year, below AOW age (Wet IB 2001 art. 2.10, 2.10a, 8.10,
 * 8.11; Wfsv for the premies volksverzekeringen). Box 2 and 3, deductions and the other
 * heffingskortingen are left out; the belastbaar inkomen uit werk en woning counts as verzamelinkomen.
 */
import { applyRate } from "./money.ts";
import type { Parameters } from "./types.ts";
import {
  checkYear,
  MAX_INKOMEN_CENT,
  toeslagenOf,
  valuesForYear,
  type YearFailure,
} from "./yearly.ts";

/** An amount in cents with the sources of the parameters it was computed from. */
export interface TaxAmount {
  ok: true;
  cent: number;
  sources: string[];
}

/** Box 1 tax without premies (art. 2.10 or 2.10a). */
export interface Box1Belasting {
  ok: true;
  belastingCent: number;
  sources: string[];
}

const WHAT = "de inkomstenbelasting";

function yearValues<const N extends string>(params: Parameters, year: number, names: readonly N[]) {
  const yearProblems = checkYear(year);
  if (yearProblems.length > 0) return { ok: false as const, problems: yearProblems };
  const t = toeslagenOf(params);
  if (!t.ok) return t;
  return valuesForYear(t.toeslagen.inkomstenbelasting, year, names, WHAT);
}

function badAmount(cents: number, what: string): YearFailure | null {
  if (Number.isSafeInteger(cents) && cents >= 0 && cents <= MAX_INKOMEN_CENT) return null;
  return { ok: false, problems: [{ field: "netto", message: `Het ${what} moet 0 of meer zijn.` }] };
}

/**
 * Box 1 tax without premies (Wet IB 2001 art. 2.10 lid 1; art. 2.10a lid 1 for who was born before
 * 1946): kolom III plus the bracket's rate over the income above kolom I. From exactly a bracket's
 * lower limit on we use that bracket's row: kolom III is the tax the law itself states for that income
 * (rounded down to whole euros, so the row below gives up to € 1 more there).
 */
export function calculateBox1Belasting(
  params: Parameters,
  year: number,
  belastbaarInkomenCent: number,
  options: { geborenVoor1946?: boolean } = {},
): Box1Belasting | YearFailure {
  const bad = badAmount(belastbaarInkomenCent, "belastbaar inkomen");
  if (bad) return bad;
  const voor1946 = options.geborenVoor1946 ?? false;
  const names = voor1946
    ? ([
        "box1-tarief-1",
        "box1-tarief-2",
        "box1-tarief-3",
        "box1-voor-1946-schijfgrens-1",
        "box1-schijfgrens-2",
        "box1-voor-1946-belasting-tot-schijf-2",
        "box1-voor-1946-belasting-tot-schijf-3",
      ] as const)
    : ([
        "box1-tarief-1",
        "box1-tarief-2",
        "box1-tarief-3",
        "box1-schijfgrens-1",
        "box1-schijfgrens-2",
        "box1-belasting-tot-schijf-2",
        "box1-belasting-tot-schijf-3",
      ] as const);
  const r = yearValues(params, year, names);
  if (!r.ok) return r;
  const v = r.values as Record<string, number>;
  const prefix = voor1946 ? "box1-voor-1946-" : "box1-";
  const grens1 = v[`${prefix}schijfgrens-1`] as number;
  const grens2 = v["box1-schijfgrens-2"] as number;
  const x = belastbaarInkomenCent;
  let belastingCent: number;
  if (x >= grens2)
    belastingCent =
      (v[`${prefix}belasting-tot-schijf-3`] as number) +
      applyRate(x - grens2, v["box1-tarief-3"] as number);
  else if (x >= grens1)
    belastingCent =
      (v[`${prefix}belasting-tot-schijf-2`] as number) +
      applyRate(x - grens1, v["box1-tarief-2"] as number);
  else belastingCent = applyRate(x, v["box1-tarief-1"] as number);
  return { ok: true, belastingCent, sources: r.sources };
}

/**
 * Premies volksverzekeringen below AOW age (Wfsv art. 8–11): the combined rate of the first bracket
 * minus the tax rate, over the income up to the first bracket limit (the maximum premie-inkomen).
 * The combined rate comes from the data, or the data's total premie rate; when neither is there for
 * the year, this reports it missing.
 */
export function calculatePremiesVolksverzekeringen(
  params: Parameters,
  year: number,
  inkomenCent: number,
): TaxAmount | YearFailure {
  const bad = badAmount(inkomenCent, "inkomen");
  if (bad) return bad;
  const base = yearValues(params, year, ["box1-tarief-1", "box1-schijfgrens-1"] as const);
  if (!base.ok) return base;
  const combined = yearValues(params, year, ["box1-gecombineerd-tarief-1"] as const);
  const total = yearValues(params, year, ["premie-volksverzekeringen"] as const);
  let premiePpm: number;
  let sources: string[];
  if (combined.ok) {
    premiePpm = combined.values["box1-gecombineerd-tarief-1"] - base.values["box1-tarief-1"];
    sources = combined.sources;
  } else if (total.ok) {
    premiePpm = total.values["premie-volksverzekeringen"];
    sources = total.sources;
  } else {
    return {
      ok: false,
      problems: [
        {
          field: "datum",
          message: `Voor ${year} ontbreekt in de gegevens het gecombineerde tarief van de eerste schijf (belasting plus premies volksverzekeringen). Zonder bron rekenen we niet.`,
        },
      ],
    };
  }
  const premieInkomen = Math.min(inkomenCent, base.values["box1-schijfgrens-1"]);
  return {
    ok: true,
    cent: applyRate(premieInkomen, premiePpm),
    sources: [...new Set([...base.sources, ...sources])].sort(),
  };
}

/**
 * Algemene heffingskorting below AOW age (Wet IB 2001 art. 8.10 lid 2): the maximum, minus the
 * afbouw percentage of the income above the afbouw threshold, not below 0 (half up to the cent).
 * The law's basis is the belastbaar inkomen uit werk en woning (2024) or the verzamelinkomen (2025 on).
 */
export function calculateAlgemeneHeffingskorting(
  params: Parameters,
  year: number,
  inkomenCent: number,
): TaxAmount | YearFailure {
  const bad = badAmount(inkomenCent, "inkomen");
  if (bad) return bad;
  const r = yearValues(params, year, ["ahk-maximum", "ahk-afbouw", "ahk-afbouw-vanaf"] as const);
  if (!r.ok) return r;
  const v = r.values;
  const afbouw = applyRate(Math.max(0, inkomenCent - v["ahk-afbouw-vanaf"]), v["ahk-afbouw"]);
  return { ok: true, cent: Math.max(0, v["ahk-maximum"] - afbouw), sources: r.sources };
}

const AK_NAMES = [
  "ak-tarief-a",
  "ak-maximum-a",
  "ak-tarief-b",
  "ak-vanaf-b",
  "ak-maximum-b",
  "ak-tarief-c",
  "ak-vanaf-c",
  "ak-maximum",
  "ak-afbouw",
  "ak-afbouw-vanaf",
] as const;

/**
 * Arbeidskorting below AOW age (Wet IB 2001 art. 8.11 lid 2 onder a–d): rises in three steps with
 * the arbeidsinkomen (each step capped at its maximum), then falls from the afbouw threshold, not
 * below 0 (half up to the cent).
 */
export function calculateArbeidskorting(
  params: Parameters,
  year: number,
  arbeidsinkomenCent: number,
): TaxAmount | YearFailure {
  const bad = badAmount(arbeidsinkomenCent, "arbeidsinkomen");
  if (bad) return bad;
  const r = yearValues(params, year, AK_NAMES);
  if (!r.ok) return r;
  const v = r.values;
  const x = arbeidsinkomenCent;
  let cent: number;
  if (x < v["ak-vanaf-b"]) cent = Math.min(v["ak-maximum-a"], applyRate(x, v["ak-tarief-a"]));
  else if (x < v["ak-vanaf-c"])
    cent = Math.min(
      v["ak-maximum-b"],
      v["ak-maximum-a"] + applyRate(x - v["ak-vanaf-b"], v["ak-tarief-b"]),
    );
  else if (x < v["ak-afbouw-vanaf"])
    cent = Math.min(
      v["ak-maximum"],
      v["ak-maximum-b"] + applyRate(x - v["ak-vanaf-c"], v["ak-tarief-c"]),
    );
  else cent = Math.max(0, v["ak-maximum"] - applyRate(x - v["ak-afbouw-vanaf"], v["ak-afbouw"]));
  return { ok: true, cent, sources: r.sources };
}

/** Income tax and premies over a year, below AOW age, step by step in cents. */
export interface InkomstenbelastingResult {
  ok: true;
  /** Tax by art. 2.10 (without premies). */
  belastingCent: number;
  /** Premies volksverzekeringen (Wfsv). */
  premiesCent: number;
  /** Algemene heffingskorting (art. 8.10) as the law gives it, before the cap. */
  algemeneHeffingskortingCent: number;
  /** Arbeidskorting (art. 8.11) as the law gives it, before the cap. */
  arbeidskortingCent: number;
  /** Kortingen used: at most belasting + premies (art. 8.1; no payout of what is left). */
  kortingenCent: number;
  /** Belasting + premies − kortingen, never below 0. */
  teBetalenCent: number;
  sources: string[];
}

/**
 * Box 1 income tax with premies volksverzekeringen, algemene heffingskorting and arbeidskorting for
 * someone below AOW age (Wet IB 2001 art. 2.10, 8.1, 8.10, 8.11). The kortingen together reduce at
 * most the tax plus premies; the split over tax and premies (art. 8.1 lid 2) is not shown.
 */
export function calculateInkomstenbelasting(
  params: Parameters,
  input: { year: number; belastbaarInkomenCent: number; arbeidsinkomenCent: number },
): InkomstenbelastingResult | YearFailure {
  const { year, belastbaarInkomenCent: inkomen } = input;
  const steps = [
    calculateBox1Belasting(params, year, inkomen),
    calculatePremiesVolksverzekeringen(params, year, inkomen),
    calculateAlgemeneHeffingskorting(params, year, inkomen),
    calculateArbeidskorting(params, year, input.arbeidsinkomenCent),
  ] as const;
  const problems = steps.flatMap((s) => (s.ok ? [] : s.problems));
  if (problems.length > 0) {
    const unique = [...new Map(problems.map((p) => [p.message, p])).values()];
    return { ok: false, problems: unique };
  }
  const [b, p, ahk, ak] = steps as unknown as [Box1Belasting, TaxAmount, TaxAmount, TaxAmount];
  const heffing = b.belastingCent + p.cent;
  const kortingenCent = Math.min(heffing, ahk.cent + ak.cent);
  return {
    ok: true,
    belastingCent: b.belastingCent,
    premiesCent: p.cent,
    algemeneHeffingskortingCent: ahk.cent,
    arbeidskortingCent: ak.cent,
    kortingenCent,
    teBetalenCent: heffing - kortingenCent,
    sources: [...new Set([...b.sources, ...p.sources, ...ahk.sources, ...ak.sources])].sort(),
  };
}
