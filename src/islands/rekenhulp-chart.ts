/**
 * The calculator's two charts as plain SVG strings: total income against netto earnings (one line
 * per regime, the person's point marked) and the effective marginal rate. SVG strings from the plain
 * scale of src/charts/plain/scale.ts (no chart library, so the calculator page stays small), so the
 * page draws them at build time and the browser redraws them without Plot. Every text that comes
 * from data is escaped.
 */
import { linearScale, polylinePath } from "../charts/plain/scale.ts";
import type { CurvePoint, CurveSeries } from "../engine/index.ts";
import { formatEuro, formatPercent } from "../format/format.ts";
import { escapeXml } from "../format/xml.ts";

/** Width the charts are drawn at when the reader's width is unknown (build time, no JavaScript). */
export const DEFAULT_CHART_WIDTH = 640;
/** Width of the phone version drawn at build time (a 360 px screen minus the page margins). */
export const NARROW_CHART_WIDTH = 340;

/** Drawing size for a container width: the SVG is drawn at the reader's width, so its 12 px text
 * stays 12 px on a phone instead of being scaled down with a fixed 640-wide viewBox. */
function layout(width: number) {
  const W = Math.round(Math.min(960, Math.max(300, width)));
  const narrow = W < 480;
  return {
    W,
    H: narrow ? 260 : 320,
    narrow,
    M: { top: 16, right: narrow ? 20 : 32, bottom: 44, left: narrow ? 56 : 64 },
  };
}
type Layout = ReturnType<typeof layout>;
const STYLES = [
  { color: "var(--chart-main)", dash: "" },
  { color: "var(--chart-2)", dash: "8 4" },
  { color: "var(--chart-3)", dash: "2 3" },
  { color: "var(--chart-4)", dash: "12 3 2 3" },
  { color: "var(--chart-annotation)", dash: "4 4" },
];

/**
 * The household's line (issue 13): household income and its marginal rate against the own netto
 * earnings, and where the bijstand ends (null: not within the range).
 */
export interface HouseholdChart {
  name: string;
  points: { nettoCent: number; huishoudinkomenCent: number; marginalRate: number }[];
  bijstandEndsAtCent: number | null;
}
type HouseholdPoint = HouseholdChart["points"][number];

/** Style of the household line: the page's text colour, dash-dotted, thicker than the regimes. */
export const HOUSEHOLD_STYLE = { color: "var(--fg)", dash: "10 3 2 3" } as const;

function householdPath(h: HouseholdChart, d: string | null): string {
  return `<path d="${d ?? ""}" fill="none" stroke="${HOUSEHOLD_STYLE.color}" stroke-width="3" stroke-dasharray="${HOUSEHOLD_STYLE.dash}"><title>${escapeXml(h.name)}</title></path>`;
}

/** A dashed vertical line with a label where the bijstand ends (empty when it does not). */
function bijstandEndMarker(h: HouseholdChart | undefined, size: Layout, x: (v: number) => number) {
  if (!h || h.bijstandEndsAtCent === null) return "";
  const px = x(h.bijstandEndsAtCent);
  const { H, M, W } = size;
  const anchor = px > (W - M.right) * 0.8 ? "end" : "start";
  const dx = anchor === "end" ? -4 : 4;
  return `<g class="bijstand-end"><line x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="${M.top}" y2="${H - M.bottom}" stroke="var(--chart-annotation)" stroke-width="1.5" stroke-dasharray="3 3"/><text x="${(px + dx).toFixed(1)}" y="${M.top + 10}" text-anchor="${anchor}">${escapeXml(`Bijstand stopt bij ${euroShort(h.bijstandEndsAtCent)}`)}</text></g>`;
}

/** Line style of the n-th series: colour plus a dash pattern, so colour is never the only code. */
export function seriesStyle(i: number): { color: string; dash: string } {
  return STYLES[i % STYLES.length] ?? { color: "currentColor", dash: "" };
}

function niceMax(v: number, step: number): number {
  return Math.max(step, Math.ceil(v / step) * step);
}

function frame(
  { W, H, M }: Layout,
  xMax: number,
  yMax: number,
  yTicks: number[],
  yLabel: (v: number) => string,
  xTicks: number[],
  xLabel: (v: number) => string,
) {
  const x = linearScale([0, xMax], [M.left, W - M.right]);
  const y = linearScale([0, yMax], [H - M.bottom, M.top]);
  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="var(--line)" stroke-width="1"/>`,
      `<text x="${M.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${escapeXml(yLabel(t))}</text>`,
    );
  }
  for (const t of xTicks) {
    parts.push(
      `<text x="${x(t).toFixed(1)}" y="${H - M.bottom + 18}" text-anchor="middle">${escapeXml(xLabel(t))}</text>`,
    );
  }
  parts.push(
    `<text x="${((M.left + W - M.right) / 2).toFixed(1)}" y="${H - 6}" text-anchor="middle">Netto verdiensten per maand</text>`,
  );
  return { x, y, axes: parts.join("") };
}

/** Ticks from 0 up to and including `top` (a whole number of cents), every `step`. */
function ticks(top: number, step: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < top + 1; t += step) out.push(t);
  return out;
}

