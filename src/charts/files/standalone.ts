/**
 * Charts as standalone files: the build-time SVG with its colours and fonts resolved, and the
 * title, takeaway, source and licence written inside, so that the file makes sense on its own (a
 * download, a slide, a social card). The colours and mark styles come from `src/styles/global.css`
 * (the `.chart-figure__svg …` rules and the light and dark palettes), so the files always match the
 * site. Rasterising to PNG happens after the build (see `raster.ts` beside this file).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseHTML } from "linkedom";
import { loadSourceIndex } from "../../data/sources.ts";
import { escapeXml, formatDate } from "../../format/index.ts";
import { LICENSES, SITE_NAME } from "../../site.ts";
import { CHART_WIDTHS, renderChartSvg } from "../render.ts";
import type { ChartDefinition } from "../types.ts";

/** The two themes of the downloads; Dutch names as in the embed option `?thema=`. */
export type Theme = "licht" | "donker";
export const THEMES: readonly Theme[] = ["licht", "donker"];

/** Fonts in the files: metric-compatible with Arial, present on most systems and in the build. */
export const FILE_FONT = 'Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif';

/** One CSS rule for the chart, with `var(--…)` still in it. */
interface ChartRule {
  selector: string;
  declarations: [string, string][];
}

/** What global.css tells us about charts. */
export interface ChartStyles {
  palettes: Record<Theme, Record<string, string>>;
  rules: ChartRule[];
}

const KEEP_PROPERTIES = new Set([
  "color",
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "paint-order",
  "font-family",
  "font-size",
  "font-weight",
]);

/** Top-level blocks of a stylesheet: `[prelude, body]`; at-rules included with their raw body. */
function topLevelBlocks(css: string): [string, string][] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const out: [string, string][] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}") depth--;
      j++;
    }
    out.push([text.slice(i, open).trim(), text.slice(open + 1, j - 1)]);
    i = j;
  }
  return out;
}

function declarations(body: string): [string, string][] {
  return body
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(":");
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string];
    })
    .filter(([p]) => p.length > 0);
}

/** Reads the palettes and the chart mark rules out of a stylesheet's text. */
export function parseChartStyles(css: string): ChartStyles {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const rules: ChartRule[] = [];
  for (const [prelude, body] of topLevelBlocks(css)) {
    if (prelude === ":root") {
      for (const [p, v] of declarations(body)) if (p.startsWith("--")) light[p] = v;
    } else if (prelude === ':root[data-theme="donker"]') {
      for (const [p, v] of declarations(body)) if (p.startsWith("--")) dark[p] = v;
    } else if (!prelude.startsWith("@")) {
      const selectors = prelude.split(",").map((s) => s.trim());
      if (!selectors.every((s) => s.startsWith(".chart-figure__svg ") && !/:hover|:focus/.test(s)))
        continue;
      const decls = declarations(body).filter(([p]) => KEEP_PROPERTIES.has(p));
      if (!decls.length) continue;
      const selector = selectors
        .map((s) =>
          s
            .replace(/^\.chart-figure__svg svg\b/, ".bodp-chart")
            .replace(/^\.chart-figure__svg /, ".bodp-chart "),
        )
        .join(", ");
      rules.push({ selector, declarations: decls });
    }
  }
  if (!light["--bg"] || !dark["--bg"]) {
    throw new Error(
      "global.css: the light (:root) and dark ([data-theme=donker]) palettes are missing",
    );
  }
  return { palettes: { licht: light, donker: { ...light, ...dark } }, rules };
}

let cachedStyles: ChartStyles | undefined;

/** The chart styles of the site's own stylesheet (read once per build). */
export function siteChartStyles(): ChartStyles {
  cachedStyles ??= parseChartStyles(
    readFileSync(resolve(process.cwd(), "src/styles/global.css"), "utf8"),
  );
  return cachedStyles;
}

/** Replaces `var(--name)` (with or without fallback) by the palette's value. */
export function resolveVars(text: string, palette: Record<string, string>): string {
  let out = text;
  // Nested vars resolve in a few passes.
  for (let pass = 0; pass < 4 && out.includes("var(--"); pass++) {
    out = out.replace(/var\((--[\w-]+)(?:\s*,\s*([^()]*))?\)/g, (whole, name: string, fallback) => {
      if (name === "--font") return FILE_FONT;
      return palette[name] ?? fallback?.trim() ?? whole;
    });
  }
  return out;
}

