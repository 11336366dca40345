/**
 * CSV for spreadsheet users with Dutch settings (`/data/<name>.excel.csv`): UTF-8 with a byte order
 * mark (so Excel reads é and € correctly), semicolons between cells, a decimal comma and no
 * thousands separator, Dutch column headings, and amounts in cents written as euros. The title and
 * the address of the data sit on the first lines, above an empty line and the table. The plain
 * `/data/<name>.csv` files stay as they are: this is a second version next to them.
 */
import type { Dataset } from "./dataset.ts";
import type { FieldType } from "./fields.ts";

/** How a column's values are written. */
export type ExcelKind = "text" | "number" | "cents";

/** One column of the spreadsheet: the row key, its Dutch heading and its kind. */
export interface ExcelColumn {
  key: string;
  heading: string;
  kind: ExcelKind;
}

/** What the file says about itself above the table. */
export interface ExcelMeta {
  title: string;
  /** Absolute address where the data is described. */
  url: string;
}

const BOM = "\uFEFF";
const EOL = "\r\n";

/** Quotes one cell for a semicolon CSV when it needs it. */
export function escapeExcelCell(text: string): string {
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number with a decimal comma and no thousands separator ("1078,5", "-0,25"). */
export function decimalComma(n: number): string {
  return String(n).replace(".", ",");
}

/** One value as spreadsheet text. */
function cell(value: unknown, kind: ExcelKind): string {
  if (value === null || value === undefined || value === "") return "";
  if (Array.isArray(value)) return value.map((v) => cell(v, "text")).join(", ");
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    if (kind === "cents") return (value / 100).toFixed(2).replace(".", ",");
    return decimalComma(value);
  }
  return asText(String(value));
}

/**
 * Excel reads a cell that starts with = + - or @ as a formula ("+9 procentpunten" becomes an error),
 * so such text starts with a space; plain numbers in text cells are left as they are.
 */
function asText(text: string): string {
  return /^[=+\-@]/.test(text) && !/^[-+]?\d+([.,]\d+)?$/.test(text) ? ` ${text}` : text;
}

/** Writes rows as a spreadsheet CSV: BOM, title and address lines, an empty line, the table. */
export function formatExcelCsv(
  meta: ExcelMeta,
  columns: readonly ExcelColumn[],
  rows: readonly Record<string, unknown>[],
): string {
  const lines = [
    escapeExcelCell(meta.title),
    escapeExcelCell(`Bron: Bijstand op de proef, ${meta.url}`),
    "",
    columns.map((c) => escapeExcelCell(c.heading)).join(";"),
    ...rows.map((row) => columns.map((c) => escapeExcelCell(cell(row[c.key], c.kind))).join(";")),
  ];
  return `${BOM}${lines.join(EOL)}${EOL}`;
}

/** A short Dutch heading from a field description: the words before any ":", ";" or "(". */
export function fieldHeading(description: string, kind: ExcelKind): string {
  const short = (description.split(/[:;(]/)[0] ?? description).trim().replace(/[,.]$/, "");
  if (kind !== "cents") return short;
  const euro = short.replace(/\bin (euro)?cent(en)?\b/i, "in euro");
  return /\beuro\b/i.test(euro) ? euro : `${euro} (euro)`;
}

/**
 * Headings for fields whose description opens with the meaning of a value ("ja: door ons berekend
 * …", "ja als …") instead of a name for the column; a unit test fails when another such field
 * appears.
 */
const HEADINGS: Record<string, string> = {
  derived: "Door ons berekend",
  status: "Status",
  kind: "Soort",
  design: "Opzet",
  max_per: "Maximum per",
  components: "Onderdelen",
  approximate: "Afgerond getal",
  cpb_2022: "Uit de CPB-infographic van januari 2022",
  via_news: "Alleen via een nieuwsbericht",
  phase: "Vóór of na de wet",
  aspect: "Soort bewering",
  date_status: "Zekerheid over de datum",
};

/** The kind of a dataset field: integers named `…_cent` are amounts in cents. */
export function fieldKind(name: string, type: FieldType): ExcelKind {
  if (type === "integer" && name.endsWith("_cent")) return "cents";
  return type === "integer" || type === "number" ? "number" : "text";
}

/** The spreadsheet columns of a dataset, with headings from its Dutch field descriptions. */
export function datasetExcelColumns(ds: Dataset): ExcelColumn[] {
  const columns = Object.entries(ds.fields).map(([key, f]) => {
    const kind = fieldKind(key, f.type);
    const short = fieldHeading(f.description, kind);
    const heading = /^\p{Ll}/u.test(short) ? (HEADINGS[key] ?? short) : short;
    return { key, heading, kind, description: f.description };
  });
  const count = (h: string) => columns.filter((c) => c.heading === h).length;
  // Two fields with the same short heading ("AOW-leeftijd: jaren", "AOW-leeftijd: maanden …")
  // keep the words after the colon; should that still repeat, the column name is added.
  const longer = columns.map((c) =>
    count(c.heading) > 1
      ? { ...c, heading: (c.description.split(/[;(]/)[0] ?? c.heading).trim() }
      : c,
  );
  return longer.map(({ key, heading, kind }) => ({
    key,
    kind,
    heading:
      longer.filter((c) => c.heading === heading).length > 1 ? `${heading} (${key})` : heading,
  }));
}

/** A whole dataset as a spreadsheet CSV. */
export function datasetExcelCsv(ds: Dataset, url: string): string {
  return formatExcelCsv(
    { title: ds.title, url },
    datasetExcelColumns(ds),
    ds.loadRows() as unknown as Record<string, unknown>[],
  );
}
