import { describe, expect, it } from "vitest";
import {
  datasetExcelColumns,
  datasetExcelCsv,
  decimalComma,
  fieldHeading,
  formatExcelCsv,
} from "./excel-csv.ts";
import { datasets, getDataset } from "./registry.ts";

describe(formatExcelCsv, () => {
  const text = formatExcelCsv(
    { title: "Titel", url: "https://example.org/data/#x" },
    [
      { key: "name", heading: "Naam", kind: "text" },
      { key: "rate", heading: "Deel", kind: "number" },
      { key: "max_cent", heading: "Maximum in euro", kind: "cents" },
      { key: "source", heading: "Bron", kind: "text" },
    ],
    [
      { name: 'Een "premie"; groot', rate: 0.25, max_cent: 107850, source: ["a", "b"] },
      { name: "Leeg", rate: null, max_cent: 5, source: [] },
    ],
  );

  it("starts with a byte order mark and the title and address above an empty line", () => {
    expect(
      text.startsWith(
        "\uFEFFTitel\r\nBron: Bijstand op de proef, https://example.org/data/#x\r\n\r\n",
      ),
    ).toBe(true);
  });

  it("separates cells with semicolons and writes decimal commas and euros", () => {
    const lines = text.split("\r\n");
    expect(lines[3]).toBe("Naam;Deel;Maximum in euro;Bron");
    expect(lines[4]).toBe('"Een ""premie""; groot";0,25;1078,50;a, b');
    expect(lines[5]).toBe("Leeg;;0,05;");
  });

  it("keeps text that Excel would read as a formula as text", () => {
    const csv = formatExcelCsv(
      { title: "T", url: "u" },
      [{ key: "a", heading: "A", kind: "text" }],
      [{ a: "+9 procentpunten" }, { a: "=1+1" }, { a: "-5" }],
    );
    expect(csv.split("\r\n").slice(4, 7)).toEqual([" +9 procentpunten", " =1+1", "-5"]);
  });

  it("writes no thousands separator", () => {
    expect(decimalComma(1234567.5)).toBe("1234567,5");
  });
});

describe(fieldHeading, () => {
  it("keeps the words before a colon or bracket, and names euros for cents", () => {
    expect(fieldHeading("Bron: id(s) uit sources.csv, gescheiden door ;", "text")).toBe("Bron");
    expect(fieldHeading("Deel van de verdiensten, als decimaal (0.3 = 30%)", "number")).toBe(
      "Deel van de verdiensten, als decimaal",
    );
    expect(fieldHeading("Maximumbedrag in centen", "cents")).toBe("Maximumbedrag in euro");
    expect(fieldHeading("Maximum per maand in eurocent (bij basisinkomen)", "cents")).toBe(
      "Maximum per maand in euro",
    );
  });
});

describe(datasetExcelCsv, () => {
  it("gives every dataset unique Dutch headings", () => {
    for (const ds of datasets) {
      const headings = datasetExcelColumns(ds).map((c) => c.heading);
      expect(new Set(headings).size, ds.name).toBe(headings.length);
      for (const h of headings) {
        expect(h, `${ds.name}: ${h}`).not.toMatch(/^[a-z]+(_[a-z]+)+$/);
        // A heading is a name for the column, capitalised, not a value ("ja", "herzien").
        expect(h, `${ds.name}: ${h}`).toMatch(/^[A-Z'ÉÖ]/);
      }
    }
  });

  it("writes the norms in euros with a decimal comma", () => {
    const text = datasetExcelCsv(getDataset("bijstandsnormen"), "https://example.org/data/");
    const [, , , header, first] = text.split("\r\n");
    expect(header).toBe(
      "Eerste dag waarop het bedrag geldt;Soort norm;Artikel van de Participatiewet waar het bedrag staat;Bedrag per maand in euro, inclusief vakantietoeslag;Bron",
    );
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2};[a-z0-9-]+;[^;]*;\d+,\d\d;[a-z0-9-]/);
  });
});

describe("chart spreadsheet CSV", () => {
  it("uses the chart table's Dutch labels and the chart's title", async () => {
    const { chartExcelCsv } = await import("../charts/files/excel-csv.ts");
    const { getChart } = await import("../charts/registry.ts");
    const text = chartExcelCsv(getChart("gemeente-kaart"), "https://example.org/gemeenten/");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("\uFEFFWaar gemeenten iets anders deden met de bijstand");
    expect(lines[3]).toBe("Gemeente;CBS-code;Kenmerk;Pagina");
  });
});
