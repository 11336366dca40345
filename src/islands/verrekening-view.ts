/**
 * Everything /rekenhulp/verrekening/ shows for one timeline, as text: the table, the summary, the
 * chart (plain SVG) and the sentence a screen reader hears. Pure: the page renders it at build
 * time (the example without JavaScript, the walk-through steps), the island in the browser.
 */

import { linearScale, polylinePath } from "../charts/plain/scale.ts";
import type { Parameters } from "../engine/index.ts";
import {
  SETTLEMENT_METHODS,
  type SettlementMethod,
  simulateTimeline,
  type TimelineField,
  type TimelineInput,
  type TimelineRow,
  type TimelineSummary,
  type ToeslagenHousehold,
  toeslagenOverTimeline,
} from "../engine/index.ts";
import { formatDate, formatEuro, formatSigned, monthShortName } from "../format/format.ts";
import { escapeXml } from "../format/xml.ts";
import { buildToeslagenView, type ToeslagenView } from "./toeslagen-jaar-view.ts";

/** Each method: its name and two plain sentences. */
export const METHODS: Record<SettlementMethod, { label: string; text: string }> = {
  vooraf: {
    label: "Vooraf: vaste inkomsten, zelfde maand",
    text: "U heeft elke maand hetzelfde loon en de gemeente weet vooraf hoeveel. Ze haalt het van de bijstand van diezelfde maand af, dus u weet meteen waar u aan toe bent.",
  },
  achteraf: {
    label: "Achteraf: een maand later",
    text: "De gemeente betaalt eerst de volledige bijstand en haalt uw loon er een maand later af, als uw loonstrook binnen is. Stopt de bijstand, dan moet u het loon van de laatste maand nog terugbetalen.",
  },
  schatting: {
    label: "Schatting: eerst schatten, daarna corrigeren",
    text: "De gemeente betaalt de bijstand op basis van een geschat loon. Verdient u meer of minder dan geschat, dan wordt het verschil de maand daarna ingehouden of bijbetaald, en een schuld wordt binnen zes maanden ingehouden.",
  },
  ontvangst: {
    label: "Ontvangst: de maand waarin het geld binnenkomt (nieuw)",
    text: "Uw loon telt mee in de maand waarin het op uw rekening staat, niet in de maand waarin u ervoor werkte; vul dus per maand in wat u toen ontving. Zo komt er later niets meer bij of af, maar dit is de nieuwe regel van de Participatiewet in balans: officieel vanaf 2027, en gemeenten mogen er in 2026 al mee beginnen.",
  },
};

/** Column headers of the table (each a `<th scope="col">`). */
export const TABLE_HEAD = [
  "Maand",
  "Verdiend (netto)",
  "Telt mee na vrijlating",
  "Bijstand voor deze maand",
  "Verrekend voor eerdere maanden",
  "Premie uitbetaald",
  "Totaal ontvangen",
] as const;

/** One method in the side-by-side: the same months settled that way. */
export interface MethodComparison {
  method: SettlementMethod;
  label: string;
  /** Whether this is the method the reader chose. */
  chosen: boolean;
  cells: string[];
}

/** Column headers of the side-by-side of the methods. */
export const COMPARISON_HEAD = [
  "Manier van verrekenen",
  "Laagste maand",
  "Maanden met inhouding",
  "Totaal ontvangen in deze maanden",
  "Nog open na de laatste maand",
  "Totaal na afrekening",
] as const;

/** What the page shows for a timeline. */
export interface TimelineView {
  /** The total once everything still open is settled (formatted). */
  totalAfterSettlement: string;
  /** Every method of the engine for the same months and person. */
  comparison: MethodComparison[];
  table: { head: readonly string[]; rows: string[][] };
  /** What changes or happens, per month that has something to say. */
  events: { month: string; notes: string[] }[];
  summary: { label: string; value: string }[];
  chartSvg: string;
  chartTitle: string;
  chartDescription: string;
  announcement: string;
  notes: string[];
  methodText: string;
  rows: TimelineRow[];
  totals: TimelineSummary;
  /** The toeslagen over each calendar year; null without the toeslagen parameters or household. */
  toeslagen: ToeslagenView | null;
}

/** Month label: "juli 2025". */
export function monthLabel(date: string): string {
  return formatDate(date.slice(0, 7));
}

