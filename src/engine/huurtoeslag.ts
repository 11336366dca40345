/**
 * Huurtoeslag per month and over a berekeningsjaar (Wet op de huurtoeslag, Wht; Besluit op de
 * huurtoeslag art. 7; Wet verlaging eigen bijdrage huurtoeslag, WVEB; Awir art. 14). The method
 * changed twice and is chosen by the year's parameters:
 *
 * - `normhuurformule-vier-typen` (2024): four household types; the basishuur follows the income
 *   through the normhuur a·Y² + b·Y; above the maximale huurgrens no toeslag.
 * - `normhuurformule-twee-typen` (2025): two types; the 40% band for every household.
 * - `vaste-basishuur-lineaire-afbouw` (2026): kale huur only, the maximale huurgrens is a ceiling,
 *   a fixed basishuur, then minus (rekeninkomen − ijkpunt) × afbouwpercentage / 12.
 *
 * Not modelled, so the calculation assumes them away: vermogen (Awir art. 7 lid 3 and 4: above the
 * vermogensgrens there is no huurtoeslag at all; we assume vermogen below it), the exceptions of
 * art. 13 lid 2 (adaptations for a handicap, eight or more persons, an earlier toeslag for the same
 * home), the 40% band of 2024 for an adapted home (art. 21 lid 1 onder c 3º), a handicap under the
 * youth age, standplaatshuur, a lower maximale huurprijsgrens (art. 5 lid 1), meerderjarigheid
 * (art. 8) and a household that changes during the year. The rekeninkomen is given: the caller adds
 * the toetsingsinkomens of huurder, partner and medebewoners (Awir art. 7 lid 2 and 6).
 *
 * Money is integer cents; shares are exact: the monthly amount is kept in cent × ppm × 12 until the
 * one rounding at the end. A value the data does not hold is never guessed: the result is then a
 * Dutch problem saying the amount is unknown.
 */
import { formatEuro } from "../format/format.ts";
import { divideRoundHalfUp, PPM } from "./money.ts";
import type {
  Huishoudtype,
  HuurtoeslagMethod,
  HuurtoeslagParameters,
  HuurtoeslagValue,
  HuurtoeslagYear,
  Problem,
  Step,
} from "./types.ts";
import { checkYear } from "./yearly.ts";

/** Who rents what, with which income, in which year. */
export interface HuurtoeslagInput {
  /** The berekeningsjaar. */
  year: number;
  /** Huurder, partner and medebewoners, without onderhuurders (Wht art. 2, art. 20 lid 2). */
  personen: number;
  /**
   * The huurder or the partner has the AOW age on 1 January (Wht 2024 art. 2: an ouderenhuishouden;
   * art. 21 lid 1 onder c 1º: the 40% band). Only the 2024 method uses it.
   */
  aowLeeftijd: boolean;
  /**
   * Age of the oldest of huurder, partner and medebewoners: if anyone has reached the youth age (23,
   * from 2026 21), the higher maximale huurgrens applies (Wht art. 13 lid 1 onder a 1º).
   */
  oudsteLeeftijd: number;
  /** A child or pleegkind lives in the home: the higher maximale huurgrens (art. 13 lid 1 a 1º). */
  kindInHuis?: boolean;
  /** The rent per month without service costs, in cents (Wht art. 5 lid 1). */
  kaleHuurCent: number;
  /**
   * Service costs per month for the posts of Wht art. 5 lid 3 (lift and installations, cleaning,
   * huismeester, common rooms), one amount per post, at most four. Each counts up to the maximum per
   * post, until 2025; from 2026 they no longer count.
   */
  servicekostenCent?: readonly number[];
  /** The rekeninkomen (Wht art. 1: the toetsingsinkomens together) per year, in cents. */
  rekeninkomenCent: number;
}

