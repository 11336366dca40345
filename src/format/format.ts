/**
 * The one nl-NL formatter of the site: money, numbers, percentages and dates. Pure and small, so
 * that browser islands can import it too.
 *
 * Conventions (the same everywhere):
 * - money `€ 1.078,50`; negative money `−€ 1.078,50` (a real minus sign, U+2212, before the euro);
 *   the space after `€` is a no-break space (U+00A0), so the sign never ends a line on its own;
 * - thousands separated by a dot, decimals by a comma: `472.000`, `43,3`;
 * - percentages without a space: `25%`;
 * - dates `1 januari 2026`, months `januari 2026`.
 */

/** The minus sign used for every negative number on the site. */
export const MINUS = "\u2212";

/** The no-break space between `€` and the amount. */
export const NBSP = "\u00a0";

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** Groups the digits of a non-negative integer string with dots: "1078" → "1.078". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Formats integer cents as euros: 107850 → "€ 1.078,50"; `{ cents: false }` drops ",00" for whole euros. */
export function formatEuro(cents: number, opts: { cents?: boolean } = {}): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`formatEuro needs integer cents, got ${cents}`);
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = groupThousands(String(Math.floor(abs / 100)));
  const rest = String(abs % 100).padStart(2, "0");
  const body =
    opts.cents === false && rest === "00" ? `€${NBSP}${euros}` : `€${NBSP}${euros},${rest}`;
  return negative ? `${MINUS}${body}` : body;
}

/** A signed amount: "+€ 150,00" (paid to you), "−€ 225,00" (to pay back) or "€ 0,00". */
export function formatSigned(cents: number): string {
  return cents > 0 ? `+${formatEuro(cents)}` : formatEuro(cents);
}

/** Formats a number with nl-NL separators and a fixed number of decimals: 43.333 → "43,3". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value))
    throw new RangeError(`formatNumber needs a finite number, got ${value}`);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const body = frac ? `${groupThousands(int)},${frac}` : groupThousands(int);
  return value < 0 && Number(fixed) !== 0 ? `${MINUS}${body}` : body;
}

/** Formats a fraction as a percentage: 0.25 → "25%", (0.4333, 1) → "43,3%". */
export function formatPercent(fraction: number, decimals = 0): string {
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/** Formats percentage points: 1 → "1 procentpunt", 9 → "9 procentpunten". */
export function formatPercentagePoints(points: number, decimals = 0): string {
  const text = formatNumber(points, decimals);
  return `${text} ${Math.abs(points) === 1 ? "procentpunt" : "procentpunten"}`;
}

/** The Dutch name of a month, 1-based: 1 → "januari". */
export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`no month ${month}`);
  return name;
}

/** Usual Dutch short month names for chart axes (as in Onze Taal's list, without the dot). */
const MONTHS_SHORT = [
  "jan",
  "feb",
  "mrt",
  "apr",
  "mei",
  "jun",
  "jul",
  "aug",
  "sep",
  "okt",
  "nov",
  "dec",
] as const;

/** The short Dutch name of a month for tight chart axes, 1-based: 3 → "mrt" (not "maa"). */
export function monthShortName(month: number): string {
  const name = MONTHS_SHORT[month - 1];
  if (!name) throw new RangeError(`no month ${month}`);
  return name;
}

/** Formats an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) in words: "2026-01-01" → "1 januari 2026". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new RangeError(`formatDate needs YYYY[-MM[-DD]], got "${iso}"`);
  const [, y, mo, d] = m;
  if (!mo) return String(y);
  const month = monthName(Number(mo));
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * Formats a period code of the data in words: "2015-H1" → "1e halfjaar 2015", "2017-K1" → "1e
 * kwartaal 2017", "2019-05" → "mei 2019", "2018" → "2018" (ISO dates through formatDate).
 */
export function formatPeriod(period: string): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return `${half[2]}e halfjaar ${half[1]}`;
  if (/^\d{4}-K[1-4]$/.test(period)) return formatQuarter(period);
  return formatDate(period);
}

/** Formats a quarter "2017-K1" as "1e kwartaal 2017"; `short` gives "K1 2017". */
export function formatQuarter(period: string, opts: { short?: boolean } = {}): string {
  const m = /^(\d{4})-K([1-4])$/.exec(period);
  if (!m) throw new RangeError(`formatQuarter needs YYYY-Kn, got "${period}"`);
  return opts.short ? `K${m[2]} ${m[1]}` : `${m[2]}e kwartaal ${m[1]}`;
}
