import * as Plot from "@observablehq/plot";
import {
  type DuurUitstroomRow,
  dataset,
  measures,
} from "../data/datasets/bijstand-duur-uitstroom.ts";
import { formatMeasureValue, reportedInLabel, sourceIdsOf } from "../data/measure-format.ts";
import { formatNumber, formatPercent } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

const SHARES = [
  "werkt-zonder-bijstand-na-6-maanden",
  "werkt-na-18-maanden",
  "niet-terug-in-bijstand-na-18-maanden",
  "terug-in-bijstand-na-18-maanden",
] as const;

type Row = DuurUitstroomRow & { label: string; value_text: string; gelezen: string };

const cohort = () => dataset.loadRows().filter((r) => r.period === "2021");

function loadRows(): Row[] {
  const rows = cohort();
  return SHARES.flatMap((m) => rows.filter((r) => r.measure === m)).map((r) => ({
    ...r,
    label: measures[r.measure].label,
    value_text: formatMeasureValue(r),
    gelezen: reportedInLabel(r.reported_in),
  }));
}

const size = () => cohort().find((r) => r.measure === "uitstroom-naar-loondienst");

/** Whether people who left bijstand for a job in 2021 were still working later. */
export const chart: ChartDefinition<Row> = {
  id: "bijstand-uitstroom-naar-werk-2021",
  title: "Wie in 2021 de bijstand verliet voor een baan: werkt die nog?",
  get takeaway() {
    const rows = loadRows();
    const n = size();
    const working = rows.find((r) => r.measure === "werkt-na-18-maanden");
    const back = rows.find((r) => r.measure === "terug-in-bijstand-na-18-maanden");
    if (!n?.value || !working || !back) return "";
    return `Van de ${formatNumber(n.value)} mensen die in 2021 de bijstand verlieten voor een baan in loondienst, werkte ${working.value_text} anderhalf jaar later nog; ${back.value_text} zat weer (deels) in de bijstand.`;
  },
  get description() {
    return `Staafdiagram met vier aandelen van de mensen die in 2021 de bijstand verlieten voor een baan: ${loadRows()
      .map((r) => `${r.label.toLowerCase()}: ${r.value_text}`)
      .join("; ")}.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf([...loadRows(), ...(size() ? [size() as DuurUitstroomRow] : [])]);
  },
  notes:
    "CBS-cijfers over mensen die in 2021 de bijstand verlieten voor een baan in loondienst (geen zelfstandigen). De maten overlappen: wie na 18 maanden niet meer werkt, kan ook zonder bijstand zijn. Wij lazen de cijfers in een overname van het CBS-bericht; de tabellen staan bij het CBS.",
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "label", label: "Maat" },
    { key: "value", label: "Aandeel", numeric: true, format: (_v, r) => r.value_text },
    { key: "gelezen", label: "Gelezen" },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    return {
      height: rows.length * (narrow ? 60 : 52) + 50,
      marginBottom: 40,
      marginLeft: 12, // half the "0%" tick label
      marginRight: 48,
      x: {
        domain: [0, 1],
        label: "Aandeel",
        grid: true,
        ticks: narrow ? 3 : 5,
        tickFormat: (d: number) => formatPercent(d),
      },
      y: { domain: rows.map((r) => r.label), axis: null, padding: 0.6 },
      marks: [
        Plot.barX(rows, { x: "value", y: "label", className: "mark-bar" }),
        Plot.text(rows, {
          x: 0,
          y: "label",
          text: "label",
          textAnchor: "start",
          dy: narrow ? -17 : -16,
          className: "mark-label",
        }),
        Plot.text(rows, {
          x: "value",
          y: "label",
          text: "value_text",
          textAnchor: "start",
          dx: 4,
          className: "mark-label",
        }),
      ],
    };
  },
};