/** The point whose netto is nearest to `cent` (the first of equals). */
function nearest(points: readonly CurvePoint[], cent: number): CurvePoint | undefined {
  let best: CurvePoint | undefined;
  for (const p of points)
    if (!best || Math.abs(p.nettoCent - cent) < Math.abs(best.nettoCent - cent)) best = p;
  return best;
}

/** The largest of the values, or 0 without any. */
function largest(values: readonly number[]): number {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** The series that have a line to draw, and the largest netto amount on them (at least 1). */
function drawable(series: CurveSeries[]) {
  const drawn = series.filter((s) => s.ok && s.points.length > 1);
  const xMax = Math.max(1, largest(drawn.flatMap((s) => s.points.map((p) => p.nettoCent))));
  return { drawn, xMax };
}

/** One series' line, in the n-th series style. */
function seriesPath(s: CurveSeries, i: number, d: string | null): string {
  const st = seriesStyle(i);
  return `<path d="${d ?? ""}" fill="none" stroke="${st.color}" stroke-width="2.5" stroke-dasharray="${st.dash}"><title>${escapeXml(s.name)}</title></path>`;
}

const euroShort = (cents: number) => formatEuro(cents, { cents: false });

/** Total income chart; `markerCent` is the person's netto earnings (marked on the first series). */
export function renderIncomeChart(
  series: CurveSeries[],
  markerCent: number | null,
  title: string,
  width = DEFAULT_CHART_WIDTH,
  household?: HouseholdChart,
): string {
  const size = layout(width);
  const { drawn, xMax } = drawable(series);
  const top = largest([
    ...drawn.flatMap((s) => s.points.map((p) => p.totaalCent)),
    ...(household?.points ?? []).map((p) => p.huishoudinkomenCent),
  ]);
  const yMax = niceMax(Math.max(0, top), 50_000);
  const { x, y, axes } = frame(
    size,
    xMax,
    yMax,
    ticks(yMax, yMax > 300_000 ? 100_000 : 50_000),
    euroShort,
    ticks(xMax, size.narrow ? 100_000 : 50_000),
    euroShort,
  );
  const path = (points: readonly CurvePoint[]) =>
    polylinePath(points.map((p) => [x(p.nettoCent), y(p.totaalCent)]));
  const lines = drawn.map((s, i) => seriesPath(s, i, path(s.points)));
  if (household && household.points.length > 1) {
    const hPath = (points: readonly HouseholdPoint[]) =>
      polylinePath(points.map((p) => [x(p.nettoCent), y(Math.max(0, p.huishoudinkomenCent))]));
    lines.push(householdPath(household, hPath(household.points)));
  }
  let marker = bijstandEndMarker(household, size, x);
  const first = drawn[0];
  // The curve's points are on a grid; the person's own point is the nearest one on it.
  const p =
    first && markerCent !== null && markerCent <= xMax
      ? nearest(first.points, markerCent)
      : undefined;
  if (p) {
    marker += `<circle cx="${x(p.nettoCent).toFixed(1)}" cy="${y(p.totaalCent).toFixed(1)}" r="6" fill="var(--bg)" stroke="var(--fg)" stroke-width="2.5"><title>U: ${escapeXml(euroShort(p.nettoCent))} netto</title></circle>`;
  }
  return svg(size, title, `${axes}${lines.join("")}${marker}`);
}

/** Marginal rate chart: the share of each extra euro that is lost, 0–100%. */
export function renderMarginalChart(
  series: CurveSeries[],
  title: string,
  width = DEFAULT_CHART_WIDTH,
  household?: HouseholdChart,
): string {
  const size = layout(width);
  const { drawn, xMax } = drawable(series);
  const { x, y, axes } = frame(
    size,
    xMax,
    1,
    [0, 0.25, 0.5, 0.75, 1],
    (v) => formatPercent(v),
    ticks(xMax, size.narrow ? 100_000 : 50_000),
    euroShort,
  );
  const rate = (p: { nettoCent: number; marginalRate: number }): [number, number] => [
    x(p.nettoCent),
    y(Math.min(1, Math.max(0, p.marginalRate))),
  ];
  const lines = drawn.map((s, i) => seriesPath(s, i, polylinePath(s.points.map(rate))));
  if (household && household.points.length > 1)
    lines.push(householdPath(household, polylinePath(household.points.map(rate))));
  return svg(size, title, `${axes}${lines.join("")}${bijstandEndMarker(household, size, x)}`);
}

function svg({ W, H }: Layout, title: string, body: string): string {
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeXml(title)}" class="rekenhulp-chart" font-size="12" fill="currentColor">${body}</svg>`;
}

/** Legend items (HTML `<li>`s) with the same colour and dash as the lines; names are escaped. */
export function renderLegend(names: string[], householdName?: string): string {
  const household = householdName
    ? `<li><svg width="32" height="10" aria-hidden="true"><line x1="0" x2="32" y1="5" y2="5" stroke="${HOUSEHOLD_STYLE.color}" stroke-width="3" stroke-dasharray="${HOUSEHOLD_STYLE.dash}"/></svg> ${escapeXml(householdName)}</li>`
    : "";
  return names
    .map((name, i) => {
      const st = seriesStyle(i);
      return `<li><svg width="32" height="10" aria-hidden="true"><line x1="0" x2="32" y1="5" y2="5" stroke="${st.color}" stroke-width="3" stroke-dasharray="${st.dash}"/></svg> ${escapeXml(name)}</li>`;
    })
    .join("")
    .concat(household);
}
