/**
 * Parameter tables: datasets with one row per (valid_from, parameter) and a value in cents or as a
 * rate, such as `data/zorgtoeslag.csv`. One place for their columns and for the checks a single
 * cell cannot make (each parameter has one unit; cents are whole; no parameter twice on a date).
 */
import { field } from "./fields.ts";

/** The unit of a parameter's value: an amount in cents, or a rate as a decimal (0.25 = 25%). */
export const PARAMETER_UNITS = ["cent", "rate"] as const;

/** The unit of a parameter's value. */
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

/** The columns of a parameter table whose `parameter` column takes one of `parameters`. */
export function parameterTableFields<const P extends readonly [string, ...string[]]>(
  parameters: P,
  parameterDescription: string,
) {
  return {
    valid_from: field.date("Eerste dag waarop de waarde geldt (1 januari van het berekeningsjaar)"),
    parameter: field.oneOf(parameters, parameterDescription),
    value: field.number(
      "De waarde: een bedrag in centen (unit cent) of een aandeel als decimaal, 0.01896 = 1,896% (unit rate)",
      { min: 0 },
    ),
    unit: field.oneOf(
      PARAMETER_UNITS,
      "Eenheid van value: cent (bedrag in centen) of rate (aandeel als decimaal)",
    ),
    article: field.text("Artikel van de wet of regeling waar de waarde staat"),
    source: field.sources(),
    note: field.optional(
      field.text(
        "Toelichting: het citaat uit de bron, en 'Secundair' als de waarde niet uit de wettekst of een officiële tabel zelf komt",
      ),
    ),
  };
}

/** A row of a parameter table, as far as the checks need it. */
interface ParameterRow {
  valid_from: string;
  parameter: string;
  value: number;
  unit: ParameterUnit;
}

/**
 * Problems in a parameter table that no single cell shows: a parameter in the wrong unit, an amount
 * that is not a whole number of cents, a rate above 1, or a parameter twice on one date.
 */
export function checkParameterRows(
  rows: readonly ParameterRow[],
  units: Readonly<Record<string, ParameterUnit>>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const where = `row ${i + 1} (${r.valid_from} ${r.parameter})`;
    if (units[r.parameter] !== r.unit)
      problems.push(`${where}: unit ${r.unit}, expected ${units[r.parameter]}`);
    if (r.unit === "cent" && !Number.isInteger(r.value))
      problems.push(`${where}: ${r.value} is not a whole number of cents`);
    if (r.unit === "rate" && r.value > 1) problems.push(`${where}: rate ${r.value} is above 1`);
    const key = `${r.valid_from} ${r.parameter}`;
    if (seen.has(key)) problems.push(`${where}: appears twice`);
    seen.add(key);
  });
  return problems;
}
