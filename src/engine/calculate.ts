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
  Regime,
  RegimePeriod,
} from "./types.ts";
import { applyVrijlating, choosePartnerVrijlating, chooseVrijlating } from "./vrijlating.ts";
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
  if (input.partnerNettoCent !== undefined) {
    const p = input.partnerNettoCent;
    if (!Number.isSafeInteger(p) || p < 0 || p > MAX_NETTO_CENT) {
      problems.push({
        field: "partnernetto",
        message: `Vul voor uw partner een bedrag in van ${formatEuro(0, { cents: false })} tot en met ${formatEuro(MAX_NETTO_CENT, { cents: false })}.`,
      });
    } else if (p > 0 && input.leefvorm !== "samenwonend") {
      problems.push({
        field: "partnernetto",
        message: "Inkomen van een partner kunt u alleen invullen als u samenwoont.",
      });
    }
  }
  if (!Number.isInteger(input.month) || input.month < 1 || input.month > MAX_MONTH) {
    problems.push({
      field: "maand",
      message: `Vul een maandnummer in van 1 tot en met ${MAX_MONTH}.`,
    });
  }
  return problems;
}

/** The partner's vrijlating and experiment arm (art. 31 lid 2 per person), with notes or problems. */
function resolvePartner(
  params: Parameters,
  input: MonthInput,
  regime: Regime,
  regimePeriod: RegimePeriod,
  period: string,
  date: string,
): { partner: NonNullable<MonthContext["partner"]>; notes: string[]; problems: Problem[] } {
  const partnerAge = input.partnerAge ?? input.age;
  const aow = hasAowAge(params, partnerAge, date) === true;
  const vrij = choosePartnerVrijlating(params, input, period, date, aow);
  const armSettings = chooseExperimentArm(
    params,
    { ...input, age: partnerAge },
    regime,
    regimePeriod,
    date,
  );
  const arm = armSettings
    ? {
        ...armSettings,
        label: `${regime.name}: ${formatPercent(armSettings.ratePpm / PPM)} van de netto inkomsten van uw partner, hoogstens ${formatEuro(armSettings.maxCent)} per maand`,
      }
    : null;
  return {
    partner: { vrijlating: vrij.vrijlating, arm },
    notes: vrij.notes,
    problems: vrij.problems,
  };
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

  const partnerOutcome =
    input.partnerNettoCent !== undefined && input.leefvorm === "samenwonend"
      ? resolvePartner(params, input, regime.regime, regime.period, period, date)
      : null;
  if (partnerOutcome && partnerOutcome.problems.length > 0)
    return { ok: false, problems: partnerOutcome.problems };

  const armSettings = chooseExperimentArm(params, input, regime.regime, regime.period, date);
  const premie = choosePremie(params, input, regime.regime, regime.period, date);
  const notes = [...norm.notes, ...vrij.notes, ...(partnerOutcome?.notes ?? []), ...premie.notes];
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
    ...(partnerOutcome?.partner.vrijlating.sources ?? []),
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
  if (partnerOutcome) {
    const pv = partnerOutcome.partner.vrijlating;
    steps.push({
      text: pv.kind
        ? `Het inkomen van uw partner telt mee voor de bijstand van het gezin (één norm voor u samen). Uw partner heeft een eigen vrijlating: ${pv.label.replace(/^uw partner, /, "")}.`
        : "Het inkomen van uw partner telt mee voor de bijstand van het gezin (één norm voor u samen). Voor uw partner geldt geen vrijlating: alles wat uw partner netto verdient, gaat van de bijstand af.",
      article: "art. 4 lid 1 (gezin); art. 19 lid 2; art. 31 lid 1 en lid 2",
      sources: pv.sources,
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
      ...(partnerOutcome ? { partner: partnerOutcome.partner } : {}),
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
export function settleMonth(
  context: MonthContext,
  nettoCent: number,
  partnerNettoCent: number = context.input.partnerNettoCent ?? 0,
): MonthAmounts {
  const v = context.vrijlating;
  let vrij = v.kind ? applyVrijlating(nettoCent, v.ratePpm, v.maxCent) : 0;
  if (context.arm)
    vrij = Math.max(vrij, applyVrijlating(nettoCent, context.arm.ratePpm, context.arm.maxCent));
  const p = context.partner;
  let partnerVrij = 0;
  if (p) {
    const pv = p.vrijlating;
    partnerVrij = pv.kind ? applyVrijlating(partnerNettoCent, pv.ratePpm, pv.maxCent) : 0;
    if (p.arm)
      partnerVrij = Math.max(
        partnerVrij,
        applyVrijlating(partnerNettoCent, p.arm.ratePpm, p.arm.maxCent),
      );
  }
  const partnerCounted = p ? partnerNettoCent - partnerVrij : 0;
  const uitkeringCent = Math.max(0, context.normExclVtCent - (nettoCent - vrij) - partnerCounted);
  const inBijstand = uitkeringCent > 0;
  const vrijlatingCent = inBijstand ? vrij : 0;
  const premieCent = inBijstand && context.premie ? calculatePremie(nettoCent, context.premie) : 0;
  const amounts: MonthAmounts = {
    nettoCent,
    vrijlatingCent,
    verrekendCent: nettoCent - vrijlatingCent,
    uitkeringCent,
    premieCent,
    totaalCent: nettoCent + uitkeringCent + premieCent,
  };
  if (p) {
    const partnerVrijlatingCent = inBijstand ? partnerVrij : 0;
    amounts.partnerNettoCent = partnerNettoCent;
    amounts.partnerVrijlatingCent = partnerVrijlatingCent;
    amounts.partnerVerrekendCent = partnerNettoCent - partnerVrijlatingCent;
  }
  return amounts;
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
      text: c.partner
        ? `Bijstand deze maand: de norm zonder vakantietoeslag (${formatEuro(c.normExclVtCent)}) min ${formatEuro(amounts.verrekendCent)} van uw inkomsten en ${formatEuro(amounts.partnerVerrekendCent ?? 0)} van de inkomsten van uw partner die meetellen.`
        : `Bijstand deze maand: de norm zonder vakantietoeslag (${formatEuro(c.normExclVtCent)}) min ${formatEuro(amounts.verrekendCent)} inkomsten die meetellen.`,
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
 * The share of the next euro lost between a curve's point `i` and the next (the last point: between
 * the one before and it; a single point: 0): 1 − the rise of `total` / the rise of the earnings.
 */
export function marginalRate<T extends { nettoCent: number }>(
  points: readonly T[],
  i: number,
  total: (point: T) => number,
): number {
  const p = points[i] as T;
  const q = points[i + 1] ?? p;
  const o = points[i + 1] ? p : (points[i - 1] ?? p);
  const d = q.nettoCent - o.nettoCent;
  return d === 0 ? 0 : 1 - (total(q) - total(o)) / d;
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
    const points = amounts.map((a, i) => ({
      ...a,
      marginalRate: marginalRate(amounts, i, (p) => p.totaalCent),
    }));
    return { regime: id, name: resolved.context.regime.name, ok: true, problems: [], points };
  });
}
