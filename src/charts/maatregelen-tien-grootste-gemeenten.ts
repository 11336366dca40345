import * as Plot from "@observablehq/plot";
import { dataset, type StrengheidRow } from "../data/datasets/strengheid-bijstand.ts";
import { formatMeasureValue, reportedInLabel, sourceIdsOf } from "../data/measure-format.ts";
import { formatNumber } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

type Row = StrengheidRow & { value_text: string; gelezen: string };

function loadRows(): Row[] {
  return dataset
    .loadRows()
    .filter((r) => r.measure === "maatregelen-10-grootste-gemeenten")
    .map((r) => ({
      ...r,
      value_text: formatMeasureValue(r),
      gelezen: reportedInLabel(r.reported_in),
    }));
}

/** Benefit cuts (maatregelen) in the ten largest municipalities, as reported by the NOS. */
export const chart: ChartDefinition<Row> = {
  id: "maatregelen-tien-grootste-gemeenten",
  title: "Kortingen op de bijstand in de tien grootste gemeenten",
  get takeaway() {
    const rows = loadRows();
    const y2019 = rows.find((r) => r.period === "2019");
    const after = rows.find((r) => r.period === "vanaf 2020");
    if (!y2019 || !after) return "";
    return `De tien grootste gemeenten kortten vanaf 2020 ${after.value_text} keer per jaar op de bijstand, tegen ${y2019.value_text} keer in 2019, volgens onderzoek van de NOS.`;
  },
  get description() {
    return `Staafdiagram: ${loadRows()
      .map((r) => `${r.period}: ${r.value_text} kortingen`)
      .join("; ")}. De getallen zijn afgerond zoals de nieuwsberichten ze noemen.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf(loadRows());
  },
  notes:
    "Onderzoek van de NOS, gelezen in nieuwsberichten; de bronnen ronden af ('bijna', 'ruim', 'ongeveer') en verschillen: voor de jaren vóór 2020 noemt het ene bericht bijna 6.000 (2019), het andere ruim 6.500 per jaar. Een landelijk aantal maatregelen per jaar vonden we niet.",
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "period", label: "Periode" },
    { key: "value", label: "Kortingen per jaar", numeric: true, format: (_v, r) => r.value_text },
    { key: "gelezen", label: "Gelezen" },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    return {
      height: rows.length * 44 + 50,
      marginBottom: 40,
      marginLeft: narrow ? 80 : 90,
      marginRight: 90,
      x: {
        domain: [0, 7000],
        label: "Kortingen per jaar",
        grid: true,
        ticks: narrow ? 3 : 5,
        tickFormat: (d: number) => formatNumber(d),
      },
      y: { domain: rows.map((r) => r.period), label: null },
      marks: [
        Plot.barX(rows, { x: "value", y: "period", className: "mark-bar" }),
        Plot.text(rows, {
          x: "value",
          y: "period",
          text: "value_text",
          textAnchor: "start",
          dx: 4,
          className: "mark-label",
        }),
      ],
    };
  },
};