/** Table row strings for one month. */
export function tableRow(r: TimelineRow): string[] {
  return [
    monthLabel(r.date),
    formatEuro(r.earnedCent),
    formatEuro(r.countedCent),
    formatEuro(r.paidCent),
    formatSigned(r.correctionCent),
    formatEuro(r.premiePaidCent),
    formatEuro(r.totalCent),
  ];
}

/** The summary list under the table. */
export function summaryItems(rows: TimelineRow[], s: TimelineSummary): TimelineView["summary"] {
  const at = (i: number) => monthLabel((rows[i] as TimelineRow).date);
  const repay =
    s.repaymentMonths.length === 0
      ? "geen"
      : `${s.repaymentMonths.length} (${s.repaymentMonths.map(at).join(", ")})`;
  const claimLabel = s.outOfBijstandAtEnd
    ? "Vordering bij uitstroom (nog terug te betalen)"
    : "Nog te verrekenen na de laatste maand";
  const items = [
    {
      label: "Laagste totaal in een maand",
      value: `${formatEuro(s.lowestTotalCent)} (${at(s.lowestIndex)})`,
    },
    {
      label: "Hoogste totaal in een maand",
      value: `${formatEuro(s.highestTotalCent)} (${at(s.highestIndex)})`,
    },
    { label: "Maanden waarin geld werd ingehouden", value: repay },
    { label: claimLabel, value: formatEuro(s.claimAtEndCent) },
  ];
  if (s.owedAtEndCent > 0)
    items.push({ label: "Nog na te betalen door de gemeente", value: formatEuro(s.owedAtEndCent) });
  items.push(
    { label: "Premie ontvangen", value: formatEuro(s.premiePaidCent) },
    { label: "Premie gespaard, nog niet uitbetaald", value: formatEuro(s.premieSavedCent) },
    { label: "Maanden met vrijlating", value: String(s.vrijlatingMonths) },
    {
      label: "Totaal ontvangen in deze maanden (wat nog openstaat niet meegerekend)",
      value: formatEuro(s.totalCent),
    },
  );
  return items;
}

const H = 300;
const M = { top: 24, right: 12, bottom: 44, left: 64 };

/**
 * Bars: total received per month; a line with dots: netto earned; a downward triangle under a
 * month in which money was withheld and a diamond above a month with a premie payout. Shapes and
 * the legend carry the meaning, not colour alone.
 */
