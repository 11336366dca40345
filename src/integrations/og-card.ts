/**
 * Social cards (Open Graph, Twitter): 1200 × 630 SVG, rasterised after the build. A page with a
 * chart shows that chart under its title; other pages get a clean title card.
 */

import { FILE_FONT, siteChartStyles, wrapText } from "../charts/files/standalone.ts";
import { escapeXml } from "../format/index.ts";
import { LICENSES } from "../site.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The card's address for a page path: "/" → "/og/index.png", "/a/b/" → "/og/a/b.png". */
export function ogImagePath(pagePath: string): string {
  const slug = pagePath.replace(/^\/+|\/+$/g, "").replace(/\.html$/, "") || "index";
  return `/og/${slug}.png`;
}

/** What goes on a card. */
export interface CardContent {
  siteName: string;
  title: string;
  description: string;
  /** Host shown at the bottom, e.g. "bijstandopdeproef.nl". */
  host: string;
  /** A standalone chart SVG (bare: chart only) to show under the title. */
  chartSvg?: string | undefined;
}

/** Places an SVG document inside the card at a box (keeps its aspect ratio). */
function nest(svg: string, x: number, y: number, w: number, h: number): string {
  return svg.replace(/<\?xml[^>]*>\s*/, "").replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
    const rest = attrs.replace(/\s(?:width|height|x|y|xmlns)="[^"]*"/g, "");
    return `<svg x="${x}" y="${y}" width="${w}" height="${h}"${rest}>`;
  });
}

/** The card as an SVG document. */
export function ogCardSvg(card: CardContent): string {
  const palette = siteChartStyles().palettes.licht;
  const bg = palette["--bg"] ?? "#fff";
  const fg = palette["--fg"] ?? "#000";
  const muted = palette["--muted"] ?? fg;
  const accent = palette["--accent"] ?? fg;
  const left = 72;
  const inner = OG_WIDTH - 2 * left;
  const parts: string[] = [
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${bg}"/>`,
    `<rect width="16" height="${OG_HEIGHT}" fill="${accent}"/>`,
    `<text x="${left}" y="84" font-size="30" font-weight="700" fill="${accent}">${escapeXml(card.siteName)}</text>`,
  ];
  let y = 84;
  const lines = (text: string[], size: number, lh: number, attrs: string) => {
    for (const line of text) {
      y += lh;
      parts.push(
        `<text x="${left}" y="${y}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
      );
    }
  };
  if (card.chartSvg) {
    y += 8;
    lines(
      wrapText(card.title, inner, 40, { bold: true, maxLines: 2 }),
      40,
      50,
      `font-weight="700" fill="${fg}"`,
    );
    y += 20;
    parts.push(nest(card.chartSvg, left, y, inner, OG_HEIGHT - y - 70));
  } else {
    y += 40;
    lines(
      wrapText(card.title, inner, 64, { bold: true, maxLines: 3 }),
      64,
      76,
      `font-weight="700" fill="${fg}"`,
    );
    y += 24;
    lines(wrapText(card.description, inner, 30, { maxLines: 3 }), 30, 42, `fill="${muted}"`);
  }
  parts.push(
    `<text x="${left}" y="${OG_HEIGHT - 36}" font-size="24" fill="${muted}">${escapeXml(card.host)} · ${escapeXml(LICENSES.content.name)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${escapeXml(FILE_FONT)}">\n${parts.join("\n")}\n</svg>\n`;
}
