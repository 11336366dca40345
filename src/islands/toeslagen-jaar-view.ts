/**
 * The toeslagen over a year as text (issue 14, "the year after"): per calendar year a table with the
 * advance per month, the definitive amount, and what follows after the year when the reader does or
 * does not report the new income, plus a plain sentence and when the money moves. Pure: the page
 * renders it at build time, the island in the browser (`toeslagen-jaar-dom.ts`).
 */
import type {
  SchemeYear,
  TimelineToeslagenYear,
  ToeslagenYear,
  ToeslagenYearFailure,
} from "../engine/index.ts";
import { formatDate, formatEuro, formatSigned, monthName } from "../format/format.ts";

/** One calendar year as the page shows it. */
export interface ToeslagenYearView {
  year: number;
  caption: string;
  head: string[];
  /** One row per step (advance, definitive, settlements): its label first, then per scheme. */
  rows: string[][];
  /** The plain sentence: what comes after the year, reported or not. */
  sentence: string;
  /** How months of the year outside the entered span were counted; "" when none. */
  filled: string;
  /** Claims after the year that are not reclaimed (under the terugvorderingsgrens); "" when none. */
  waived: string;
  /** Schemes that could not be computed, with the reason. */
  unknown: string[];
}

/** Everything the toeslagen part shows. */
export interface ToeslagenView {
  years: ToeslagenYearView[];
  /** When the definitive decision, a back-payment and a claim come (the law's terms). */
  when: string;
  notes: string[];
  sources: string[];
}

/** The scheme's name with its article, in lower case: "de zorgtoeslag", "het kindgebonden budget". */
function withArticle(s: { id: string; name: string }): string {
  return `${s.id === "kindgebonden-budget" ? "het" : "de"} ${s.name.toLowerCase()}`;
}

const monthOf = (year: number, month: number) =>
  formatDate(`${year}-${String(month).padStart(2, "0")}`);

/** The month of the report for a year: the same for every scheme (the first month with work). */
function reportMonthOf(schemes: readonly SchemeYear[]): number | null {
  for (const s of schemes) if (s.status === "bedrag" && s.reported) return s.reported.reportMonth;
  return null;
}

/** What an amount after the year means: "krijgt u nog € 2,00", "betaalt u € 4,00 terug" … */
function afterPhrase(cents: number, rounding = false): string {
  const why = rounding ? " (afronding)" : "";
  if (cents > 0) return `krijgt u nog ${formatEuro(cents)}${why}`;
  if (cents < 0) return `betaalt u ${formatEuro(-cents)} terug${why}`;
  return "komt er niets bij of af";
}

function sum(
  schemes: readonly SchemeYear[],
  pick: (s: Extract<SchemeYear, { status: "bedrag" }>) => number,
) {
  let t = 0;
  for (const s of schemes) if (s.status === "bedrag") t += pick(s);
  return t;
}

