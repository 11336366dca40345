/**
 * What /rekenhulp/loont-werken/ shows for an input: the household income at the chosen hours and
 * what it is made of, the plain-Dutch summary, the markers, the two charts, the table of 0–40 hours
 * (a column per scheme the household gets) and what is left out.
 * Pure (strings only), so the page renders it at build time and the island in the browser.
 */
import type { HoursMarker, HoursPoint, Parameters, Problem, SchemeId } from "../engine/index.ts";
import {
  calculateHoursSeries,
  HOUSEHOLD_SCHEMES,
  minimumHourlyWage,
  toeslagenFromMonth,
} from "../engine/index.ts";
import { formatDate, formatEuro, formatPercent } from "../format/format.ts";
import {
  DEFAULT_WIDTH,
  markerLabel,
  renderHoursChart,
  renderMarginalChart,
} from "./loont-werken-chart.ts";
import {
  LOONT_WERKEN_FIELDS,
  type LoontWerkenField,
  type LoontWerkenInput,
} from "./loont-werken-params.ts";
import { buildToeslagenView, type ToeslagenView } from "./toeslagen-jaar-view.ts";

/** The `<output>` elements of the page, by name. */
export const OUTPUT_NAMES = ["huishoudinkomen", "bruto", "netto", "uurloon"] as const;

/** Everything the page shows for one input, as text (the SVGs are built from escaped text). */
export interface LoontWerkenView {
  outputs: Record<(typeof OUTPUT_NAMES)[number], string>;
  /** The hint of the uurloon field: the minimum wage for this age and month, or that it is unknown. */
  uurloonHint: string;
  /** The source of that minimum wage, for a link to /bronnen/ (null when unknown). */
  uurloonSource: { id: string; label: string } | null;
  /** The sentence about the chosen hours. */
  sentence: string;
  /** What the household income at the chosen hours is made of, in one sentence. */
  parts: string;
  /** What the household income leaves out and why (no rent, no children's ages, unknown schemes); empty when nothing. */
  leftOut: string;
  /** The plain-Dutch summary, one sentence per item. */
  summary: string[];
  /** The numbered markers of the chart, in Dutch. */
  markers: string[];
  incomeTitle: string;
  marginalTitle: string;
  incomeSvg: string;
  marginalSvg: string;
  table: { head: string[]; rows: string[][]; chosenRow: number };
  /** What the result leaves out and simplifies. */
  notes: string[];
  /** Source ids of the wage, tax and toeslagen used. */
  sources: string[];
  announcement: string;
  /**
   * The toeslagen over the year when the chosen hours start in the chosen month and last to
   * December: advances, the definitive amount and the settlement, reported or not.
   */
  yearAfter: ToeslagenView;
}

const FORM_FIELDS = new Set<string>(LOONT_WERKEN_FIELDS);

function toErrors(problems: readonly Problem[]): Partial<Record<LoontWerkenField, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const p of problems) {
    const f = p.field && FORM_FIELDS.has(p.field) ? p.field : "datum";
    errors[f] = errors[f] ? `${errors[f]} ${p.message}` : p.message;
  }
  return errors;
}

const euro = (c: number) => formatEuro(c);
const uur = (h: number) => `${h} uur`;

/** Source labels by id ("Rijksoverheid, januari 2024"), embedded in the page for the wage's source. */
export type SourceLabels = Readonly<Record<string, string>>;

/** The minimum wage hint of the uurloon field for an age and month, and its source. */
export function minimumWageHint(
  params: Parameters,
  date: string,
  age: number,
  labels: SourceLabels = {},
): { hint: string; source: { id: string; label: string } | null } {
  const m = minimumHourlyWage(params, date, age);
  if (!m.ok)
    return {
      hint: `Bruto per uur, zonder vakantiegeld. ${m.problems.map((p) => p.message).join(" ")}`,
      source: null,
    };
  const who = m.ageGroup === "21+" ? "21 jaar en ouder" : `${m.ageGroup} jaar`;
  const id = m.sources[0] ?? "";
  return {
    hint: `Bruto per uur, zonder vakantiegeld. Leeg laten: het wettelijk minimumloon voor ${who}, ${euro(m.hourCent)} per uur vanaf ${formatDate(m.validFrom)}.`,
    source: id ? { id, label: labels[id] ?? id } : null,
  };
}

/** The hint while the month or age in the form cannot be read: no amount. */
export const WAGE_HINT_UNKNOWN =
  "Bruto per uur, zonder vakantiegeld. Leeg laten: het wettelijk minimumloon voor uw leeftijd in de maand die u kiest.";

