/**
 * What a household has in a month: own earnings, the partner's earnings, bijstand (with premie) and
 * the schemes that follow from them: zorgtoeslag, huurtoeslag, kindgebonden budget, kinderbijslag.
 *
 * Method (documented in README.md):
 * - the bijstand month comes from `resolveMonth` / `settleMonth` (both partners' earnings counted);
 * - the toeslagen follow the toetsingsinkomen of the calendar year (Awir art. 8: the verzamelinkomen,
 *   i.e. gross). We assume the month's situation lasts the whole year and gross up the net amounts
 *   with the annual formula of that year (box 1 incl. premies, algemene heffingskorting,
 *   arbeidskorting over the wage only) per person; partners' toetsingsinkomens are added;
 * - each scheme is a `HouseholdScheme`: looked up once per month (`prepare`), then computed per
 *   income (`compute`) → an amount, or `unknown` with a Dutch reason; a curve's points skip the step
 *   text (`compute(t, false)`: the same rule and amount). The total leaves unknown schemes out and
 *   says so;
 * - gross-ups are kept per tax year for every caller (`personToetsingsinkomen`).
 */
import { formatEuro } from "../format/format.ts";
import {
  calculateMonth,
  MAX_NETTO_CENT,
  marginalRate,
  resolveMonth,
  settleMonth,
} from "./calculate.ts";
import { calculateHuurtoeslag } from "./huurtoeslag.ts";
import { grossFromNet, resolveTaxYear, type TaxYear } from "./inkomstenbelasting.ts";
import { calculateKinderbijslag } from "./kinderbijslag.ts";
import { resolveKindgebondenBudgetYear, settleKindgebondenBudget } from "./kindgebonden-budget.ts";
import { divideRoundHalfUp } from "./money.ts";
import { hasAowAge, requireRule, toMonthStart } from "./period.ts";
import type {
  IsoDate,
  Leefvorm,
  MonthAmounts,
  MonthContext,
  MonthFailure,
  MonthInput,
  MonthResult,
  Parameters,
  Problem,
  Step,
} from "./types.ts";
import { resolveZorgtoeslagYear, settleZorgtoeslag } from "./zorgtoeslag.ts";

/** The month's input plus what the household schemes need. */
export interface HouseholdInput extends MonthInput {
  /** Ages of the children younger than 18 in the household, whole years; order does not matter. */
  kinderen?: readonly number[];
  /** Rent per month in cents, for huurtoeslag. Absent or null: not asked, huurtoeslag not shown. */
  huurCent?: number | null;
}

/** The schemes of a household besides bijstand. */
export type SchemeId = "zorgtoeslag" | "huurtoeslag" | "kindgebonden-budget" | "kinderbijslag";

/** What every scheme may use for a month, known before the earnings. */
export interface SchemeMonth {
  params: Parameters;
  year: number;
  /** First day of the month calculated. */
  date: IsoDate;
  leefvorm: Leefvorm;
  /** The bijstand partner is taken to be the toeslagpartner (Awir art. 3) all year. */
  toeslagpartner: boolean;
  /** Children's ages, ascending. */
  kinderen: readonly number[];
  huurCent: number | null;
  /** Ages of the applicant and, for a couple, the partner. */
  adultAges: readonly number[];
  /** Other adults in the home (housemates): their income would count for huurtoeslag. */
  medebewoners: number;
  /** The applicant or the partner has the AOW age (huurtoeslag 2024: ouderenhuishouden). */
  aow: boolean;
  /** Why the toetsingsinkomen cannot be found this year (null when it can). */
  toetsingsinkomenUnknown: string | null;
}

/** The toetsingsinkomen of the household, cents per year (see `toetsingsinkomen`). */
export interface Toetsingsinkomen {
  /** Applicant: gross wage, gross bijstand (own share), total. */
  eigen: PersonToetsingsinkomen;
  partner: PersonToetsingsinkomen | null;
  /** Applicant plus partner. */
  gezamenlijkCent: number;
}

/** One scheme's amount: per month (the monthly average for a quarterly scheme) and per year. */
export interface SchemeAmount {
  ok: true;
  monthCent: number;
  yearCent: number;
  paidAs: "per maand" | "per kwartaal";
  steps: Step[];
  notes: string[];
  sources: string[];
}

