/**
 * Build-time loader: turns the validated rows of the toeslagen and income-tax datasets into the
 * engine's `ToeslagenParameters` (cents stay cents, rates become parts per million). Like
 * law-parameters.ts, the engine never reads these files itself.
 */

import type {
  KinderbijslagAmount,
  ToeslagenParameters,
  YearlyParameters,
} from "../engine/index.ts";
import { halfYearEnd, rateToPpm } from "../engine/index.ts";
import { dataset as awir } from "./datasets/awir.ts";
import { dataset as inkomstenbelasting } from "./datasets/inkomstenbelasting.ts";
import { dataset as kinderbijslag } from "./datasets/kinderbijslag.ts";
import { dataset as kindgebondenBudget } from "./datasets/kindgebonden-budget.ts";
import { dataset as minimumloon } from "./datasets/minimumloon.ts";
import { dataset as zorgtoeslag } from "./datasets/zorgtoeslag.ts";
import { loadHuurtoeslagParameters } from "./huurtoeslag-parameters.ts";

interface ParameterRow {
  valid_from: string;
  parameter: string;
  value: number;
  unit: "cent" | "rate";
  article: string;
  source: string[];
}

/** Groups a parameter table by calendar year; every value must start on 1 January. */
function byYear(file: string, rows: readonly ParameterRow[]): YearlyParameters {
  const out: YearlyParameters = {};
  for (const r of rows) {
    if (!r.valid_from.endsWith("-01-01"))
      throw new Error(`data/${file}: ${r.parameter} starts on ${r.valid_from}, not on 1 January`);
    const year = r.valid_from.slice(0, 4);
    out[year] ??= {};
    const values = out[year] as NonNullable<YearlyParameters[string]>;
    if (values[r.parameter]) throw new Error(`data/${file}: ${r.parameter} twice in ${year}`);
    const value = r.unit === "rate" ? rateToPpm(r.value) : r.value;
    if (!Number.isSafeInteger(value))
      throw new Error(`data/${file}: ${r.parameter} in ${year} is not a whole number of cents`);
    values[r.parameter] = { value, article: r.article, sources: r.source };
  }
  return out;
}

let cached: ToeslagenParameters | undefined;

/** Loads the toeslagen parameters from `data/` (validated), once per build. */
export function loadToeslagenParameters(): ToeslagenParameters {
  cached ??= buildToeslagenParameters();
  return cached;
}

/** Builds the toeslagen parameters; throws with a clear message when the data are inconsistent. */
export function buildToeslagenParameters(): ToeslagenParameters {
  const kb: KinderbijslagAmount[] = kinderbijslag
    .loadRows()
    .map((r) => ({
      validFrom: r.valid_from,
      ageFrom: r.age_from,
      ageTo: r.age_to,
      quarterCent: r.amount_per_quarter_cent,
      article: r.article,
      sources: r.source,
    }))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.ageFrom - b.ageFrom);
  const last = kb[kb.length - 1];
  if (!last) throw new Error("data/kinderbijslag.csv has no rows");
  for (const p of new Set(kb.map((r) => r.validFrom))) {
    if (!/-(01|07)-01$/.test(p))
      throw new Error(`data/kinderbijslag.csv: ${p} does not start on 1 January or 1 July`);
    const ages = kb.filter((r) => r.validFrom === p);
    let next = 0;
    for (const r of ages) {
      if (r.ageFrom !== next || r.ageTo < r.ageFrom)
        throw new Error(`data/kinderbijslag.csv: ages on ${p} leave a gap or overlap at ${next}`);
      next = r.ageTo + 1;
    }
    if (next !== 18) throw new Error(`data/kinderbijslag.csv: ages on ${p} do not reach 17`);
  }
  return {
    zorgtoeslag: byYear("zorgtoeslag.csv", zorgtoeslag.loadRows()),
    kindgebondenBudget: byYear("kindgebonden-budget.csv", kindgebondenBudget.loadRows()),
    awir: byYear("awir.csv", awir.loadRows()),
    inkomstenbelasting: byYear("inkomstenbelasting.csv", inkomstenbelasting.loadRows()),
    kinderbijslag: kb,
    kinderbijslagLastDate: halfYearEnd(last.validFrom),
    huurtoeslag: loadHuurtoeslagParameters(),
    minimumloon: minimumloon
      .loadRows()
      .map((r) => ({
        validFrom: r.valid_from,
        age: r.age,
        hourCent: r.amount_per_hour_cent,
        sources: r.source,
      }))
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom)),
  };
}
