/**
 * Zorgtoeslag over a berekeningsjaar (Wet op de zorgtoeslag art. 2; Awir art. 14): standaardpremie
 * (with a toeslagpartner twice) minus the normpremie, not below zero. Vermogen is ignored: the
 * calculation assumes it stays below the vermogensgrens of art. 3 (in 2024 art. 2a); so does a whole
 * year with the same household.
 */
import { divideRoundHalfUp, PPM } from "./money.ts";
import type { Parameters, Problem } from "./types.ts";
import {
  awirMinimumForYear,
  checkYear,
  floorToEuro,
  MAX_INKOMEN_CENT,
  roundToEuroHalfUp,
  toeslagenOf,
  valuesForYear,
  type YearFailure,
} from "./yearly.ts";

/** Who asks for zorgtoeslag over which year, with which toetsingsinkomen (cents per year). */
export interface ZorgtoeslagInput {
  year: number;
  /** The applicant's toetsingsinkomen (Awir art. 8), cents per year. */
  toetsingsinkomenCent: number;
  /** Has a toeslagpartner the whole year. */
  toeslagpartner: boolean;
  /** The partner's toetsingsinkomen; counted with the applicant's (Wzt art. 2 lid 3). Default 0. */
  partnerToetsingsinkomenCent?: number;
  /** The partner is verzekerd under the Zvw; default true. False: 50% (Wzt art. 2 lid 4). */
  partnerVerzekerd?: boolean;
}

/** The zorgtoeslag over a year, step by step, in cents. */
export interface ZorgtoeslagResult {
  ok: true;
  /** The (joint) toetsingsinkomen the normpremie is taken from. */
  toetsingsinkomenCent: number;
  /** Standaardpremie, twice with a toeslagpartner (Wzt art. 2 lid 1). */
  standaardpremieCent: number;
  /** Normpremie (Wzt art. 2 lid 2 and 3), rounded half up to the cent. */
  normpremieCent: number;
  /** Zorgtoeslag per year before Awir art. 14 rounding (after art. 2 lid 4), never below 0. */
  jaarbedragCent: number;
  /** Within the published income limit and at least the Awir minimum after rounding. */
  heeftRecht: boolean;
  /** The tegemoetkoming: whole euros half up (Awir art. 14 lid 4); 0 without a right. */
  toegekendJaarbedragCent: number;
  /** `jaarbedragCent / 12`, half up to the cent; 0 without a right. */
  maandbedragCent: number;
  /** The monthly advance as the Dienst pays it: `toegekendJaarbedragCent / 12` down to whole euros. */
  maandbedragAfgerondCent: number;
  /** Dutch notes: why there is no right, what was assumed. */
  notes: string[];
  sources: string[];
}

const NAMES = [
  "standaardpremie",
  "drempelinkomen",
  "normpremie-drempel-alleenstaande",
  "normpremie-drempel-partners",
  "normpremie-boven-drempel",
  "aandeel-partner-niet-verzekerd",
  "inkomensgrens-alleenstaande",
  "inkomensgrens-partners",
] as const;

/** Checks a zorgtoeslag input; Dutch problems, empty when it can be calculated. */
export function validateZorgtoeslagInput(input: ZorgtoeslagInput): Problem[] {
  const problems = checkYear(input.year);
  for (const [key, value] of [
    ["toetsingsinkomen", input.toetsingsinkomenCent],
    ["toetsingsinkomen van de partner", input.partnerToetsingsinkomenCent ?? 0],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_INKOMEN_CENT)
      problems.push({ field: "netto", message: `Het ${key} moet een bedrag van 0 of meer zijn.` });
  }
  return problems;
}

/**
 * Zorgtoeslag over a year (Wzt art. 2; Awir art. 14 lid 4 and 5). The drempelinkomen is the rounded
 * amount the Dienst Toeslagen uses (data/zorgtoeslag.csv). The monthly advance (Awir art. 22: twelve
 * instalments) is the tegemoetkoming (the yearly amount in whole euros, art. 14 lid 4) / 12, rounded
 * down to whole euros: the law names no rounding for the instalment; rounding down is the Dienst's
 * practice, and this order (year first, then down) reproduces every row of its published tables.
 * `maandbedragCent` is the unrounded yearly amount / 12 as the worked examples show it.
 */