/** A scheme's outcome: an amount, or `unknown` with the Dutch reason. */
export type SchemeOutcome = SchemeAmount | { ok: false; unknown: string };

/**
 * A scheme after the month's lookups: computes its amount for a toetsingsinkomen. `explain` false
 * leaves the steps empty (no Dutch text to build): the same amount, for a curve's many points.
 */
export interface PreparedScheme {
  compute(toetsingsinkomen: Toetsingsinkomen | null, explain?: boolean): SchemeOutcome;
}

/** A household scheme: id, Dutch name, and its lookups; `prepare` → null: does not apply (not shown). */
export interface HouseholdScheme {
  id: SchemeId;
  name: string;
  prepare(month: SchemeMonth): PreparedScheme | null;
}

const unknown = (reason: string): PreparedScheme => ({
  compute: () => ({ ok: false, unknown: reason }),
});

const joinProblems = (problems: Problem[]) => problems.map((p) => p.message).join(" ");

/** Zorgtoeslag (Wzt art. 2; Awir art. 14, 22): the monthly advance as the Dienst pays it. */
export const ZORGTOESLAG: HouseholdScheme = {
  id: "zorgtoeslag",
  name: "Zorgtoeslag",
  prepare(m) {
    if (m.toetsingsinkomenUnknown) return unknown(m.toetsingsinkomenUnknown);
    const year = resolveZorgtoeslagYear(m.params, m.year);
    if (!year.ok) return unknown(joinProblems(year.problems));
    const z = year.zorgtoeslag;
    return {
      compute(t, explain = true) {
        if (!t) return { ok: false, unknown: "Het toetsingsinkomen is niet bekend." };
        const r = settleZorgtoeslag(z, {
          year: m.year,
          toetsingsinkomenCent: t.eigen.totaalCent,
          toeslagpartner: m.toeslagpartner,
          partnerToetsingsinkomenCent: t.partner?.totaalCent ?? 0,
        });
        return {
          ok: true,
          monthCent: r.maandbedragAfgerondCent,
          yearCent: r.toegekendJaarbedragCent,
          paidAs: "per maand",
          steps: explain
            ? [
                {
                  text: `Zorgtoeslag: standaardpremie ${formatEuro(r.standaardpremieCent)} min normpremie ${formatEuro(r.normpremieCent)} bij een toetsingsinkomen van ${formatEuro(r.toetsingsinkomenCent)} per jaar; per maand het voorschot in hele euro's.`,
                  article: "Wzt art. 2; Awir art. 14, 22",
                  cent: r.maandbedragAfgerondCent,
                  sources: r.sources,
                },
              ]
            : [],
          notes: r.notes,
          sources: r.sources,
        };
      },
    };
  },
};

/**
 * Huurtoeslag (Wht; Awir art. 14): shown only when the reader gave a rent. The rent counts as kale
 * huur (no service costs: from 2026 they no longer count; before, we do not ask them). Unknown when
 * other adults live in the home, because their income counts in the rekeninkomen and we do not ask it.
 */
export const HUURTOESLAG: HouseholdScheme = {
  id: "huurtoeslag",
  name: "Huurtoeslag",
  prepare(m) {
    if (m.huurCent === null) return null;
    if (m.medebewoners > 0)
      return unknown(
        "Bij huurtoeslag telt het inkomen van iedereen die bij u woont mee; dat vraagt de rekenhulp niet.",
      );
    if (m.toetsingsinkomenUnknown) return unknown(m.toetsingsinkomenUnknown);
    const params = m.params.toeslagen?.huurtoeslag;
    if (!params) return unknown("De gegevens voor de huurtoeslag zijn niet geladen.");
    const huurCent = m.huurCent;
    return {
      compute(t, explain = true) {
        if (!t) return { ok: false, unknown: "Het toetsingsinkomen is niet bekend." };
        const r = calculateHuurtoeslag(params, {
          year: m.year,
          personen: m.adultAges.length + m.kinderen.length,
          aowLeeftijd: m.aow,
          oudsteLeeftijd: Math.max(...m.adultAges),
          kindInHuis: m.kinderen.length > 0,
          kaleHuurCent: huurCent,
          rekeninkomenCent: t.gezamenlijkCent,
        });
        if (!r.ok) return { ok: false, unknown: joinProblems(r.problems) };
        return {
          ok: true,
          monthCent: r.maandbedragAfgerondCent,
          yearCent: r.jaarbedragCent,
          paidAs: "per maand",
          steps: explain
            ? [
                {
                  text: `Huurtoeslag bij een huur van ${formatEuro(huurCent)} per maand en een inkomen van ${formatEuro(t.gezamenlijkCent)} per jaar; per maand in hele euro's.`,
                  article: "Wet op de huurtoeslag; Awir art. 14",
                  cent: r.maandbedragAfgerondCent,
                  sources: r.sources,
                },
              ]
            : [],
          notes: [
            ...r.notes,
            "We rekenen met de huur die u opgaf als kale huur, zonder servicekosten.",
          ],
          sources: r.sources,
        };
      },
    };
  },
};

