import { describe, expect, it } from "vitest";
import { ogCardSvg, ogImagePath } from "./og-card.ts";

describe("ogImagePath", () => {
  it("maps page paths to one PNG each", () => {
    expect(ogImagePath("/")).toBe("/og/index.png");
    expect(ogImagePath("/gemeenten/amsterdam/")).toBe("/og/gemeenten/amsterdam.png");
    expect(ogImagePath("/404.html")).toBe("/og/404.png");
  });
});

describe("ogCardSvg", () => {
  it("writes the title and escapes it", () => {
    const svg = ogCardSvg({
      siteName: "Site",
      title: "Werk & inkomen <2026>",
      description: "Uitleg",
      host: "example.nl",
    });
    expect(svg).toContain("Werk &amp; inkomen &lt;2026&gt;");
    expect(svg).toContain('width="1200" height="630"');
  });
  it("nests a chart inside the card box", () => {
    const chart =
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="728" height="400" viewBox="0 0 728 400"><rect/></svg>';
    const svg = ogCardSvg({
      siteName: "S",
      title: "T",
      description: "",
      host: "h",
      chartSvg: chart,
    });
    expect(svg).not.toContain('<?xml version="1.0"?><svg');
    expect(svg).toMatch(/<svg x="72" y="\d+" width="1056" height="\d+" viewBox="0 0 728 400">/);
  });
});
