/**
 * Build-time helpers for the experiment pages and charts: rows per experiment, Dutch labels for
 * the coded columns, and nl-NL text for values. Everything reads `data/experiment*.csv`.
 */
import { formatDate, formatEuro, formatNumber, formatPercent } from "../format/index.ts";
import { dataset as armen, type ExperimentArmRow } from "./datasets/experiment-armen.ts";
import {
  dataset as deelnemers,
  type ExperimentDeelnemersRow,
} from "./datasets/experiment-deelnemers.ts";
import { type ExperimentEffectRow, dataset as effecten } from "./datasets/experiment-effecten.ts";
import { type ExperimentTijdlijnRow, dataset as tijdlijn } from "./datasets/experiment-tijdlijn.ts";
import { type ExperimentRow, dataset as experimenten } from "./datasets/experimenten.ts";

export type {
  ExperimentArmRow,
  ExperimentDeelnemersRow,
  ExperimentEffectRow,
  ExperimentRow,
  ExperimentTijdlijnRow,
};

/** All experiments, in file order. */
export function loadExperiments(): ExperimentRow[] {
  return experimenten.loadRows();
}

/** One experiment by id; throws when unknown. */
export function getExperiment(id: string): ExperimentRow {
  const e = loadExperiments().find((x) => x.id === id);
  if (!e) throw new Error(`unknown experiment "${id}"`);
  return e;
}