export function renderTimelineChart(
  rows: TimelineRow[],
  title: string,
  highlight = -1,
  width = 640,
): string {
  const W = Math.round(Math.min(960, Math.max(300, width)));
  const top = Math.max(1, ...rows.map((r) => Math.max(r.totalCent, r.earnedCent)));
  const step = top > 300_000 ? 100_000 : 50_000;
  const yMax = Math.max(step, Math.ceil(top / step) * step);
  const innerW = W - M.left - M.right;
  // One band per month (inner padding 0.3, outer 0.15, centred); the bar takes 70% of it. Plain
  // arithmetic and src/charts/plain/scale.ts: the page's script stays small without a library.
  const band = innerW / Math.max(1, rows.length - 0.3 + 0.15 * 2);
  const start = M.left + (innerW - band * (rows.length - 0.3)) * 0.5;
  const halfBar = (band * (1 - 0.3)) / 2;
  const y = linearScale([0, yMax], [H - M.bottom, M.top]);
  const cx = (i: number) => start + band * i + halfBar;
  const parts: string[] = [];
  for (let t = 0; t <= yMax; t += step) {
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="var(--line)"/>`,
      `<text x="${M.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${escapeXml(formatEuro(t, { cents: false }))}</text>`,
    );
  }
  // A month label needs about 34 px.
  const labelEvery = Math.max(1, Math.ceil(rows.length / Math.floor(innerW / 34)));
  rows.forEach((r, i) => {
    const bw = Math.max(2, band * 0.7);
    const x0 = cx(i) - bw / 2;
    const top = y(r.totalCent);
    const cls = i === highlight ? ' stroke="var(--fg)" stroke-width="2"' : "";
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${top.toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0) - top).toFixed(1)}" fill="var(--chart-main)" fill-opacity="${highlight >= 0 && i !== highlight ? "0.45" : "0.85"}"${cls}><title>${escapeXml(`${monthLabel(r.date)}: ontvangen ${formatEuro(r.totalCent)}, verdiend ${formatEuro(r.earnedCent)}`)}</title></rect>`,
    );
    if (i % labelEvery === 0) {
      const m = Number(r.date.slice(5, 7));
      parts.push(
        `<text x="${cx(i).toFixed(1)}" y="${H - M.bottom + 14}" text-anchor="middle">${monthShortName(m)}</text>`,
      );
      if (i === 0 || m <= labelEvery)
        parts.push(
          `<text x="${cx(i).toFixed(1)}" y="${H - M.bottom + 36}" text-anchor="middle">${r.date.slice(0, 4)}</text>`,
        );
    }
    if (r.withheldCent > 0) {
      const yb = H - M.bottom + 19;
      parts.push(
        `<path d="M${(cx(i) - 5).toFixed(1)},${yb} L${(cx(i) + 5).toFixed(1)},${yb} L${cx(i).toFixed(1)},${yb + 8} Z" fill="var(--error)"><title>${escapeXml(`${monthLabel(r.date)}: ${formatEuro(r.withheldCent)} ingehouden`)}</title></path>`,
      );
    }
    if (r.premiePaidCent > 0) {
      const yp = top - 10;
      parts.push(
        `<path d="M${cx(i).toFixed(1)},${yp - 6} L${(cx(i) + 6).toFixed(1)},${yp} L${cx(i).toFixed(1)},${yp + 6} L${(cx(i) - 6).toFixed(1)},${yp} Z" fill="var(--chart-3)" stroke="var(--fg)" stroke-width="1"><title>${escapeXml(`${monthLabel(r.date)}: ${formatEuro(r.premiePaidCent)} premie`)}</title></path>`,
      );
    }
  });
  const earned = polylinePath(rows.map((r, i) => [cx(i), y(r.earnedCent)]));
  parts.push(
    `<path d="${earned}" fill="none" stroke="var(--chart-2)" stroke-width="2.5" stroke-dasharray="6 3"/>`,
  );
  for (const [i, r] of rows.entries()) {
    parts.push(
      `<circle cx="${cx(i).toFixed(1)}" cy="${y(r.earnedCent).toFixed(1)}" r="3.5" fill="var(--bg)" stroke="var(--chart-2)" stroke-width="2"/>`,
    );
  }
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeXml(title)}" class="verrekening-chart" font-size="12" fill="currentColor">${parts.join("")}</svg>`;
}

/** Legend (HTML `<li>`s), matching the chart's shapes. */
export const LEGEND_HTML = [
  '<li><svg width="18" height="12" aria-hidden="true"><rect width="18" height="12" fill="var(--chart-main)" fill-opacity="0.85"/></svg> Totaal ontvangen (loon + bijstand + premie)</li>',
  '<li><svg width="32" height="12" aria-hidden="true"><line x1="0" x2="32" y1="6" y2="6" stroke="var(--chart-2)" stroke-width="2.5" stroke-dasharray="6 3"/><circle cx="16" cy="6" r="3.5" fill="var(--bg)" stroke="var(--chart-2)" stroke-width="2"/></svg> Netto verdiend</li>',
  '<li><svg width="12" height="10" aria-hidden="true"><path d="M1,1 L11,1 L6,9 Z" fill="var(--error)"/></svg> Geld ingehouden voor eerdere maanden</li>',
  '<li><svg width="14" height="14" aria-hidden="true"><path d="M7,1 L13,7 L7,13 L1,7 Z" fill="var(--chart-3)" stroke="var(--fg)"/></svg> Premie uitbetaald</li>',
].join("");

/** What is still open after the last month, in a few words: "+€ 20,00" is owed to the person. */
function describeOpen(s: TimelineSummary): string {
  const open = s.owedAtEndCent + s.premieSavedCent - s.claimAtEndCent;
  return open === 0 ? "niets" : formatSigned(open);
}

/**
 * The same months under every method the engine knows (a new method appears by itself): the
 * lowest month, withholding, total received, what is still open and the total after settlement.
 * A method that needs an estimate gets the reader's, or the average of the months.
 */
