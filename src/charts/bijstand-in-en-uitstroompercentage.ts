import * as Plot from "@observablehq/plot";
import {
  type DuurUitstroomRow,
  dataset,
  measures,
} from "../data/datasets/bijstand-duur-uitstroom.ts";
import { formatMeasureValue, sourceIdsOf } from "../data/measure-format.ts";
import { formatPercent } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

type Row = DuurUitstroomRow & { maat: string; value_text: string; year: Date };

function loadRows(): Row[] {
  return dataset
    .loadRows()
    .filter((r) => r.measure === "uitstroompercentage" || r.measure === "instroompercentage")
    .map((r) => ({
      ...r,
      maat: measures[r.measure].label,
      value_text: formatMeasureValue(r),
      year: new Date(Date.UTC(Number(r.period.slice(0, 4)), 0, 1)),
    }))
    .sort((a, b) => a.measure.localeCompare(b.measure) || a.period.localeCompare(b.period));
}

const outflow = (rows: Row[]) => rows.filter((r) => r.measure === "uitstroompercentage");

/** Divosa benchmark in- and outflow rates: the years that were published to us. */
export const chart: ChartDefinition<Row> = {
  id: "bijstand-in-en-uitstroompercentage",
  title: "Een kleiner deel van de bijstand stroomt per jaar uit",
  get takeaway() {
    const out = outflow(loadRows());
    const first = out[0];
    const last = out.at(-1);
    if (!first || !last) return "";
    return `Het uitstroompercentage in de gemeenten van de Divosa Benchmark daalde van ${first.value_text} in ${first.period} naar ${last.value_text} in ${last.period}.`;
  },
  get description() {
    const rows = loadRows();
    return `Punten per jaar voor twee maten. ${Object.entries(measures)
      .filter(([k]) => k === "uitstroompercentage" || k === "instroompercentage")
      .map(
        ([k, m]) =>
          `${m.label}: ${rows
            .filter((r) => r.measure === k)
            .map((r) => `${r.period} ${r.value_text}`)
            .join(", ")}`,
      )
      .join(". ")}. Voor 2019, 2020 en 2021 vonden we geen percentages.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf(loadRows());
  },
  notes:
    "Dicht rondje: uitstroompercentage; open vierkant: instroompercentage. Divosa Benchmark Werk & Inkomen: alleen de gemeenten die meedoen (in 2022 226 gemeenten met samen 85% van de bijstand). In- en uitstroom in een jaar als deel van de bijstand. Voor 2019 tot en met 2021 vonden we geen percentages; daar staan geen punten. Voor 2023 vonden we alleen het uitstroompercentage.",
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "maat", label: "Maat" },
    { key: "period", label: "Jaar" },
    { key: "value", label: "Percentage", numeric: true, format: (_v, r) => r.value_text },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    return {
      height: narrow ? 260 : 300,
      marginLeft: 44,
      marginRight: 24,
      marginTop: 28,
      x: {
        type: "utc",
        domain: [new Date(Date.UTC(2016, 6, 1)), new Date(Date.UTC(2023, 9, 1))],
        label: null,
        ticks: narrow ? 4 : 7,
      },
      y: {
        domain: [0, 0.35],
        label: "Percentage",
        grid: true,
        ticks: 4,
        tickFormat: (d: number) => formatPercent(d),
      },
      marks: [
        Plot.dot(
          rows.filter((r) => r.measure === "uitstroompercentage"),
          { x: "year", y: "value", r: 5, fill: "currentColor", className: "mark-main-dot" },
        ),
        Plot.dot(
          rows.filter((r) => r.measure === "instroompercentage"),
          {
            x: "year",
            y: "value",
            r: 5,
            symbol: "square",
            fill: "none",
            stroke: "currentColor",
            className: "mark-main-dot",
          },
        ),
        Plot.text(
          rows.filter((r) => r.measure === "uitstroompercentage"),
          { x: "year", y: "value", text: "value_text", dy: -12, className: "mark-label" },
        ),
        Plot.text(
          rows.filter((r) => r.measure === "instroompercentage"),
          { x: "year", y: "value", text: "value_text", dy: 14, className: "mark-label" },
        ),
      ],
    };
  },
};