/** The huurtoeslag, step by step. Amounts are per month unless named `jaar…`. */
export interface HuurtoeslagResult {
  ok: true;
  year: number;
  method: HuurtoeslagMethod;
  huishoudtype: Huishoudtype;
  /** Kale huur plus the counted service costs (Wht art. 5). */
  rekenhuurCent: number;
  /** The maximale huurgrens for this household (art. 13 lid 1). */
  maximaleHuurgrensCent: number;
  /**
   * The basishuur: normhuur + art. 16 opslag (0 as the Dienst computes) − WVEB reduction; null
   * when a rekenhuur above the maximale huurgrens excluded the toeslag before it was needed.
   */
  basishuurCent: number | null;
  /** There is a right: not above the maximale huurgrens (until 2025) and at least the Awir minimum. */
  heeftRecht: boolean;
  /** The monthly amount to the cent, half up (0 without a right). */
  maandbedragCent: number;
  /** The monthly amount as the Dienst Toeslagen pays it: down to whole euros (0 without a right). */
  maandbedragAfgerondCent: number;
  /** Twelve months, rounded half up to whole euros (Awir art. 14 lid 4); 0 without a right. */
  jaarbedragCent: number;
  steps: Step[];
  /** Dutch notes: what was assumed, why there is no right. */
  notes: string[];
  sources: string[];
}

/** Why the huurtoeslag cannot be calculated, in Dutch. */
export interface HuurtoeslagFailure {
  ok: false;
  problems: Problem[];
}

/** Highest yearly rekeninkomen accepted (€ 100 million): every cent × ppm product stays exact. */
export const MAX_REKENINKOMEN_CENT = 10_000_000_000;
/** Highest rent or service cost per month accepted (€ 100.000). */
export const MAX_HUUR_CENT = 10_000_000;
/** Most persons in a household accepted. */
export const MAX_PERSONEN = 99;
/** Scale of the normhuur factors: a value of 438698 is 0.000000438698. */
export const FACTOR_SCALE = 1_000_000_000_000;

/** The monthly amount is held in cent × ppm × 12: exact for the shares and for the afbouw / 12. */
const EXACT = PPM * 12;

/** Checks a huurtoeslag input; Dutch problems, empty when it can be calculated. */
export function validateHuurtoeslagInput(input: HuurtoeslagInput): Problem[] {
  const problems = checkYear(input.year);
  if (!Number.isSafeInteger(input.personen) || input.personen < 1 || input.personen > MAX_PERSONEN)
    problems.push({
      field: "huisgenoten",
      message: `Het aantal personen moet een heel getal van 1 tot en met ${MAX_PERSONEN} zijn.`,
    });
  if (!Number.isSafeInteger(input.oudsteLeeftijd) || input.oudsteLeeftijd < 0)
    problems.push({
      field: "leeftijd",
      message: "De leeftijd moet een heel getal van 0 of meer zijn.",
    });
  const money: [string, number][] = [
    ["De kale huur", input.kaleHuurCent],
    ...(input.servicekostenCent ?? []).map((c): [string, number] => ["De servicekosten", c]),
  ];
  for (const [what, cent] of money)
    if (!Number.isSafeInteger(cent) || cent < 0 || cent > MAX_HUUR_CENT)
      problems.push({
        field: null,
        message: `${what} moet een bedrag van 0 tot en met ${formatEuro(MAX_HUUR_CENT, { cents: false })} per maand zijn.`,
      });
  if ((input.servicekostenCent ?? []).length > 4)
    problems.push({
      field: null,
      message: "Er zijn ten hoogste vier posten servicekosten (Wht art. 5 lid 3).",
    });
  if (
    !Number.isSafeInteger(input.rekeninkomenCent) ||
    input.rekeninkomenCent < 0 ||
    input.rekeninkomenCent > MAX_REKENINKOMEN_CENT
  )
    problems.push({ field: "netto", message: "Het inkomen moet een bedrag van 0 of meer zijn." });
  return problems;
}

/** Reads the values of one year, collecting a problem per missing name. */
class YearValues {
  readonly missing: string[] = [];
  readonly sources = new Set<string>();
  private readonly year: HuurtoeslagYear;
  private readonly type: Huishoudtype;

  constructor(year: HuurtoeslagYear, type: Huishoudtype) {
    this.year = year;
    this.type = type;
  }

