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

/** The numbers of the box 1 table (art. 2.10 or 2.10a lid 1): limits, kolom III, rates in ppm. */
export interface Box1Table {
  grens1: number;
  grens2: number;
  kolom3Schijf2: number;
  kolom3Schijf3: number;
  tarief1: number;
  tarief2: number;
  tarief3: number;
}

/** Box 1 tax without premies from the table, for an income in cents (see calculateBox1Belasting). */
function box1Tax(t: Box1Table, x: number): number {
  if (x >= t.grens2) return t.kolom3Schijf3 + applyRate(x - t.grens2, t.tarief3);
  if (x >= t.grens1) return t.kolom3Schijf2 + applyRate(x - t.grens1, t.tarief2);
  return applyRate(x, t.tarief1);
}

/** Algemene heffingskorting below AOW age for an income in cents (art. 8.10 lid 2). */
function ahkAmount(
  v: Record<"ahk-maximum" | "ahk-afbouw" | "ahk-afbouw-vanaf", number>,
  inkomenCent: number,
): number {
  const afbouw = applyRate(Math.max(0, inkomenCent - v["ahk-afbouw-vanaf"]), v["ahk-afbouw"]);
  return Math.max(0, v["ahk-maximum"] - afbouw);
}

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
  const belastingCent = box1Tax(
    {
      grens1: v[`${prefix}schijfgrens-1`] as number,
      grens2: v["box1-schijfgrens-2"] as number,
      kolom3Schijf2: v[`${prefix}belasting-tot-schijf-2`] as number,
      kolom3Schijf3: v[`${prefix}belasting-tot-schijf-3`] as number,
      tarief1: v["box1-tarief-1"] as number,
      tarief2: v["box1-tarief-2"] as number,
      tarief3: v["box1-tarief-3"] as number,
    },
    belastbaarInkomenCent,
  );
  return { ok: true, belastingCent, sources: r.sources };
}

