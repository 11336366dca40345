import * as Plot from "@observablehq/plot";
import {
  dataset,
  GROUPS,
  measures,
  type UitkomstRow,
} from "../data/datasets/participatiewet-uitkomsten.ts";
import { formatMeasureValue, reportedInLabel, sourceIdsOf } from "../data/measure-format.ts";
import { formatPercent } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

/** The job-chance measures that have a before and an after value. */
const CHANCE_MEASURES = [
  "baankans",
  "baankans-binnen-2-jaar",
  "werk-jaar-na-instroom",
  "baan-na-3-jaar",
] as const;

type Row = UitkomstRow & { label: string; value_text: string; gelezen: string };

function loadRows(): Row[] {
  return dataset
    .loadRows()
    .filter(
      (r) =>
        (CHANCE_MEASURES as readonly string[]).includes(r.measure) &&
        (r.phase === "voor" || r.phase === "na"),
    )
    .map((r) => ({
      ...r,
      label: `${GROUPS[r.group]}: ${measures[r.measure].label.toLowerCase()}`,
      value_text: formatMeasureValue(r),
      gelezen: reportedInLabel(r.reported_in),
    }));
}

/** Whether a row is the left-hand (smaller) point of its before/after pair. */
function isLeft(rows: Row[], row: Row): boolean {
  const other = rows.find((r) => r.label === row.label && r.phase !== row.phase);
  return (
    !other ||
    (row.value ?? 0) < (other.value ?? 0) ||
    ((row.value ?? 0) === (other.value ?? 0) && row.phase === "voor")
  );
}

function pair(rows: Row[], measure: string) {
  const voor = rows.find((r) => r.measure === measure && r.phase === "voor");
  const na = rows.find((r) => r.measure === measure && r.phase === "na");
  return { voor, na };
}

/** Job chances before and after the Participatiewet, per target group. */
export const chart: ChartDefinition<Row> = {
  id: "baankansen-voor-en-na",
  title: "Kans op werk vóór en na de Participatiewet",
  get takeaway() {
    const { voor, na } = pair(loadRows(), "baankans");
    if (!voor || !na) return "";
    return `Voor mensen in de klassieke bijstand ging de kans op een baan na de Participatiewet nauwelijks omhoog: van ${voor.value_text} naar ${na.value_text}, volgens het SCP.`;
  },
  get description() {
    const rows = loadRows();
    const lines = [...new Set(rows.map((r) => r.measure))].map((m) => {
      const { voor, na } = pair(rows, m);
      return `${voor?.label ?? m}: ${voor?.value_text ?? "onbekend"} vóór, ${na?.value_text ?? "onbekend"} na`;
    });
    return `Punten per groep: een open punt voor de situatie vóór de wet, een dicht punt voor erna, met een pijl van vóór naar na. ${lines.join("; ")}. Elke groep heeft een eigen maat en eigen bron; vergelijk de groepen niet met elkaar.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf(loadRows());
  },
  notes:
    "Elke regel is een andere maat bij een andere groep, uit een ander onderzoek: vergelijk de regels niet met elkaar, alleen vóór met na. Het SCP-rapport zelf konden we niet lezen: het cijfer voor de klassieke bijstand komt uit Trouw en uit een letterlijk citaat van het rapport in een essay van de Hogeschool van Amsterdam. De cijfers voor de wachtlijst van de sociale werkplaats (SCP 2018) en voor jonggehandicapten (SEO, niet het SCP) lazen we in nieuwsberichten. 'ongeveer' staat erbij als de bron het zo schreef.",
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "label", label: "Groep en maat" },
    { key: "phase", label: "Vóór of na" },
    { key: "value", label: "Aandeel", numeric: true, format: (_v, r) => r.value_text },
    { key: "gelezen", label: "Gelezen" },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    const labels = [...new Set(rows.map((r) => r.label))];
    const links = labels.map((label) => {
      const voor = rows.find((r) => r.label === label && r.phase === "voor");
      const na = rows.find((r) => r.label === label && r.phase === "na");
      return { label, x1: voor?.value ?? 0, x2: na?.value ?? 0 };
    });
    const pairs = labels.map((label) => {
      const voor = rows.find((r) => r.label === label && r.phase === "voor");
      const na = rows.find((r) => r.label === label && r.phase === "na");
      return { label, text: `vóór ${voor?.value_text ?? "?"} → na ${na?.value_text ?? "?"}` };
    });
    return {
      height: labels.length * (narrow ? 84 : 56) + 60,
      marginLeft: 12, // half the "0%" tick label
      marginBottom: 40,
      marginRight: 16,
      marginTop: 8,
      x: {
        domain: [0, 0.7],
        label: "Aandeel met werk",
        grid: true,
        tickFormat: (d: number) => formatPercent(d),
        ticks: narrow ? 3 : 6,
      },
      y: { domain: labels, axis: null, padding: 0.5 },
      marks: [
        Plot.text(labels, {
          y: (d: string) => d,
          x: 0,
          text: (d: string) => d,
          textAnchor: "start",
          dy: narrow ? -12 : -14,
          // Plot measures text roughly; keep narrow labels well inside 340 px (two lines at most).
          lineWidth: narrow ? 24 : 60,
          lineAnchor: "bottom",
          className: "mark-label",
        }),
        Plot.link(links, {
          x1: "x1",
          x2: "x2",
          y1: "label",
          y2: "label",
          markerEnd: "arrow",
          className: "mark-main",
          strokeWidth: 2,
        }),
        Plot.dot(
          rows.filter((r) => r.phase === "voor"),
          { x: "value", y: "label", r: 5, className: "mark-hollow-dot" },
        ),
        Plot.dot(
          rows.filter((r) => r.phase === "na"),
          { x: "value", y: "label", r: 5, className: "mark-main-dot" },
        ),
        ...(narrow
          ? [
              Plot.text(pairs, {
                x: 0,
                y: "label",
                text: "text",
                textAnchor: "start",
                dy: 17,
                className: "mark-label",
              }),
            ]
          : [
              Plot.text(
                rows.filter((r) => isLeft(rows, r)),
                {
                  x: "value",
                  y: "label",
                  text: (d: Row) => `${d.phase === "voor" ? "vóór" : "na"}: ${d.value_text}`,
                  textAnchor: "end",
                  dx: -9,
                  className: "mark-label",
                },
              ),
              Plot.text(
                rows.filter((r) => !isLeft(rows, r)),
                {
                  x: "value",
                  y: "label",
                  text: (d: Row) => `${d.phase === "voor" ? "vóór" : "na"}: ${d.value_text}`,
                  textAnchor: "start",
                  dx: 9,
                  className: "mark-label",
                },
              ),
            ]),
      ],
    };
  },
};
