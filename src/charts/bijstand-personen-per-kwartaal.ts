import * as Plot from "@observablehq/plot";
import { type BijstandPersonenRow, dataset } from "../data/datasets/bijstand-personen.ts";
import { formatNumber, formatQuarter } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

/** The last day of a quarter "2017-K1" as a UTC date, for the time axis. */
function quarterEnd(period: string): Date {
  const [year, q] = period.split("-K").map(Number);
  return new Date(Date.UTC(year ?? 0, (q ?? 1) * 3, 0));
}

type Row = BijstandPersonenRow & { quarter_end: Date };

function loadRows(): Row[] {
  return dataset
    .loadRows()
    .filter((r) => r.status === "herzien")
    .map((r) => ({ ...r, quarter_end: quarterEnd(r.period) }));
}

function peak(rows: Row[]): Row | undefined {
  return rows.reduce<Row | undefined>((best, r) => (!best || r.persons > best.persons ? r : best), undefined);
}

/** The lowest quarter after the peak. */
function lowAfterPeak(rows: Row[]): Row | undefined {
  const p = peak(rows);
  const after = p ? rows.slice(rows.indexOf(p) + 1) : [];
  return after.reduce<Row | undefined>((low, r) => (!low || r.persons < low.persons ? r : low), undefined);
}

const first = () => loadRows()[0];
const last = () => loadRows().at(-1);

/** CBS caseload, quarterly: the home page's chart. */
export const chart: ChartDefinition<Row> = {
  id: "bijstand-personen-per-kwartaal",
  title: "Aantal mensen in de bijstand, per kwartaal",
  get takeaway() {
    const rows = loadRows();
    const p = peak(rows);
    const low = lowAfterPeak(rows);
    if (!p || !low) return "";
    return `Na de invoering van de Participatiewet groeide de bijstand door tot ${formatNumber(p.persons)} mensen in het ${formatQuarter(p.period)}; daarna daalde het aantal tot ${formatNumber(low.persons)} in het ${formatQuarter(low.period)}.`;
  },
  get description() {
    const rows = loadRows();
    const f = first();
    const p = peak(rows);
    const l = last();
    if (!f || !p || !l) return "";
    return `Lijngrafiek van het aantal personen met algemene bijstand tot de AOW-leeftijd, aan het eind van elk kwartaal, van het ${formatQuarter(f.period)} (${formatNumber(f.persons)}) tot het ${formatQuarter(l.period)} (${formatNumber(l.persons)}). Het hoogste punt is het ${formatQuarter(p.period)} met ${formatNumber(p.persons)} personen. Een verticale lijn markeert 1 januari 2015, de start van de Participatiewet.`;
  },
  datasets: [dataset.name],
  sourceIds: ["cbs-2024-bijstand-kwartalen"],
  notes:
    "Personen, niet uitkeringen: bij een paar tellen beide partners. Zonder mensen die in een instelling wonen. Cijfers na herziening door het CBS, afgerond op duizendtallen.",
  page: "/",
  rows: loadRows,
  columns: [
    { key: "period", label: "Kwartaal", format: (v) => formatQuarter(String(v)) },
    { key: "persons", label: "Personen", numeric: true, format: (v) => formatNumber(Number(v)) },
    { key: "status", label: "Status" },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    const p = peak(rows);
    const law = new Date(Date.UTC(2015, 0, 1));
    return {
      height: narrow ? 260 : 320,
      marginLeft: 48,
      marginRight: narrow ? 16 : 24,
      x: { type: "utc", label: null, ticks: narrow ? 4 : 8 },
      y: {
        label: "Personen (×1.000)",
        domain: [350_000, 500_000],
        grid: true,
        tickFormat: (d: number) => formatNumber(d / 1000),
        ticks: 4,
      },
      marks: [
        Plot.ruleX([law], { className: "mark-annotation", strokeDasharray: "3,3" }),
        Plot.text([law], {
          x: (d: Date) => d,
          text: () => "Participatiewet",
          frameAnchor: "top",
          dx: 4,
          dy: 4,
          textAnchor: "start",
          className: "mark-annotation-text",
        }),
        Plot.lineY(rows, { x: "quarter_end", y: "persons", className: "mark-main", strokeWidth: 2.5 }),
        Plot.dot(p ? [p] : [], { x: "quarter_end", y: "persons", r: 4, className: "mark-main-dot" }),
        Plot.text(p ? [p] : [], {
          x: "quarter_end",
          y: "persons",
          text: (d: Row) => `${formatNumber(d.persons)}`,
          dy: -10,
          className: "mark-label",
        }),
      ],
    };
  },
};
