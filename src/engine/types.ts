/**
 * Types of the rules engine: the parameters it is given (built from `data/` at build time) and
 * the input and output of a month's calculation. Everything here is plain JSON, so the same
 * `Parameters` object can be embedded in a page and used by the browser.
 */

/** A civil date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Norm kinds (art. 20, 21, 22 and 22a lid 3 Participatiewet). Amounts include vakantietoeslag. */
export type NormKind =
  | "alleenstaande-18-20"
  | "alleenstaande-21"
  | "alleenstaande-aow"
  | "gehuwden-18-20"
  | "gehuwden-18-20-kinderen"
  | "gehuwden-18-20-en-21"
  | "gehuwden-18-20-en-21-kinderen"
  | "gehuwden-21"
  | "gehuwden-aow"
  | "jongere-partner-kostendelers"
  | "jongere-partner-kostendelers-kinderen"
  | "verhoging-18-20";

/** Onderdelen of art. 31 lid 2 Participatiewet. */
export type Onderdeel = "j" | "m" | "n" | "r" | "y" | "z" | "aa";

/** Rule parameters that are not indexed amounts (see data/participatiewet-regels.csv). */
export type RuleId =
  | "vakantietoeslag-aandeel"
  | "kostendelersnorm-grondslag"
  | "kostendelersnorm-per-persoon"
  | "kostendelersnorm-minimumleeftijd"
  | "kostendeler-minimumleeftijd"
  | "mantelzorg-uitzondering"
  | "vrijlating-minimumleeftijd"
  | "vrijlating-onder-27-tijdelijk"
  | "vrijlating-n-maanden"
  | "vrijlating-r-maanden"
  | "vrijlating-r-kind-leeftijd"
  | "vrijlating-z-maanden"
  | "vrijlating-y-voor-r"
  | "vrijlating-34a-aandeel"
  | "vrijlating-34a-maanden"
  | "vrijlating-34a-aow-aandeel"
  | "vrijlating-34a-aow-maximum-cent"
  | "bufferbudget-maximum-cent"
  | "verrekening-ontvangst";

/** An amount with the article that states it and its sources. */
export interface CitedAmount {
  cent: number;
  article: string;
  sources: string[];
}

/** One vrijlating (or premie j) of one half year. Rates are parts per million (250000 = 25%). */
export interface VrijlatingParameter {
  ratePpm: number | null;
  maxCent: number;
  per: "maand" | "kalenderjaar";
  article: string;
  sources: string[];
  /** The row's note, e.g. why an amount is uncertain ("Onzeker …"); null when it has none. */
  note: string | null;
}

/** One value of a rule from a date on. Fractions are parts per million; ages years; flags 0/1. */
export interface RuleValue {
  validFrom: IsoDate;
  /** Ages, months and flags as integers; shares in parts per million. */
  value: number;
  article: string;
  sources: string[];
}

/**
 * The kinds of regime: the law alone, a premie on top (art. 31 lid 2 j), an experiment arm, or a
 * reading of when art. 34a (Participatiewet in balans) applies: `gedoog-jongeren` (formally from
 * 2027; in 2026 only for those art. 31 lid 5 excludes from n and r) or `artikel-34a` (for
 * everyone from the date the consolidated text prints it, replacing n, r and y).
 */
export type RegimeKind =
  | "landelijk"
  | "premie"
  | "extra-vrijlating"
  | "gedoog-jongeren"
  | "artikel-34a";

/** One period of a regime. A `null` rate or maximum means: not found in any source. */
export interface RegimePeriod {
  validFrom: IsoDate;
  /** Last day, inclusive; null while the regime still applies. */
  validTo: IsoDate | null;
  /**
   * True when the regime really ended on `validTo` (or has no end). False when `validTo` is only the
   * last day a source gives its rules for: it may have continued, with amounts we do not know.
   */
  endKnown: boolean;
  ratePpm: number | null;
  maxCent: number | null;
  maxPer: "maand" | "huishouden" | null;
  payout: string | null;
  payoutMonths: number[];
  minAge: number | null;
  sources: string[];
  note: string | null;
}