/** Short place name: "Groningen (met Ten Boer)" → "Groningen". */
export function placeName(id: string): string {
  const e = getExperiment(id);
  return e.municipality.split(/[ (;]/)[0] ?? e.municipality;
}

/** "Deventer, Utrecht en Wageningen" for a `;`-separated list of experiment ids. */
export function placeList(ids: string): string {
  const names = ids.split(";").map(placeName);
  if (names.length === 1) return names[0] ?? "";
  if (names.length === 6) return "alle zes gemeenten";
  return `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}

/** The arms of an experiment, in file order. */
export function armsFor(id: string): ExperimentArmRow[] {
  return armen.loadRows().filter((r) => r.experiment === id);
}

/** Every count of people for an experiment. */
export function participantsFor(id: string): ExperimentDeelnemersRow[] {
  return deelnemers.loadRows().filter((r) => r.experiment === id);
}

/** Every reported outcome that concerns an experiment (also the national analyses that include it). */
export function effectsFor(id: string): ExperimentEffectRow[] {
  return effecten.loadRows().filter((r) => r.experiments.split(";").includes(id));
}

/** Dated events of an experiment. */
export function eventsFor(id: string): ExperimentTijdlijnRow[] {
  return tijdlijn.loadRows().filter((r) => r.experiment === id);
}

/** Every source id the data rows of an experiment cite, in order of first use. */
export function sourcesFor(id: string): string[] {
  const rows: { source: string[] }[] = [
    getExperiment(id),
    ...armsFor(id),
    ...participantsFor(id),
    ...effectsFor(id),
    ...eventsFor(id),
  ];
  return [...new Set(rows.flatMap((r) => r.source))];
}

/** "1 oktober 2017 tot en met 31 december 2019", or the start alone. */
export function formatPeriod(e: ExperimentRow): string {
  if (e.start_date && e.end_date)
    return `${formatDate(e.start_date)} tot en met ${formatDate(e.end_date)}`;
  if (e.start_date) return `vanaf ${formatDate(e.start_date)}; einddatum niet gevonden`;
  return "niet gevonden";
}

/** Dutch labels for the design of a comparison. */
export const DESIGN_LABEL: Record<string, string> = {
  gerandomiseerd: "Met loting (gerandomiseerd)",
  "niet-gerandomiseerd": "Zonder loting (niet-gerandomiseerd)",
  gemengd: "Deels met, deels zonder loting",
  onbekend: "Opzet niet na te gaan",
  "geen-vergelijking": "Geen vergelijking (beschrijvend)",
};

/** Dutch labels for the framework of an experiment. */
export const FRAMEWORK_LABEL: Record<string, string> = {
  "tijdelijk-besluit": "Experiment onder het Tijdelijk besluit experimenten Participatiewet",
  "eigen-experiment": "Eigen experiment van de gemeente, binnen de wet",
  "buiten-besluit": "Vergelijkbaar experiment buiten het Tijdelijk besluit",
  beleidsonderzoek: "Onderzoek naar bestaand beleid",
  buitenland: "Buitenlands experiment, ter vergelijking",
};

/** Dutch labels for the direction of an effect. */
export const DIRECTION_LABEL: Record<string, string> = {
  negatief: "negatief",
  "soms-negatief": "soms negatief",
  geen: "geen effect",
  "positief-niet-significant": "positief, niet significant",
  "soms-positief": "soms positief",
  positief: "positief",
};

/** Dutch labels for significance. */
export const SIGNIFICANCE_LABEL: Record<string, string> = {
  ja: "significant volgens de bron",
  nee: "niet significant",
  onbekend: "significantie niet vermeld",
  nvt: "",
};

/** Dutch labels for when an outcome was measured. */
export const PERIOD_LABEL: Record<string, string> = {
  tijdens: "tijdens het experiment",
  na: "na het experiment",
  tussentijds: "tussenstand",
};

/** Dutch labels for the kinds of arm (design matrix columns and tables). */
export const ARM_TYPE_LABEL: Record<string, string> = {
  ontheffing: "Ontheffing / zelf in actie",
  begeleiding: "Extra begeleiding",
  vrijlating: "Werken loont / extra vrijlating",
  premie: "Bijverdienpremie",
  combinatie: "Combinatie",
  keuze: "Vrije keuze",
  controle: "Controle- of vergelijkingsgroep",
  maatregel: "Maatregel voor iedereen",
  tegenprestatie: "Tegenprestatie",
  basisinkomen: "Basisinkomen",
};

/** Dutch labels for how people came into an arm. */
export const ASSIGNMENT_LABEL: Record<string, string> = {
  loting: "door loting",
  "geen-loting": "zonder loting",
  iedereen: "geldt voor iedereen in het experiment",
  onbekend: "indeling niet na te gaan",
};

/** The money rule of an arm in words, from its rate and maximum; "" when it has none. */
export function formatArmMoney(arm: ExperimentArmRow): string {
  if (arm.arm_type === "basisinkomen" && arm.max_cent !== null)
    return `${formatEuro(arm.max_cent, { cents: false })} per maand`;
  const parts: string[] = [];
  if (arm.rate !== null) parts.push(`${formatPercent(arm.rate)} van de verdiensten`);
  if (arm.max_cent !== null)
    parts.push(`hoogstens ${formatEuro(arm.max_cent, { cents: false })} per maand`);
  if (parts.length === 0) return "";
  if (arm.rate === null) parts.push("het percentage vonden we niet");
  return parts.join(", ");
}

/** Signed number: "+9", "−21". */
function signed(value: number, decimals = 0): string {
  return value > 0 ? `+${formatNumber(value, decimals)}` : formatNumber(value, decimals);
}

function decimalsOf(value: number): number {
  return Number.isInteger(value) ? 0 : (String(value).split(".")[1]?.length ?? 0);
}

/** A reported value in words, with its unit: "+9 procentpunten", "24%", "2 keer zo vaak"; "" when none. */
export function formatEffectValue(row: ExperimentEffectRow): string {
  if (row.value === null) return "";
  const v = row.value;
  const d = decimalsOf(v);
  const isEffect = row.kind === "effect";
  const num = (x: number) => (isEffect ? signed(x, decimalsOf(x)) : formatNumber(x, decimalsOf(x)));
  const range =
    row.value_high !== null
      ? `${num(v)} tot ${formatNumber(row.value_high, decimalsOf(row.value_high))}`
      : num(v);
  switch (row.unit) {
    case "procentpunt":
      return `${range} ${Math.abs(v) === 1 && row.value_high === null ? "procentpunt" : "procentpunten"}`;
    case "procent":
      return `${range} procent`;
    case "aandeel":
      return formatPercent(v, Math.max(0, d - 2));
    case "verhouding":
      return `${formatNumber(v, d)} keer zo ${isEffect ? "vaak" : "grote kans"}`;
    case "dagen":
      return `${range} dagen`;
    case "euro":
      return isEffect && v > 0
        ? `+${formatEuro(Math.round(v * 100), { cents: false })}`
        : formatEuro(Math.round(v * 100), { cents: false });
    case "personen":
      return `${formatNumber(v)} personen`;
    default:
      return range;
  }
}

/** What a reader sees for an outcome: the number where published, else the direction, labelled. */
export function describeEffect(row: ExperimentEffectRow): string {
  const value = formatEffectValue(row);
  const parts: string[] = [];
  if (value) parts.push(value);
  if (row.direction)
    parts.push(
      value
        ? (DIRECTION_LABEL[row.direction] ?? "")
        : `${DIRECTION_LABEL[row.direction]} (alleen richting gemeld, geen getal)`,
    );
  const sig = SIGNIFICANCE_LABEL[row.significance];
  if (sig) parts.push(sig);
  if (row.derived) parts.push("verschil door ons berekend");
  if (row.via_news) parts.push("via nieuwsbericht of kopie");
  return parts.filter(Boolean).join("; ");
}
