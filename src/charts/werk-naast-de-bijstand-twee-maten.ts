import * as Plot from "@observablehq/plot";
import { type DeeltijdwerkRow, dataset, measures } from "../data/datasets/bijstand-deeltijdwerk.ts";
import { formatMeasureValue, reportedInLabel, sourceIdsOf } from "../data/measure-format.ts";
import { formatPercent, formatPeriod } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

type Row = DeeltijdwerkRow & { maat: string; value_text: string; gelezen: string; regel: string };

function loadRows(): Row[] {
  return dataset.loadRows().map((r) => ({
    ...r,
    maat: measures[r.measure].label,
    // Two lines on the axis: the period in words, then the kind of measurement.
    regel: `${formatPeriod(r.period)}\n${r.measure === "betaald-werk-enquete" ? "enquête" : "registratie"}`,
    value_text: formatMeasureValue(r),
    gelezen: reportedInLabel(r.reported_in),
  }));
}

const byMeasure = (rows: Row[], m: keyof typeof measures, period: string) =>
  rows.find((r) => r.measure === m && r.period === period);

/** Paid work next to bijstand: register and survey, side by side, never one number. */
export const chart: ChartDefinition<Row> = {
  id: "werk-naast-de-bijstand-twee-maten",
  title: "Werken naast de bijstand: twee metingen, twee uitkomsten",
  get takeaway() {
    const rows = loadRows();
    const reg = byMeasure(rows, "werk-naast-bijstand-registratie", "2018");
    const survey = byMeasure(rows, "betaald-werk-enquete", "2018");
    if (!reg || !survey) return "";
    return `Hoeveel mensen in de bijstand ook werken, hangt af van de meting: in 2018 verrekenden gemeenten bij ${reg.value_text} van de uitkeringen inkomsten uit werk, terwijl ${survey.value_text} in een CBS-enquête zei betaald werk te hebben.`;
  },
  get description() {
    const rows = loadRows();
    return `Staafdiagram met twee maten in twee kleuren: registratie van gemeenten en enquête van het CBS. ${Object.entries(
      measures,
    )
      .map(
        ([k, m]) =>
          `${m.label}: ${rows
            .filter((r) => r.measure === k)
            .map((r) => `${formatPeriod(r.period)} ${r.value_text}`)
            .join(", ")}`,
      )
      .join(". ")}.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf(loadRows());
  },
  get notes() {
    return `Twee maten in twee kleuren, niet op te tellen of te middelen. ${Object.values(measures)
      .map((m) => `${m.label}: ${m.definition}`)
      .join(" ")} 'ruim' staat erbij als de bron het zo schreef.`;
  },
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "maat", label: "Maat" },
    { key: "period", label: "Periode", format: (v) => formatPeriod(String(v)) },
    { key: "value", label: "Aandeel", numeric: true, format: (_v, r) => r.value_text },
    { key: "gelezen", label: "Gelezen" },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    return {
      height: rows.length * 40 + 60,
      marginBottom: 40,
      marginLeft: 120,
      marginRight: 56,
      x: {
        domain: [0, 0.2],
        label: "Aandeel van de bijstand",
        grid: true,
        ticks: narrow ? 3 : 5,
        tickFormat: (d: number) => formatPercent(d),
      },
      y: { domain: rows.map((r) => r.regel), label: null },
      marks: [
        Plot.barX(
          rows.filter((r) => r.measure !== "betaald-werk-enquete"),
          { x: "value", y: "regel", className: "mark-bar" },
        ),
        Plot.barX(
          rows.filter((r) => r.measure === "betaald-werk-enquete"),
          { x: "value", y: "regel", className: "mark-bar-2" },
        ),
        Plot.text(rows, {
          x: "value",
          y: "regel",
          text: "value_text",
          textAnchor: "start",
          dx: 4,
          className: "mark-label",
        }),
      ],
    };
  },
};
