/**
 * Measure datasets: long-format CSV files where each row is one published figure of a named
 * measure (`measure`), with its unit (`unit`). Each measure declares the one unit it is published
 * in; a row whose unit does not match its measure fails the build with `file:line:column`, just
 * like an invalid cell. So a share can never be read as a count, or benefits as persons.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DataError, parseCsvRecords } from "./csv.ts";
import { type Dataset, type DatasetDefinition, parseRows, ROOT, type RowOf } from "./dataset.ts";
import { type Field, field } from "./fields.ts";

/** The units a measure can be published in. */
export const UNITS = {
  personen: "aantal personen",
  maatregelen: "aantal maatregelen (kortingen op de bijstand)",
  aandeel: "aandeel, als decimaal getal (0,08 = 8%)",
  richting: "alleen een richting, geen getal",
} as const;

/** A unit key. */
export type Unit = keyof typeof UNITS;

/** Where we read a figure: in the publication itself, quoted in another text, or in a news report. */
export const REPORTED_IN = ["publicatie", "citaat", "nieuwsbericht"] as const;

/** What a measure is and the one unit it is published in. */
export interface Measure {
  /** Dutch label for tables and charts. */
  label: string;
  /** Dutch definition: who is counted, how, by whom. */
  definition: string;
  /** The unit every row of this measure must have. */
  unit: Unit;
}

/** The `measure` column: one of the dataset's measure keys. */
export function measureField<const K extends readonly [string, ...string[]]>(measureKeys: K) {
  return field.oneOf(measureKeys, "Welke maat: zie de beschrijving van de dataset");
}

/** The columns every measure dataset has next to `measure` and `source`. */
export const measureColumns = {
  value: field.optional(
    field.number("Waarde in de eenheid van de kolom unit; leeg als de bron geen getal geeft", {
      min: 0,
    }),
  ),
  unit: field.oneOf(
    Object.keys(UNITS) as [Unit, ...Unit[]],
    `Eenheid; moet passen bij de maat. ${Object.entries(UNITS)
      .map(([k, v]) => `${k}: ${v}`)
      .join("; ")}`,
  ),
  qualifier: field.optional(
    field.oneOf(
      ["ongeveer", "bijna", "ruim", "zeker"] as const,
      "Hoe de bron het getal noemt: ongeveer, bijna, ruim of zeker; leeg als het getal exact is",
    ),
  ),
  reported_in: field.oneOf(
    REPORTED_IN,
    "Waar wij het getal lazen: in de publicatie zelf, als citaat in een andere tekst, of in een nieuwsbericht",
  ),
  derived: field.yesNo("ja: door ons berekend uit gepubliceerde getallen; nee: zo gepubliceerd"),
};

/** A measure dataset: a dataset plus its measures and their units. */
export interface MeasureDataset<F extends Record<string, Field>> extends Dataset<F> {
  measures: Record<string, Measure>;
}

type MeasureRow = { measure: string; unit: string; value: number | null };

/**
 * Checks that every row's unit is the unit of its measure, and that a row without a number has
 * the unit `richting` (and the other way round). Throws a DataError pointing at the cell.
 */
export function checkMeasureRows(
  measures: Record<string, Measure>,
  rows: readonly MeasureRow[],
  text: string,
  path: string,
): void {
  const records = parseCsvRecords(text, path);
  const header = records[0]?.cells ?? [];
  const unitColumn = header.indexOf("unit") + 1;
  const valueColumn = header.indexOf("value") + 1;
  rows.forEach((row, i) => {
    const line = records[i + 1]?.line ?? i + 2;
    const measure = measures[row.measure];
    if (!measure) {
      throw new DataError(
        path,
        line,
        header.indexOf("measure") + 1,
        `unknown measure "${row.measure}"`,
      );
    }
    if (row.unit !== measure.unit) {
      throw new DataError(
        path,
        line,
        unitColumn,
        `unit: "${row.unit}" does not match measure "${row.measure}" (expected "${measure.unit}")`,
      );
    }
    if ((row.value === null) !== (measure.unit === "richting")) {
      throw new DataError(
        path,
        line,
        valueColumn,
        measure.unit === "richting"
          ? `value: measure "${row.measure}" is direction-only and takes no number`
          : `value: measure "${row.measure}" needs a number`,
      );
    }
  });
}

/** Parses and validates a measure dataset's CSV text: cells, then units per measure. */
export function parseMeasureRows<F extends Record<string, Field>>(
  def: DatasetDefinition<F>,
  measures: Record<string, Measure>,
  text: string,
  path = `data/${def.name}.csv`,
): RowOf<F>[] {
  const rows = parseRows(def, text, path);
  checkMeasureRows(measures, rows as unknown as MeasureRow[], text, path);
  return rows;
}

/** Declares a measure dataset. Its fields must include `measure` (measureField) and `measureColumns`. */
export function defineMeasureDataset<F extends Record<string, Field>>(
  def: DatasetDefinition<F> & { measures: Record<string, Measure> },
): MeasureDataset<F> {
  const path = `data/${def.name}.csv`;
  let cached: RowOf<F>[] | undefined;
  const measureList = Object.entries(def.measures)
    .map(([k, m]) => `${k} (${m.unit}): ${m.definition}`)
    .join(" ");
  return {
    ...def,
    description: `${def.description} Maten: ${measureList}`,
    path,
    loadRows() {
      cached ??= parseMeasureRows(
        def,
        def.measures,
        readFileSync(resolve(ROOT, path), "utf8"),
        path,
      );
      return cached;
    },
  };
}
