import * as Plot from "@observablehq/plot";
import { dataset } from "../data/datasets/experiment-deelnemers.ts";
import { placeName } from "../data/experiment-data.ts";
import { formatNumber } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

/** One municipality: invited and participants as the CPB (2022) counted them. */
interface Row {
  experiment: string;
  place: string;
  invited: number;
  participants: number;
  source: string[];
}

function loadRows(): Row[] {
  const cpb = dataset.loadRows().filter((r) => r.cpb_2022 && r.group === "totaal");
  const ids = [...new Set(cpb.map((r) => r.experiment))];
  return ids
    .map((id) => {
      const invited = cpb.find((r) => r.experiment === id && r.measure === "uitgenodigd");
      const took = cpb.find((r) => r.experiment === id && r.measure === "deelnemers");
      if (!invited || !took) throw new Error(`experiment-deelnemers-cpb: ${id} lacks a CPB count`);
      return {
        experiment: id,
        place: placeName(id),
        invited: invited.count,
        participants: took.count,
        source: [...new Set([...invited.source, ...took.source])],
      };
    })
    .sort((a, b) => b.participants - a.participants);
}

const sum = (rows: Row[], key: "invited" | "participants") => rows.reduce((s, r) => s + r[key], 0);

/** Participants per experiment under the decree, as the CPB counted them in January 2022. */
export const chart: ChartDefinition<Row> = {
  id: "experiment-deelnemers-cpb",
  title: "Deelnemers per experiment (CPB, 2022)",
  get takeaway() {
    const rows = loadRows();
    const big = rows[0];
    const small = rows.at(-1);
    if (!big || !small) return "";
    return `Aan de zes experimenten deden samen ${formatNumber(sum(rows, "participants"))} mensen mee, van de ${formatNumber(sum(rows, "invited"))} die werden uitgenodigd; het grootste was ${big.place} met ${formatNumber(big.participants)} deelnemers, het kleinste ${small.place} met ${formatNumber(small.participants)}.`;
  },
  get description() {
    const rows = loadRows();
    return `Staafdiagram met per gemeente twee staven: uitgenodigd (lege, gestippelde staaf) en deelnemers (gevulde staaf). ${rows
      .map(
        (r) =>
          `${r.place}: ${formatNumber(r.invited)} uitgenodigd, ${formatNumber(r.participants)} deelnemers`,
      )
      .join("; ")}.`;
  },
  datasets: [dataset.name],
  sourceIds: ["cpb-2022-vervolgonderzoek-experimenten", "docplayer-cpb-2022-vervolgonderzoek"],
  notes:
    "Gevulde staaf: deelnemers; lege, gestippelde staaf: uitgenodigd. Aantallen zoals de infographic bij het CPB-vervolgonderzoek (januari 2022) ze noemt. Andere bronnen noemen soms andere aantallen (zie de pagina per experiment). De totalen in de kernzin zijn door ons opgeteld. Aantallen per groep binnen een experiment staan niet in de infographic.",
  page: "/experimenten/",
  rows: loadRows,
  columns: [
    { key: "place", label: "Gemeente" },
    { key: "invited", label: "Uitgenodigd", numeric: true, format: (v) => formatNumber(Number(v)) },
    {
      key: "participants",
      label: "Deelnemers",
      numeric: true,
      format: (v) => formatNumber(Number(v)),
    },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    return {
      height: rows.length * (narrow ? 44 : 40) + 60,
      marginBottom: 40,
      marginLeft: narrow ? 84 : 96,
      // Room for the longest label ("890 van 6.551") after the longest bar.
      marginRight: narrow ? 92 : 100,
      x: {
        label: "Personen",
        grid: true,
        ticks: narrow ? 3 : 6,
        tickFormat: (d: number) => formatNumber(d),
      },
      y: { label: null, domain: rows.map((r) => r.place), padding: 0.25 },
      marks: [
        Plot.barX(rows, {
          y: "place",
          x: "invited",
          fill: "none",
          stroke: "currentColor",
          strokeDasharray: "4,3",
          className: "mark-outline",
        }),
        Plot.barX(rows, {
          y: "place",
          x: "participants",
          className: "mark-bar",
          insetTop: 5,
          insetBottom: 5,
        }),
        Plot.text(rows, {
          y: "place",
          x: (d: Row) => Math.max(d.invited, d.participants),
          text: (d: Row) =>
            d.invited === d.participants
              ? formatNumber(d.participants)
              : `${formatNumber(d.participants)} van ${formatNumber(d.invited)}`,
          dx: 4,
          textAnchor: "start",
          className: "mark-label",
        }),
        Plot.ruleX([0]),
      ],
    };
  },
};