  /** The value for this household type, else for `alle`; records a missing name. */
  get(name: string): HuurtoeslagValue {
    const byHousehold = this.year.values[name];
    const v = byHousehold?.[this.type] ?? byHousehold?.alle;
    if (!v) {
      this.missing.push(name);
      return { value: 0, article: "", sources: [] };
    }
    for (const s of v.sources) this.sources.add(s);
    return v;
  }

  /** Whether the data hold a value for this household type (or `alle`). */
  has(name: string): boolean {
    const byHousehold = this.year.values[name];
    return (byHousehold?.[this.type] ?? byHousehold?.alle) !== undefined;
  }
}

/** Ceiling of a / b for BigInts, b > 0. */
function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b > 0n ? q + 1n : q;
}

/**
 * Normhuur in cents per month for an income above the minimum-inkomensijkpunt (Wht art. 19 lid 2
 * and 3): a·Y² + b·Y with Y in euros, rounded up to whole cents. With a and b in 10⁻¹² units and y
 * in cents this is (A·y² + 100·B·y) / 10¹⁴ cents, computed exactly.
 */
export function normhuurFormulaCent(factorA: number, factorB: number, inkomenCent: number): number {
  const y = BigInt(inkomenCent);
  const numerator = BigInt(factorA) * y * y + 100n * BigInt(factorB) * y;
  return Number(ceilDiv(numerator, BigInt(FACTOR_SCALE) * 100n));
}

/** `max(0, hi − lo)`. */
function band(lo: number, hi: number): number {
  return Math.max(0, hi - lo);
}

/**
 * Huurtoeslag over a berekeningsjaar with the method of that year (see the module comment). The
 * monthly amount is rounded down to whole euros, as the Dienst Toeslagen pays it (its 2026 calculation
 * and the published 2025 tables do so; the law names no rounding per month); the yearly amount is
 * twelve exact months rounded half up to whole euros (Awir art. 14 lid 4), and below the Awir minimum
 * there is no right (art. 14 lid 5).
 */