/** Kindgebonden budget (Wkb art. 2; Awir art. 14), with the alleenstaande-ouderkop; per month. */
export const KINDGEBONDEN_BUDGET: HouseholdScheme = {
  id: "kindgebonden-budget",
  name: "Kindgebonden budget",
  prepare(m) {
    if (m.kinderen.length === 0) return null;
    if (m.toetsingsinkomenUnknown) return unknown(m.toetsingsinkomenUnknown);
    const year = resolveKindgebondenBudgetYear(m.params, m.year);
    if (!year.ok) return unknown(joinProblems(year.problems));
    const k = year.kindgebondenBudget;
    const kinderen = m.kinderen.map((age) => ({ age }));
    return {
      compute(t, explain = true) {
        if (!t) return { ok: false, unknown: "Het toetsingsinkomen is niet bekend." };
        const r = settleKindgebondenBudget(k, {
          year: m.year,
          toeslagpartner: m.toeslagpartner,
          toetsingsinkomenCent: t.gezamenlijkCent,
          kinderen,
        });
        return {
          ok: true,
          monthCent: r.maandbedragCent,
          yearCent: r.toegekendJaarbedragCent,
          paidAs: "per maand",
          steps: explain
            ? [
                {
                  text: `Kindgebonden budget: ${formatEuro(r.kinderenCent)} voor ${r.aantalKinderen === 1 ? "1 kind" : `${r.aantalKinderen} kinderen`}${r.ouderkopCent > 0 ? ` plus ${formatEuro(r.ouderkopCent)} alleenstaande-ouderkop` : ""}${r.verminderingCent > 0 ? `, min ${formatEuro(r.verminderingCent)} omdat het toetsingsinkomen boven ${formatEuro(r.drempelCent)} ligt` : ""}; per jaar, gedeeld door 12.`,
                  article: "Wkb art. 2; Awir art. 14",
                  cent: r.maandbedragCent,
                  sources: r.sources,
                },
              ]
            : [],
          notes: r.notes,
          sources: r.sources,
        };
      },
    };
  },
};

/** Birth date that makes a child `age` on the quarter's first day (born the day before, `age` years ago). */
function birthDateFor(quarterStart: IsoDate, age: number): IsoDate {
  const [y, m] = quarterStart.split("-").map(Number) as [number, number];
  const dayBefore = new Date(Date.UTC(y - age, m - 1, 0));
  return dayBefore.toISOString().slice(0, 10);
}

/** Kinderbijslag (AKW art. 11, 12): per quarter; shown as the monthly average. Not income-tested. */
export const KINDERBIJSLAG: HouseholdScheme = {
  id: "kinderbijslag",
  name: "Kinderbijslag",
  prepare(m) {
    if (m.kinderen.length === 0) return null;
    const month = Number(m.date.slice(5, 7));
    const quarterMonth = month - ((month - 1) % 3);
    const kwartaal = `${m.date.slice(0, 4)}-${String(quarterMonth).padStart(2, "0")}-01`;
    const r = calculateKinderbijslag(m.params, {
      kwartaal,
      kinderen: m.kinderen.map((age) => ({ geboortedatum: birthDateFor(kwartaal, age) })),
    });
    if (!r.ok) return unknown(joinProblems(r.problems));
    const outcome: SchemeAmount = {
      ok: true,
      monthCent: r.gemiddeldPerMaandCent,
      yearCent: 4 * r.kwartaalCent,
      paidAs: "per kwartaal",
      steps: [
        {
          text: `Kinderbijslag: ${formatEuro(r.kwartaalCent)} per kwartaal (de leeftijd op de eerste dag van het kwartaal telt), gemiddeld ${formatEuro(r.gemiddeldPerMaandCent)} per maand.`,
          article: "AKW art. 11 lid 2, 12 lid 3",
          cent: r.gemiddeldPerMaandCent,
          sources: r.sources,
        },
      ],
      notes: [
        ...r.notes,
        "We nemen aan dat de leeftijd van elk kind op de eerste dag van het kwartaal de leeftijd is die u opgaf.",
      ],
      sources: r.sources,
    };
    return { compute: () => outcome };
  },
};

