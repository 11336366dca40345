import * as Plot from "@observablehq/plot";
import {
  DIRECTIONS,
  dataset,
  type ExperimentEffectRow,
} from "../data/datasets/experiment-effecten.ts";
import {
  DESIGN_LABEL,
  DIRECTION_LABEL,
  formatEffectValue,
  loadExperiments,
  placeList,
  SIGNIFICANCE_LABEL,
} from "../data/experiment-data.ts";
import { formatNumber } from "../format/index.ts";
import type { ChartDefinition } from "./types.ts";

/** The comparison groups, in the order they are drawn; never mixed within a block. */
const BLOCKS = ["gerandomiseerd", "niet-gerandomiseerd", "onbekend"] as const;

const BLOCK_TITLE: Record<string, string> = {
  gerandomiseerd: "Met loting: vergeleken met een controlegroep",
  "niet-gerandomiseerd": "Zonder loting: vergeleken met mensen die niet meededen",
  onbekend: "Opzet niet na te gaan",
};

/** Short axis labels for the directions (two lines). */
const AXIS_LABEL: Record<string, string> = {
  negatief: "negatief",
  "soms-negatief": "soms\nnegatief",
  geen: "geen\neffect",
  "positief-niet-significant": "positief,\nniet sign.",
  "soms-positief": "soms\npositief",
  positief: "positief",
};

/** Axis labels for narrow widths (explained in the notes). */
const AXIS_LABEL_NARROW: Record<string, string> = {
  negatief: "neg.",
  "soms-negatief": "soms\nneg.",
  geen: "geen",
  "positief-niet-significant": "pos.\nn.s.",
  "soms-positief": "soms\npos.",
  positief: "pos.",
};

/** An effect as drawn: where it came from, what it says, and whether a number was published. */
type Row = ExperimentEffectRow & {
  place: string;
  label: string;
  valueText: string;
  hasNumber: boolean;
};

function loadRows(): Row[] {
  const order = new Map(loadExperiments().map((e, i) => [e.id, i] as const));
  const rank = (r: ExperimentEffectRow) => {
    const ids = r.experiments.split(";");
    return ids.length > 1 ? -1 : (order.get(ids[0] ?? "") ?? 99);
  };
  return dataset
    .loadRows()
    .filter((r) => r.kind === "effect" && r.direction !== null && r.design !== "geen-vergelijking")
    .sort(
      (a, b) =>
        BLOCKS.indexOf(a.design as never) - BLOCKS.indexOf(b.design as never) || rank(a) - rank(b),
    )
    .map((r) => {
      const place = placeList(r.experiments);
      const value = formatEffectValue(r);
      const interval =
        r.ci_low !== null && r.ci_high !== null
          ? ` (interval ${formatNumber(r.ci_low, 1)} tot ${formatNumber(r.ci_high, 1)})`
          : "";
      return {
        ...r,
        place,
        label: `${place.charAt(0).toUpperCase()}${place.slice(1)} · ${r.arm}: ${r.outcome.charAt(0).toLowerCase()}${r.outcome.slice(1)}`,
        valueText: value
          ? `${value}${interval}${r.derived ? " (berekend)" : ""}`
          : "alleen richting",
        hasNumber: value !== "",
      };
    });
}

/** Vertical layout: block headers and rows, in pixels (the y scale is the identity). */
function layout(rows: Row[], width: number) {
  const narrow = width < 500;
  const lineWidthEm = (width - 30) / 12.5;
  const charsPerLine = Math.floor(lineWidthEm * 1.9);
  const lineH = 13;
  const top = 46;
  let y = top;
  const headers: { text: string; y: number }[] = [];
  const placed: (Row & { labelY: number; markY: number })[] = [];
  for (const block of BLOCKS) {
    const inBlock = rows.filter((r) => r.design === block);
    if (!inBlock.length) continue;
    y += 10;
    headers.push({ text: BLOCK_TITLE[block] ?? block, y });
    y += narrow ? 40 : 24;
    for (const r of inBlock) {
      const lines = Math.ceil(r.label.length / charsPerLine);
      const markY = y + lines * lineH + 8;
      placed.push({ ...r, labelY: y, markY });
      y = markY + (narrow ? 16 : 14);
    }
  }
  return { headers, placed, height: y + 40, lineWidthEm };
}

