/**
 * Golden SVG files for charts whose data is settled (Observable Plot's snapshot discipline): the
 * drawing is deterministic, so any change to a builder, the renderer or the data shows up as a diff
 * in `src/charts/__snapshots__/<id>-<width>.svg`. Regenerate deliberately with `vitest -u`.
 */
import { describe, expect, test } from "vitest";
import { getChart } from "./registry.ts";
import { CHART_WIDTHS, renderChartSvg } from "./render.ts";

/** Charts with a golden file. Add an id once its data and design are settled. */
const SNAPSHOTTED = ["bijstand-personen-per-kwartaal"];

/** Cuts long decimals so that floating-point noise does not count as a change. */
const normalize = (svg: string) => svg.replace(/(\d+\.\d{2})\d+/g, "$1").replaceAll("><", ">\n<");

describe("chart SVG snapshots", () => {
  for (const id of SNAPSHOTTED) {
    for (const width of Object.values(CHART_WIDTHS)) {
      test(`${id} at ${width} px`, async () => {
        const svg = normalize(renderChartSvg(getChart(id), width));
        expect(svg.startsWith("<svg")).toBe(true);
        await expect(svg).toMatchFileSnapshot(`./__snapshots__/${id}-${width}.svg`);
      });
    }
  }
});
