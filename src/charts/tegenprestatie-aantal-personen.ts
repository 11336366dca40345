import * as Plot from "@observablehq/plot";
import { dataset, type StrengheidRow } from "../data/datasets/strengheid-bijstand.ts";
import { sourceIdsOf } from "../data/measure-format.ts";
import { formatDate, formatNumber, formatPercent } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

/** A CBS estimate with its published margin, and the interval we derive from it. */
type Row = StrengheidRow & {
  persons: number;
  lower_derived: number;
  upper_derived: number;
  month: string;
};

function loadRows(): Row[] {
  return dataset
    .loadRows()
    .filter((r) => r.measure === "tegenprestatie-personen")
    .map((r) => {
      const persons = r.value ?? 0;
      const m = r.margin ?? 0;
      // Derived by us: the estimate times (1 ± margin), rounded to whole persons.
      return {
        ...r,
        persons,
        lower_derived: Math.round(persons * (1 - m)),
        upper_derived: Math.round(persons * (1 + m)),
        month: formatDate(r.period),
      };
    });
}

/** Tegenprestatie: CBS estimates of persons with a tegenprestatie in March, with margins. */
export const chart: ChartDefinition<Row> = {
  id: "tegenprestatie-aantal-personen",
  title: "Hoeveel mensen in de bijstand hebben een tegenprestatie?",
  get takeaway() {
    const rows = loadRows();
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) return "";
    return `In ${last.month} hadden naar schatting van het CBS ${formatNumber(last.persons)} mensen in de bijstand een tegenprestatie (marge ±${formatPercent(last.margin ?? 0)}), tegen ${formatNumber(first.persons)} in ${first.month}.`;
  },
  get description() {
    return `Punten met foutmarges per jaar: ${loadRows()
      .map((r) => `${r.month}: ${formatNumber(r.persons)} (marge ±${formatPercent(r.margin ?? 0)})`)
      .join("; ")}. Voor 2019, 2020 en 2025 vonden we geen getal.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf(loadRows());
  },
  notes:
    "Schatting van het CBS uit een extra uitvraag bij gemeenten: personen bij wie in maart een tegenprestatie was opgelegd of die er een uitvoerden. De lijnen tonen de marge die het CBS noemt; de onder- en bovengrens (schatting × (1 ± marge)) rekenden wij uit. Voor 2019 en 2020 noemt het CBS geen getal, alleen dat 2019 lager was dan 2022 en 2020 ongeveer even hoog als 2021; voor 2025 vonden we het getal niet.",
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "period", label: "Maand", format: (v) => formatDate(String(v)) },
    {
      key: "persons",
      label: "Personen (schatting)",
      numeric: true,
      format: (v) => formatNumber(Number(v)),
    },
    { key: "margin", label: "Marge", numeric: true, format: (v) => `±${formatPercent(Number(v))}` },
    {
      key: "lower_derived",
      label: "Ondergrens (berekend)",
      numeric: true,
      format: (v) => formatNumber(Number(v)),
    },
    {
      key: "upper_derived",
      label: "Bovengrens (berekend)",
      numeric: true,
      format: (v) => formatNumber(Number(v)),
    },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    return {
      height: narrow ? 260 : 300,
      marginLeft: 52,
      marginRight: 16,
      x: {
        domain: rows.map((r) => r.period),
        label: null,
        tickFormat: (d: string) => d.slice(0, 4),
      },
      y: {
        domain: [0, 45_000],
        label: "Personen",
        grid: true,
        ticks: 4,
        tickFormat: (d: number) => formatNumber(d),
      },
      marks: [
        Plot.ruleX(rows, {
          x: "period",
          y1: "lower_derived",
          y2: "upper_derived",
          className: "mark-main",
          strokeWidth: 2,
        }),
        Plot.tickY(rows, {
          x: "period",
          y: "lower_derived",
          inset: narrow ? 22 : 60,
          className: "mark-main",
        }),
        Plot.tickY(rows, {
          x: "period",
          y: "upper_derived",
          inset: narrow ? 22 : 60,
          className: "mark-main",
        }),
        Plot.dot(rows, {
          x: "period",
          y: "persons",
          r: 5,
          fill: "currentColor",
          className: "mark-main-dot",
        }),
        Plot.text(rows, {
          x: "period",
          y: "persons",
          text: (d: Row) => formatNumber(d.persons),
          dx: 8,
          textAnchor: "start",
          className: "mark-label",
        }),
      ],
    };
  },
};
