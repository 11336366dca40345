/**
 * The calculator's permalink: reading and writing the query parameters of /rekenhulp/ (a public
 * interface; names fixed in issue 3) and turning typed form values into an engine input. Pure, so
 * the page (at build time), the island (in the browser) and the tests share it.
 *
 * `?datum=2026-01&leefvorm=alleenstaand&leeftijd=35&partnerleeftijd=40&huisgenoten=24,58
 *  &netto=500&maand=2&kind=nee&urenbeperking=nee&regeling=landelijk`
 *
 * Two answers of the Participatiewet in balans (from 2026) are written only when they are `ja`, so
 * every older link stays as it was: `jongerenverhoging=ja` (18–20 and no parents to fall back on,
 * art. 20 lid 3; only for ages 18–20) and `mantelzorg=ja` (living elsewhere for a while to give
 * intensive mantelzorg, art. 22a lid 4).
 */
import type { HouseholdInput, InputField, Leefvorm, Parameters } from "../engine/index.ts";
import {
  childUnder12FromAges,
  findRegime,
  isCovered,
  MAX_HOUSEMATES,
  MAX_MONTH,
  toMonthStart,
} from "../engine/index.ts";
import { formatDate } from "../format/format.ts";
import { parseAmount } from "../format/parse-amount.ts";
import { HOUSEHOLD_FIELDS, parseHouseholdFields } from "./household-params.ts";

/** The form's values as text, keyed by permalink parameter. */
export type FormValues = Record<InputField, string>;

/** The order of the parameters in a permalink. */
export const FIELDS: readonly InputField[] = [
  "datum",
  "leefvorm",
  "leeftijd",
  "partnerleeftijd",
  "huisgenoten",
  "netto",
  "maand",
  "kind",
  "urenbeperking",
  "jongerenverhoging",
  "mantelzorg",
  "regeling",
  // The household (issue 13), last, so existing links keep their order.
  ...HOUSEHOLD_FIELDS,
];

/** Fields written in a permalink only when they are `ja` (added after the first permalinks). */
const ONLY_WHEN_YES: ReadonlySet<string> = new Set(["jongerenverhoging", "mantelzorg"]);

/** Whether an age text is 18, 19 or 20: the ages the jongerenverhoging asks about (art. 20). */
export function isYouthAge(text: string): boolean {
  return /^(18|19|20)$/.test(text.trim());
}

const LEEFVORMEN: readonly Leefvorm[] = ["alleenstaand", "alleenstaande-ouder", "samenwonend"];

/**
 * Defaults for missing parameters. The month: `month` when given (the browser passes the month to
 * open on, see coverage.ts), else the first month of the latest half year in the data.
 */
export function defaultValues(params: Parameters, month?: string): FormValues {
  const last = params.periods[params.periods.length - 1] ?? "2026-01-01";
  return {
    datum: month ?? last.slice(0, 7),
    leefvorm: "alleenstaand",
    leeftijd: "35",
    partnerleeftijd: "35",
    huisgenoten: "",
    netto: "500",
    maand: "1",
    kind: "nee",
    urenbeperking: "nee",
    jongerenverhoging: "nee",
    mantelzorg: "nee",
    regeling: "landelijk",
    // The household's fields (issue 13): empty, so they change nothing.
    partnernetto: "",
    kinderen: "",
    huur: "",
  };
}

/** Reads form values from a query string; missing parameters get the defaults (`month`: see defaultValues). */
export function readQuery(params: Parameters, search: string, month?: string): FormValues {
  const q = new URLSearchParams(search);
  const values = defaultValues(params, month);
  for (const f of FIELDS) {
    const v = q.get(f);
    if (v !== null) values[f] = v.slice(0, 200);
  }
  return values;
}

/**
 * Writes form values as a query string, in the fixed order (without the leading `?`). `fields`: the
 * parameters to write, in order (default: this calculator's; /rekenhulp/loont-werken/ passes its own,
 * so both leave out the same parameters by the same rules).
 */
export function writeQuery(values: FormValues, fields: readonly string[] = FIELDS): string {
  const v: Readonly<Record<string, string>> = values;
  const q = new URLSearchParams();
  for (const f of fields) {
    const value = (v[f] ?? "").trim();
    if (f === "partnerleeftijd" && values.leefvorm !== "samenwonend") continue;
    if (f === "huisgenoten" && value === "") continue;
    if (ONLY_WHEN_YES.has(f) && value.toLowerCase() !== "ja") continue;
    if (f === "jongerenverhoging" && !isYouthAge(values.leeftijd)) continue;
    if ((HOUSEHOLD_FIELDS as readonly string[]).includes(f) && value === "") continue;
    if (f === "partnernetto" && values.leefvorm !== "samenwonend") continue;
    q.set(f, value);
  }
  return q.toString().replaceAll("%2C", ",");
}

