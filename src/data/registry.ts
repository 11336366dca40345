/**
 * Every dataset in `data/`, found by convention: each module in `src/data/datasets/` exports
 * `dataset`. Adding a dataset is adding one module and one CSV file.
 *
 * `src/data` is the bottom layer: it imports only `src/format`, `src/site.ts` and packages, so
 * that the engine's parameters, the charts, the components and the pages can all build on it.
 * The one exception is `law-parameters.ts`, which builds the engine's `Parameters` (biome.json).
 */
import type { Dataset } from "./dataset.ts";
import { sourcesDataset } from "./sources.ts";

const modules = import.meta.glob<{ dataset: Dataset }>(
  ["./datasets/*.ts", "!./datasets/*.test.ts"],
  {
    eager: true,
  },
);

/** All datasets except the bibliography, sorted by name. */
export const datasets: Dataset[] = Object.values(modules)
  .map((m) => m.dataset)
  .sort((a, b) => a.name.localeCompare(b.name));

/** The bibliography, which is a dataset too. */
export { sourcesDataset };

/** Looks up a dataset by name; throws when it does not exist. */
export function getDataset(name: string): Dataset {
  const ds = datasets.find((d) => d.name === name);
  if (!ds) throw new Error(`unknown dataset "${name}"`);
  return ds;
}
