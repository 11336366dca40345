import { describe, expect, test } from "vitest";
import { DataError, formatCsv, parseCsvRecords } from "./csv.ts";

describe(parseCsvRecords, () => {
  test("keeps the starting line of each record, also after a quoted newline", () => {
    const text = 'a,b\n1,"two\nlines"\n3,"say ""hi"""\n\n4,5\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "two\nlines"] },
      { line: 4, cells: ["3", 'say "hi"'] },
      { line: 6, cells: ["4", "5"] },
    ]);
  });
  test("handles CRLF, a BOM and a missing final newline", () => {
    expect(parseCsvRecords("\uFEFFa,b\r\n1,2")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
    ]);
  });
  test("an unclosed quote is an error with its line", () => {
    expect(() => parseCsvRecords('a\n"open\n', "x.csv")).toThrow(/x\.csv:2:1: unclosed quote/);
  });
  test("a stray quote is an error with line and column", () => {
    let err: unknown;
    try {
      parseCsvRecords('a,b\n1,x"y\n', "x.csv");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).line).toBe(2);
    expect((err as DataError).column).toBe(2);
  });
});

describe(formatCsv, () => {
  test("quotes cells that need it and round-trips", () => {
    const rows = [
      { a: 'x,"y"', b: 3 },
      { a: null, b: "line\nbreak" },
    ];
    const text = formatCsv(["a", "b"], rows);
    expect(text).toBe('a,b\n"x,""y""",3\n,"line\nbreak"\n');
    expect(parseCsvRecords(text).map((r) => r.cells)).toEqual([
      ["a", "b"],
      ['x,"y"', "3"],
      ["", "line\nbreak"],
    ]);
  });
});