/** A regime: an id used in permalinks, a Dutch name and its periods. */
export interface Regime {
  id: string;
  name: string;
  kind: RegimeKind;
  periods: RegimePeriod[];
}

/**
 * Everything the engine needs, by period. Built from the CSV files by `src/data/law-parameters.ts`;
 * the engine never reads files itself.
 */
export interface Parameters {
  /** Start dates of the half-year periods (1 January, 1 July) the data covers, ascending. */
  periods: IsoDate[];
  /** Last day covered by the data (the day before the period after the last one). */
  lastDate: IsoDate;
  /** Norms per period start, per kind. A kind that is missing was not found in a source. */
  norms: Record<IsoDate, Partial<Record<NormKind, CitedAmount>>>;
  /** Vrijlatingen per period start, per onderdeel. Missing: not found in a source. */
  vrijlatingen: Record<IsoDate, Partial<Record<Onderdeel, VrijlatingParameter>>>;
  /** Rule values per rule, ascending by date. */
  rules: Record<RuleId, RuleValue[]>;
  /** AOW age per calendar year. */
  aowAge: Record<string, { years: number; months: number; sources: string[] }>;
  /** Regimes in display order; `landelijk` first. */
  regimes: Regime[];
  /** Toeslagen, kinderbijslag and income tax (built by `src/data/toeslagen-parameters.ts`). */
  toeslagen?: ToeslagenParameters;
}

/** One yearly parameter: cents, or a rate in parts per million; with its article and sources. */
export interface YearValue {
  value: number;
  article: string;
  sources: string[];
}

/** Parameters of one law per calendar year (`"2026"`), per parameter name. Missing: not found. */
export type YearlyParameters = Record<string, Record<string, YearValue>>;

/** Kinderbijslag per child per quarter for ages `ageFrom`–`ageTo` (inclusive), from a date on. */
export interface KinderbijslagAmount {
  validFrom: IsoDate;
  ageFrom: number;
  ageTo: number;
  quarterCent: number;
  article: string;
  sources: string[];
}

/** The calculation method of a berekeningsjaar (as in data/huurtoeslag.csv). */
export type HuurtoeslagMethod =
  | "normhuurformule-vier-typen"
  | "normhuurformule-twee-typen"
  | "vaste-basishuur-lineaire-afbouw";

/** The household types of Wht art. 2 (the `ouderen` types only until 2024). */
export type Huishoudtype =
  | "eenpersoons"
  | "meerpersoons"
  | "eenpersoonsouderen"
  | "meerpersoonsouderen";

/**
 * One parameter value with its article and sources. `value` is cents (amounts), ppm (rates), whole
 * years (ages) or, for the normhuur factors a and b, units of 10⁻¹² (so 0.000000438698 is 438698).
 */
export interface HuurtoeslagValue {
  value: number;
  article: string;
  sources: string[];
}

/** The parameters of one berekeningsjaar: the method and, per name, per household type or `alle`. */
export interface HuurtoeslagYear {
  method: HuurtoeslagMethod;
  values: Record<string, Partial<Record<Huishoudtype | "alle", HuurtoeslagValue>>>;
}

/**
 * Huurtoeslag parameters per calendar year (`"2025"`), built by `src/data/huurtoeslag-parameters.ts`.
 * A year holds only what a source states for that year; nothing is carried into another year.
 */
export interface HuurtoeslagParameters {
  years: Record<string, HuurtoeslagYear>;
}

/**
 * Toeslagen, kinderbijslag and income tax parameters. Yearly sections are keyed by calendar year and
 * hold only what a source states for that year: the engine never carries a value into another year.
 */
export interface ToeslagenParameters {
  /** Wet op de zorgtoeslag, per berekeningsjaar (names as in data/zorgtoeslag.csv). */
  zorgtoeslag: YearlyParameters;
  /** Wet op het kindgebonden budget, per berekeningsjaar. */
  kindgebondenBudget: YearlyParameters;
  /** Awir (rounding minimum), per berekeningsjaar. */
  awir: YearlyParameters;
  /** Wet IB 2001 box 1, heffingskortingen and premies, per calendar year. */
  inkomstenbelasting: YearlyParameters;
  /** Kinderbijslag amounts, ascending by date; `kinderbijslagLastDate` is the last day covered. */
  kinderbijslag: KinderbijslagAmount[];
  kinderbijslagLastDate: IsoDate;
  /** Wet op de huurtoeslag, per berekeningsjaar (see huurtoeslag.ts); absent: not loaded. */
  huurtoeslag?: HuurtoeslagParameters;
  /** Statutory minimum wage per hour by age and half year (WML art. 8, 14), ascending by date. */
  minimumloon?: MinimumloonAmount[];
}