/**
 * The uurloon hint for the month and age as typed (also while another field is wrong): the minimum
 * wage when both can be read, otherwise the hint without an amount.
 */
export function wageHintFor(
  params: Parameters,
  datum: string,
  leeftijd: string,
  labels: SourceLabels = {},
): { hint: string; source: { id: string; label: string } | null } {
  const age = leeftijd.trim();
  if (!/^\d{4}-\d{2}$/.test(datum.trim()) || !/^\d{1,3}$/.test(age))
    return { hint: WAGE_HINT_UNKNOWN, source: null };
  return minimumWageHint(params, datum.trim(), Number(age), labels);
}

/** Runs of two or more hours in which one hour more adds nothing: "van 17 tot 27 uur". */
function flatRuns(points: readonly HoursPoint[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let start: number | null = null;
  for (const p of points) {
    const flat = p.nextHourCent === 0;
    if (flat && start === null) start = p.uren;
    if (!flat && start !== null) {
      if (p.uren - start >= 2) runs.push({ from: start, to: p.uren });
      start = null;
    }
  }
  return runs;
}

/** A scheme's name with its article, lower case: "de zorgtoeslag", "het kindgebonden budget". */
function withArticle(id: SchemeId | null, name: string): string {
  return `${id === "kindgebonden-budget" ? "het" : "de"} ${name.toLowerCase()}`;
}

/** The same with a capital first letter, to start a sentence. */
function capitalised(id: SchemeId | null, name: string): string {
  const t = withArticle(id, name);
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
}

function markerSentence(m: HoursMarker): string {
  if (m.kind === "bijstand-stopt")
    return `Vanaf ${uur(m.uren)} per week krijgt u geen bijstand meer.`;
  return m.kind === "toeslag-daalt"
    ? `${capitalised(m.scheme, m.name)} gaat omlaag vanaf ${uur(m.uren)} per week.`
    : `${capitalised(m.scheme, m.name)} stopt bij ${uur(m.uren)} per week.`;
}

/** "a, b en c". */
function listWords(words: readonly string[]): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} en ${words[words.length - 1]}`;
}

/**
 * What the household income leaves out: huurtoeslag without a rent; kindgebonden budget and
 * kinderbijslag without children's ages for a household with children; every scheme the engine
 * could not compute, with its reason.
 */
function leftOutText(
  h: LoontWerkenInput["household"],
  unknown: readonly { name: string; reason: string }[],
): string {
  const parts: string[] = [];
  if (h.huurCent === undefined || h.huurCent === null)
    parts.push("U vulde geen huur in, dus de huurtoeslag is niet meegerekend.");
  if (h.kinderen === undefined && (h.leefvorm === "alleenstaande-ouder" || h.childUnder12))
    parts.push(
      "U vulde geen leeftijden van kinderen in, dus het kindgebonden budget en de kinderbijslag zijn niet meegerekend.",
    );
  for (const l of unknown)
    parts.push(`${l.name} is onbekend en daarom niet meegerekend. ${l.reason}`);
  return parts.join(" ");
}

/** Builds the view, or Dutch messages per field when it cannot be computed. */
export function buildLoontWerkenView(
  params: Parameters,
  input: LoontWerkenInput,
  opts: { chartWidth?: number; sourceLabels?: SourceLabels } = {},
):
  | { ok: true; view: LoontWerkenView }
  | { ok: false; errors: Partial<Record<LoontWerkenField, string>> } {
  const h = input.household;
  const wage = minimumWageHint(params, h.date, h.age, opts.sourceLabels);
  let uurloonCent = input.uurloonCent;
  const wageSources: string[] = [];
  if (uurloonCent === null) {
    const m = minimumHourlyWage(params, h.date, h.age);
    if (!m.ok)
      return {
        ok: false,
        errors: { uurloon: `${m.problems.map((p) => p.message).join(" ")}` },
      };
    uurloonCent = m.hourCent;
    wageSources.push(...m.sources);
  }
  const series = calculateHoursSeries(params, h, uurloonCent);
  if (!series.ok) return { ok: false, errors: toErrors(series.problems) };
  const points = series.points;
  const c = points[input.uren] as HoursPoint;
  const zero = points[0] as HoursPoint;
  const width = opts.chartWidth ?? DEFAULT_WIDTH;

  const schemeIds = [...new Set(points.flatMap((p) => Object.keys(p.schemes) as SchemeId[]))];
  const schemeName = new Map<string, string>(HOUSEHOLD_SCHEMES.map((s) => [s.id, s.name]));
  const withPremie = points.some((p) => p.premieCent > 0);
  const withPartner = points.some((p) => p.partnerNettoCent > 0);
  const schemeLabel = (id: SchemeId) => schemeName.get(id) ?? id;

  const sentence =
    input.uren === 0
      ? `Zonder werk heeft uw huishouden ${euro(c.huishoudinkomenCent)} per maand.`
      : `Met ${uur(input.uren)} per week (${euro(c.brutoCent)} bruto, ${euro(c.nettoCent)} netto loon per maand) heeft uw huishouden ${euro(c.huishoudinkomenCent)} per maand: ${euro(c.huishoudinkomenCent - zero.huishoudinkomenCent)} ${c.huishoudinkomenCent >= zero.huishoudinkomenCent ? "meer" : "minder"} dan zonder werk.`;

  const partWords = [
    ...(c.nettoCent > 0 ? [`${euro(c.nettoCent)} netto loon`] : []),
    ...(c.uitkeringCent > 0 ? [`${euro(c.uitkeringCent)} bijstand`] : []),
    ...(c.premieCent > 0 ? [`${euro(c.premieCent)} premie`] : []),
    ...(c.partnerNettoCent > 0 ? [`${euro(c.partnerNettoCent)} netto loon van uw partner`] : []),
    ...schemeIds.flatMap((id) => {
      const v = c.schemes[id] ?? 0;
      return v > 0 ? [`${euro(v)} ${schemeLabel(id).toLowerCase()}`] : [];
    }),
  ];
  const parts =
    partWords.length === 0
      ? ""
      : `Bij ${uur(input.uren)} per week is dat ${listWords(partWords)} per maand.`;

  const summary: string[] = [];
  const a = Math.min(input.uren, 32);
  const b = Math.min(40, a + 8);
  const pa = points[a] as HoursPoint;
  const pb = points[b] as HoursPoint;
  const diff = pb.huishoudinkomenCent - pa.huishoudinkomenCent;
  summary.push(
    diff === 0
      ? `Van ${a} naar ${uur(b)} per week houdt uw huishouden per maand niets meer over.`
      : `Van ${a} naar ${uur(b)} per week houdt uw huishouden ${euro(Math.abs(diff))} per maand ${diff > 0 ? "meer" : "minder"} over.`,
  );
  if (c.nextHourCent !== null && c.marginalRate !== null)
    summary.push(
      `Een uur per week meer (van ${input.uren} naar ${uur(input.uren + 1)}) levert uw huishouden ${euro(c.nextHourCent)} per maand op; van het extra brutoloon gaat ${formatPercent(c.marginalRate)} op aan belasting, minder bijstand en minder toeslagen.`,
    );
  for (const r of flatRuns(points))
    summary.push(
      `Van ${r.from} tot ${uur(r.to)} per week levert een uur meer werken uw huishouden niets op.`,
    );
  if (zero.uitkeringCent === 0) summary.push("U krijgt ook zonder werk geen bijstand.");
  else if (!series.markers.some((m) => m.kind === "bijstand-stopt"))
    summary.push("Ook bij 40 uur per week krijgt u nog bijstand.");
  for (const m of series.markers) summary.push(markerSentence(m));
  for (const id of schemeIds) {
    if (series.markers.some((m) => m.scheme === id)) continue;
    const amounts = new Set(points.map((p) => p.schemes[id] ?? 0));
    const only = amounts.size === 1 ? [...amounts][0] : undefined;
    summary.push(
      only === 0
        ? `U krijgt bij 0 tot 40 uur per week geen ${schemeLabel(id).toLowerCase()}.`
        : only !== undefined
          ? `${capitalised(id, schemeLabel(id))} is bij 0 tot 40 uur per week gelijk: ${euro(only)} per maand.`
          : `${capitalised(id, schemeLabel(id))} blijft tot 40 uur per week gelijk of stijgt.`,
    );
  }
  const cliffs = points.filter((p) => p.cliff);
  if (cliffs.length === 0)
    summary.push(
      "Nergens tussen 0 en 40 uur houdt uw huishouden door een uur meer werken minder over.",
    );
  for (const p of cliffs)
    summary.push(
      `Let op, een klif: van ${p.uren} naar ${uur(p.uren + 1)} per week houdt uw huishouden ${euro(-(p.nextHourCent ?? 0))} per maand minder over.`,
    );

  const markers = series.markers.map((m, i) => `${i + 1}: ${markerLabel(m)} bij ${uur(m.uren)}`);
  const incomeTitle = `Huishoudinkomen per maand bij 0 tot 40 uur werk, ${euro(uurloonCent)} bruto per uur`;
  const marginalTitle = "Hoeveel van het extra brutoloon van een uur meer verloren gaat";

  const head = [
    "Uren per week",
    "Bruto loon",
    "Netto loon",
    ...(withPartner ? ["Netto loon partner"] : []),
    "Bijstand",
    ...(withPremie ? ["Premie"] : []),
    ...schemeIds.map(schemeLabel),
    "Huishoudinkomen",
    "Een uur meer levert",
    "Verlies van extra bruto",
  ];
  const rows = points.map((p) => [
    p.uren === input.uren ? `${p.uren} (u)` : String(p.uren),
    euro(p.brutoCent),
    euro(p.nettoCent),
    ...(withPartner ? [euro(p.partnerNettoCent)] : []),
    euro(p.uitkeringCent),
    ...(withPremie ? [euro(p.premieCent)] : []),
    ...schemeIds.map((id) => euro(p.schemes[id] ?? 0)),
    euro(p.huishoudinkomenCent),
    p.nextHourCent === null ? "" : `${euro(p.nextHourCent)}${p.cliff ? " (klif)" : ""}`,
    p.marginalRate === null ? "" : formatPercent(p.marginalRate),
  ]);

  const notes = [
    `Het loon per maand is ${euro(uurloonCent)} per uur × uren per week × 52 / 12. Vakantiegeld (Wet minimumloon artikel 15) is niet meegerekend: dat krijgt u één keer per jaar, meestal in mei of juni.`,
    "Netto loon: de belasting en premies van het hele jaar (met algemene heffingskorting en arbeidskorting) gedeeld door 12. Uw werkgever houdt loonheffing in volgens tabellen; per maand kan dat een paar euro schelen.",
    `We rekenen met maand ${h.month} met werk: de vrijlating van uw verdiensten geldt maar een beperkte tijd.`,
    "Gemeentelijke minimaregelingen, bijzondere bijstand, de individuele inkomenstoeslag en kwijtschelding van gemeentelijke belastingen zijn niet meegerekend. Die stoppen vaak bij een inkomen net boven de bijstand.",
  ];
  if (h.leefvorm === "samenwonend")
    notes.push(
      withPartner
        ? `Uw partner verdient in deze berekening ${euro(c.partnerNettoCent)} netto per maand, bij elk aantal uren dat u werkt.`
        : "Uw partner verdient in deze berekening niets.",
    );
  if (schemeIds.includes("huurtoeslag"))
    notes.push(
      "Huurtoeslag: we rekenen met de huur die u opgaf als kale huur, zonder servicekosten, en nemen aan dat uw situatie het hele jaar zo blijft.",
    );
  if (schemeIds.includes("kinderbijslag"))
    notes.push(
      "Kinderbijslag krijgt u per kwartaal; hier staat het gemiddelde per maand. De leeftijd van elk kind op de eerste dag van het kwartaal telt.",
    );

  return {
    ok: true,
    view: {
      outputs: {
        huishoudinkomen: euro(c.huishoudinkomenCent),
        bruto: euro(c.brutoCent),
        netto: euro(c.nettoCent),
        uurloon: euro(uurloonCent),
      },
      uurloonHint: wage.hint,
      uurloonSource: wage.source,
      sentence,
      parts,
      leftOut: leftOutText(h, series.leftOut),
      summary,
      markers,
      incomeTitle,
      marginalTitle,
      incomeSvg: renderHoursChart(points, series.markers, input.uren, incomeTitle, width),
      marginalSvg: renderMarginalChart(points, input.uren, marginalTitle, width),
      table: { head, rows, chosenRow: input.uren },
      notes,
      sources: [...new Set([...wageSources, ...series.sources])].sort(),
      announcement: `Huishoudinkomen bij ${uur(input.uren)} per week: ${euro(c.huishoudinkomenCent)} per maand.`,
      yearAfter: yearAfter(params, input, c),
    },
  };
}

/**
 * The toeslagen over the year if the chosen hours start in the chosen month and last to December
 * (the months before without work), with the assumption said next to the table.
 */
function yearAfter(params: Parameters, input: LoontWerkenInput, c: HoursPoint): ToeslagenView {
  const h = input.household;
  const view = buildToeslagenView(
    [toeslagenFromMonth(params, { ...h, nettoCent: c.nettoCent })],
    true,
  );
  const month = formatDate(h.date.slice(0, 7));
  const first = view.years[0];
  if (first)
    first.filled =
      input.uren === 0
        ? `We rekenen met een jaar zonder werk en met de bedragen van ${month}.`
        : `We nemen aan dat u in ${month} begint met ${uur(input.uren)} per week en dat tot december volhoudt, en dat u in de maanden ervoor niet werkte. Elke maand rekenen we met de bedragen van ${month}.`;
  return view;
}
