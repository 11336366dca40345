/**
 * SVG → PNG at build time with resvg (no browser). Fonts: a fixed set of metric-compatible system
 * fonts when present (Liberation Sans, DejaVu Sans), else every system font. Node-only.
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const FONT_CANDIDATES = [
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
  "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
  "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/Library/Fonts/Arial.ttf",
  "/System/Library/Fonts/Supplemental/Arial.ttf",
  "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
  "C:\\Windows\\Fonts\\arial.ttf",
  "C:\\Windows\\Fonts\\arialbd.ttf",
];

let fontFiles: string[] | undefined;

function fonts() {
  fontFiles ??= FONT_CANDIDATES.filter((f) => existsSync(f));
  return fontFiles.length
    ? { fontFiles, loadSystemFonts: false, defaultFontFamily: "Liberation Sans" }
    : { loadSystemFonts: true };
}

/** Renders an SVG document to PNG bytes; `width` is the output width in pixels. */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: fonts(),
    imageRendering: 0,
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
