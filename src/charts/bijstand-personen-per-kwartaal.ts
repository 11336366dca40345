import * as Plot from "@observablehq/plot";
import { type BijstandPersonenRow, dataset } from "../data/datasets/bijstand-personen.ts";
import { sourceIdsOf } from "../data/measure-format.ts";
import { formatNumber, formatQuarter } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

/** The last day of a quarter "2017-K1" as a UTC date, for the time axis. */
function quarterEnd(period: string): Date {
  const [year, q] = period.split("-K").map(Number);
  return new Date(Date.UTC(year ?? 0, (q ?? 1) * 3, 0));
}

type Row = BijstandPersonenRow & { quarter_end: Date };

/** Every quarter, revised and first-release, in order. The chart draws them distinguishably. */
function loadRows(): Row[] {
  return dataset.loadRows().map((r) => ({ ...r, quarter_end: quarterEnd(r.period) }));
}

const revised = (rows: Row[]) => rows.filter((r) => r.status === "herzien");
const provisional = (rows: Row[]) => rows.filter((r) => r.status === "voorlopig");

function peak(rows: Row[]): Row | undefined {
  return rows.reduce<Row | undefined>(
    (best, r) => (!best || r.persons > best.persons ? r : best),
    undefined,
  );
}

/** The lowest quarter after the peak (first one when tied). */
function lowAfterPeak(rows: Row[]): Row | undefined {
  const p = peak(rows);
  const after = p ? rows.slice(rows.indexOf(p) + 1) : [];
  return after.reduce<Row | undefined>(
    (low, r) => (!low || r.persons < low.persons ? r : low),
    undefined,
  );
}

/** The covid years, shaded on the chart: from the first lockdown quarter to the end of 2021. */
const COVID = { from: new Date(Date.UTC(2020, 2, 1)), to: new Date(Date.UTC(2021, 11, 31)) };
const LAW = new Date(Date.UTC(2015, 0, 1));

function label(r: Row): string {
  return formatNumber(r.persons);
}