/** The schemes in display order. Huurtoeslag plugs in here as one more scheme. */
export const HOUSEHOLD_SCHEMES: readonly HouseholdScheme[] = [
  ZORGTOESLAG,
  HUURTOESLAG,
  KINDGEBONDEN_BUDGET,
  KINDERBIJSLAG,
];

/**
 * Whether the month's `childUnder12` follows from the children's ages: for an alleenstaande ouder a
 * child younger than the age of art. 31 lid 2 onder r (12); for a couple any child (art. 20: "met
 * ten laste komende kinderen"); never for an alleenstaande. Without ages, `kind` (the calculator's
 * kind=ja|nee) stays as given.
 */
export function childUnder12FromAges(
  params: Parameters,
  input: Pick<HouseholdInput, "date" | "leefvorm" | "kinderen" | "childUnder12">,
): boolean {
  const kinderen = input.kinderen;
  if (!kinderen) return input.childUnder12;
  if (input.leefvorm === "samenwonend") return kinderen.length > 0;
  if (input.leefvorm === "alleenstaand") return false;
  const date = toMonthStart(input.date);
  const limit = date ? requireRule(params, "vrijlating-r-kind-leeftijd", date) : 12;
  return kinderen.some((age) => age < limit);
}

/** Most children the household calculation accepts. */
export const MAX_KINDEREN = 20;

/** Checks the household fields (children, rent); Dutch problems per field. */
export function validateHouseholdInput(input: HouseholdInput): Problem[] {
  const problems: Problem[] = [];
  const k = input.kinderen;
  if (
    k !== undefined &&
    (!Array.isArray(k) ||
      k.length > MAX_KINDEREN ||
      !k.every((a) => Number.isInteger(a) && a >= 0 && a <= 17))
  )
    problems.push({
      field: "kinderen",
      message: `Vul de leeftijden van uw kinderen jonger dan 18 in als hele jaren van 0 tot en met 17 (hoogstens ${MAX_KINDEREN}).`,
    });
  if (k && k.length > 0 && input.leefvorm === "alleenstaand")
    problems.push({
      field: "kinderen",
      message: "Met kinderen bent u alleenstaande ouder of samenwonend, niet alleenstaand.",
    });
  const h = input.huurCent;
  if (h !== undefined && h !== null && (!Number.isSafeInteger(h) || h < 0 || h > MAX_NETTO_CENT))
    problems.push({ field: "huur", message: "Vul een huur in van € 0 of meer per maand." });
  return problems;
}

/** Everything of a household month that does not depend on the own earnings. */
export interface HouseholdContext {
  month: MonthContext;
  schemeMonth: SchemeMonth;
  tax: TaxYear | null;
  schemes: { scheme: HouseholdScheme; prepared: PreparedScheme }[];
  /**
   * Gross wage per year by net wage per year, for a caller's `personToetsingsinkomen` (the engine
   * itself keeps every gross-up per tax year).
   */
  grossWage: Map<number, number>;
}