/** The CSS that makes a chart look like it does on the site, in one theme, without variables. */
export function chartCss(theme: Theme, styles = siteChartStyles()): string {
  const palette = styles.palettes[theme];
  return styles.rules
    .map(
      (r) =>
        `${r.selector}{${r.declarations.map(([p, v]) => `${p}:${p === "font-family" ? FILE_FONT : resolveVars(v, palette)}`).join(";")}}`,
    )
    .join("\n");
}

/**
 * Breaks text into lines that fit a width, estimating glyph widths (Arial averages about half an
 * em; bold a little more). Conservative, so lines never overflow in practice.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  opts: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const perChar = fontSize * (opts.bold ? 0.6 : 0.54);
  const maxChars = Math.max(8, Math.floor(maxWidth / perChar));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  if (opts.maxLines && lines.length > opts.maxLines) {
    const kept = lines.slice(0, opts.maxLines);
    const lastIndex = kept.length - 1;
    kept[lastIndex] = `${(kept[lastIndex] ?? "").replace(/\s*\S*$/, "")} …`;
    return kept;
  }
  return lines;
}

/** A drawing of known size: SVG markup positioned at the origin. */
interface Block {
  markup: string;
  width: number;
  height: number;
}

/** Turns Plot's output (an <svg>, or a <figure> with legends and an <svg>) into SVG blocks. */
function plotBlocks(html: string, width: number): Block[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const root = document.body.firstElementChild;
  if (!root) return [];
  const nodes = root.tagName.toLowerCase() === "svg" ? [root] : [...root.children];
  const blocks: Block[] = [];
  for (const node of nodes) {
    const tag = node.tagName.toLowerCase();
    if (tag === "svg") {
      node.setAttribute("class", `${node.getAttribute("class") ?? ""} bodp-chart`.trim());
      blocks.push({
        markup: node.outerHTML,
        width: Number(node.getAttribute("width") ?? width),
        height: Number(node.getAttribute("height") ?? 0),
      });
    } else if (tag === "div" && node.querySelector("svg")) {
      // A swatch legend: coloured squares with labels, laid out in rows.
      const items = [...node.children].filter((c) => c.querySelector("svg"));
      let x = 0;
      let y = 0;
      const parts: string[] = [];
      for (const item of items) {
        const swatch = item.querySelector("svg");
        if (!swatch) continue;
        const label = (item.textContent ?? "").trim();
        const itemWidth = 15 + 6 + label.length * 12 * 0.54 + 16;
        if (x > 0 && x + itemWidth > width) {
          x = 0;
          y += 22;
        }
        swatch.setAttribute("x", String(x));
        swatch.setAttribute("y", String(y + 2));
        parts.push(swatch.outerHTML);
        parts.push(
          `<text x="${x + 21}" y="${y + 14}" font-size="12" class="bodp-legend">${escapeXml(label)}</text>`,
        );
        x += itemWidth;
      }
      if (parts.length) blocks.push({ markup: parts.join(""), width, height: y + 22 });
    }
  }
  return blocks;
}

