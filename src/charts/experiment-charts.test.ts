/**
 * The experiment charts draw only rows that exist in the data and carry sources; the takeaways
 * state the published numbers; both widths render.
 */
import { describe, expect, test } from "vitest";
import { dataset as deelnemers } from "../data/datasets/experiment-deelnemers.ts";
import { dataset as effecten } from "../data/datasets/experiment-effecten.ts";
import { loadSourceIndex } from "../data/sources.ts";
import { formatNumber, formatPercent } from "../format/index.ts";
import { getChart } from "./registry.ts";
import { CHART_WIDTHS, renderChartSvg } from "./render.ts";

const IDS = [
  "experiment-deelnemers-cpb",
  "experiment-effecten-overzicht",
  "experiment-aandeel-werkend",
];
const sources = loadSourceIndex();
const effectRows = effecten.loadRows();

describe("experiment charts", () => {
  test.each(IDS)("%s: every drawn row has sources that exist", (id) => {
    const chart = getChart(id);
    const rows = chart.rows() as { source: string[] }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.source.length).toBeGreaterThan(0);
      for (const s of r.source) expect(sources.has(s), s).toBe(true);
    }
    for (const s of chart.sourceIds) expect(sources.has(s), s).toBe(true);
  });

  test.each(IDS)("%s renders at both widths", (id) => {
    for (const width of Object.values(CHART_WIDTHS)) {
      const svg = renderChartSvg(getChart(id), width);
      expect(svg).toMatch(/^<(svg|figure)/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  test("no effect is drawn without its source row", () => {
    const drawn = getChart("experiment-effecten-overzicht").rows() as { id: string }[];
    const byId = new Map(effectRows.map((r) => [r.id, r]));
    for (const d of drawn) expect(byId.get(d.id)?.kind, d.id).toBe("effect");
    // and every effect with a direction and a comparison is drawn
    const expected = effectRows.filter(
      (r) => r.kind === "effect" && r.direction !== null && r.design !== "geen-vergelijking",
    );
    expect(drawn.map((d) => d.id).sort()).toEqual(expected.map((r) => r.id).sort());
  });

  test("direction-only findings are drawn as a different shape and labelled", () => {
    const svg = renderChartSvg(getChart("experiment-effecten-overzicht"), CHART_WIDTHS.wide);
    const directionOnly = effectRows.filter(
      (r) => r.kind === "effect" && r.value === null && r.design !== "geen-vergelijking",
    );
    expect(directionOnly.length).toBeGreaterThan(0);
    expect((svg.match(/alleen richting/g) ?? []).length).toBeGreaterThanOrEqual(
      directionOnly.length,
    );
  });

  test("the participants takeaway states the CPB counts", () => {
    const groningen = deelnemers
      .loadRows()
      .find((r) => r.experiment === "groningen" && r.cpb_2022 && r.measure === "deelnemers");
    expect(groningen).toBeDefined();
    expect(getChart("experiment-deelnemers-cpb").takeaway).toContain(
      formatNumber(groningen?.count ?? -1),
    );
  });

  test("the shares takeaway states Utrecht's 24% against 15%", () => {
    const pair = effectRows.filter((r) => r.pair === "utrecht-12u");
    const takeaway = getChart("experiment-aandeel-werkend").takeaway;
    for (const r of pair) expect(takeaway).toContain(formatPercent(r.value ?? -1));
    expect(takeaway).toContain("met loting");
    expect(takeaway).toContain("zonder loting");
  });
});
