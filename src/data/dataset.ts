/**
 * Datasets: a CSV file in `data/`, its fields and its description. `loadRows` reads and validates
 * the file at build time; an invalid cell fails with file, line, column and the reason.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { LICENSES } from "../site.ts";
import { DataError, parseCsvRecords } from "./csv.ts";
import type { Field } from "./fields.ts";

type Fields = Record<string, Field>;

/** The typed row of a dataset with these fields. */
export type RowOf<F extends Fields> = { [K in keyof F]: z.output<F[K]["schema"]> };

/** What a dataset declares about itself. */
export interface DatasetDefinition<F extends Fields = Fields> {
  /** kebab-case name; the file is `data/<name>.csv` and the download `/data/<name>.csv`. */
  name: string;
  /** Dutch title for readers. */
  title: string;
  /** Dutch description: what one row is, the unit, what is and is not included. */
  description: string;
  /** The columns, in file order. Every dataset but the bibliography has a `source` column. */
  fields: F;
  /** Licence of the data; CC BY 4.0 unless the source says otherwise. */
  license?: { name: string; path: string; title: string };
}

/** A dataset whose rows can be loaded. */
export interface Dataset<F extends Fields = Fields> extends DatasetDefinition<F> {
  /** Reads and validates the file; cached per build. */
  loadRows(): RowOf<F>[];
  /** The file's path relative to the repository. */
  path: string;
}

/** Root of the repository: builds and tests run from there. */
export const ROOT = process.cwd();

const cache = new Map<string, unknown[]>();

/** Declares a dataset. The file must exist when `loadRows` is called. */
export function defineDataset<F extends Fields>(def: DatasetDefinition<F>): Dataset<F> {
  const path = `data/${def.name}.csv`;
  return {
    ...def,
    path,
    loadRows() {
      const cached = cache.get(path);
      if (cached) return cached as RowOf<F>[];
      const rows = parseRows(def, readFileSync(resolve(ROOT, path), "utf8"), path);
      cache.set(path, rows);
      return rows;
    },
  };
}

/** Parses and validates CSV text against a dataset's fields. Exported for tests. */
export function parseRows<F extends Fields>(
  def: DatasetDefinition<F>,
  text: string,
  path = `data/${def.name}.csv`,
): RowOf<F>[] {
  const records = parseCsvRecords(text, path);
  const header = records[0];
  if (!header) throw new DataError(path, 1, 1, "the file is empty");
  const expected = Object.keys(def.fields);
  const missing = expected.filter((k) => !header.cells.includes(k));
  const extra = header.cells.filter((k) => !expected.includes(k));
  if (missing.length || extra.length) {
    throw new DataError(
      path,
      header.line,
      1,
      `header does not match the dataset's fields (missing: ${missing.join(", ") || "none"}; unexpected: ${extra.join(", ") || "none"})`,
    );
  }
  const rows: RowOf<F>[] = [];
  for (const record of records.slice(1)) {
    if (record.cells.length !== header.cells.length) {
      throw new DataError(
        path,
        record.line,
        Math.min(record.cells.length, header.cells.length) + 1,
        `expected ${header.cells.length} cells, found ${record.cells.length}`,
      );
    }
    const row: Record<string, unknown> = {};
    header.cells.forEach((name, i) => {
      const f = def.fields[name] as Field;
      const cell = record.cells[i] ?? "";
      const result = f.schema.safeParse(cell);
      if (!result.success) {
        const reason = result.error.issues[0]?.message ?? "invalid value";
        throw new DataError(path, record.line, i + 1, `${name}: ${reason} (got "${cell}")`);
      }
      row[name] = result.data;
    });
    rows.push(row as RowOf<F>);
  }
  return rows;
}

/** The Frictionless Data resource for a dataset (for `datapackage.json`). */
export function describeResource(ds: Dataset, sourceIds: string[]) {
  return {
    name: ds.name,
    path: `${ds.name}.csv`,
    profile: "tabular-data-resource",
    title: ds.title,
    description: ds.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    licenses: [ds.license ?? CC_BY],
    sources: sourceIds.map((id) => ({ title: id, path: `sources.csv#${id}` })),
    schema: {
      fields: Object.entries(ds.fields).map(([name, f]) => ({
        name,
        type: f.type,
        description: f.description,
        ...(f.constraints ? { constraints: stripUndefined(f.constraints) } : {}),
      })),
    },
  };
}

/** The default licence of our data and texts, as a Frictionless licence object. */
export const CC_BY = {
  name: LICENSES.content.id,
  path: LICENSES.content.legalUrl,
  title: LICENSES.content.title,
};

function stripUndefined(o: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export { z };