/** The result of reading the form: an engine input, or Dutch messages per field. */
export type ParsedForm =
  | { ok: true; input: HouseholdInput }
  | { ok: false; errors: Partial<Record<InputField, string>> };

const WHOLE = /^\d{1,3}$/;

function parseAge(text: string, who: string): number | string {
  const t = text.trim();
  if (t === "") return `Vul ${who} in.`;
  if (!WHOLE.test(t)) return `Vul ${who} in als een heel getal, bijvoorbeeld 35.`;
  const n = Number(t);
  if (n < 18 || n > 120) return "Een leeftijd moet tussen 18 en 120 jaar liggen.";
  return n;
}

const yesNo = (v: string) => v.trim().toLowerCase() === "ja";

/** Checks every field and builds the engine input; messages are Dutch and meant for the field. */
export function parseForm(params: Parameters, values: FormValues): ParsedForm {
  const errors: Partial<Record<InputField, string>> = {};

  const date = toMonthStart(values.datum);
  if (date === null) {
    errors.datum = "Vul een maand in als jaar-maand, bijvoorbeeld 2026-01.";
  } else if (!isCovered(params, date)) {
    errors.datum = `Kies een maand van ${formatDate((params.periods[0] ?? "").slice(0, 7))} tot en met ${formatDate(params.lastDate.slice(0, 7))}.`;
  }

  const leefvorm = values.leefvorm.trim() as Leefvorm;
  if (!LEEFVORMEN.includes(leefvorm))
    errors.leefvorm = "Kies alleenstaand, alleenstaande ouder of samenwonend.";

  const age = parseAge(values.leeftijd, "uw leeftijd");
  if (typeof age === "string") errors.leeftijd = age;

  let partnerAge: number | null = null;
  if (leefvorm === "samenwonend") {
    const p = parseAge(values.partnerleeftijd, "de leeftijd van uw partner");
    if (typeof p === "string") errors.partnerleeftijd = p;
    else partnerAge = p;
  }

  const housemates: { age: number }[] = [];
  const hm = values.huisgenoten.trim();
  if (hm !== "") {
    const parts = hm.split(/\s*[,;]\s*/);
    if (parts.length > MAX_HOUSEMATES) {
      errors.huisgenoten = `Vul hoogstens ${MAX_HOUSEMATES} leeftijden in.`;
    } else if (!parts.every((p) => WHOLE.test(p))) {
      errors.huisgenoten =
        "Vul leeftijden in als hele getallen, gescheiden door komma's, bijvoorbeeld 24, 58.";
    } else if (!parts.every((p) => Number(p) >= 18 && Number(p) <= 120)) {
      errors.huisgenoten = "Vul alleen volwassen huisgenoten in: 18 tot en met 120 jaar.";
    } else {
      for (const p of parts) housemates.push({ age: Number(p) });
    }
  }

  const netto = parseAmount(values.netto);
  if (!netto.ok) errors.netto = netto.reason;

  const m = values.maand.trim();
  let month = 1;
  if (!/^\d{1,4}$/.test(m) || Number(m) < 1 || Number(m) > MAX_MONTH) {
    errors.maand = `Vul een maandnummer in van 1 tot en met ${MAX_MONTH}, bijvoorbeeld 1 voor de eerste maand met werk.`;
  } else {
    month = Number(m);
  }

  for (const f of ["kind", "urenbeperking", "jongerenverhoging", "mantelzorg"] as const) {
    if (!/^(ja|nee)$/i.test(values[f].trim())) errors[f] = "Kies ja of nee.";
  }

  const regime = values.regeling.trim();
  if (!findRegime(params, regime))
    errors.regeling = "Deze regeling kennen we niet. Kies een regeling uit de lijst.";

  const household = parseHouseholdFields(values, leefvorm);
  Object.assign(errors, household.errors);

  if (Object.keys(errors).length > 0 || typeof age === "string" || !netto.ok || date === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      date: date.slice(0, 7),
      leefvorm,
      age,
      partnerAge,
      housemates,
      nettoCent: netto.cents,
      month,
      childUnder12: childUnder12(params, values, leefvorm, household.extras.kinderen),
      urenbeperking: yesNo(values.urenbeperking),
      // Only when asked for, so an input from an older link is exactly what it was.
      ...(isYouthAge(values.leeftijd) && yesNo(values.jongerenverhoging)
        ? { jongerenverhoging: true }
        : {}),
      ...(yesNo(values.mantelzorg) ? { mantelzorg: true } : {}),
      regime,
      ...household.extras,
    },
  };
}

/** `kind=ja|nee`, or what follows from the children's ages when they are given. */
function childUnder12(
  params: Parameters,
  values: FormValues,
  leefvorm: Leefvorm,
  kinderen: readonly number[] | undefined,
): boolean {
  const childUnder12 = yesNo(values.kind);
  if (!kinderen) return childUnder12;
  return childUnder12FromAges(params, { date: values.datum, leefvorm, kinderen, childUnder12 });
}
