/**
 * Build-time loader: turns the validated rows of the law-parameter datasets into the engine's
 * `Parameters` object. The engine itself never reads files; pages embed this object as JSON.
 */

import type { Parameters, Regime, RuleId } from "../engine/index.ts";
import { halfYearEnd, rateToPpm } from "../engine/index.ts";
import { dataset as aowLeeftijd } from "./datasets/aow-leeftijd.ts";
import { dataset as bijstandsnormen } from "./datasets/bijstandsnormen.ts";
import { dataset as regels } from "./datasets/participatiewet-regels.ts";
import { dataset as regelingen } from "./datasets/regelingen.ts";
import { dataset as vrijlatingen } from "./datasets/vrijlatingen.ts";

/** Rules whose value is a share (stored in ppm); the others are whole numbers. */
const SHARE_RULES = new Set<RuleId>([
  "vakantietoeslag-aandeel",
  "kostendelersnorm-grondslag",
  "kostendelersnorm-per-persoon",
  "vrijlating-34a-aandeel",
  "vrijlating-34a-aow-aandeel",
]);

let cached: Parameters | undefined;

/** Loads the law parameters from `data/` (validated), once per build. */
export function loadLawParameters(): Parameters {
  cached ??= buildLawParameters();
  return cached;
}

/** Builds the parameters; throws with a clear message when the data are inconsistent. */
export function buildLawParameters(): Parameters {
  const periods = [...new Set(bijstandsnormen.loadRows().map((r) => r.valid_from))].sort();
  for (const p of periods) {
    if (!/-(01|07)-01$/.test(p))
      throw new Error(
        `data/bijstandsnormen.csv: period ${p} does not start on 1 January or 1 July`,
      );
  }
  const last = periods[periods.length - 1];
  if (!last) throw new Error("data/bijstandsnormen.csv has no rows");

  const norms: Parameters["norms"] = {};
  for (const r of bijstandsnormen.loadRows()) {
    norms[r.valid_from] ??= {};
    const byKind = norms[r.valid_from] as NonNullable<Parameters["norms"][string]>;
    if (byKind[r.norm])
      throw new Error(`data/bijstandsnormen.csv: ${r.norm} twice on ${r.valid_from}`);
    byKind[r.norm] = { cent: r.amount_cent, article: r.article, sources: r.source };
  }

  const vrij: Parameters["vrijlatingen"] = {};
  for (const r of vrijlatingen.loadRows()) {
    if (!periods.includes(r.valid_from))
      throw new Error(`data/vrijlatingen.csv: ${r.valid_from} is not a norm period`);
    vrij[r.valid_from] ??= {};
    const byOnderdeel = vrij[r.valid_from] as NonNullable<Parameters["vrijlatingen"][string]>;
    if (byOnderdeel[r.onderdeel])
      throw new Error(`data/vrijlatingen.csv: ${r.onderdeel} twice on ${r.valid_from}`);
    byOnderdeel[r.onderdeel] = {
      ratePpm: r.rate === null ? null : rateToPpm(r.rate),
      maxCent: r.max_cent,
      per: r.per,
      article: r.article,
      sources: r.source,
      note: r.note,
    };
  }

  const rules = {} as Parameters["rules"];
  for (const r of regels.loadRows()) {
    const value = SHARE_RULES.has(r.rule) ? rateToPpm(r.value) : r.value;
    if (!Number.isInteger(value))
      throw new Error(`data/participatiewet-regels.csv: ${r.rule} needs a whole number`);
    rules[r.rule] ??= [];
    rules[r.rule].push({
      validFrom: r.valid_from,
      value,
      article: r.article,
      sources: r.source,
    });
  }
  for (const list of Object.values(rules))
    list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));

  const aowAge: Parameters["aowAge"] = {};
  for (const r of aowLeeftijd.loadRows())
    aowAge[String(r.year)] = { years: r.years, months: r.months, sources: r.source };

  const regimes: Regime[] = [];
  for (const r of regelingen.loadRows()) {
    let regime = regimes.find((x) => x.id === r.regeling);
    if (!regime) {
      regime = { id: r.regeling, name: r.name, kind: r.kind, periods: [] };
      regimes.push(regime);
    } else if (regime.kind !== r.kind) {
      throw new Error(`data/regelingen.csv: ${r.regeling} changes kind`);
    }
    if (r.valid_to !== null && r.valid_to < r.valid_from)
      throw new Error(`data/regelingen.csv: ${r.regeling} ends before it starts`);
    if ((r.valid_to === null) !== (r.valid_to_reason === null))
      throw new Error(
        `data/regelingen.csv: ${r.regeling} needs valid_to_reason exactly when valid_to is set`,
      );
    regime.periods.push({
      validFrom: r.valid_from,
      validTo: r.valid_to,
      endKnown: r.valid_to_reason !== "geen-bron",
      ratePpm: r.rate === null ? null : rateToPpm(r.rate),
      maxCent: r.max_cent,
      maxPer: r.max_per,
      payout: r.payout,
      payoutMonths: r.payout_months === null ? [] : r.payout_months.split(";").map(Number),
      minAge: r.min_age,
      sources: r.source,
      note: r.note,
    });
  }
  if (regimes[0]?.id !== "landelijk")
    throw new Error("data/regelingen.csv: the first regime must be landelijk");

  return {
    periods,
    lastDate: halfYearEnd(last),
    norms,
    vrijlatingen: vrij,
    rules,
    aowAge,
    regimes,
  };
}