export function calculateHuurtoeslag(
  params: HuurtoeslagParameters,
  input: HuurtoeslagInput,
): HuurtoeslagResult | HuurtoeslagFailure {
  const problems = validateHuurtoeslagInput(input);
  if (problems.length > 0) return { ok: false, problems };
  const year = params.years[String(input.year)];
  if (!year)
    return fail(
      `De huurtoeslag over ${input.year} is onbekend: de bedragen voor dat jaar hebben we niet gevonden. Zonder bron rekenen we niet.`,
    );
  const { method } = year;
  const normhuurFormula = method !== "vaste-basishuur-lineaire-afbouw";
  const een = input.personen === 1;
  // Wht art. 2: four types until 2024 (AOW age on 1 January), two from 2025.
  const type: Huishoudtype =
    method === "normhuurformule-vier-typen" && input.aowLeeftijd
      ? een
        ? "eenpersoonsouderen"
        : "meerpersoonsouderen"
      : een
        ? "eenpersoons"
        : "meerpersoons";
  const v = new YearValues(year, type);
  const steps: Step[] = [];
  const notes: string[] = [];
  const step = (text: string, value: HuurtoeslagValue, cent?: number) =>
    steps.push({
      text,
      article: value.article,
      ...(cent === undefined ? {} : { cent }),
      sources: value.sources,
    });

  // Rekenhuur (art. 5): kale huur, until 2025 plus up to four service-cost posts, each capped.
  const posten = input.servicekostenCent ?? [];
  let rekenhuur = input.kaleHuurCent;
  if (normhuurFormula) {
    const maxPost = v.get("servicekosten-max-per-post");
    const counted = posten.reduce((sum, c) => sum + Math.min(c, maxPost.value), 0);
    rekenhuur += counted;
    step("Rekenhuur: kale huur plus de servicekosten die meetellen", maxPost, rekenhuur);
  } else if (posten.some((c) => c > 0)) {
    notes.push("Vanaf 2026 tellen servicekosten niet meer mee in de rekenhuur (Wht art. 5).");
  }

  // Maximale huurgrens (art. 13 lid 1): the youth limit only if everyone is younger and no child.
  const jongerengrens = v.get("jongerengrens-leeftijd").value;
  const jong = !input.kindInHuis && input.oudsteLeeftijd < jongerengrens;
  const grens = v.get(jong ? "maximale-huurgrens-jongeren" : "maximale-huurgrens");

  const K = v.get("kwaliteitskortingsgrens");
  const A = v.get(
    input.personen <= 2 ? "aftoppingsgrens-1-2-personen" : "aftoppingsgrens-3-of-meer-personen",
  );
  const pA = v.get("subsidie-tot-kwaliteitskortingsgrens");
  const pB = v.get("subsidie-tot-aftoppingsgrens");
  const pC = v.get("subsidie-boven-aftoppingsgrens");
  const nhMin = v.get("normhuur-minimum-inkomensijkpunt");
  const nhVerlaging = v.get("verlaging-normhuur-minimum-inkomensijkpunt");
  const ijkpunt = v.get("minimum-inkomensijkpunt");
  const opslag = v.get("opslag-basishuur-uitvoering");
  const wveb = v.get("verlaging-basishuur");
  const minimum = v.get("minimum-tegemoetkoming");
  const afbouw = normhuurFormula ? undefined : v.get("afbouwpercentage");
  if (v.missing.length > 0)
    return fail(
      `Voor de huurtoeslag in ${input.year} ontbreekt in de gegevens: ${[...new Set(v.missing)].join(", ")}. Zonder bron rekenen we niet.`,
    );

  step(
    jong
      ? `Maximale huurgrens: iedereen is jonger dan ${jongerengrens} en er woont geen kind`
      : "Maximale huurgrens",
    grens,
    grens.value,
  );
  let subsidiabel = rekenhuur;
  if (rekenhuur > grens.value) {
    if (normhuurFormula) {
      // Until 2025 a rekenhuur above the limit excludes the toeslag (art. 13 lid 1).
      notes.push(
        `De rekenhuur ligt boven de maximale huurgrens van ${formatEuro(grens.value)}: geen huurtoeslag (Wht art. 13 lid 1; de uitzonderingen van lid 2 zijn niet meegenomen).`,
      );
      return noRight(input.year, method, type, rekenhuur, grens.value, null, steps, notes, v);
    }
    // From 2026 the part above the limit is not subsidised (art. 21 lid 1 onder d).
    subsidiabel = grens.value;
    notes.push(
      `Het deel van de huur boven de maximale huurgrens van ${formatEuro(grens.value)} telt niet mee (Wht art. 21 lid 1 onder d).`,
    );
  }

  // Normhuur (art. 17, 19): at or below the minimum-inkomensijkpunt the fixed normhuur minus the
  // household's reduction; above it (until 2025) the formula a·Y² + b·Y, rounded up to cents.
  let normhuur = nhMin.value - nhVerlaging.value;
  if (normhuurFormula && input.rekeninkomenCent > ijkpunt.value) {
    if (!v.has("factor-a") || !v.has("factor-b"))
      return fail(
        `De huurtoeslag over ${input.year} is onbekend bij een rekeninkomen boven het minimum-inkomensijkpunt van ${formatEuro(ijkpunt.value, { cents: false })}: de factoren a en b van de normhuurformule (Wht art. 19 lid 2, vastgesteld bij ministeriële regeling) hebben we niet gevonden. Zonder bron rekenen we niet.`,
      );
    const a = v.get("factor-a");
    const b = v.get("factor-b");
    normhuur = normhuurFormulaCent(a.value, b.value, input.rekeninkomenCent);
    step("Normhuur bij dit inkomen: a × Y² + b × Y, naar boven afgerond op centen", a, normhuur);
  } else {
    step("Normhuur bij het minimum-inkomensijkpunt", nhVerlaging, normhuur);
  }
  // Basishuur (art. 16; WVEB art. 1): normhuur + opslag (0 as the Dienst computes) − reduction.
  const basishuur = normhuur + opslag.value - wveb.value;
  step(
    `Basishuur: normhuur min de verlaging van de eigen bijdrage (de opslag van € 12 in de tekst van art. 16 telt niet mee: de Dienst Toeslagen rekent met ${formatEuro(opslag.value)})`,
    wveb,
    basishuur,
  );

  // Art. 21 lid 1–3 (Besluit art. 7): 100% up to K, 65% up to A, 40% above, each from the basishuur
  // on. In 2024 the 40% band only for AOW age or a single person (lid 1 onder c, lid 3).
  const cBand = method !== "normhuurformule-vier-typen" || input.aowLeeftijd || een ? pC.value : 0;
  const deelA = band(basishuur, Math.min(subsidiabel, K.value));
  const deelB = band(Math.max(basishuur, K.value), Math.min(subsidiabel, A.value));
  const deelC = band(Math.max(basishuur, A.value), subsidiabel);
  let exact = 12 * (deelA * pA.value + deelB * pB.value + deelC * cBand);
  step("Deel tot de kwaliteitskortingsgrens (100%)", pA, divideRoundHalfUp(deelA * pA.value, PPM));
  step("Deel tot de aftoppingsgrens (65%)", pB, divideRoundHalfUp(deelB * pB.value, PPM));
  step(
    cBand > 0
      ? "Deel boven de aftoppingsgrens (40%)"
      : "Deel boven de aftoppingsgrens: niet gesubsidieerd voor dit huishouden in 2024",
    pC,
    divideRoundHalfUp(deelC * cBand, PPM),
  );

  // From 2026 (art. 21 lid 2): minus (rekeninkomen − minimum-inkomensijkpunt) × afbouw% / 12.
  if (afbouw) {
    const boven = band(ijkpunt.value, input.rekeninkomenCent);
    const afbouwExact = boven * afbouw.value;
    exact = Math.max(0, exact - afbouwExact);
    step(
      "Afbouw: inkomen boven het minimum-inkomensijkpunt × afbouwpercentage / 12",
      afbouw,
      divideRoundHalfUp(afbouwExact, EXACT),
    );
  }

  const jaarbedrag = divideRoundHalfUp(exact, PPM * 100) * 100;
  notes.push(
    "Vermogen is niet meegerekend: we gaan uit van vermogen onder de vermogensgrens (Awir art. 7 lid 3 en 4).",
  );
  if (jaarbedrag < minimum.value) {
    notes.push(
      `Minder dan ${formatEuro(minimum.value, { cents: false })} per jaar: de huurtoeslag wordt niet toegekend (Awir art. 14 lid 5).`,
    );
    return noRight(input.year, method, type, rekenhuur, grens.value, basishuur, steps, notes, v);
  }
  const maandbedrag = divideRoundHalfUp(exact, EXACT);
  steps.push({
    text: "Huurtoeslag per maand",
    article: "Wht art. 21; Awir art. 14",
    cent: maandbedrag,
    sources: [...v.sources].sort(),
  });
  return {
    ...noRight(input.year, method, type, rekenhuur, grens.value, basishuur, steps, notes, v),
    heeftRecht: true,
    maandbedragCent: maandbedrag,
    maandbedragAfgerondCent: Math.floor(exact / (EXACT * 100)) * 100,
    jaarbedragCent: jaarbedrag,
  };
}

/** A failure with one Dutch problem about the data (the year or a value is unknown). */
function fail(message: string): HuurtoeslagFailure {
  return { ok: false, problems: [{ field: "datum", message }] };
}

/** A result without a right: all amounts 0 (with a right, the amounts replace these). */
function noRight(
  year: number,
  method: HuurtoeslagMethod,
  huishoudtype: Huishoudtype,
  rekenhuurCent: number,
  maximaleHuurgrensCent: number,
  basishuurCent: number | null,
  steps: Step[],
  notes: string[],
  v: YearValues,
): HuurtoeslagResult {
  return {
    ok: true,
    year,
    method,
    huishoudtype,
    rekenhuurCent,
    maximaleHuurgrensCent,
    basishuurCent,
    heeftRecht: false,
    maandbedragCent: 0,
    maandbedragAfgerondCent: 0,
    jaarbedragCent: 0,
    steps,
    notes,
    sources: [...v.sources].sort(),
  };
}
