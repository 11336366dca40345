/**
 * The permalink of /rekenhulp/verrekening/: the calculator's parameters (read and checked by
 * `rekenhulp-params.ts`, which this module reuses) plus three of its own:
 *
 * - `inkomsten`: netto earnings per month, 6 to 36 amounts. One rule for the form and the link
 *   (`splitInkomsten`): months are separated by new lines or semicolons, then each amount may have
 *   a decimal comma (`612,50`) as people type it; on one line, a comma followed by a space also
 *   separates months (`450, 0, 612,50`); a line with only commas and no spaces is the link's own
 *   form, commas between months and dot decimals (`inkomsten=450,0,612.50`), which we always
 *   write. Each amount is read by `parseAmount`.
 * - `methode`: `vooraf` | `achteraf` | `schatting` | `ontvangst` (from 2026: income counted in the
 *   month it is received; the engine refuses earlier start months at this field).
 * - `schatting`: the estimated netto earnings per month that `schatting` pays on.
 *
 * The household's parameters of the calculator (`partnernetto`, `kinderen`, `huur`) are read the same
 * way: the partner's earnings count in every month, children and rent for the toeslagen.
 *
 * Without `inkomsten`, a link from the calculator (`netto=…`) gives twelve months of that amount.
 * Pure, so the page (build time), the island and the tests share it.
 */
import type { Parameters } from "../engine/index.ts";
import {
  MAX_TIMELINE_MONTHS,
  MIN_TIMELINE_MONTHS,
  SETTLEMENT_METHODS,
  type SettlementMethod,
  type TimelineField,
  type TimelineInput,
  type ToeslagenHousehold,
} from "../engine/index.ts";
import { formatEuro } from "../format/format.ts";
import { parseAmount } from "../format/parse-amount.ts";
import {
  defaultValues,
  type FormValues,
  parseForm,
  readQuery,
  writeQuery,
} from "./rekenhulp-params.ts";

/** The form's values as text: the calculator's plus `inkomsten`, `methode`, `schatting`. */
export interface TimelineValues extends FormValues {
  inkomsten: string;
  methode: string;
  schatting: string;
}

/** Months of a span when a link gives only `netto`. */
export const DEFAULT_MONTHS = 12;

