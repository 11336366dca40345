/**
 * One month of bijstand next to earnings (art. 19 lid 2 and art. 31 Participatiewet): the norm
 * minus the netto earnings that are not disregarded, never below zero, plus any premie.
 *
 * Two layers, so a curve or a month-by-month simulation does the lookups once:
 * - `resolveMonth(params, input)` finds everything that does not depend on the earnings (norm,
 *   vrijlating, premie, regime) — or the problems that make the month impossible to calculate;
 * - `settleMonth(context, nettoCent)` does the cheap arithmetic for given earnings.
 * `calculateMonth` and `calculateCurve` combine them.
 */
import { formatDate, formatEuro, formatPercent } from "../format/format.ts";
import { PPM } from "./money.ts";
import { determineNorm } from "./norm.ts";
import { halfYearStart, hasAowAge, isCovered, toMonthStart } from "./period.ts";
import { calculatePremie, chooseExperimentArm, choosePremie } from "./premie.ts";
import { resolveRegime } from "./regimes.ts";
import type {
  CurveSeries,
  MonthAmounts,
  MonthContext,
  MonthFailure,
  MonthInput,
  MonthResult,
  Parameters,
  Problem,
} from "./types.ts";
import { applyVrijlating, chooseVrijlating } from "./vrijlating.ts";
import { chooseArtikel34aVrijlating, isArtikel34aKind } from "./vrijlating-34a.ts";

/** Largest netto earnings the engine accepts: € 100.000 a month. */
export const MAX_NETTO_CENT = 10_000_000;
/** Most other adults in one home the engine accepts. */
export const MAX_HOUSEMATES = 20;
/** Highest month number since work started the engine accepts (50 years). */
export const MAX_MONTH = 600;

const LEEFVORMEN = ["alleenstaand", "alleenstaande-ouder", "samenwonend"] as const;

function isAge(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 18 && n <= 120;
}

/** Checks an input's shape and ranges; returns Dutch problems per field (empty when valid). */
export function validateInput(params: Parameters, input: MonthInput): Problem[] {
  const problems: Problem[] = [];
  const date = typeof input.date === "string" ? toMonthStart(input.date) : null;
  if (date === null) {
    problems.push({
      field: "datum",
      message: "Vul een maand in als jaar en maand, bijvoorbeeld 2026-01.",
    });
  } else if (!isCovered(params, date)) {
    problems.push({
      field: "datum",
      message: `Kies een maand van ${formatDate((params.periods[0] ?? "").slice(0, 7))} tot en met ${formatDate(params.lastDate.slice(0, 7))}. Voor andere maanden hebben we de bedragen niet.`,
    });
  }
  if (!LEEFVORMEN.includes(input.leefvorm)) {
    problems.push({
      field: "leefvorm",
      message: "Kies alleenstaand, alleenstaande ouder of samenwonend.",
    });
  }
  if (!isAge(input.age)) {
    problems.push({
      field: "leeftijd",
      message: "Vul een leeftijd in van 18 tot en met 120 jaar, in hele jaren.",
    });
  }
  if (input.leefvorm === "samenwonend" && !isAge(input.partnerAge)) {
    problems.push({
      field: "partnerleeftijd",
      message: "Vul de leeftijd van uw partner in: 18 tot en met 120 jaar, in hele jaren.",
    });
  }
  const housemates = input.housemates ?? [];
  if (
    !Array.isArray(housemates) ||
    housemates.length > MAX_HOUSEMATES ||
    !housemates.every((h) => isAge(h?.age))
  ) {
    problems.push({
      field: "huisgenoten",
      message: `Vul de leeftijden van uw huisgenoten in als hele jaren van 18 tot en met 120, gescheiden door komma's (hoogstens ${MAX_HOUSEMATES}).`,
    });
  }
  if (
    !Number.isSafeInteger(input.nettoCent) ||
    input.nettoCent < 0 ||
    input.nettoCent > MAX_NETTO_CENT
  ) {
    problems.push({
      field: "netto",
      message: `Vul een bedrag in van ${formatEuro(0, { cents: false })} tot en met ${formatEuro(MAX_NETTO_CENT, { cents: false })}.`,
    });
  }
  if (!Number.isInteger(input.month) || input.month < 1 || input.month > MAX_MONTH) {
    problems.push({
      field: "maand",
      message: `Vul een maandnummer in van 1 tot en met ${MAX_MONTH}.`,
    });
  }
  return problems;
}