/** Looks up everything of a household month but the own earnings (norm, vrijlatingen, years). */
export function resolveHousehold(
  params: Parameters,
  input: HouseholdInput,
): { ok: true; context: HouseholdContext } | MonthFailure {
  const invalid = validateHouseholdInput(input);
  const monthInput: MonthInput = { ...input, childUnder12: childUnder12FromAges(params, input) };
  const resolved = resolveMonth(params, monthInput);
  if (!resolved.ok || invalid.length > 0)
    return { ok: false, problems: [...invalid, ...(resolved.ok ? [] : resolved.problems)] };
  const date = toMonthStart(input.date) as IsoDate;
  const year = Number(date.slice(0, 4));
  let reason: string | null = null;
  let tax: TaxYear | null = null;
  const aow =
    hasAowAge(params, input.age, date) === true ||
    (input.leefvorm === "samenwonend" && hasAowAge(params, input.partnerAge ?? 0, date) === true);
  if (aow) {
    reason =
      "De belasting voor wie de AOW-leeftijd heeft, zit nog niet in de rekenhulp; daarom kennen we het toetsingsinkomen niet.";
  } else {
    const t = resolveTaxYear(params, year);
    if (t.ok) tax = t.tax;
    else
      reason = `Zonder de belastingregels van ${year} kennen we het toetsingsinkomen niet. ${joinProblems(t.problems)}`;
  }
  const schemeMonth: SchemeMonth = {
    params,
    year,
    date,
    leefvorm: input.leefvorm,
    toeslagpartner: input.leefvorm === "samenwonend",
    kinderen: [...(input.kinderen ?? [])].sort((a, b) => a - b),
    huurCent: input.huurCent ?? null,
    adultAges:
      input.leefvorm === "samenwonend" ? [input.age, input.partnerAge ?? input.age] : [input.age],
    medebewoners: input.housemates?.length ?? 0,
    aow,
    toetsingsinkomenUnknown: reason,
  };
  const schemes = HOUSEHOLD_SCHEMES.flatMap((scheme) => {
    const prepared = scheme.prepare(schemeMonth);
    return prepared ? [{ scheme, prepared }] : [];
  });
  return {
    ok: true,
    context: { month: resolved.context, schemeMonth, tax, schemes, grossWage: new Map() },
  };
}

/**
 * The net bijstand of one month with its share of vakantietoeslag: the bijstand paid plus the
 * vakantietoeslag in proportion to it (all of it at full bijstand, none without): the law leaves the
 * vakantietoeslag over income to a regeling (art. 31 lid 4).
 */
export function bijstandWithVakantietoeslag(month: MonthContext, uitkeringCent: number): number {
  if (uitkeringCent <= 0 || month.normExclVtCent === 0) return 0;
  const vt = divideRoundHalfUp(uitkeringCent * month.vakantietoeslagCent, month.normExclVtCent);
  return uitkeringCent + vt;
}

/** One person's part of the toetsingsinkomen, cents per year. */
export interface PersonToetsingsinkomen {
  loonCent: number;
  bijstandCent: number;
  totaalCent: number;
}

/** Gross-ups by the tax year's numbers (a new `TaxYear` object per lookup has the same numbers). */
const grossUps = new Map<string, Map<number, Map<number, number>>>();
const grossUpsByTax = new WeakMap<TaxYear, Map<number, Map<number, number>>>();

/**
 * `grossFromNet` of `netCent` with the arbeidskorting over the gross up to `wageCent` (-1: all of
 * it), kept per tax year for every caller: a gross-up depends on nothing but the year's numbers and
 * its arguments, so every regime, curve and page of a year can reuse it. At most 100,000 per wage
 * (then they start over).
 */
function grossUp(tax: TaxYear, netCent: number, wageCent: number): number {
  let kept = grossUpsByTax.get(tax);
  if (!kept) {
    const numbers = JSON.stringify(tax);
    kept = grossUps.get(numbers) ?? new Map();
    grossUps.set(numbers, kept);
    grossUpsByTax.set(tax, kept);
  }
  let byNet = kept.get(wageCent);
  if (!byNet || byNet.size >= 100_000) {
    byNet = new Map();
    kept.set(wageCent, byNet);
  }
  let gross = byNet.get(netCent);
  if (gross === undefined) {
    gross = grossFromNet(tax, netCent, (g) => (wageCent < 0 ? g : Math.min(g, wageCent)));
    byNet.set(netCent, gross);
  }
  return gross;
}

/**
 * One person's gross yearly income by the annual formula of the year (Wet IB 2001 art. 2.10, 8.10,
 * 8.11; Wfsv): the gross wage whose net is `netWageYearCent`, and the gross wage plus gross bijstand
 * whose net is the net wage plus `netBijstandYearCent`, the arbeidskorting over the wage only.
 * Every gross-up is kept per tax year for all callers (see `grossUp`); a `cache` of gross wages by
 * net wage, if given, is read first (it is no longer needed).
 */