/** The premie rate below AOW age in ppm (combined first-bracket rate minus the tax rate, or the total). */
function premieRate(
  params: Parameters,
  year: number,
  tarief1Ppm: number,
): { ok: true; premiePpm: number; sources: string[] } | YearFailure {
  const combined = yearValues(params, year, ["box1-gecombineerd-tarief-1"] as const);
  const total = yearValues(params, year, ["premie-volksverzekeringen"] as const);
  let premiePpm: number;
  let sources: string[];
  if (combined.ok) {
    premiePpm = combined.values["box1-gecombineerd-tarief-1"] - tarief1Ppm;
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
  return { ok: true, premiePpm, sources };
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
  const rate = premieRate(params, year, base.values["box1-tarief-1"]);
  if (!rate.ok) return rate;
  const { premiePpm, sources } = rate;
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
  return { ok: true, cent: ahkAmount(r.values, inkomenCent), sources: r.sources };
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

/** Arbeidskorting below AOW age for an arbeidsinkomen in cents (art. 8.11 lid 2 onder a–d). */
function akAmount(v: Record<(typeof AK_NAMES)[number], number>, x: number): number {
  if (x < v["ak-vanaf-b"]) return Math.min(v["ak-maximum-a"], applyRate(x, v["ak-tarief-a"]));
  if (x < v["ak-vanaf-c"])
    return Math.min(
      v["ak-maximum-b"],
      v["ak-maximum-a"] + applyRate(x - v["ak-vanaf-b"], v["ak-tarief-b"]),
    );
  if (x < v["ak-afbouw-vanaf"])
    return Math.min(
      v["ak-maximum"],
      v["ak-maximum-b"] + applyRate(x - v["ak-vanaf-c"], v["ak-tarief-c"]),
    );
  return Math.max(0, v["ak-maximum"] - applyRate(x - v["ak-afbouw-vanaf"], v["ak-afbouw"]));
}

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
  const cent = akAmount(r.values, arbeidsinkomenCent);
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

/**
 * One year's box 1 numbers below AOW age, looked up once so that many incomes can be taxed cheaply
 * (the household curve grosses up hundreds of incomes). Built by `resolveTaxYear`.
 */
export interface TaxYear {
  year: number;
  box1: Box1Table;
  /** Premies volksverzekeringen in ppm, over the income up to `box1.grens1`. */
  premiePpm: number;
  ahk: Record<"ahk-maximum" | "ahk-afbouw" | "ahk-afbouw-vanaf", number>;
  ak: Record<(typeof AK_NAMES)[number], number>;
  sources: string[];
}

/** Looks up one year's income tax numbers (below AOW age); Dutch problems when one is missing. */
export function resolveTaxYear(
  params: Parameters,
  year: number,
): { ok: true; tax: TaxYear } | YearFailure {
  const box1 = yearValues(params, year, [
    "box1-tarief-1",
    "box1-tarief-2",
    "box1-tarief-3",
    "box1-schijfgrens-1",
    "box1-schijfgrens-2",
    "box1-belasting-tot-schijf-2",
    "box1-belasting-tot-schijf-3",
  ] as const);
  if (!box1.ok) return box1;
  const b = box1.values;
  const premie = premieRate(params, year, b["box1-tarief-1"]);
  const ahk = yearValues(params, year, ["ahk-maximum", "ahk-afbouw", "ahk-afbouw-vanaf"] as const);
  const ak = yearValues(params, year, AK_NAMES);
  const problems = [premie, ahk, ak].flatMap((r) => (r.ok ? [] : r.problems));
  if (!premie.ok || !ahk.ok || !ak.ok) return { ok: false, problems };
  return {
    ok: true,
    tax: {
      year,
      box1: {
        grens1: b["box1-schijfgrens-1"],
        grens2: b["box1-schijfgrens-2"],
        kolom3Schijf2: b["box1-belasting-tot-schijf-2"],
        kolom3Schijf3: b["box1-belasting-tot-schijf-3"],
        tarief1: b["box1-tarief-1"],
        tarief2: b["box1-tarief-2"],
        tarief3: b["box1-tarief-3"],
      },
      premiePpm: premie.premiePpm,
      ahk: ahk.values,
      ak: ak.values,
      sources: [
        ...new Set([...box1.sources, ...premie.sources, ...ahk.sources, ...ak.sources]),
      ].sort(),
    },
  };
}

/**
 * Tax and premies owed over a year (art. 2.10, 8.1, 8.10, 8.11; Wfsv), below AOW age: box 1 plus
 * premies minus algemene heffingskorting and arbeidskorting (over `arbeidsinkomenCent`), never below 0.
 * The same arithmetic as `calculateInkomstenbelasting`, on numbers looked up once.
 */
export function taxOwed(tax: TaxYear, inkomenCent: number, arbeidsinkomenCent: number): number {
  const heffing =
    box1Tax(tax.box1, inkomenCent) +
    applyRate(Math.min(inkomenCent, tax.box1.grens1), tax.premiePpm);
  const kortingen = ahkAmount(tax.ahk, inkomenCent) + akAmount(tax.ak, arbeidsinkomenCent);
  return Math.max(0, heffing - kortingen);
}

/**
 * A gross yearly income (whole cents) whose net after `taxOwed` reaches `netCent` while one cent
 * less does not, by a safeguarded secant search (net rises with gross, every rate being below 100%;
 * separate roundings can make it dip by a cent, so at such a point the answer is one of two). `arbeidsinkomen(gross)`
 * gives the part of a gross income that is wage, for the arbeidskorting (0 for a benefit only).
 */
export function grossFromNet(
  tax: TaxYear,
  netCent: number,
  arbeidsinkomen: (grossCent: number) => number,
): number {
  if (!Number.isSafeInteger(netCent) || netCent < 0 || netCent > MAX_INKOMEN_CENT / 4)
    throw new RangeError(`grossFromNet: bad net ${netCent}`);
  if (netCent === 0) return 0;
  const net = (g: number) => g - taxOwed(tax, g, arbeidsinkomen(g));
  // The net is at least half the gross (top rate 49,5%), so the answer lies in [net, 2 × net + 1].
  // Keep a bracket net(lo) < target ≤ net(hi); try the secant point inside it (the tax is piecewise
  // linear, so it usually lands within a cent), else the midpoint.
  let lo = netCent;
  let nLo = net(lo);
  if (nLo >= netCent) return lo;
  let hi = 2 * netCent + 1;
  let nHi = net(hi);
  while (hi - lo > 1) {
    let mid = lo + Math.round(((netCent - nLo) * (hi - lo)) / Math.max(1, nHi - nLo));
    if (mid <= lo || mid >= hi) mid = Math.floor((lo + hi) / 2);
    const nMid = net(mid);
    if (nMid >= netCent) {
      hi = mid;
      nHi = nMid;
      if (net(mid - 1) < netCent) return mid;
    } else {
      lo = mid;
      nLo = nMid;
      if (net(mid + 1) >= netCent) return mid + 1;
    }
  }
  return hi;
}
