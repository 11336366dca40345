import { describe, expect, it } from "vitest";
import { apaCitation, apaDate } from "./citation.ts";

describe("apaDate", () => {
  it("writes year, day and Dutch month", () => {
    expect(apaDate("2026-05-03")).toBe("(2026, 3 mei)");
    expect(apaDate("2024-02")).toBe("(2024, februari)");
    expect(apaDate("2024")).toBe("(2024)");
  });
  it("says z.d. without a date", () => {
    expect(apaDate(undefined)).toBe("(z.d.)");
  });
});

describe("apaCitation", () => {
  it("names site, date, title, kind, data sources and URL in APA order", () => {
    expect(
      apaCitation({
        site: "Bijstand op de proef",
        title: "Aantal mensen in de bijstand",
        kind: "Grafiek",
        url: "https://example.nl/#g",
        updated: "2026-01-15",
        dataSources: "CBS, februari 2024",
      }),
    ).toBe(
      "Bijstand op de proef. (2026, 15 januari). Aantal mensen in de bijstand [Grafiek; data: CBS, februari 2024]. https://example.nl/#g",
    );
  });
});