export function personToetsingsinkomen(
  tax: TaxYear,
  netWageYearCent: number,
  netBijstandYearCent: number,
  cache?: Map<number, number>,
): PersonToetsingsinkomen {
  const wage = cache?.get(netWageYearCent) ?? grossUp(tax, netWageYearCent, -1);
  const totaalCent =
    netBijstandYearCent === 0 ? wage : grossUp(tax, netWageYearCent + netBijstandYearCent, wage);
  return { loonCent: wage, bijstandCent: totaalCent - wage, totaalCent };
}

/**
 * The toetsingsinkomen (Awir art. 8) if this month's situation lasted all year, by the annual formula
 * of the year: per person the gross income whose net after box 1, premies, algemene heffingskorting
 * and arbeidskorting (over the wage) is 12 × the net wage (no vakantiegeld) plus the person's share of
 * the yearly net bijstand incl. vakantietoeslag; partners each get half of the bijstand (the gemeente
 * gives each a jaaropgaaf; Rekenregels loonheffingen bijstand 2019). Null when unknown.
 */
export function toetsingsinkomen(
  c: HouseholdContext,
  amounts: MonthAmounts,
): Toetsingsinkomen | null {
  const tax = c.tax;
  if (!tax) return null;
  // The net bijstand of a year: 12 × (bijstand paid + its vakantietoeslag).
  const bijstand = 12 * bijstandWithVakantietoeslag(c.month, amounts.uitkeringCent);
  return householdToetsingsinkomen(
    tax,
    c.schemeMonth.leefvorm === "samenwonend",
    12 * amounts.nettoCent,
    12 * (amounts.partnerNettoCent ?? c.month.input.partnerNettoCent ?? 0),
    bijstand,
  );
}

/**
 * The toetsingsinkomen of a household from yearly net sums: per person by the annual formula
 * (`personToetsingsinkomen`); a couple each get half of the net bijstand (the gemeente gives each a
 * jaaropgaaf), the partner the half rounded down. Partners' incomes are added.
 */
export function householdToetsingsinkomen(
  tax: TaxYear,
  couple: boolean,
  ownWageYearCent: number,
  partnerWageYearCent: number,
  bijstandYearCent: number,
): Toetsingsinkomen {
  const partnerShare = couple ? Math.floor(bijstandYearCent / 2) : 0;
  const eigen = personToetsingsinkomen(tax, ownWageYearCent, bijstandYearCent - partnerShare);
  const partner = couple ? personToetsingsinkomen(tax, partnerWageYearCent, partnerShare) : null;
  return { eigen, partner, gezamenlijkCent: eigen.totaalCent + (partner?.totaalCent ?? 0) };
}

/** One scheme in the result: an amount, or unknown with the reason (then left out of the total). */
export type SchemeLine =
  | ({ id: SchemeId; name: string; status: "bedrag" } & Omit<SchemeAmount, "ok">)
  | { id: SchemeId; name: string; status: "onbekend"; reason: string };

/** The money of a household month, in cents per month. */
export interface HouseholdAmounts {
  bijstand: MonthAmounts;
  toetsingsinkomen: Toetsingsinkomen | null;
  schemes: SchemeLine[];
  /** Own netto + partner netto + bijstand + premie + the known schemes; never negative. */
  huishoudinkomenCent: number;
}

/** The household income before the schemes: own netto + partner netto + bijstand + premie. */
function incomeBeforeSchemes(bijstand: MonthAmounts): number {
  return bijstand.totaalCent + (bijstand.partnerNettoCent ?? 0);
}

/** The household's money for given own earnings (the cheap part; see `resolveHousehold`). */
export function settleHousehold(c: HouseholdContext, nettoCent: number): HouseholdAmounts {
  const bijstand = settleMonth(c.month, nettoCent);
  const t = toetsingsinkomen(c, bijstand);
  let total = incomeBeforeSchemes(bijstand);
  const schemes = c.schemes.map(({ scheme, prepared }): SchemeLine => {
    const r = prepared.compute(t);
    if (!r.ok) return { id: scheme.id, name: scheme.name, status: "onbekend", reason: r.unknown };
    total += r.monthCent;
    const { ok: _ok, ...amount } = r;
    return { id: scheme.id, name: scheme.name, status: "bedrag", ...amount };
  });
  return { bijstand, toetsingsinkomen: t, schemes, huishoudinkomenCent: total };
}