/** Finds the norm, vrijlating, premie and regime for a month; everything but the earnings. */
export function resolveMonth(
  params: Parameters,
  input: MonthInput,
): { ok: true; context: MonthContext } | MonthFailure {
  const invalid = validateInput(params, input);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  const date = toMonthStart(input.date) as string;
  const period = halfYearStart(date);

  const regime = resolveRegime(params, input.regime, date);
  const norm = determineNorm(params, input, period, date);
  const problems: Problem[] = [];
  if (!regime.ok) problems.push(...regime.problems);
  if (!norm.ok) problems.push(...norm.problems);
  if (!regime.ok || !norm.ok) return { ok: false, problems };

  const aow = hasAowAge(params, input.age, date) === true;
  const vrij = isArtikel34aKind(regime.regime.kind)
    ? chooseArtikel34aVrijlating(params, regime.regime, input, period, date, aow)
    : chooseVrijlating(params, input, period, date, aow);
  if (vrij.problems.length > 0) return { ok: false, problems: vrij.problems };

  const armSettings = chooseExperimentArm(params, input, regime.regime, regime.period, date);
  const premie = choosePremie(params, input, regime.regime, regime.period, date);
  const notes = [...norm.notes, ...vrij.notes, ...premie.notes];
  if (vrij.vrijlating.caveat) notes.push(vrij.vrijlating.caveat);
  if (isArtikel34aKind(regime.regime.kind)) {
    notes.push(
      `U rekent met één lezing van de Participatiewet in balans: ${regime.regime.name}. Wanneer de nieuwe regels ingaan, staat niet vast: het besluit over de inwerkingtreding vonden we niet.`,
    );
  }
  const arm = armSettings
    ? {
        ...armSettings,
        label: `${regime.regime.name}: ${formatPercent(armSettings.ratePpm / PPM)} van uw netto inkomsten, hoogstens ${formatEuro(armSettings.maxCent)} per maand`,
      }
    : null;
  if (regime.regime.kind === "extra-vrijlating" && !arm) {
    notes.push(
      `De extra vrijlating van ${regime.regime.name} geldt niet voor u; de landelijke regels gelden.`,
    );
  }
  const sources = new Set<string>([
    ...norm.sources,
    ...vrij.vrijlating.sources,
    ...(arm?.sources ?? []),
    ...(premie.premie?.sources ?? []),
    ...regime.period.sources,
  ]);
  const steps = [...norm.steps];
  steps.push({
    text: vrij.vrijlating.kind
      ? `Vrijlating voor ${vrij.vrijlating.label}.`
      : "Geen vrijlating: alles wat u netto verdient, gaat van de bijstand af.",
    article: vrij.vrijlating.article,
    sources: vrij.vrijlating.sources,
  });
  if (arm) {
    steps.push({
      text: `Extra vrijlating in het experiment: ${arm.label}. De hoogste van de twee vrijlatingen telt.`,
      article: "Tijdelijk besluit experimenten Participatiewet",
      sources: arm.sources,
    });
  }
  return {
    ok: true,
    context: {
      input,
      regime: regime.regime,
      regimePeriod: regime.period,
      period,
      normCent: norm.normCent,
      vakantietoeslagCent: norm.vakantietoeslagCent,
      normExclVtCent: norm.normExclVtCent,
      normArticle: norm.article,
      normLabel: norm.label,
      personen: norm.personen,
      kostendelers: norm.kostendelers,
      vrijlating: vrij.vrijlating,
      arm,
      premie: premie.premie,
      steps,
      notes,
      sources: [...sources],
    },
  };
}

/**
 * The money of a month for given netto earnings (art. 19 lid 2, art. 31 lid 2): bijstand is the
 * norm excluding vakantietoeslag minus the earnings that are not disregarded, never below zero.
 * The vrijlating and the premie only apply while bijstand is paid.
 */
export function settleMonth(context: MonthContext, nettoCent: number): MonthAmounts {
  const v = context.vrijlating;
  let vrij = v.kind ? applyVrijlating(nettoCent, v.ratePpm, v.maxCent) : 0;
  if (context.arm)
    vrij = Math.max(vrij, applyVrijlating(nettoCent, context.arm.ratePpm, context.arm.maxCent));
  const uitkeringCent = Math.max(0, context.normExclVtCent - (nettoCent - vrij));
  const inBijstand = uitkeringCent > 0;
  const vrijlatingCent = inBijstand ? vrij : 0;
  const premieCent = inBijstand && context.premie ? calculatePremie(nettoCent, context.premie) : 0;
  return {
    nettoCent,
    vrijlatingCent,
    verrekendCent: nettoCent - vrijlatingCent,
    uitkeringCent,
    premieCent,
    totaalCent: nettoCent + uitkeringCent + premieCent,
  };
}

