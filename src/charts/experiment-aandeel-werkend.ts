import * as Plot from "@observablehq/plot";
import { dataset, type ExperimentEffectRow } from "../data/datasets/experiment-effecten.ts";
import { DESIGN_LABEL, PERIOD_LABEL, placeName } from "../data/experiment-data.ts";
import { formatPercent } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

/** One group's published share, with its pair and its role in the comparison. */
type Row = ExperimentEffectRow & {
  place: string;
  role: "experimentgroep" | "vergelijkingsgroep";
  pairLabel: string;
};

function loadRows(): Row[] {
  const groups = dataset
    .loadRows()
    .filter((r) => r.kind === "groep" && r.unit === "aandeel" && r.value !== null);
  const seen = new Set<string>();
  return groups.map((r) => {
    const first = !seen.has(r.pair ?? "");
    seen.add(r.pair ?? "");
    const place = placeName(r.experiments);
    return {
      ...r,
      place,
      role: first ? "experimentgroep" : "vergelijkingsgroep",
      pairLabel: `${place}, ${r.design === "gerandomiseerd" ? "met loting" : "zonder loting"}: ${r.outcome.toLowerCase()}${/experiment/.test(r.outcome) ? "" : `, ${PERIOD_LABEL[r.period]}`}`,
    };
  });
}

/** The pairs, each as [experiment group, comparison group]. */
function pairs(rows: Row[]): [Row, Row][] {
  const out: [Row, Row][] = [];
  for (const r of rows.filter((x) => x.role === "experimentgroep")) {
    const other = rows.find((x) => x.pair === r.pair && x.role === "vergelijkingsgroep");
    if (other) out.push([r, other]);
  }
  return out;
}

/** The published shares side by side: Utrecht's follow-up (lottery) and Amsterdam's premium (no lottery). */
export const chart: ChartDefinition<Row> = {
  id: "experiment-aandeel-werkend",
  title: "Aandeel aan het werk: experimentgroep tegenover vergelijkingsgroep",
  get takeaway() {
    const parts = pairs(loadRows()).map(
      ([a, b]) =>
        `${a.place}, ${a.outcome.toLowerCase()}: ${formatPercent(a.value ?? 0)} (${a.arm}) tegen ${formatPercent(b.value ?? 0)} (${b.arm}), ${a.design === "gerandomiseerd" ? "met loting" : "zonder loting"}`,
    );
    return `${parts.join("; ")}.`;
  },
  get description() {
    return `Per vergelijking twee punten op een schaal van 0 tot 30 procent: een gevuld punt voor de experimentgroep en een open punt voor de vergelijkingsgroep, met een lijn ertussen. ${pairs(
      loadRows(),
    )
      .map(
        ([a, b]) =>
          `${a.pairLabel}: ${a.arm} ${formatPercent(a.value ?? 0)}, ${b.arm} ${formatPercent(b.value ?? 0)}.`,
      )
      .join(" ")}`;
  },
  datasets: [dataset.name],
  sourceIds: [
    "cpb-2022-vervolgonderzoek-experimenten",
    "docplayer-cpb-2022-vervolgonderzoek",
    "amsterdam-2020-05-tussenevaluatie-premie",
  ],
  notes:
    "Gevuld punt: experimentgroep; open punt: vergelijkingsgroep. Utrecht: deelnemers door loting ingedeeld (CPB, 2022). Amsterdam: deelnemers kozen zelf voor de premie en zijn vergeleken met een vergelijkbare groep niet-deelnemers (gemeente Amsterdam, tussenstand 2020); dat verschil is geen bewezen effect van de premie. Geen van beide bronnen gaf in wat wij lazen een foutmarge.",
  page: "/experimenten/",
  rows: loadRows,
  columns: [
    { key: "place", label: "Gemeente" },
    { key: "arm", label: "Groep" },
    { key: "design", label: "Opzet", format: (v) => DESIGN_LABEL[String(v)] ?? String(v) },
    { key: "outcome", label: "Uitkomst" },
    { key: "value", label: "Aandeel", numeric: true, format: (v) => formatPercent(Number(v)) },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    const ps = pairs(rows);
    const rowH = narrow ? 112 : 80;
    const top = 12;
    const ys = new Map(ps.map(([a], i) => [a.pair, top + i * rowH] as const));
    const y = (r: Row) => (ys.get(r.pair) ?? 0) + (narrow ? 70 : 48);
    const labels = ps.map(([a]) => ({ text: a.pairLabel, y: ys.get(a.pair) ?? 0 }));
    const treated = rows.filter((r) => r.role === "experimentgroep");
    const compared = rows.filter((r) => r.role === "vergelijkingsgroep");
    return {
      height: top + ps.length * rowH + 44,
      marginLeft: 12,
      marginRight: 16,
      marginTop: 0,
      marginBottom: 40,
      x: {
        domain: [0, 0.3],
        label: "Aandeel van de groep",
        tickFormat: (d: number) => formatPercent(d),
        ticks: narrow ? 4 : 7,
        grid: true,
      },
      y: { type: "identity", axis: null },
      marks: [
        Plot.text(labels, {
          y: "y",
          frameAnchor: "left",
          text: "text",
          textAnchor: "start",
          lineAnchor: "top",
          lineWidth: (width - 24) / 14,
          fontWeight: 700,
          className: "mark-label",
        }),
        Plot.link(ps, {
          x1: ([a]: [Row, Row]) => a.value,
          x2: ([, b]: [Row, Row]) => b.value,
          y1: ([a]: [Row, Row]) => y(a),
          y2: ([a]: [Row, Row]) => y(a),
          stroke: "currentColor",
          strokeWidth: 2,
        }),
        Plot.dot(compared, {
          x: "value",
          y,
          r: 6,
          fill: "var(--bg, #fff)",
          stroke: "currentColor",
          strokeWidth: 2,
        }),
        Plot.dot(treated, { x: "value", y, r: 6, className: "mark-main-dot" }),
        Plot.text(treated, {
          x: "value",
          y,
          text: (d: Row) => `${formatPercent(d.value ?? 0)} ${d.arm.toLowerCase()}`,
          dy: -14,
          textAnchor: "middle",
          // Long arm names wrap upwards instead of running out of a 340 px drawing.
          lineWidth: narrow ? 11 : 30,
          lineAnchor: "bottom",
          className: "mark-label",
        }),
        Plot.text(compared, {
          x: "value",
          y,
          text: (d: Row) => `${formatPercent(d.value ?? 0)} ${d.arm.toLowerCase()}`,
          dy: 16,
          textAnchor: "middle",
          lineWidth: narrow ? 12 : 30,
          lineAnchor: "top",
          className: "mark-label",
        }),
      ],
    };
  },
};
