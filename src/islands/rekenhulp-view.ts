/**
 * Everything the calculator shows for one input, as text: the five outputs, the sentences, the
 * explanation, the curves, the charts and the table. Pure: the page renders it at build time for
 * the worked example, the island in the browser for the reader's own input.
 */
import type { CurveSeries, InputField, MonthInput, Parameters } from "../engine/index.ts";
import {
  calculateCurve,
  calculateMarginal,
  calculateMonth,
  isArtikel34aKind,
  regimesOn,
  resolveMonth,
  toMonthStart,
} from "../engine/index.ts";
import { formatEuro, formatPercent, monthName } from "../format/format.ts";
import {
  type HouseholdChart,
  renderIncomeChart,
  renderLegend,
  renderMarginalChart,
} from "./rekenhulp-chart.ts";
import { buildSum, describeKostendelers, describeNext, type SumLine } from "./rekenhulp-explain.ts";

/** The names of the `<output>` elements: the lines of the sum (see `buildSum`). */
export const OUTPUT_NAMES = [
  "norm",
  "vakantietoeslag",
  "normzonder",
  "netto",
  "vrijlating",
  "verrekend",
  "uitkering",
  "premie",
  "totaal",
] as const;

/** Range of the charts: € 0 – € 2.500 in € 10 steps; the table in € 100 steps. */
export const CURVE = {
  fromCent: 0,
  toCent: 250_000,
  stepCent: 1_000,
  tableStepCent: 10_000,
} as const;

/** The "extra euros" of the marginal sentence: € 100. */
const MARGINAL_STEP_CENT = 10_000;

/** One step of the explanation, formatted. */
export interface ViewStep {
  text: string;
  article: string;
  amount: string | null;
  sources: string[];
}

/** What the page shows for an input. */
export interface View {
  outputs: Record<(typeof OUTPUT_NAMES)[number], string>;
  /** The month as a sum a reader can check line by line. */
  sum: SumLine[];
  /** When the reserved vakantietoeslag is paid. */
  vakantietoeslag: string;
  /** What comes next: every vrijlating and premie from this month on. */
  next: string[];
  /** Who counts for the kostendelersnorm and why (empty without housemates). */
  kostendelers: string[];
  /** One line that a screen reader announces after a change. */
  announcement: string;
  normDetail: string;
  sentence: string;
  marginal: string;
  premiePayout: string;
  steps: ViewStep[];
  notes: string[];
  sources: string[];
  series: CurveSeries[];
  incomeSvg: string;
  marginalSvg: string;
  legendHtml: string;
  incomeTitle: string;
  marginalTitle: string;
  summary: string;
  marginalSummary: string;
  table: { head: string[]; rows: string[][] };
}

