/**
 * The charts of /rekenhulp/loont-werken/ as plain SVG strings (the plain scale of
 * src/charts/plain/scale.ts, no chart library, so the page stays small): household income per month
 * against hours a week, with the chosen hour, the markers (bijstand stops, a toeslag falls or ends)
 * and the cliffs; and the effective marginal rate of one hour more as bars. Drawn at build time and
 * redrawn in the browser. Text is escaped.
 */
import { linearScale, polylinePath } from "../charts/plain/scale.ts";
import type { HoursMarker, HoursPoint } from "../engine/index.ts";
import { formatEuro, formatPercent } from "../format/format.ts";
import { escapeXml } from "../format/xml.ts";

/** Width the charts are drawn at when the reader's width is unknown. */
export const DEFAULT_WIDTH = 640;

function layout(width: number) {
  const W = Math.round(Math.min(960, Math.max(300, width)));
  const narrow = W < 480;
  return {
    W,
    H: narrow ? 280 : 340,
    narrow,
    left: narrow ? 56 : 64,
    right: 16,
    top: 16,
    bottom: 44,
  };
}

/** Short Dutch label of a marker. */
export function markerLabel(m: HoursMarker): string {
  if (m.kind === "bijstand-stopt") return "bijstand stopt";
  return `${m.name.toLowerCase()} ${m.kind === "toeslag-daalt" ? "daalt" : "stopt"}`;
}

const euro = (c: number) => formatEuro(c, { cents: false });

function svg(W: number, H: number, label: string, body: string): string {
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeXml(label)}" class="rekenhulp-chart" font-size="12" fill="currentColor">${body}</svg>`;
}

function hourAxis(x: (v: number) => number, L: ReturnType<typeof layout>): string {
  const step = L.narrow ? 10 : 5;
  const parts: string[] = [];
  for (let h = 0; h <= 40; h += step)
    parts.push(
      `<text x="${x(h).toFixed(1)}" y="${L.H - L.bottom + 18}" text-anchor="middle">${h}</text>`,
    );
  parts.push(
    `<text x="${((L.left + L.W - L.right) / 2).toFixed(1)}" y="${L.H - 6}" text-anchor="middle">Uren werk per week</text>`,
  );
  return parts.join("");
}

