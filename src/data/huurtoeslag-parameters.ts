/**
 * Build-time loader: turns the validated rows of `data/huurtoeslag.csv` (and the Awir minimum from
 * `data/awir.csv`) into the engine's `HuurtoeslagParameters`, per calendar year. The engine itself
 * never reads files.
 */
import type { HuurtoeslagParameters, HuurtoeslagYear } from "../engine/index.ts";
import { FACTOR_SCALE, rateToPpm } from "../engine/index.ts";
import { dataset as awir } from "./datasets/awir.ts";
import {
  checkHuurtoeslagRows,
  type HuurtoeslagRow,
  dataset as huurtoeslag,
} from "./datasets/huurtoeslag.ts";

let cached: HuurtoeslagParameters | undefined;

/** Loads the huurtoeslag parameters from `data/` (validated), once per build. */
export function loadHuurtoeslagParameters(): HuurtoeslagParameters {
  cached ??= buildHuurtoeslagParameters();
  return cached;
}

/** A row's value in the engine's unit: cents, ppm, years, or a factor in 10⁻¹² units. */
function engineValue(r: HuurtoeslagRow): number {
  if (r.unit === "rate") return rateToPpm(r.value);
  if (r.unit === "factor") {
    const scaled = Math.round(r.value * FACTOR_SCALE);
    if (Math.abs(scaled - r.value * FACTOR_SCALE) > 1e-3)
      throw new Error(`data/huurtoeslag.csv: ${r.parameter} ${r.value} has more than 12 decimals`);
    return scaled;
  }
  return r.value;
}

/** Builds the parameters; throws with a clear message when the data are inconsistent. */
export function buildHuurtoeslagParameters(): HuurtoeslagParameters {
  const rows = huurtoeslag.loadRows();
  const problems = checkHuurtoeslagRows(rows);
  if (problems.length > 0) throw new Error(`data/huurtoeslag.csv: ${problems.join("; ")}`);
  const years: Record<string, HuurtoeslagYear> = {};
  for (const r of rows) {
    if (!r.valid_from.endsWith("-01-01"))
      throw new Error(`data/huurtoeslag.csv: ${r.valid_from} is not 1 January`);
    const year = r.valid_from.slice(0, 4);
    years[year] ??= { method: r.method, values: {} };
    const values = (years[year] as HuurtoeslagYear).values;
    values[r.parameter] ??= {};
    (values[r.parameter] as NonNullable<(typeof values)[string]>)[r.household] = {
      value: engineValue(r),
      article: r.article,
      sources: r.source,
    };
  }
  // The Awir minimum per berekeningsjaar (art. 14 lid 5), for the years the huurtoeslag data cover.
  for (const r of awir.loadRows()) {
    const year = years[r.valid_from.slice(0, 4)];
    if (r.parameter !== "minimum-tegemoetkoming" || !year) continue;
    year.values["minimum-tegemoetkoming"] = {
      alle: { value: r.value, article: r.article, sources: r.source },
    };
  }
  return { years };
}