/** Statutory minimum wage per hour for an age group, from a date (1 January or 1 July) on. */
export interface MinimumloonAmount {
  validFrom: IsoDate;
  /** Age group of the Besluit minimumjeugdloon art. 2: `15` … `20`, or `21+`. */
  age: string;
  /** Gross per hour in cents, without vakantiebijslag. */
  hourCent: number;
  sources: string[];
}

/** Household as the calculator asks it. */
export type Leefvorm = "alleenstaand" | "alleenstaande-ouder" | "samenwonend";

/**
 * Another adult in the home who is not the partner. Only `kostendeler` can count for the
 * kostendelersnorm (art. 19a lid 1); the others are the law's exceptions.
 */
export interface Housemate {
  age: number;
  /** Default `kostendeler`: an adult who is not a commercial tenant, student or mantelzorger. */
  status?: "kostendeler" | "commercieel" | "student" | "mantelzorg";
}

/** What one month's calculation needs to know about the person. */
export interface MonthInput {
  /** The month calculated: `YYYY-MM` or `YYYY-MM-DD` (the day is ignored). */
  date: string;
  leefvorm: Leefvorm;
  /** Own age in whole years on that date. */
  age: number;
  /** Partner's age in whole years; required when `leefvorm` is `samenwonend`. */
  partnerAge?: number | null;
  /** Other adults living in the home (not the partner). Order does not matter. */
  housemates?: readonly Housemate[];
  /** Netto earnings from work this month, in cents, excluding holiday pay. */
  nettoCent: number;
  /**
   * The partner's netto earnings from work this month, in cents, excluding holiday pay; only with
   * `leefvorm` `samenwonend`. Absent: the partner earns nothing and every result is as before.
   */
  partnerNettoCent?: number;
  /** Month number since work started, 1-based (for the 6- and 30-month limits). */
  month: number;
  /** Full care for a child younger than 12 (also: a couple with children, for art. 20). */
  childUnder12: boolean;
  /** Medische urenbeperking (art. 31 lid 2 y). */
  urenbeperking: boolean;
  /** Doelgroep loonkostensubsidie with a dienstbetrekking (art. 31 lid 2 z/aa), from 2023. */
  loonkostensubsidie?: boolean;
  /** 18–20 without parents to fall back on (art. 20 lid 3, from 2026). */
  jongerenverhoging?: boolean;
  /**
   * The person lives elsewhere for a while to give intensive mantelzorg (art. 22a lid 4, from
   * 2026): then the kostendelersnorm does not apply to them.
   */
  mantelzorg?: boolean;
  /** Regime id, e.g. `landelijk`. */
  regime: string;
}

/** Fields a problem can point at; the names of the permalink parameters. */
export type InputField =
  | "datum"
  | "leefvorm"
  | "leeftijd"
  | "partnerleeftijd"
  | "huisgenoten"
  | "netto"
  | "partnernetto"
  | "kinderen"
  | "huur"
  | "maand"
  | "kind"
  | "urenbeperking"
  | "jongerenverhoging"
  | "mantelzorg"
  | "regeling";

/** Why a calculation cannot be made, in Dutch, and the field it concerns (if any). */
export interface Problem {
  field: InputField | null;
  message: string;
}

/** One step of the explanation: what the law says and what it gives for this person. */
export interface Step {
  /** Short Dutch text: what happens in this step. */
  text: string;
  /** Article, e.g. `art. 22a lid 1`. */
  article: string;
  /** The amount this step yields, in cents, if it yields one. */
  cent?: number;
  sources: string[];
}