/** Household income per month for 0–40 hours; `chosen` is the reader's hours (highlighted). */
export function renderHoursChart(
  points: readonly HoursPoint[],
  markers: readonly HoursMarker[],
  chosen: number,
  label: string,
  width = DEFAULT_WIDTH,
): string {
  const L = layout(width);
  const top = Math.max(1, ...points.map((p) => p.huishoudinkomenCent));
  const yMax = Math.ceil(top / 50_000) * 50_000;
  const x = linearScale([0, 40], [L.left, L.W - L.right]);
  const y = linearScale([0, yMax], [L.H - L.bottom, L.top + 24]);
  const parts: string[] = [];
  const yStep = yMax > 300_000 ? 100_000 : 50_000;
  for (let v = 0; v <= yMax; v += yStep)
    parts.push(
      `<line x1="${L.left}" x2="${L.W - L.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="var(--line)"/>`,
      `<text x="${L.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${escapeXml(euro(v))}</text>`,
    );
  parts.push(hourAxis(x, L));
  // Markers: a dashed vertical line with a number; the numbers are explained under the chart.
  // Markers at the same or a near hour get their numbers side by side, so none hides another.
  let lastX = Number.NEGATIVE_INFINITY;
  let shift = 0;
  markers.forEach((m, i) => {
    const at = x(m.uren);
    shift = at - lastX < 14 ? shift + 12 : 0;
    lastX = at;
    const mx = at.toFixed(1);
    parts.push(
      `<line x1="${mx}" x2="${mx}" y1="${L.top + 14}" y2="${L.H - L.bottom}" stroke="var(--chart-annotation)" stroke-dasharray="4 4"><title>${escapeXml(`${markerLabel(m)} bij ${m.uren} uur`)}</title></line>`,
      `<text x="${(at + shift).toFixed(1)}" y="${L.top + 10}" text-anchor="middle" font-weight="700">${i + 1}</text>`,
    );
  });
  const path = polylinePath(points.map((p) => [x(p.uren), y(p.huishoudinkomenCent)]));
  const wage = polylinePath(points.map((p) => [x(p.uren), y(p.nettoCent)]));
  parts.push(
    `<path d="${wage}" fill="none" stroke="var(--chart-2)" stroke-width="2" stroke-dasharray="8 4"><title>Netto loon</title></path>`,
    `<path d="${path}" fill="none" stroke="var(--chart-main)" stroke-width="2.5"><title>Huishoudinkomen</title></path>`,
  );
  // Cliffs: a downward triangle where one hour more leaves less.
  for (const p of points)
    if (p.cliff) {
      const cx = x(p.uren + 0.5);
      const cy = y(p.huishoudinkomenCent) - 10;
      parts.push(
        `<path d="M${(cx - 6).toFixed(1)},${(cy - 6).toFixed(1)}h12l-6,10z" fill="var(--chart-2)" stroke="var(--fg)"><title>${escapeXml(`Klif: van ${p.uren} naar ${p.uren + 1} uur houdt uw huishouden ${euro(-(p.nextHourCent ?? 0))} minder over`)}</title></path>`,
      );
    }
  const c = points.find((p) => p.uren === chosen);
  if (c)
    parts.push(
      `<circle cx="${x(c.uren).toFixed(1)}" cy="${y(c.huishoudinkomenCent).toFixed(1)}" r="6" fill="var(--bg)" stroke="var(--fg)" stroke-width="2.5"><title>${escapeXml(`U: ${c.uren} uur, ${euro(c.huishoudinkomenCent)} per maand`)}</title></circle>`,
    );
  return svg(L.W, L.H, label, parts.join(""));
}

/** The marginal rate of one hour more (0–150%; higher is cut off and marked) as bars per hour. */
export function renderMarginalChart(
  points: readonly HoursPoint[],
  chosen: number,
  label: string,
  width = DEFAULT_WIDTH,
): string {
  const L = layout(width);
  const x = linearScale([0, 40], [L.left, L.W - L.right]);
  const y = linearScale([0, 1.5], [L.H - L.bottom, L.top]);
  const parts: string[] = [];
  for (const v of [0, 0.5, 1, 1.5])
    parts.push(
      `<line x1="${L.left}" x2="${L.W - L.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${v === 1 ? "var(--fg)" : "var(--line)"}"${v === 1 ? ' stroke-dasharray="6 3"' : ""}/>`,
      `<text x="${L.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${escapeXml(formatPercent(v))}</text>`,
    );
  parts.push(hourAxis(x, L));
  const bw = Math.max(2, (x(1) - x(0)) * 0.7);
  for (const p of points) {
    if (p.marginalRate === null) continue;
    const r = Math.min(1.5, Math.max(0, p.marginalRate));
    const bx = x(p.uren + 0.5) - bw / 2;
    const title = `Van ${p.uren} naar ${p.uren + 1} uur: ${formatPercent(p.marginalRate)} van het extra brutoloon gaat verloren`;
    parts.push(
      `<rect x="${bx.toFixed(1)}" y="${y(r).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0) - y(r)).toFixed(1)}" fill="${p.cliff ? "var(--chart-2)" : "var(--chart-main)"}"${p.uren === chosen ? ' stroke="var(--fg)" stroke-width="2"' : ""}><title>${escapeXml(title)}</title></rect>`,
    );
    if (p.cliff)
      parts.push(
        `<text x="${(bx + bw / 2).toFixed(1)}" y="${(y(r) - 4).toFixed(1)}" text-anchor="middle" font-weight="700">!</text>`,
      );
  }
  return svg(L.W, L.H, label, parts.join(""));
}