/** A household month: the bijstand month, the schemes, the total and what it leaves out. */
export interface HouseholdResult extends HouseholdAmounts {
  ok: true;
  month: MonthResult;
  /** Schemes left out of `huishoudinkomenCent`, with the Dutch reason. */
  leftOut: { id: SchemeId; name: string; reason: string }[];
  steps: Step[];
  notes: string[];
  sources: string[];
}

/** Calculates a household month (bijstand plus the toeslagen and kinderbijslag). */
export function calculateHousehold(
  params: Parameters,
  input: HouseholdInput,
): HouseholdResult | MonthFailure {
  const resolved = resolveHousehold(params, input);
  if (!resolved.ok) return resolved;
  const c = resolved.context;
  const amounts = settleHousehold(c, input.nettoCent);
  const month = calculateMonth(params, c.month.input);
  if (!month.ok) return month;
  const leftOut = amounts.schemes.flatMap((s) =>
    s.status === "onbekend" ? [{ id: s.id, name: s.name, reason: s.reason }] : [],
  );
  const steps: Step[] = [];
  const t = amounts.toetsingsinkomen;
  if (t)
    steps.push({
      text: `Toetsingsinkomen als deze maand het hele jaar zo blijft: ${formatEuro(t.eigen.totaalCent)} bruto per jaar voor u${t.partner ? ` en ${formatEuro(t.partner.totaalCent)} voor uw partner, samen ${formatEuro(t.gezamenlijkCent)}` : ""}. Teruggerekend van netto naar bruto met de belastingregels van ${c.schemeMonth.year}.`,
      article: "Awir art. 8; Wet IB 2001 art. 2.10, 8.10, 8.11",
      cent: t.gezamenlijkCent,
      sources: c.tax?.sources ?? [],
    });
  for (const s of amounts.schemes) if (s.status === "bedrag") steps.push(...s.steps);
  steps.push({
    text: `Huishoudinkomen deze maand: ${formatEuro(amounts.huishoudinkomenCent)}.`,
    article: "",
    cent: amounts.huishoudinkomenCent,
    sources: [],
  });
  const notes = [
    "We nemen aan dat uw situatie van deze maand het hele jaar zo blijft. Vakantiegeld over uw loon is niet meegerekend. Vermogen is niet meegerekend.",
  ];
  if (c.schemeMonth.toeslagpartner)
    notes.push("We nemen aan dat uw partner ook uw toeslagpartner is, het hele jaar.");
  const working = input.nettoCent > 0 || (amounts.bijstand.partnerNettoCent ?? 0) > 0;
  if (working && c.schemeMonth.kinderen.some((age) => age < 12))
    notes.push(
      "Niet meegerekend: de inkomensafhankelijke combinatiekorting (Wet IB art. 8.14a) voor wie werkt en een kind jonger dan 12 heeft. Die krijgt u van de Belastingdienst via de aangifte of een voorlopige aanslag, niet via uw loon.",
    );
  for (const s of amounts.schemes) if (s.status === "bedrag") notes.push(...s.notes);
  for (const l of leftOut)
    notes.push(
      `${l.name}: onbekend. ${l.reason} Het huishoudinkomen is zonder ${l.name.toLowerCase()}.`,
    );
  const sources = new Set<string>([...month.sources, ...(t ? (c.tax?.sources ?? []) : [])]);
  for (const s of amounts.schemes)
    if (s.status === "bedrag") for (const id of s.sources) sources.add(id);
  return {
    ok: true,
    ...amounts,
    month,
    leftOut,
    steps,
    notes: [...new Set(notes)],
    sources: [...sources].sort(),
  };
}

/**
 * What an extra `stepCent` of own earnings leaves the household, next to what it leaves in bijstand
 * alone (`calculateMarginal`): "Van elke extra € 100 die u verdient, houdt uw huishouden € … over".
 */