export function compareMethods(params: Parameters, input: TimelineInput): MethodComparison[] {
  const months = input.earningsCent;
  const average =
    months.length === 0
      ? 0
      : Math.floor(months.reduce((a, c) => a + c, 0) / months.length / 100) * 100;
  const out: MethodComparison[] = [];
  for (const method of SETTLEMENT_METHODS) {
    const r = simulateTimeline(params, {
      ...input,
      method,
      estimateCent: input.estimateCent ?? average,
    });
    if (!r.ok) continue;
    const s = r.summary;
    out.push({
      method,
      // The short name: "Vooraf" of "Vooraf: vaste inkomsten, zelfde maand".
      label: (METHODS[method]?.label ?? method).split(":")[0] ?? method,
      chosen: method === input.method,
      cells: [
        formatEuro(s.lowestTotalCent),
        String(s.repaymentMonths.length),
        formatEuro(s.totalCent),
        describeOpen(s),
        formatEuro(s.totalAfterSettlementCent),
      ],
    });
  }
  return out;
}

/**
 * The toeslagen over each year of the timeline, with a note for each toeslag the form leaves out
 * because the reader did not fill in what it needs (rent, children).
 */
function toeslagenView(
  params: Parameters,
  input: TimelineInput & { household?: ToeslagenHousehold },
  rows: TimelineRow[],
): ToeslagenView {
  const household = input.household ?? {};
  const view = buildToeslagenView(
    toeslagenOverTimeline(params, input, rows, household),
    input.startMonth === 1,
  );
  const notAsked: string[] = [];
  if (household.huurCent === undefined || household.huurCent === null)
    notAsked.push("U vulde geen huur in: huurtoeslag rekenen we niet.");
  if (!household.kinderen?.length && input.person.leefvorm !== "alleenstaand")
    notAsked.push(
      "U vulde geen leeftijden van kinderen in: kindgebonden budget en kinderbijslag rekenen we niet.",
    );
  return { ...view, notes: [...notAsked, ...view.notes] };
}

/** Builds the view for a timeline input, or the problems per field. */
export function buildTimelineView(
  params: Parameters,
  input: TimelineInput & { household?: ToeslagenHousehold },
  highlight = -1,
  width = 640,
):
  | { ok: true; view: TimelineView }
  | { ok: false; errors: Partial<Record<TimelineField, string>> } {
  const r = simulateTimeline(params, input);
  if (!r.ok) {
    const errors: Partial<Record<TimelineField, string>> = {};
    for (const p of r.problems) {
      const f = p.field ?? "inkomsten";
      errors[f] = errors[f] ? `${errors[f]} ${p.message}` : p.message;
    }
    return { ok: false, errors };
  }
  const { rows, summary: s } = r;
  const first = rows[0] as TimelineRow;
  const last = rows[rows.length - 1] as TimelineRow;
  const span = `${monthLabel(first.date)} tot en met ${monthLabel(last.date)}`;
  const chartTitle = `Wat u per maand ontvangt, ${span}`;
  const chartDescription = `Het totaal dat u per maand ontvangt, ligt tussen ${formatEuro(s.lowestTotalCent)} (${monthLabel((rows[s.lowestIndex] as TimelineRow).date)}) en ${formatEuro(s.highestTotalCent)} (${monthLabel((rows[s.highestIndex] as TimelineRow).date)}). In ${s.repaymentMonths.length === 1 ? "1 maand" : `${s.repaymentMonths.length} maanden`} hield de gemeente geld in voor eerdere maanden.${s.premiePaidCent > 0 ? ` U kreeg in totaal ${formatEuro(s.premiePaidCent)} premie.` : ""}`;
  const claim =
    s.claimAtEndCent > 0
      ? ` Na de laatste maand moet u nog ${formatEuro(s.claimAtEndCent)} terugbetalen.`
      : " Na de laatste maand staat er niets open.";
  return {
    ok: true,
    view: {
      totalAfterSettlement: formatEuro(s.totalAfterSettlementCent),
      comparison: compareMethods(params, input),
      table: { head: TABLE_HEAD, rows: rows.map(tableRow) },
      events: rows
        .filter((x) => x.notes.length > 0)
        .map((x) => ({ month: monthLabel(x.date), notes: x.notes })),
      summary: summaryItems(rows, s),
      chartSvg: renderTimelineChart(rows, chartTitle, highlight, width),
      chartTitle,
      chartDescription,
      announcement: `Berekend: ${rows.length} maanden, ${METHODS[input.method].label.toLowerCase()}. Per maand tussen ${formatEuro(s.lowestTotalCent)} en ${formatEuro(s.highestTotalCent)}.${claim}`,
      notes: r.notes,
      methodText: METHODS[input.method].text,
      rows,
      totals: s,
      toeslagen: params.toeslagen && input.household ? toeslagenView(params, input, rows) : null,
    },
  };
}
