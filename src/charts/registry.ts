/**
 * Every chart of the site. Each module `src/charts/<chart-id>.ts` exports `chart`; the registry
 * finds them by convention, checks that each id matches its file name, and sorts them by id.
 * `files/` (the standalone SVG and PNG downloads) is not scanned. Charts may read `src/data`,
 * `src/format`, `src/site.ts` and the engine, and never components, layouts, pages, islands or
 * integrations: those import the charts (biome.json says so).
 */
import type { ChartDefinition } from "./types.ts";

const modules = import.meta.glob<{ chart: ChartDefinition }>(
  ["./*.ts", "!./registry.ts", "!./render.ts", "!./types.ts", "!./*.test.ts", "!./*.bench.ts"],
  { eager: true },
);

/** All charts, sorted by id. */
export const charts: ChartDefinition[] = Object.entries(modules)
  .map(([file, mod]) => {
    const id = file.replace(/^\.\//, "").replace(/\.ts$/, "");
    if (!mod.chart) throw new Error(`src/charts/${id}.ts must export \`chart\``);
    if (mod.chart.id !== id)
      throw new Error(`src/charts/${id}.ts exports a chart with id "${mod.chart.id}"`);
    return mod.chart;
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** Looks up a chart by id; throws when there is none. */
export function getChart(id: string): ChartDefinition {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart "${id}"`);
  return chart;
}