export function calculateHouseholdMarginal(
  c: HouseholdContext,
  nettoCent: number,
  stepCent = 10_000,
): { keepCent: number; rate: number; bijstandKeepCent: number; bijstandRate: number } {
  const now = settleHousehold(c, nettoCent);
  const next = settleHousehold(c, nettoCent + stepCent);
  const keepCent = next.huishoudinkomenCent - now.huishoudinkomenCent;
  const bijstandKeepCent = next.bijstand.totaalCent - now.bijstand.totaalCent;
  return {
    keepCent,
    rate: 1 - keepCent / stepCent,
    bijstandKeepCent,
    bijstandRate: 1 - bijstandKeepCent / stepCent,
  };
}

/** One point of a household curve. */
export interface HouseholdCurvePoint {
  nettoCent: number;
  /** Bijstand month total (own netto + bijstand + premie), as `calculateCurve`. */
  totaalCent: number;
  uitkeringCent: number;
  huishoudinkomenCent: number;
  /** Per known scheme, cents per month. */
  schemes: Partial<Record<SchemeId, number>>;
  /** Share of the next euro the household loses, between this point and the next. */
  marginalRate: number;
}

/** A regime's household curve, or why it cannot be drawn. */
export interface HouseholdCurveSeries {
  regime: string;
  name: string;
  ok: boolean;
  problems: Problem[];
  points: HouseholdCurvePoint[];
  /** First own earnings of the curve without bijstand; null when bijstand lasts the whole range. */
  bijstandEndsAtCent: number | null;
  /** Schemes left out of every point of the curve (unknown for this month), with the reason. */
  leftOut: { id: SchemeId; name: string; reason: string }[];
}

/**
 * Household income against own netto earnings from `fromCent` to `toCent` in steps of `stepCent`,
 * per regime id (the partner's earnings stay as given). Marks where the bijstand ends.
 */
export function calculateHouseholdCurve(
  params: Parameters,
  input: HouseholdInput,
  regimeIds: readonly string[],
  fromCent: number,
  toCent: number,
  stepCent: number,
): HouseholdCurveSeries[] {
  if (
    !Number.isSafeInteger(fromCent) ||
    !Number.isSafeInteger(toCent) ||
    !Number.isSafeInteger(stepCent) ||
    stepCent <= 0 ||
    fromCent < 0 ||
    toCent < fromCent ||
    toCent > MAX_NETTO_CENT
  )
    throw new RangeError(
      `calculateHouseholdCurve: bad range ${fromCent}..${toCent} step ${stepCent}`,
    );
  return regimeIds.map((id) => {
    const regime = params.regimes.find((r) => r.id === id);
    const resolved = resolveHousehold(params, { ...input, regime: id, nettoCent: fromCent });
    if (!resolved.ok)
      return {
        regime: id,
        name: regime?.name ?? id,
        ok: false,
        problems: resolved.problems,
        points: [],
        bijstandEndsAtCent: null,
        leftOut: [],
      };
    const c = resolved.context;
    const points: HouseholdCurvePoint[] = [];
    let bijstandEndsAtCent: number | null = null;
    const first = settleHousehold(c, fromCent);
    const leftOut = first.schemes.flatMap((s) =>
      s.status === "onbekend" ? [{ id: s.id, name: s.name, reason: s.reason }] : [],
    );
    for (let n = fromCent; n <= toCent; n += stepCent) {
      // `settleHousehold` without the step texts (`compute(t, false)`): the same rules and amounts.
      const bijstand = settleMonth(c.month, n);
      const t = toetsingsinkomen(c, bijstand);
      let total = incomeBeforeSchemes(bijstand);
      const schemes: Partial<Record<SchemeId, number>> = {};
      for (const { scheme, prepared } of c.schemes) {
        const r = prepared.compute(t, false);
        if (!r.ok) continue;
        schemes[scheme.id] = r.monthCent;
        total += r.monthCent;
      }
      if (bijstandEndsAtCent === null && bijstand.uitkeringCent === 0) bijstandEndsAtCent = n;
      points.push({
        nettoCent: n,
        totaalCent: bijstand.totaalCent,
        uitkeringCent: bijstand.uitkeringCent,
        huishoudinkomenCent: total,
        schemes,
        marginalRate: 0,
      });
    }
    points.forEach((p, i) => {
      p.marginalRate = marginalRate(points, i, (x) => x.huishoudinkomenCent);
    });
    return {
      regime: id,
      name: resolved.context.month.regime.name,
      ok: true,
      problems: [],
      points,
      bijstandEndsAtCent,
      leftOut,
    };
  });
}
