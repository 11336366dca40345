/**
 * The permalink of /rekenhulp/loont-werken/: the person's parameters of /rekenhulp/ (same names and
 * checks, read by rekenhulp-params.ts) plus `uren` (hours a week, 0 to 40) and `uurloon` (gross per
 * hour; empty: the statutory minimum wage for the age and month), then the household's parameters of
 * /rekenhulp/ (`partnernetto`, `kinderen`, `huur`; issue 14), each written only when filled in and
 * parsed by the same `parseHouseholdFields`. Pure, so the page (at build time), the island and the
 * tests share it.
 *
 * `?datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=35&maand=1&kind=ja&urenbeperking=nee
 *  &regeling=landelijk&uren=20&uurloon=15,50&kinderen=4&huur=650`
 */
import type { HouseholdInput, InputField, Parameters } from "../engine/index.ts";
import { MAX_UREN, MAX_UURLOON_CENT } from "../engine/index.ts";
import { parseAmount } from "../format/parse-amount.ts";
import { HOUSEHOLD_FIELDS } from "./household-params.ts";
import { defaultValues, type FormValues, parseForm, writeQuery } from "./rekenhulp-params.ts";

/** The fields of this calculator: the person's, the month counter, hours and hourly wage. */
export type LoontWerkenField = InputField | "uren" | "uurloon";

/** The form's values as text, keyed by permalink parameter. */
export type LoontWerkenValues = FormValues & { uren: string; uurloon: string };

/** The order of the parameters in a permalink. */
export const LOONT_WERKEN_FIELDS = [
  "datum",
  "leefvorm",
  "leeftijd",
  "partnerleeftijd",
  "huisgenoten",
  "maand",
  "kind",
  "urenbeperking",
  "regeling",
  "uren",
  "uurloon",
  // The household (issue 14), last, so existing links keep their order.
  ...HOUSEHOLD_FIELDS,
] as const satisfies readonly LoontWerkenField[];

/** Defaults: those of /rekenhulp/ (no earnings of its own, no household fields), 20 hours, the minimum wage. */
export function loontWerkenDefaults(params: Parameters, month?: string): LoontWerkenValues {
  return { ...defaultValues(params, month), netto: "0", uren: "20", uurloon: "" };
}

/** Reads the values from a query string; missing parameters get the defaults. */
export function readLoontWerkenQuery(
  params: Parameters,
  search: string,
  month?: string,
): LoontWerkenValues {
  const q = new URLSearchParams(search);
  const values = loontWerkenDefaults(params, month);
  for (const f of LOONT_WERKEN_FIELDS) {
    const v = q.get(f);
    if (v !== null) values[f] = v.slice(0, 200);
  }
  return values;
}

/**
 * Writes the values as a query string in the fixed order (without the leading `?`), by the rules of
 * /rekenhulp/ (`writeQuery`); an empty `uurloon` (the minimum wage) is left out too.
 */
export function writeLoontWerkenQuery(values: LoontWerkenValues): string {
  const wage = values.uurloon.trim() !== "";
  return writeQuery(
    values,
    LOONT_WERKEN_FIELDS.filter((f) => wage || f !== "uurloon"),
  );
}

/** What the engine needs: the household (own earnings still 0), hours, and the wage (null: minimum). */
export interface LoontWerkenInput {
  household: HouseholdInput;
  uren: number;
  uurloonCent: number | null;
}

/** Checks every field; Dutch messages per field, or the engine input. */
export function parseLoontWerkenForm(
  params: Parameters,
  values: LoontWerkenValues,
):
  | { ok: true; input: LoontWerkenInput }
  | { ok: false; errors: Partial<Record<LoontWerkenField, string>> } {
  const person = parseForm(params, { ...values, netto: "0" });
  const errors: Partial<Record<LoontWerkenField, string>> = person.ok ? {} : { ...person.errors };
  const u = values.uren.trim();
  const uren = Number(u);
  if (!/^\d{1,2}$/.test(u) || uren > MAX_UREN)
    errors.uren = `Vul het aantal uren per week in als heel getal van 0 tot en met ${MAX_UREN}, bijvoorbeeld 20.`;
  let uurloonCent: number | null = null;
  if (values.uurloon.trim() !== "") {
    const a = parseAmount(values.uurloon);
    if (!a.ok) errors.uurloon = a.reason;
    else if (a.cents <= 0 || a.cents > MAX_UURLOON_CENT)
      errors.uurloon =
        "Vul een bruto uurloon in van meer dan € 0 en hoogstens € 1.000, of laat het veld leeg.";
    else uurloonCent = a.cents;
  }
  if (!person.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { household: person.input, uren, uurloonCent } };
}