/** CBS caseload, quarterly: revised series, then first releases (dashed). */
export const chart: ChartDefinition<Row> = {
  id: "bijstand-personen-per-kwartaal",
  title: "Aantal mensen in de bijstand, per kwartaal",
  get takeaway() {
    const rows = loadRows();
    const rev = revised(rows);
    const p = peak(rev);
    const low = lowAfterPeak(rev);
    const latest = rows.at(-1);
    if (!p || !low || !latest) return "";
    const latestText =
      latest.status === "voorlopig"
        ? `; volgens de voorlopige cijfers waren het er ${formatNumber(latest.persons)} in het ${formatQuarter(latest.period)}`
        : "";
    return `Na de invoering van de Participatiewet groeide de bijstand door tot ${formatNumber(p.persons)} mensen in het ${formatQuarter(p.period)} en daalde daarna tot ${formatNumber(low.persons)} in het ${formatQuarter(low.period)}${latestText}.`;
  },
  get description() {
    const rows = loadRows();
    const rev = revised(rows);
    const f = rev[0];
    const p = peak(rev);
    const low = lowAfterPeak(rev);
    const lastRev = rev.at(-1);
    const prov = provisional(rows);
    if (!f || !p || !low || !lastRev) return "";
    const provText = prov.length
      ? ` Daarna volgen ${prov.length} kwartalen met voorlopige cijfers (gestippelde lijn), van ${formatNumber(prov[0]?.persons ?? 0)} in het ${formatQuarter(prov[0]?.period ?? lastRev.period)} tot ${formatNumber(prov.at(-1)?.persons ?? 0)} in het ${formatQuarter(prov.at(-1)?.period ?? lastRev.period)}.`
      : "";
    return `Lijngrafiek van het aantal personen met algemene bijstand tot de AOW-leeftijd aan het eind van elk kwartaal. Herziene cijfers van het ${formatQuarter(f.period)} (${formatNumber(f.persons)}) tot het ${formatQuarter(lastRev.period)} (${formatNumber(lastRev.persons)}). Het hoogste punt is het ${formatQuarter(p.period)} met ${formatNumber(p.persons)} personen, het laagste daarna het ${formatQuarter(low.period)} met ${formatNumber(low.persons)}.${provText} Een verticale lijn markeert 1 januari 2015, de start van de Participatiewet; een grijze band de coronajaren 2020 en 2021.`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return sourceIdsOf(loadRows());
  },
  get notes() {
    const prov = provisional(loadRows());
    const provText = prov.length
      ? ` Vanaf het ${formatQuarter(prov[0]?.period ?? "2024-K1")}: eerste, voorlopige cijfers (gestippeld), deels gelezen in nieuwsberichten over CBS-cijfers; het CBS herziet die later vaak met 1.000 tot 6.000. Voor kwartalen zonder punt vonden we geen cijfer.`
      : "";
    return `Personen, niet uitkeringen: bij een paar tellen beide partners. Zonder mensen die in een instelling wonen. Tot en met het laatste doorgetrokken punt: cijfers na herziening door het CBS, afgerond op duizendtallen.${provText}`;
  },
  page: "/cijfers/",
  rows: loadRows,
  columns: [
    { key: "period", label: "Kwartaal", format: (v) => formatQuarter(String(v)) },
    {
      key: "persons",
      label: "Personen",
      numeric: true,
      format: (v) => formatNumber(Number(v)),
    },
    { key: "status", label: "Status" },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    const rev = revised(rows);
    const prov = provisional(rows);
    const p = peak(rev);
    const low = lowAfterPeak(rev);
    const lastRev = rev.at(-1);
    const latest = prov.at(-1);
    // The dashed line starts at the last revised quarter so that the two parts meet.
    const provLine = lastRev && prov.length ? [lastRev, ...prov] : [];
    const annotated = [p, low].filter((r): r is Row => Boolean(r));
    return {
      height: narrow ? 280 : 340,
      marginLeft: 48,
      marginRight: narrow ? 28 : 40,
      marginTop: 24,
      x: { type: "utc", label: null, ticks: narrow ? 4 : 8 },
      y: {
        label: "Personen (×1.000)",
        domain: [350_000, 500_000],
        grid: true,
        tickFormat: (d: number) => formatNumber(d / 1000),
        ticks: 4,
      },
      marks: [
        Plot.rectX([COVID], {
          x1: "from",
          x2: "to",
          className: "mark-band",
          fill: "currentColor",
          fillOpacity: 0.08,
        }),
        Plot.text([COVID], {
          x: (d: typeof COVID) => d.from,
          text: () => "corona",
          frameAnchor: "bottom",
          textAnchor: "start",
          dx: 3,
          dy: -4,
          className: "mark-annotation-text",
        }),
        Plot.ruleX([LAW], { className: "mark-annotation", strokeDasharray: "3,3" }),
        Plot.text([LAW], {
          x: (d: Date) => d,
          text: () => "Participatiewet",
          // Narrow: at the foot of the rule, clear of the y-axis label and the peak label.
          frameAnchor: narrow ? "bottom" : "top",
          dx: 4,
          dy: narrow ? -4 : -14,
          textAnchor: "start",
          className: "mark-annotation-text",
        }),
        Plot.lineY(rev, {
          x: "quarter_end",
          y: "persons",
          className: "mark-main",
          strokeWidth: 2.5,
        }),
        Plot.lineY(provLine, {
          x: "quarter_end",
          y: "persons",
          className: "mark-main",
          strokeWidth: 2,
          strokeDasharray: "4,3",
        }),
        Plot.dot(prov, {
          x: "quarter_end",
          y: "persons",
          r: 2.5,
          className: "mark-main-dot",
          fill: "currentColor",
        }),
        Plot.text(latest ? [latest] : [], {
          x: "quarter_end",
          y: "persons",
          text: (d: Row) => `${label(d)} voorlopig`,
          dy: -12,
          textAnchor: "end",
          className: "mark-label",
        }),
        Plot.dot(annotated, { x: "quarter_end", y: "persons", r: 4, className: "mark-main-dot" }),
        Plot.text(p ? [p] : [], {
          x: "quarter_end",
          y: "persons",
          text: (d: Row) => `piek ${label(d)}`,
          dy: -12,
          className: "mark-label",
        }),
        Plot.text(low ? [low] : [], {
          x: "quarter_end",
          y: "persons",
          text: (d: Row) => `laagste ${label(d)}`,
          dy: 14,
          className: "mark-label",
        }),
      ],
    };
  },
};