/** Builds the view, or the problems per field when the engine cannot calculate this input. */
export function buildView(
  params: Parameters,
  input: MonthInput,
  opts: { chartWidth?: number; household?: HouseholdChart } = {},
): { ok: true; view: View } | { ok: false; errors: Partial<Record<InputField, string>> } {
  const r = calculateMonth(params, input);
  const resolved = resolveMonth(params, input);
  if (!r.ok || !resolved.ok) {
    const problems = r.ok ? [] : r.problems;
    const errors: Partial<Record<InputField, string>> = {};
    for (const p of problems) {
      const f = p.field ?? "datum";
      errors[f] = errors[f] ? `${errors[f]} ${p.message}` : p.message;
    }
    return { ok: false, errors };
  }

  const marginal = calculateMarginal(resolved.context, input.nettoCent, MARGINAL_STEP_CENT);
  const date = toMonthStart(input.date) ?? "";
  const monthText = `${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`;

  // Regimes on the chart: the chosen one first, then the others that applied on this date (a
  // reading of art. 34a only when chosen, so a link without one draws what it always drew).
  const ids = [
    input.regime,
    ...regimesOn(params, date)
      .filter((g) => !isArtikel34aKind(g.kind))
      .map((g) => g.id)
      .filter((id) => id !== input.regime),
  ];
  const series = calculateCurve(
    params,
    input,
    ids,
    CURVE.fromCent,
    CURVE.toCent,
    CURVE.stepCent,
  ).filter((s) => s.ok);
  const chosen = series[0];

  const payout = (() => {
    const regime = params.regimes.find((g) => g.id === input.regime);
    if (regime?.kind !== "premie") return "Met deze regeling krijgt u geen premie.";
    if (r.premieCent === 0) return "U krijgt deze maand geen premie.";
    return `De premie van ${formatEuro(r.premieCent)} over deze maand krijgt u later: ${r.premiePayout ?? "wanneer precies, vonden we niet"}.`;
  })();

  const range = `${formatEuro(CURVE.fromCent, { cents: false })} tot ${formatEuro(CURVE.toCent, { cents: false })}`;
  const incomeTitle = `Totaal inkomen per maand bij netto verdiensten van ${range}, ${monthText}`;
  const marginalTitle = `Welk deel van een extra euro u kwijtraakt, ${monthText}`;

  const summary = (() => {
    if (!chosen) return "";
    const exit = chosen.points.find((p) => p.uitkeringCent === 0);
    const atZero = chosen.points[0]?.totaalCent ?? 0;
    const parts = [
      `Met ${chosen.name.toLowerCase() === "landelijke regels" ? "de landelijke regels" : chosen.name} heeft u zonder werk ${formatEuro(atZero)} per maand.`,
      `Bij ${formatEuro(input.nettoCent)} netto is dat ${formatEuro(r.totaalCent)}.`,
      exit
        ? `Vanaf ongeveer ${formatEuro(exit.nettoCent, { cents: false })} netto krijgt u geen bijstand meer; daarna telt elke euro die u verdient helemaal.`
        : `Tot ${formatEuro(CURVE.toCent, { cents: false })} netto houdt u recht op wat bijstand.`,
    ];
    return parts.join(" ");
  })();

  const marginalSummary = (() => {
    if (!chosen) return "";
    // Steps while bijstand is paid on both sides; a drop in total (a negative step) is a cliff.
    const inside = chosen.points.filter((p, i) => {
      const next = chosen.points[i + 1];
      return next !== undefined && p.uitkeringCent > 0 && next.uitkeringCent > 0;
    });
    const max = Math.min(1, Math.max(0, ...inside.map((p) => p.marginalRate)));
    const cliff = chosen.points.some((p) => p.marginalRate > 1);
    const parts = [
      `Zolang u bijstand krijgt, raakt u van elke extra euro hoogstens ${formatPercent(max)} kwijt; als de bijstand stopt, niets meer.`,
      `Bij uw verdiensten is dat ${formatPercent(Math.min(1, Math.max(0, marginal.rate)))}.`,
    ];
    if (cliff)
      parts.push(
        "Waar de bijstand stopt, vervalt ook de premie: daar daalt uw totaal in één keer.",
      );
    return parts.join(" ");
  })();

  const head = ["Netto verdiensten", ...series.map((s) => `Totaal: ${s.name}`)];
  const rows: string[][] = [];
  for (let n = CURVE.fromCent; n <= CURVE.toCent; n += CURVE.tableStepCent) {
    const i = (n - CURVE.fromCent) / CURVE.stepCent;
    rows.push([
      formatEuro(n, { cents: false }),
      ...series.map((s) => formatEuro(s.points[i]?.totaalCent ?? 0)),
    ]);
  }

  const sum = buildSum(params, r, resolved.context, date);
  const outputs = Object.fromEntries(sum.map((l) => [l.name, l.amount])) as View["outputs"];
  const view: View = {
    outputs,
    sum,
    vakantietoeslag: `De vakantietoeslag van ${formatEuro(r.vakantietoeslagCent)} houdt de gemeente elke maand apart. Die krijgt u één keer per jaar, in juni.`,
    next: describeNext(params, input, r, resolved.context),
    kostendelers: describeKostendelers(params, input, date, r),
    announcement: `Totaal ${formatEuro(r.totaalCent)} per maand: ${formatEuro(r.nettoCent)} verdiend, ${formatEuro(r.uitkeringCent)} bijstand en ${formatEuro(r.premieCent)} premie.`,
    normDetail: `Norm voor ${r.normLabel} (${r.normArticle}).`,
    sentence: `Van elke extra ${formatEuro(MARGINAL_STEP_CENT, { cents: false })} die u verdient, houdt u ${formatEuro(marginal.keepCent)} over.`,
    marginal: `Van elke extra euro die u verdient, raakt u ${formatPercent(marginal.rate)} kwijt. Dat heet uw marginale druk.`,
    premiePayout: payout,
    steps: r.steps.map((s) => ({
      text: s.text,
      article: s.article,
      amount: s.cent === undefined ? null : formatEuro(s.cent),
      sources: s.sources,
    })),
    notes: r.notes,
    sources: r.sources,
    series,
    incomeSvg: renderIncomeChart(
      series,
      input.nettoCent,
      incomeTitle,
      opts.chartWidth,
      opts.household,
    ),
    marginalSvg: renderMarginalChart(series, marginalTitle, opts.chartWidth, opts.household),
    legendHtml: renderLegend(
      series.map((s) => s.name),
      opts.household?.name,
    ),
    incomeTitle,
    marginalTitle,
    summary,
    marginalSummary,
    table: { head, rows },
  };
  return { ok: true, view };
}
