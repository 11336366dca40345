import * as Plot from "@observablehq/plot";
import { type DuurUitstroomRow, dataset } from "../data/datasets/bijstand-duur-uitstroom.ts";
import { sourceIdsOf } from "../data/measure-format.ts";
import { formatNumber } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

type Row = DuurUitstroomRow & { persons: number };

const all = () =>
  dataset
    .loadRows()
    .filter((r) => r.measure === "beeindigd-naar-duur" && r.period === "2023")
    .map((r) => ({ ...r, persons: r.value ?? 0 }));

/** Duration classes only (the total is shown in the text, not drawn). */
const loadRows = (): Row[] => all().filter((r) => r.group !== "totaal");
const total = () => all().find((r) => r.group === "totaal");

/** How long the bijstand lasted for the benefits that ended in 2023. */
export const chart: ChartDefinition<Row> = {
  id: "bijstand-duur-bij-uitstroom-2023",
  title: "Hoe lang liep de bijstand van wie er in 2023 uit ging?",
  get takeaway() {
    const rows = loadRows();
    const t = total();
    const longest = rows.at(-1);
    const shortest = rows[0];
    if (!t || !longest || !shortest) return "";
    return `Van de ${formatNumber(t.persons)} bijstandsuitkeringen die in 2023 stopten, liepen er ${formatNumber(longest.persons)} al ${longest.group}: ongeveer even veel als de ${formatNumber(shortest.persons)} die binnen een half jaar stopten.`;
  },
  get description() {
    const rows = loadRows();
    return `Staafdiagram van het aantal bijstandsuitkeringen dat in 2023 stopte, naar hoe lang ze liepen: ${rows.map((r) => `${r.group} ${formatNumber(r.persons)}`).join(", ")}.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf(all());
  },
  notes:
    "Uitkeringen tot de AOW-leeftijd die in 2023 stopten, om welke reden ook (werk, samenwonen, verhuizing, andere uitkering). Het CBS rondt af op tientallen; daardoor telt de som van de groepen niet precies op tot het totaal.",
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "group", label: "Duur van de uitkering" },
    { key: "persons", label: "Aantal", numeric: true, format: (v) => formatNumber(Number(v)) },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    return {
      height: rows.length * 34 + 50,
      marginBottom: 40,
      marginLeft: narrow ? 118 : 130,
      marginRight: 56,
      x: {
        label: "Aantal gestopte uitkeringen",
        grid: true,
        ticks: narrow ? 3 : 5,
        tickFormat: (d: number) => formatNumber(d),
      },
      y: { domain: rows.map((r) => r.group), label: null },
      marks: [
        Plot.barX(rows, { x: "persons", y: "group", className: "mark-bar" }),
        Plot.text(rows, {
          x: "persons",
          y: "group",
          text: (d: Row) => formatNumber(d.persons),
          textAnchor: "start",
          dx: 4,
          className: "mark-label",
        }),
      ],
    };
  },
};
