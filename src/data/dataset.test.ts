import { describe, expect, test } from "vitest";
import { defineDataset, parseRows } from "./dataset.ts";
import { field } from "./fields.ts";

const def = defineDataset({
  name: "voorbeeld",
  title: "Voorbeeld",
  description: "Testdataset",
  fields: {
    period: field.pattern("Kwartaal", /^\d{4}-K[1-4]$/, "2017-K1"),
    persons: field.integer("Aantal", { min: 0 }),
    rate: field.optional(field.number("Aandeel", { min: 0, max: 1 })),
    date: field.date("Datum"),
    status: field.oneOf(["herzien", "voorlopig"] as const, "Status"),
    exempt: field.yesNo("Ontheffing"),
    source: field.sources(),
  },
});
const header = "period,persons,rate,date,status,exempt,source";

describe(parseRows, () => {
  test("turns cells into typed values", () => {
    const rows = parseRows(
      def,
      `${header}\n2017-K1,472000,,2017-03-31,herzien,ja,cbs-a;cbs-b\n2017-K2,1,0.25,2017-06-30,voorlopig,nee,x\n`,
    );
    expect(rows).toEqual([
      {
        period: "2017-K1",
        persons: 472000,
        rate: null,
        date: "2017-03-31",
        status: "herzien",
        exempt: true,
        source: ["cbs-a", "cbs-b"],
      },
      {
        period: "2017-K2",
        persons: 1,
        rate: 0.25,
        date: "2017-06-30",
        status: "voorlopig",
        exempt: false,
        source: ["x"],
      },
    ]);
  });

  test.each([
    ["2017-K5,1,,2017-03-31,herzien,ja,x", 3, 1, "period"],
    ["2017-K1,-4,,2017-03-31,herzien,ja,x", 3, 2, "persons"],
    ["2017-K1,12.5,,2017-03-31,herzien,ja,x", 3, 2, "whole number"],
    ["2017-K1,1,1.5,2017-03-31,herzien,ja,x", 3, 3, "rate"],
    ["2017-K1,1,,2017-02-30,herzien,ja,x", 3, 4, "real calendar date"],
    ["2017-K1,1,,2017-03-31,definitief,ja,x", 3, 5, "expected one of: herzien, voorlopig"],
    ["2017-K1,1,,2017-03-31,herzien,misschien,x", 3, 6, "ja or nee"],
    ["2017-K1,1,,2017-03-31,herzien,ja,", 3, 7, "every row needs a source id"],
    ["2017-K1,1,,2017-03-31,herzien,ja", 3, 7, "expected 7 cells"],
  ])("rejects %s at line %i, column %i (%s)", (line, lineNo, col, reason) => {
    const text = `${header}\n2016-K4,1,,2016-12-31,herzien,nee,x\n${line}\n`;
    expect(() => parseRows(def, text)).toThrow(
      new RegExp(`^data/voorbeeld\\.csv:${lineNo}:${col}: .*${reason}`),
    );
  });

  test("a header that does not match the fields is an error", () => {
    expect(() => parseRows(def, "period,persons\n")).toThrow(
      /missing: rate, date, status, exempt, source/,
    );
  });
});
