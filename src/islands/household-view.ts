/**
 * What the calculator shows for the household (issue 13, "Wat heeft mijn huishouden?"): the four
 * schemes besides bijstand, the household income, the household's marginal sentence next to the
 * bijstand-only figure, the schemes left out of the total and the household line of the chart.
 * Pure: the page renders it at build time, the island in the browser (household-dom.ts).
 */
import type {
  HouseholdInput,
  InputField,
  Parameters,
  SchemeId,
  SchemeLine,
} from "../engine/index.ts";
import {
  calculateHousehold,
  calculateHouseholdCurve,
  calculateHouseholdMarginal,
  resolveHousehold,
} from "../engine/index.ts";
import { formatEuro, formatPercent } from "../format/format.ts";
import type { HouseholdChart } from "./rekenhulp-chart.ts";

/** The names of the household's `<output>` elements: the schemes, then the total. */
export const HOUSEHOLD_OUTPUTS = [
  "zorgtoeslag",
  "huurtoeslag",
  "kindgebonden-budget",
  "kinderbijslag",
  "huishoudinkomen",
] as const satisfies readonly (SchemeId | "huishoudinkomen")[];

/** The name of one household output. */
export type HouseholdOutput = (typeof HOUSEHOLD_OUTPUTS)[number];

/** What an output shows when a scheme's amount is not known. */
export const UNKNOWN = "onbekend";

/** The chart's range; the same as the calculator's curve (rekenhulp-view.ts CURVE). */
const CURVE = { fromCent: 0, toCent: 250_000, stepCent: 1_000 } as const;
const MARGINAL_STEP_CENT = 10_000;

/** What the page shows for the household. */
export interface HouseholdView {
  /** Formatted amounts per month, or "onbekend". */
  outputs: Record<HouseholdOutput, string>;
  /** One short line under each scheme: how it is paid, or why it is unknown or nil. */
  details: Record<Exclude<HouseholdOutput, "huishoudinkomen">, string>;
  /** The partner's netto earnings, formatted; null for a single person. */
  partner: string | null;
  /** "Van elke extra € 100 die u verdient, houdt uw huishouden € … over", with the bijstand figure. */
  sentence: string;
  marginal: string;
  /** What the household total leaves out and why; empty when nothing. */
  leftOut: string;
  steps: string[];
  notes: string[];
  announcement: string;
  chart: HouseholdChart;
}

/** Text beside a scheme: how it is paid, the reason it is unknown, or why it is nil. */
function detail(line: SchemeLine | undefined, nil: string): string {
  if (!line) return nil;
  if (line.status === "onbekend") return `Onbekend: ${line.reason}`;
  return line.paidAs === "per kwartaal"
    ? `Betaald per kwartaal (${formatEuro(line.yearCent / 4)}); hier het gemiddelde per maand.`
    : "Per maand.";
}

/** Builds the household view, or the problems per field when it cannot be calculated. */
export function buildHouseholdView(
  params: Parameters,
  input: HouseholdInput,
): { ok: true; view: HouseholdView } | { ok: false; errors: Partial<Record<InputField, string>> } {
  const r = calculateHousehold(params, input);
  const resolved = resolveHousehold(params, input);
  if (!r.ok || !resolved.ok) {
    const errors: Partial<Record<InputField, string>> = {};
    for (const p of r.ok ? [] : r.problems) {
      const f = p.field ?? "datum";
      errors[f] = errors[f] ? `${errors[f]} ${p.message}` : p.message;
    }
    return { ok: false, errors };
  }
  const line = (id: SchemeId) => r.schemes.find((s) => s.id === id);
  const amount = (id: SchemeId) => {
    const s = line(id);
    if (!s) return formatEuro(0);
    return s.status === "bedrag" ? formatEuro(s.monthCent) : UNKNOWN;
  };
  const noChildren = "Geen kinderen ingevuld.";
  const huur = line("huurtoeslag");
  const outputs: HouseholdView["outputs"] = {
    zorgtoeslag: amount("zorgtoeslag"),
    huurtoeslag: huur ? amount("huurtoeslag") : "niet berekend",
    "kindgebonden-budget": amount("kindgebonden-budget"),
    kinderbijslag: amount("kinderbijslag"),
    huishoudinkomen: formatEuro(r.huishoudinkomenCent),
  };
  const details: HouseholdView["details"] = {
    zorgtoeslag: detail(line("zorgtoeslag"), ""),
    huurtoeslag: detail(huur, "Geen huur ingevuld, dus geen huurtoeslag berekend."),
    "kindgebonden-budget": detail(line("kindgebonden-budget"), noChildren),
    kinderbijslag: detail(line("kinderbijslag"), noChildren),
  };

  const m = calculateHouseholdMarginal(resolved.context, input.nettoCent, MARGINAL_STEP_CENT);
  const names = r.leftOut.map((l) => l.name.toLowerCase());
  const without = names.length > 0 ? ` (zonder ${names.join(" en ")})` : "";
  const sentence = `Van elke extra ${formatEuro(MARGINAL_STEP_CENT, { cents: false })} die u verdient, houdt uw huishouden ${formatEuro(m.keepCent)} over${without}. Alleen in de bijstand, zonder toeslagen en kinderbijslag, is dat ${formatEuro(m.bijstandKeepCent)}.`;
  const marginal = `De marginale druk van uw huishouden is ${formatPercent(m.rate)}: van een extra euro die u verdient, raakt uw huishouden ${formatPercent(m.rate)} kwijt aan minder bijstand en lagere toeslagen. Alleen in de bijstand is dat ${formatPercent(m.bijstandRate)}.`;
  const leftOut =
    r.leftOut.length === 0
      ? ""
      : `Het huishoudinkomen is zonder ${names.join(" en ")}: ${r.leftOut.map((l) => `${l.name} is onbekend. ${l.reason}`).join(" ")}`;

  const [curve] = calculateHouseholdCurve(
    params,
    input,
    [input.regime],
    CURVE.fromCent,
    CURVE.toCent,
    CURVE.stepCent,
  );
  const chart: HouseholdChart = {
    name: `Uw huishouden${without}: met toeslagen en kinderbijslag`,
    points: (curve?.points ?? []).map((p) => ({
      nettoCent: p.nettoCent,
      huishoudinkomenCent: p.huishoudinkomenCent,
      marginalRate: p.marginalRate,
    })),
    bijstandEndsAtCent: curve?.bijstandEndsAtCent ?? null,
  };

  const partner =
    input.leefvorm === "samenwonend" ? formatEuro(r.bijstand.partnerNettoCent ?? 0) : null;
  return {
    ok: true,
    view: {
      outputs,
      details,
      partner,
      sentence,
      marginal,
      leftOut,
      steps: r.steps.map((s) => (s.article ? `${s.text} (${s.article})` : s.text)),
      notes: r.notes,
      announcement: `Huishoudinkomen ${formatEuro(r.huishoudinkomenCent)} per maand${without}.`,
      chart,
    },
  };
}
