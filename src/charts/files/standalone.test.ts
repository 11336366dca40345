import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { charts } from "../registry.ts";
import { parseChartStyles, resolveVars, standaloneChartSvg, wrapText } from "./standalone.ts";

const css = readFileSync("src/styles/global.css", "utf8");

describe("parseChartStyles", () => {
  const styles = parseChartStyles(css);
  it("reads both palettes from global.css", () => {
    // The expected values are the ones written in global.css for :root and [data-theme=donker].
    const light = /:root\s*\{[^}]*--chart-main:\s*(#[0-9a-f]+)/i.exec(css)?.[1];
    const dark = /:root\[data-theme="donker"\]\s*\{[^}]*--chart-main:\s*(#[0-9a-f]+)/i.exec(
      css,
    )?.[1];
    expect(styles.palettes.licht["--chart-main"]).toBe(light);
    expect(styles.palettes.donker["--chart-main"]).toBe(dark);
    expect(light).not.toBe(dark);
  });
  it("keeps the chart mark rules, scoped to the chart", () => {
    const main = styles.rules.find((r) => r.selector.includes(".mark-main path"));
    expect(main?.declarations).toContainEqual(["stroke", "var(--chart-main)"]);
    expect(styles.rules.every((r) => r.selector.startsWith(".bodp-chart"))).toBe(true);
  });
});

describe("resolveVars", () => {
  it("replaces variables, with fallbacks for unknown ones", () => {
    expect(resolveVars("fill:var(--a);stroke:var(--b, red)", { "--a": "#123" })).toBe(
      "fill:#123;stroke:red",
    );
  });
});

describe("wrapText", () => {
  it("breaks at word boundaries and never loses words", () => {
    const text = "een twee drie vier vijf zes zeven acht negen tien elf twaalf";
    const lines = wrapText(text, 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
  });
  it("ends a cut text with an ellipsis", () => {
    const lines = wrapText("a ".repeat(200), 100, 10, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe("standaloneChartSvg", () => {
  for (const chart of charts) {
    it(`${chart.id}: a complete SVG with title and source, no CSS variables`, () => {
      for (const theme of ["licht", "donker"] as const) {
        const svg = standaloneChartSvg(chart, { theme, url: "https://example.nl/x/" });
        expect(svg.startsWith("<?xml")).toBe(true);
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(svg).toContain("<title>");
        expect(svg).toMatch(/>Bron(nen)?: /);
        expect(svg).toContain("CC BY 4.0");
        expect(svg).not.toContain("var(--");
        expect(svg).not.toMatch(/<(div|span|figure)\b/);
      }
    });
  }
});