const count = (rows: Row[], pred: (r: Row) => boolean) => rows.filter(pred).length;

/** Every reported effect of every experiment on one chart, by direction, with lottery and without kept apart. */
export const chart: ChartDefinition<Row> = {
  id: "experiment-effecten-overzicht",
  title: "Alle gemelde effecten van de experimenten, naar richting",
  get takeaway() {
    const rows = loadRows();
    const rct = rows.filter((r) => r.design === "gerandomiseerd");
    const withNumber = count(rows, (r) => r.hasNumber);
    const withInterval = count(rows, (r) => r.ci_low !== null);
    return `Van de ${formatNumber(rows.length)} gemelde effecten hebben er maar ${formatNumber(withNumber)} een getal en ${withInterval === 0 ? "geen enkele" : formatNumber(withInterval)} een gepubliceerde foutmarge; in vergelijkingen met loting vonden de onderzoekers ${formatNumber(count(rct, (r) => r.direction === "geen"))} keer geen effect, ${formatNumber(count(rct, (r) => r.direction === "positief-niet-significant" || r.direction === "soms-positief"))} keer een positief effect dat niet significant was of alleen soms optrad, ${formatNumber(count(rct, (r) => r.direction === "positief"))} keer een positief effect en ${formatNumber(count(rct, (r) => r.direction === "negatief" || r.direction === "soms-negatief"))} keer een (soms) negatief effect.`;
  },
  get description() {
    const rows = loadRows();
    return `Puntgrafiek met per gemeld effect één regel. De positie van links naar rechts geeft de richting: ${DIRECTIONS.map((d) => DIRECTION_LABEL[d]).join(", ")}. Een gevuld rondje betekent dat de bron een getal gaf (het getal staat ernaast); een open ruit betekent dat alleen de richting bekend is. Effecten met en zonder loting staan in aparte blokken. ${BLOCKS.map(
      (b) => {
        const inBlock = rows.filter((r) => r.design === b);
        if (!inBlock.length) return "";
        return `${BLOCK_TITLE[b]}: ${inBlock.map((r) => `${r.label}: ${DIRECTION_LABEL[r.direction ?? ""]}${r.hasNumber ? ` (${r.valueText})` : ", alleen richting"}`).join("; ")}.`;
      },
    ).join(" ")}`;
  },
  datasets: [dataset.name],
  get sourceIds() {
    return [...new Set(loadRows().flatMap((r) => r.source))];
  },
  notes:
    "Gevuld rondje: de bron gaf een getal (staat ernaast, in de eenheid van die bron). Open ruit: alleen de richting is gemeld. De eenheden verschillen per onderzoek, daarom staan de effecten naar richting en niet op één getallenschaal. Geen van de bronnen die wij lazen gaf een foutmarge (betrouwbaarheidsinterval); die staan in de eindrapporten. 'Berekend': verschil van twee gepubliceerde aandelen, door ons uitgerekend. Op smalle schermen zijn de richtingen afgekort: neg. = negatief, pos. = positief, n.s. = niet significant. Sommige regels zijn samenvattingen van het CPB of de staatssecretaris over meerdere gemeenten en overlappen met de regels per gemeente.",
  page: "/experimenten/",
  rows: loadRows,
  columns: [
    { key: "place", label: "Gemeente(n)" },
    { key: "arm", label: "Groep" },
    { key: "comparison", label: "Vergeleken met" },
    { key: "design", label: "Opzet", format: (v) => DESIGN_LABEL[String(v)] ?? String(v) },
    { key: "outcome", label: "Uitkomst" },
    { key: "direction", label: "Richting", format: (v) => DIRECTION_LABEL[String(v)] ?? "" },
    { key: "valueText", label: "Getal" },
    {
      key: "significance",
      label: "Significant",
      format: (v) => SIGNIFICANCE_LABEL[String(v)] ?? "",
    },
    { key: "source", label: "Bron" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    const { headers, placed, height, lineWidthEm } = layout(rows, width);
    const left = (r: Row) => DIRECTIONS.indexOf(r.direction as never) <= 2;
    const numbers = placed.filter((r) => r.hasNumber);
    const directionOnly = placed.filter((r) => !r.hasNumber);
    const legendY = height - 18;
    return {
      height,
      marginTop: 0,
      marginLeft: narrow ? 22 : 40,
      marginRight: narrow ? 22 : 40,
      marginBottom: 0,
      x: { type: "point", domain: [...DIRECTIONS], axis: null, padding: 0.3 },
      y: { type: "identity", axis: null },
      marks: [
        Plot.ruleX([...DIRECTIONS], {
          y1: 40,
          y2: height - 36,
          stroke: "currentColor",
          strokeOpacity: 0.15,
        }),
        Plot.ruleX(["geen"], {
          y1: 40,
          y2: height - 36,
          stroke: "currentColor",
          strokeOpacity: 0.5,
          strokeDasharray: "3,3",
        }),
        Plot.text([...DIRECTIONS], {
          x: (d: string) => d,
          y: 4,
          text: (d: string) => (narrow ? AXIS_LABEL_NARROW : AXIS_LABEL)[d] ?? d,
          lineAnchor: "top",
          fontWeight: 700,
          className: "mark-label",
        }),
        Plot.text(headers, {
          y: "y",
          frameAnchor: "left",
          dx: narrow ? -18 : -36,
          text: "text",
          textAnchor: "start",
          lineAnchor: "top",
          fontWeight: 700,
          fontSize: 13,
          lineWidth: lineWidthEm / 1.2,
          className: "mark-label",
        }),
        Plot.text(placed, {
          y: "labelY",
          frameAnchor: "left",
          dx: narrow ? -18 : -36,
          text: "label",
          textAnchor: "start",
          lineAnchor: "top",
          lineWidth: lineWidthEm,
          className: "mark-label",
        }),
        Plot.dot(numbers, {
          x: "direction",
          y: "markY",
          r: 5.5,
          symbol: "circle",
          fill: "currentColor",
          stroke: "var(--bg, #fff)",
        }),
        Plot.dot(directionOnly, {
          x: "direction",
          y: "markY",
          r: 6,
          symbol: "diamond2",
          stroke: "currentColor",
          strokeWidth: 1.8,
          fill: "none",
        }),
        ...[true, false].flatMap((onLeft) =>
          [true, false].map((withNumber) =>
            Plot.text(
              placed.filter((r) => left(r) === onLeft && r.hasNumber === withNumber),
              {
                x: "direction",
                y: "markY",
                text: "valueText",
                dx: onLeft ? 10 : -10,
                textAnchor: onLeft ? "start" : "end",
                fontStyle: withNumber ? "normal" : "italic",
                fontWeight: withNumber ? 700 : 400,
                className: "mark-label",
              },
            ),
          ),
        ),
        Plot.dot([{ y: legendY }], {
          frameAnchor: "left",
          dx: 8 - (narrow ? 18 : 36),
          y: "y",
          r: 5.5,
          symbol: "circle",
          fill: "currentColor",
        }),
        Plot.text([{ y: legendY }], {
          frameAnchor: "left",
          dx: 18 - (narrow ? 18 : 36),
          y: "y",
          text: () => "getal gepubliceerd",
          textAnchor: "start",
        }),
        Plot.dot([{ y: legendY }], {
          frameAnchor: "left",
          dx: (narrow ? 170 : 180) - (narrow ? 18 : 36),
          y: "y",
          r: 6,
          symbol: "diamond2",
          stroke: "currentColor",
          fill: "none",
        }),
        Plot.text([{ y: legendY }], {
          frameAnchor: "left",
          dx: (narrow ? 180 : 190) - (narrow ? 18 : 36),
          y: "y",
          text: () => "alleen richting",
          textAnchor: "start",
        }),
      ],
    };
  },
};