/** Writes cents as a permalink amount: whole euros plain, otherwise with a dot: 61250 → "612.50". */
export function writeAmount(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}.${String(rest).padStart(2, "0")}`;
}

/** Joins monthly amounts in the permalink form: `450,0,612.50`. */
export function writeInkomsten(cents: readonly number[]): string {
  return cents.map(writeAmount).join(",");
}

/**
 * Splits the `inkomsten` text into month texts: on new lines or `;` if present; else on a comma
 * followed by a space if there is one (a comma between digits is then a decimal comma); else on
 * every comma (the permalink form with dot decimals).
 */
export function splitInkomsten(text: string): string[] {
  const t = text.trim();
  if (t === "") return [];
  let parts: string[];
  if (/[;\n]/.test(t)) parts = t.split(/\s*[;\n]\s*/);
  else if (/,\s/.test(t)) parts = t.split(/\s*,\s+/);
  else parts = t.split(/\s*,\s*/);
  return parts.map((p) => p.trim());
}

/** The rule for typing the months, as the hint and every message say it. */
export const INKOMSTEN_RULE = "Eén maand per regel, centen met een komma, bijvoorbeeld 612,50.";

/** Reads the monthly amounts; a Dutch reason names the first bad month. */
export function parseInkomsten(
  text: string,
): { ok: true; cents: number[] } | { ok: false; reason: string; month: number | null } {
  const parts = splitInkomsten(text);
  if (parts.length < MIN_TIMELINE_MONTHS || parts.length > MAX_TIMELINE_MONTHS) {
    return {
      ok: false,
      month: null,
      reason: `Vul ${MIN_TIMELINE_MONTHS} tot en met ${MAX_TIMELINE_MONTHS} maandbedragen in (nu ${parts.length}). ${INKOMSTEN_RULE}`,
    };
  }
  const cents: number[] = [];
  for (const [i, p] of parts.entries()) {
    const r = parseAmount(p);
    if (!r.ok) return { ok: false, month: i + 1, reason: `Maand ${i + 1}: ${r.reason}` };
    cents.push(r.cents);
  }
  return { ok: true, cents };
}

/** The average of monthly amounts, rounded down to whole euros: the default estimate. */
export function averageEstimate(cents: readonly number[]): number {
  if (cents.length === 0) return 0;
  const avg = cents.reduce((s, c) => s + c, 0) / cents.length;
  return Math.floor(avg / 100) * 100;
}

/** Defaults: the calculator's, one year of a steady € 500 ending in the last month of the data. */
export function defaultTimelineValues(params: Parameters): TimelineValues {
  const base = defaultValues(params);
  const lastPeriod = params.periods[params.periods.length - 1] ?? "2026-01-01";
  // Six months before the last half year: the span crosses an indexation on 1 January/1 July.
  const y = Number(lastPeriod.slice(0, 4));
  const m = Number(lastPeriod.slice(5, 7));
  const start = m === 7 ? `${y}-01` : `${y - 1}-07`;
  return {
    ...base,
    datum: start,
    inkomsten: writeInkomsten(Array(DEFAULT_MONTHS).fill(50_000)),
    methode: "achteraf",
    schatting: "500",
  };
}

/** Reads the values from a query string; missing parameters get defaults. */
export function readTimelineQuery(params: Parameters, search: string): TimelineValues {
  const q = new URLSearchParams(search);
  const base = readQuery(params, search);
  const defaults = defaultTimelineValues(params);
  const values: TimelineValues = {
    ...defaults,
    ...base,
    datum: q.get("datum")?.slice(0, 200) ?? defaults.datum,
    inkomsten: defaults.inkomsten,
    methode: q.get("methode")?.slice(0, 200) ?? defaults.methode,
    schatting: defaults.schatting,
  };
  const inkomsten = q.get("inkomsten");
  const netto = q.get("netto");
  if (inkomsten !== null) values.inkomsten = inkomsten.slice(0, 2000);
  else if (netto !== null)
    values.inkomsten = Array(DEFAULT_MONTHS).fill(netto.slice(0, 40)).join(";");
  const schatting = q.get("schatting");
  if (schatting !== null) values.schatting = schatting.slice(0, 200);
  else {
    const parsed = parseInkomsten(values.inkomsten);
    if (parsed.ok) values.schatting = writeAmount(averageEstimate(parsed.cents));
  }
  return values;
}

/** Writes the permalink query (without `?`): the calculator's parameters, then ours. */
export function writeTimelineQuery(values: TimelineValues): string {
  const parsed = parseInkomsten(values.inkomsten);
  const inkomsten = parsed.ok ? writeInkomsten(parsed.cents) : values.inkomsten.trim();
  // `netto` carries the first month, so the same link opens that month in the calculator.
  const netto = parsed.ok ? writeAmount(parsed.cents[0] ?? 0) : values.netto;
  const q = new URLSearchParams(writeQuery({ ...values, netto }));
  q.set("inkomsten", inkomsten);
  q.set("methode", values.methode.trim());
  if (values.methode.trim() === "schatting") q.set("schatting", values.schatting.trim());
  return q.toString().replaceAll("%2C", ",").replaceAll("%3B", ";");
}

/** The timeline's input plus the household fields the toeslagen need (children, rent). */
export type TimelineFormInput = TimelineInput & { household: ToeslagenHousehold };

/** The result of reading the form: an engine input, or Dutch messages per field. */
export type ParsedTimeline =
  | { ok: true; input: TimelineFormInput }
  | { ok: false; errors: Partial<Record<TimelineField, string>>; month: number | null };

/** Checks every field and builds the timeline input. */
export function parseTimelineForm(params: Parameters, values: TimelineValues): ParsedTimeline {
  const errors: Partial<Record<TimelineField, string>> = {};
  const inkomsten = parseInkomsten(values.inkomsten);
  let month: number | null = null;
  if (!inkomsten.ok) {
    errors.inkomsten = inkomsten.reason;
    month = inkomsten.month;
  }
  // The calculator's checks, the household's fields included (the partner's earnings count every
  // month, as in the calculator); `netto` is not asked here, so it gets the first month.
  const first = inkomsten.ok ? writeAmount(inkomsten.cents[0] ?? 0) : "0";
  const base = parseForm(params, { ...values, netto: first });
  if (!base.ok) Object.assign(errors, base.errors);

  const methode = values.methode.trim() as SettlementMethod;
  if (!SETTLEMENT_METHODS.includes(methode))
    errors.methode =
      "Kies een manier van verrekenen: vooraf, achteraf, met een schatting of naar de maand van ontvangst.";

  let estimateCent: number | null = null;
  if (methode === "schatting") {
    const s = parseAmount(values.schatting);
    if (!s.ok) errors.schatting = s.reason;
    else estimateCent = s.cents;
  }
  if (Object.keys(errors).length > 0 || !base.ok || !inkomsten.ok) {
    return { ok: false, errors, month };
  }
  const { date, month: startMonth, nettoCent: _netto, kinderen, huurCent, ...person } = base.input;
  return {
    ok: true,
    input: {
      person,
      household: {
        ...(kinderen ? { kinderen } : {}),
        ...(huurCent !== undefined && huurCent !== null ? { huurCent } : {}),
      },
      startDate: date,
      startMonth,
      earningsCent: inkomsten.cents,
      method: methode,
      estimateCent,
    },
  };
}

/** The amounts as the form shows them: one month per line, in Dutch notation ("€ 612,50"). */
export function formatInkomstenLines(cents: readonly number[]): string {
  return cents.map((c) => formatEuro(c)).join("\n");
}