/** Which vrijlating applies this month. `experiment` is an experiment arm's extra vrijlating. */
export type VrijlatingKind =
  | "n"
  | "r"
  | "y"
  | "z"
  | "aa"
  | "experiment"
  | "34a-a"
  | "34a-b"
  | "34a-c";

/** Everything about the month that does not depend on the earnings (see `resolveMonth`). */
export interface MonthContext {
  input: MonthInput;
  regime: Regime;
  regimePeriod: RegimePeriod;
  /** Start date of the half-year period of the parameters. */
  period: IsoDate;
  normCent: number;
  vakantietoeslagCent: number;
  normExclVtCent: number;
  normArticle: string;
  normLabel: string;
  /** A in the kostendelersnorm: persons counted (1 when the formula does not apply). */
  personen: number;
  kostendelers: number;
  vrijlating: {
    kind: VrijlatingKind | null;
    ratePpm: number;
    maxCent: number;
    article: string;
    label: string;
    /** Month number after which this vrijlating stops; null when it has no end. */
    endsAfterMonth: number | null;
    sources: string[];
    /** A caveat on the amount used (e.g. an uncertain maximum), in Dutch; null when none. */
    caveat: string | null;
  };
  /** An experiment arm's extra vrijlating; the higher of this and `vrijlating` applies. */
  arm: { ratePpm: number; maxCent: number; label: string; sources: string[] } | null;
  /**
   * The partner's own vrijlating (art. 31 lid 2 n, y: per person) and experiment arm, when the input
   * has `partnerNettoCent`; absent otherwise. The partner is assumed to have started work in the
   * same month as the applicant (one `month` counter), without urenbeperking or loonkostensubsidie.
   */
  partner?: {
    vrijlating: MonthContext["vrijlating"];
    arm: MonthContext["arm"];
  };
  premie: {
    ratePpm: number;
    maxCent: number;
    payout: string | null;
    payoutMonths: number[];
    sources: string[];
  } | null;
  steps: Step[];
  notes: string[];
  sources: string[];
}

/** The money of one month, all in cents. `totaalCent = nettoCent + uitkeringCent + premieCent`. */
export interface MonthAmounts {
  nettoCent: number;
  /** Earnings not counted against the bijstand this month. */
  vrijlatingCent: number;
  /** Earnings counted against the bijstand: netto minus vrijlating. */
  verrekendCent: number;
  /** Bijstand paid for this month (excluding vakantietoeslag, which is paid in June). */
  uitkeringCent: number;
  /** Premie earned over this month (paid later, see `premiePayout`). */
  premieCent: number;
  /** Own netto + bijstand + premie; the partner's earnings are not in it. */
  totaalCent: number;
  /** Only when the input has `partnerNettoCent`: the partner's earnings and their vrijlating. */
  partnerNettoCent?: number;
  partnerVrijlatingCent?: number;
  partnerVerrekendCent?: number;
}

/** A successful month: amounts, the norm and the explanation. */
export interface MonthResult extends MonthAmounts {
  ok: true;
  period: IsoDate;
  /** The monthly norm including vakantietoeslag, as the law states it. */
  normCent: number;
  normExclVtCent: number;
  /** Vakantietoeslag in the norm: reserved monthly and paid once a year in June. */
  vakantietoeslagCent: number;
  normArticle: string;
  normLabel: string;
  personen: number;
  kostendelers: number;
  vrijlatingKind: VrijlatingKind | null;
  vrijlatingLabel: string;
  vrijlatingEndsAfterMonth: number | null;
  premiePayout: string | null;
  premiePayoutMonths: number[];
  steps: Step[];
  notes: string[];
  sources: string[];
}

/** A month that cannot be calculated, with the reasons. */
export interface MonthFailure {
  ok: false;
  problems: Problem[];
}

/** One point of an earnings curve. */
export interface CurvePoint extends MonthAmounts {
  /** Part of the next euro earned that is lost (0.75 = 75%), between this point and the next. */
  marginalRate: number;
}

/** One regime's curve, or why it cannot be drawn. */
export interface CurveSeries {
  regime: string;
  name: string;
  ok: boolean;
  problems: Problem[];
  points: CurvePoint[];
}