export function calculateZorgtoeslag(
  params: Parameters,
  input: ZorgtoeslagInput,
): ZorgtoeslagResult | YearFailure {
  const problems = validateZorgtoeslagInput(input);
  if (problems.length > 0) return { ok: false, problems };
  const year = resolveZorgtoeslagYear(params, input.year);
  if (!year.ok) return year;
  return settleZorgtoeslag(year.zorgtoeslag, input);
}

/** One year's zorgtoeslag numbers (Wzt, Awir art. 14 lid 5), looked up once; see `settleZorgtoeslag`. */
export interface ZorgtoeslagYear {
  values: Record<(typeof NAMES)[number], number>;
  minimumCent: number;
  sources: string[];
}

/** Looks up one year's zorgtoeslag numbers; Dutch problems when one is missing. */
export function resolveZorgtoeslagYear(
  params: Parameters,
  year: number,
): { ok: true; zorgtoeslag: ZorgtoeslagYear } | YearFailure {
  const t = toeslagenOf(params);
  if (!t.ok) return t;
  const zt = valuesForYear(t.toeslagen.zorgtoeslag, year, NAMES, "de zorgtoeslag");
  if (!zt.ok) return zt;
  const awir = awirMinimumForYear(t.toeslagen, year);
  if (!awir.ok) return awir;
  return {
    ok: true,
    zorgtoeslag: {
      values: zt.values,
      minimumCent: awir.minimumCent,
      sources: [...new Set([...zt.sources, ...awir.sources])].sort(),
    },
  };
}

/** The zorgtoeslag arithmetic of `calculateZorgtoeslag` on a year looked up once (input checked). */
export function settleZorgtoeslag(z: ZorgtoeslagYear, input: ZorgtoeslagInput): ZorgtoeslagResult {
  const v = z.values;
  const partner = input.toeslagpartner;
  const inkomen =
    input.toetsingsinkomenCent + (partner ? (input.partnerToetsingsinkomenCent ?? 0) : 0);

  const standaardpremieCent = (partner ? 2 : 1) * v.standaardpremie;
  const drempelPpm = partner
    ? v["normpremie-drempel-partners"]
    : v["normpremie-drempel-alleenstaande"];
  const boven = Math.max(0, inkomen - v.drempelinkomen);
  // One rounding: the exact normpremie in cent·ppm, then half up to the cent.
  const normpremieCent = divideRoundHalfUp(
    v.drempelinkomen * drempelPpm + boven * v["normpremie-boven-drempel"],
    PPM,
  );
  let jaarbedragCent = Math.max(0, standaardpremieCent - normpremieCent);
  const notes: string[] = [];
  if (partner && input.partnerVerzekerd === false) {
    jaarbedragCent = divideRoundHalfUp(jaarbedragCent * v["aandeel-partner-niet-verzekerd"], PPM);
    notes.push("De partner is niet verzekerd: de helft van de zorgtoeslag (Wzt art. 2 lid 4).");
  }
  const grens = partner ? v["inkomensgrens-partners"] : v["inkomensgrens-alleenstaande"];
  const afgerond = roundToEuroHalfUp(jaarbedragCent);
  const minimum = z.minimumCent;
  let heeftRecht = true;
  if (inkomen > grens) {
    heeftRecht = false;
    notes.push(
      "Het toetsingsinkomen ligt boven de inkomensgrens die de Belastingdienst publiceert.",
    );
  } else if (afgerond < minimum) {
    heeftRecht = false;
    notes.push(
      "Minder dan het minimum per jaar: de zorgtoeslag wordt niet toegekend (Awir art. 14 lid 5).",
    );
  }
  notes.push("Vermogen is niet meegerekend: we gaan uit van vermogen onder de vermogensgrens.");
  const maandbedragCent = heeftRecht ? divideRoundHalfUp(jaarbedragCent, 12) : 0;
  return {
    ok: true,
    toetsingsinkomenCent: inkomen,
    standaardpremieCent,
    normpremieCent,
    jaarbedragCent,
    heeftRecht,
    toegekendJaarbedragCent: heeftRecht ? afgerond : 0,
    maandbedragCent,
    maandbedragAfgerondCent: heeftRecht ? floorToEuro(Math.floor(afgerond / 12)) : 0,
    notes,
    sources: z.sources,
  };
}
