/**
 * A small RFC 4180 CSV reader that keeps the line number of every record, so that a validation
 * error can point at `file:line:column`. Build-time only.
 */

/** One parsed record: its cells and the 1-based line on which it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Thrown when a data file cannot be read or a row does not validate. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = "DataError";
  }
}

/** Parses CSV text into records (header included) with their starting line numbers. */
export function parseCsvRecords(text: string, file = "<csv>"): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let cellWasQuoted = false;
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;

  const endCell = () => {
    cells.push(cell);
    cell = "";
    cellWasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    // A line with nothing on it is not a record.
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== "" || cellWasQuoted) {
        throw new DataError(file, line, cells.length + 1, "stray quote inside an unquoted cell");
      }
      inQuotes = true;
      cellWasQuoted = true;
    } else if (ch === ",") {
      endCell();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (inQuotes) throw new DataError(file, recordLine, cells.length + 1, "unclosed quote");
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

/** Quotes one value for CSV output when it needs it. */
export function escapeCsvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows as CSV text with a header, in the given column order. */
export function formatCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]) {
  const lines = [columns.map(escapeCsvCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => escapeCsvCell(row[c])).join(","));
  return `${lines.join("\n")}\n`;
}
