/**
 * Field builders for CSV datasets. Each builder returns a Zod schema that turns one CSV cell (a
 * string) into a typed value, plus the Frictionless Data type and a description for
 * `data/datapackage.json`. One place for "what a cell may look like".
 */
import { z } from "zod";

/** Frictionless Table Schema field types we use. */
export type FieldType = "string" | "integer" | "number" | "date" | "boolean";

/** A column of a dataset: how to parse it and how to describe it. */
export interface Field<S extends z.ZodType = z.ZodType> {
  schema: S;
  type: FieldType;
  /** Dutch description for readers of the data (shown on /data/ and in datapackage.json). */
  description: string;
  /** Frictionless constraints, for the datapackage. */
  constraints?: Record<string, unknown>;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isRealDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

const integerCell = (opts: { min?: number; max?: number }) =>
  z
    .string()
    .regex(/^-?\d+$/, "expected a whole number")
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(opts.min ?? Number.MIN_SAFE_INTEGER)
        .max(opts.max ?? Number.MAX_SAFE_INTEGER),
    );

const numberCell = (opts: { min?: number; max?: number }) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, "expected a number with a dot as decimal separator")
    .transform(Number)
    .pipe(
      z
        .number()
        .min(opts.min ?? -Number.MAX_VALUE)
        .max(opts.max ?? Number.MAX_VALUE),
    );

/** Makes a field optional: an empty cell becomes `null`. */
function optional<S extends z.ZodType>(f: Field<S>): Field<z.ZodType<z.output<S> | null>> {
  const schema = z.union([
    z.literal("").transform(() => null),
    f.schema,
  ]) as unknown as z.ZodType<z.output<S> | null>;
  return { ...f, schema, constraints: { ...f.constraints, required: false } };
}

/** The builders. Every description is Dutch: it is shown to readers. */
export const field = {
  /** Free text, required unless `optional`. */
  text(description: string): Field<z.ZodString> {
    return {
      schema: z.string().min(1, "must not be empty"),
      type: "string",
      description,
      constraints: { required: true },
    };
  },
  /** Text matching a pattern (e.g. a period like `2024-K1`). */
  pattern(description: string, pattern: RegExp, example: string): Field<z.ZodString> {
    return {
      schema: z.string().regex(pattern, `expected the form ${example}`),
      type: "string",
      description,
      constraints: { required: true, pattern: pattern.source },
    };
  },
  /** A whole number, e.g. persons or cents. */
  integer(description: string, opts: { min?: number; max?: number } = {}) {
    return {
      schema: integerCell(opts),
      type: "integer",
      description,
      constraints: { required: true, minimum: opts.min, maximum: opts.max },
    } satisfies Field;
  },
  /** A decimal number, dot as separator (e.g. a rate 0.25). */
  number(description: string, opts: { min?: number; max?: number } = {}) {
    return {
      schema: numberCell(opts),
      type: "number",
      description,
      constraints: { required: true, minimum: opts.min, maximum: opts.max },
    } satisfies Field;
  },
  /** A calendar date, `YYYY-MM-DD`. */
  date(description: string): Field<z.ZodString> {
    return {
      schema: z
        .string()
        .regex(ISO_DATE, "expected a date YYYY-MM-DD")
        .refine(isRealDate, "not a real calendar date"),
      type: "date",
      description,
      constraints: { required: true },
    };
  },
  /** One of a fixed set of values. */
  oneOf<const T extends readonly [string, ...string[]]>(values: T, description: string) {
    return {
      schema: z.enum(values, { error: () => `expected one of: ${values.join(", ")}` }),
      type: "string",
      description,
      constraints: { required: true, enum: [...values] },
    } satisfies Field;
  },
  /** `ja` or `nee`, read as a boolean. */
  yesNo(description: string) {
    return {
      schema: z
        .enum(["ja", "nee"], { error: () => "expected ja or nee" })
        .transform((v) => v === "ja"),
      type: "boolean",
      description,
      constraints: { required: true },
    } satisfies Field;
  },
  /**
   * The sources of a row: one or more ids from `data/sources.csv`, separated by `;`.
   * Whether each id exists is checked across all datasets (see `validate.ts`).
   */
  sources(description = "Bron: id(s) uit sources.csv, gescheiden door ;") {
    return {
      schema: z
        .string()
        .min(1, "every row needs a source id")
        .transform((v) =>
          v
            .split(";")
            .map((s) => s.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "malformed source id")).min(1)),
      type: "string",
      description,
      constraints: { required: true },
    } satisfies Field;
  },
  optional,
};