/** The newest date among a chart's sources (YYYY[-MM[-DD]]), or undefined if none has a date. */
export function chartDataDate(chart: Pick<ChartDefinition, "sourceIds">): string | undefined {
  const index = loadSourceIndex();
  const dates = chart.sourceIds
    .map((id) => index.get(id)?.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  return dates.at(-1);
}

/** The publishers of a chart's sources, each once, in order: for citations. */
export function chartPublishers(chart: Pick<ChartDefinition, "sourceIds">): string {
  const index = loadSourceIndex();
  const names = chart.sourceIds.map((id) => index.get(id)?.publisher ?? id);
  return [...new Set(names)].join("; ");
}

/** "CBS, februari 2024; …": the chart's sources as one short line. */
export function chartSourceText(chart: Pick<ChartDefinition, "sourceIds">): string {
  const index = loadSourceIndex();
  return chart.sourceIds
    .map((id) => {
      const s = index.get(id);
      if (!s) throw new Error(`chart cites unknown source "${id}"`);
      return `${s.publisher}${s.date ? `, ${formatDate(s.date)}` : ""}`;
    })
    .join("; ");
}

/** Options for the standalone file. */
export interface StandaloneOptions {
  theme: Theme;
  /** Absolute address of the chart on the site (printed in the footer). */
  url: string;
  /** Leave title, takeaway and footer out (chart only). */
  bare?: boolean;
}

/**
 * The chart as a standalone SVG document: background, title, takeaway, the chart (wide
 * drawing), source and licence; colours and fonts resolved for the theme.
 */
export function standaloneChartSvg<R extends object>(
  chart: ChartDefinition<R>,
  opts: StandaloneOptions,
): string {
  const styles = siteChartStyles();
  const palette = styles.palettes[opts.theme];
  const pad = 24;
  const inner = CHART_WIDTHS.wide;
  const width = inner + 2 * pad;
  const fg = palette["--fg"] ?? "#000";
  const muted = palette["--muted"] ?? fg;
  const bg = palette["--bg"] ?? "#fff";
  const parts: string[] = [];
  let y = pad;
  const textLines = (lines: string[], size: number, lineHeight: number, attrs: string) => {
    for (const line of lines) {
      y += lineHeight;
      parts.push(
        `<text x="${pad}" y="${y - (lineHeight - size) / 2 - size * 0.2}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
      );
    }
  };
  if (!opts.bare) {
    textLines(
      wrapText(chart.title, inner, 22, { bold: true }),
      22,
      28,
      `font-weight="700" fill="${fg}"`,
    );
    y += 4;
    textLines(wrapText(chart.takeaway, inner, 15), 15, 21, `fill="${muted}"`);
    y += 12;
  }
  for (const block of plotBlocks(renderChartSvg(chart, inner), inner)) {
    parts.push(`<g transform="translate(${pad},${y})">${block.markup}</g>`);
    y += block.height + 6;
  }
  if (!opts.bare) {
    y += 6;
    // Notes carry the key to symbols and the definitions: a file without them misleads.
    if (chart.notes) {
      textLines(wrapText(chart.notes, inner, 13), 13, 18, `fill="${fg}"`);
      y += 6;
    }
    const sources = `${chart.sourceIds.length > 1 ? "Bronnen" : "Bron"}: ${chartSourceText(chart)}`;
    textLines(wrapText(sources, inner, 13), 13, 18, `fill="${muted}"`);
    textLines([`${SITE_NAME} · ${LICENSES.content.name}`], 13, 18, `fill="${muted}"`);
    textLines(wrapText(opts.url, inner, 13), 13, 18, `fill="${muted}"`);
  }
  const height = Math.ceil(y + pad - 4);
  const css = `${chartCss(opts.theme, styles)}\n.bodp-chart{color:${fg}}\n.bodp-legend{fill:${fg}}`;
  const body = resolveVars(parts.join("\n"), palette);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FILE_FONT)}" role="img" aria-label="${escapeXml(chart.title)}">
<title>${escapeXml(chart.title)}</title>
<desc>${escapeXml(chart.description)}</desc>
<style>${css}</style>
<rect width="100%" height="100%" fill="${bg}"/>
${body}
</svg>
`;
}

/** Public paths of a chart's files. */
export function chartFilePaths(id: string) {
  return {
    svg: `/grafieken/${id}.svg`,
    svgDark: `/grafieken/${id}-donker.svg`,
    png: `/grafieken/${id}.png`,
    pngDark: `/grafieken/${id}-donker.png`,
    /** Small PNGs (480 px wide) for lists of charts. */
    thumb: `/grafieken/${id}-klein.png`,
    thumbDark: `/grafieken/${id}-donker-klein.png`,
    bareSvg: `/grafieken/${id}-kaal.svg`,
    csv: `/data/${id}.csv`,
    /** The same rows for Dutch Excel: semicolons, decimal commas, Dutch headings. */
    excelCsv: `/data/${id}.excel.csv`,
    embed: `/embed/${id}/`,
  };
}