/** Calculates one month for a person under a regime; the public per-month entry point. */
export function calculateMonth(params: Parameters, input: MonthInput): MonthResult | MonthFailure {
  const resolved = resolveMonth(params, input);
  if (!resolved.ok) return resolved;
  const c = resolved.context;
  const amounts = settleMonth(c, input.nettoCent);
  const notes = [...c.notes];
  if (amounts.uitkeringCent === 0) {
    notes.push(
      "Met deze verdiensten komt u boven de bijstandsnorm uit. U krijgt deze maand geen bijstand, en dus ook geen vrijlating of premie.",
    );
  }
  if (c.premie && amounts.premieCent > 0) {
    notes.push(
      `De premie krijgt u niet deze maand, maar later: ${c.premie.payout ?? "op een moment dat we niet weten"}.`,
    );
  }
  const steps = [
    ...c.steps,
    {
      text: `Bijstand deze maand: de norm zonder vakantietoeslag (${formatEuro(c.normExclVtCent)}) min ${formatEuro(amounts.verrekendCent)} inkomsten die meetellen.`,
      article: "art. 19 lid 2; art. 31",
      cent: amounts.uitkeringCent,
      sources: [],
    },
  ];
  return {
    ok: true,
    ...amounts,
    period: c.period,
    normCent: c.normCent,
    normExclVtCent: c.normExclVtCent,
    vakantietoeslagCent: c.vakantietoeslagCent,
    normArticle: c.normArticle,
    normLabel: c.normLabel,
    personen: c.personen,
    kostendelers: c.kostendelers,
    vrijlatingKind: amounts.vrijlatingCent > 0 || c.vrijlating.kind ? c.vrijlating.kind : null,
    vrijlatingLabel: c.vrijlating.label,
    vrijlatingEndsAfterMonth: c.vrijlating.endsAfterMonth,
    premiePayout: c.premie?.payout ?? null,
    premiePayoutMonths: c.premie?.payoutMonths ?? [],
    steps,
    notes,
    sources: c.sources,
  };
}

/**
 * What an extra amount of earnings leaves: `keepCent` of the extra `stepCent`, and the effective
 * marginal rate (the part that is lost, 0.75 = 75%).
 */
export function calculateMarginal(
  context: MonthContext,
  nettoCent: number,
  stepCent = 10_000,
): { keepCent: number; rate: number } {
  const now = settleMonth(context, nettoCent).totaalCent;
  const next = settleMonth(context, nettoCent + stepCent).totaalCent;
  const keepCent = next - now;
  return { keepCent, rate: 1 - keepCent / stepCent };
}

/**
 * Total income against netto earnings from `fromCent` to `toCent` in steps of `stepCent`, for
 * each regime id. A regime that cannot be used for this person and date gets `ok: false` and the
 * reasons. Each point's `marginalRate` is the share lost between it and the next point (the last
 * point repeats the one before).
 */
export function calculateCurve(
  params: Parameters,
  input: MonthInput,
  regimeIds: readonly string[],
  fromCent: number,
  toCent: number,
  stepCent: number,
): CurveSeries[] {
  if (
    !Number.isSafeInteger(fromCent) ||
    !Number.isSafeInteger(toCent) ||
    !Number.isSafeInteger(stepCent)
  ) {
    throw new RangeError("calculateCurve needs whole cents");
  }
  if (stepCent <= 0 || fromCent < 0 || toCent < fromCent || toCent > MAX_NETTO_CENT) {
    throw new RangeError(`calculateCurve: bad range ${fromCent}..${toCent} step ${stepCent}`);
  }
  return regimeIds.map((id) => {
    const regime = params.regimes.find((r) => r.id === id);
    const resolved = resolveMonth(params, { ...input, regime: id, nettoCent: fromCent });
    if (!resolved.ok) {
      return {
        regime: id,
        name: regime?.name ?? id,
        ok: false,
        problems: resolved.problems,
        points: [],
      };
    }
    const amounts: MonthAmounts[] = [];
    for (let n = fromCent; n <= toCent; n += stepCent)
      amounts.push(settleMonth(resolved.context, n));
    const points = amounts.map((a, i) => {
      const next = amounts[i + 1];
      const prev = amounts[i - 1];
      let marginalRate = 0;
      if (next)
        marginalRate = 1 - (next.totaalCent - a.totaalCent) / (next.nettoCent - a.nettoCent);
      else if (prev)
        marginalRate = 1 - (a.totaalCent - prev.totaalCent) / (a.nettoCent - prev.nettoCent);
      return { ...a, marginalRate };
    });
    return { regime: id, name: resolved.context.regime.name, ok: true, problems: [], points };
  });
}