/** One year: table, sentence and how the months outside the span were filled in. */
export function buildYearView(
  y: ToeslagenYear | TimelineToeslagenYear,
  filled?: { before: number; after: number; firstWithoutWork: boolean },
): ToeslagenYearView {
  const year = y.year;
  const report = reportMonthOf(y.schemes);
  const bedrag = y.schemes.flatMap((s) => (s.status === "bedrag" ? [s] : []));
  const notAfter = sum(y.schemes, (s) => s.notReported.afterYearCent);
  const revision = sum(y.schemes, (s) => s.reported?.revisionCent ?? 0);
  const repAfter = sum(y.schemes, (s) => s.reported?.afterYearCent ?? 0);
  // One column per scheme (and their sum), one row per step: narrow enough for the result column.
  const withTotal = bedrag.length > 1;
  const head = ["Bedrag", ...bedrag.map((s) => s.name), ...(withTotal ? ["Samen"] : [])];
  const line = (label: string, pick: (s: (typeof bedrag)[number]) => number, signed: boolean) => {
    const f = signed ? formatSigned : formatEuro;
    const cells = bedrag.map((s) => f(pick(s)));
    if (withTotal) cells.push(f(bedrag.reduce((t, s) => t + pick(s), 0)));
    return [label, ...cells];
  };
  const rows =
    bedrag.length === 0
      ? []
      : [
          line("Voorschot per maand zonder werk", (s) => s.notReported.advanceMonthCent, false),
          line(`Definitief over ${year}`, (s) => s.definitiveCent, false),
          line(`Niet doorgegeven: na ${year}`, (s) => s.notReported.afterYearCent, true),
          ...(report === null
            ? []
            : [
                line(
                  `Doorgegeven: voorschot per maand vanaf ${monthName(report)}`,
                  (s) => s.reported?.advanceFromCent ?? 0,
                  false,
                ),
                line(
                  "Doorgegeven: meteen terugbetalen",
                  (s) => s.reported?.revisionCent ?? 0,
                  true,
                ),
                line(`Doorgegeven: na ${year}`, (s) => s.reported?.afterYearCent ?? 0, true),
              ]),
        ];
  let sentence: string;
  if (bedrag.length === 0) sentence = `Over ${year} kunnen we geen toeslag uitrekenen.`;
  else if (report === null)
    sentence = `In ${year} verdient u in deze berekening niets naast de bijstand. Het voorschot past dan bij uw inkomen; na het jaar ${afterPhrase(notAfter, true)}.`;
  else if (bedrag.every((s) => s.definitiveCent === s.estimatedCent))
    sentence = `Met dit werk verandert uw toeslag over ${year} niet: het voorschot blijft kloppen, ook als u niets doorgeeft. Na het jaar ${afterPhrase(notAfter, true)}.`;
  else {
    const not =
      notAfter < 0
        ? `moet u na ${year} ${formatEuro(-notAfter)} terugbetalen`
        : notAfter > 0
          ? `krijgt u na ${year} nog ${formatEuro(notAfter)}`
          : `komt er na ${year} niets bij of af`;
    const oldTotal = sum(y.schemes, (s) => s.notReported.advanceMonthCent);
    const fromTotal = sum(y.schemes, (s) => s.reported?.advanceFromCent ?? 0);
    const when = monthOf(year, report);
    let now =
      fromTotal < oldTotal
        ? `krijgt u vanaf dan ${formatEuro(fromTotal)} per maand in plaats van ${formatEuro(oldTotal)}: wat u in de maanden daarvoor te veel kreeg, gaat daar af`
        : fromTotal > oldTotal
          ? `krijgt u vanaf dan ${formatEuro(fromTotal)} per maand in plaats van ${formatEuro(oldTotal)}`
          : "blijft uw voorschot gelijk";
    if (revision < 0) {
      const gone = bedrag.filter((s) => (s.reported?.revisionCent ?? 0) < 0).map(withArticle);
      now += `. Voor ${gone.join(" en ")} is er dan niets meer over: u betaalt ${formatEuro(-revision)} meteen terug`;
    }
    sentence = `Geeft u niet door dat u werkt, dan ${not}. Geeft u uw nieuwe jaarinkomen door in ${when}, dan ${now}. Na het jaar ${afterPhrase(repAfter, true)}.`;
  }

  let filledText = "";
  if (filled && (filled.before > 0 || filled.after > 0)) {
    const parts: string[] = [];
    if (filled.before > 0)
      parts.push(
        `de ${filled.before === 1 ? "maand" : `${filled.before} maanden`} ervoor ${filled.firstWithoutWork ? "zonder werk, met volle bijstand" : "net als de eerste ingevulde maand"}`,
      );
    if (filled.after > 0)
      parts.push(
        `de ${filled.after === 1 ? "maand" : `${filled.after} maanden`} erna net als de laatste ingevulde maand`,
      );
    filledText = `Van ${year} vulde u ${12 - filled.before - filled.after} ${12 - filled.before - filled.after === 1 ? "maand" : "maanden"} in. Voor het jaarinkomen telden we ${parts.join(" en ")}.`;
  }

  // Claims of cents are the rounding of the monthly amounts: not worth a sentence.
  const waivedSchemes = bedrag.filter((s) => (s.notReported.waivedCent ?? 0) >= 100);
  const waived =
    waivedSchemes.length === 0 || y.terugvorderingsgrensCent === null
      ? ""
      : `Geeft u het niet door: een terugbetaling van niet meer dan ${formatEuro(y.terugvorderingsgrensCent, { cents: false })} per toeslag vordert de Dienst Toeslagen niet terug, als de definitieve berekening in ${year + 1} komt (Awir art. 26a). Dat geldt hier voor ${waivedSchemes.map((s) => `${withArticle(s)} (${formatEuro(s.notReported.waivedCent ?? 0)})`).join(" en ")}.`;

  return {
    year,
    waived,
    caption: `Toeslagen over ${year}: voorschot en afrekening`,
    head,
    rows,
    sentence,
    filled: filledText,
    unknown: y.schemes.flatMap((s) =>
      s.status === "onbekend" ? [`${s.name}: onbekend. ${s.reason}`] : [],
    ),
  };
}

/** The terms of the law for a year's settlement, in plain Dutch. */
export function describeWhen(year: number, decisionBy: string): string {
  return `De definitieve berekening over ${year} komt binnen zes maanden na de aanslag inkomstenbelasting, of uiterlijk ${decisionBy} als u geen aangifte hoeft te doen (Awir art. 19). Krijgt u geld terug, dan binnen vier weken daarna (art. 24). Moet u terugbetalen, dan binnen zes weken (art. 28); lukt dat niet in één keer, dan kunt u een betalingsregeling vragen (art. 31).`;
}

/** The view of every year of a timeline (or of one year), or the reason nothing can be shown. */
export function buildToeslagenView(
  years: readonly (
    | (ToeslagenYear | TimelineToeslagenYear)
    | (ToeslagenYearFailure & { year?: number })
  )[],
  firstWithoutWork: boolean,
): ToeslagenView {
  const views: ToeslagenYearView[] = [];
  const notes = new Set<string>();
  const sources = new Set<string>();
  let when = "";
  for (const y of years) {
    if (!y.ok) {
      if (y.year !== undefined)
        notes.add(`Toeslagen over ${y.year}: ${y.problems.map((p) => p.message).join(" ")}`);
      continue;
    }
    const filled =
      "filledBefore" in y
        ? { before: y.filledBefore, after: y.filledAfter, firstWithoutWork }
        : undefined;
    views.push(buildYearView(y, filled));
    for (const n of y.notes) notes.add(n);
    for (const s of y.sources) sources.add(s);
    when ||= describeWhen(y.year, y.decisionByDate);
  }
  return { years: views, when, notes: [...notes], sources: [...sources].sort() };
}
