/**
 * The household fields of the /rekenhulp/ permalink (issue 13, "Wat heeft mijn huishouden?"):
 * `kinderen` (ages of the children at home, comma-separated), `huur` (rent per month for huurtoeslag;
 * empty: no huurtoeslag) and `partnernetto` (the partner's netto earnings this month). Pure: parses
 * the typed text into the engine's household input, with Dutch messages per field.
 */
import type { HouseholdInput, InputField, Leefvorm } from "../engine/index.ts";
import { formatEuro } from "../format/format.ts";
import { parseAmount } from "../format/parse-amount.ts";

/** The household's permalink parameters, in permalink order (after the calculator's own). */
export const HOUSEHOLD_FIELDS = ["partnernetto", "kinderen", "huur"] as const;

/** Most children the form accepts. */
export const MAX_CHILDREN = 10;
/** Highest rent the form accepts, in cents (€ 5.000 a month). */
export const MAX_RENT_CENT = 500_000;

/** What the household fields add to the engine input; only the fields that were given. */
export type HouseholdExtras = Pick<HouseholdInput, "kinderen" | "huurCent" | "partnerNettoCent">;

/** The outcome of parsing the household fields. */
export interface ParsedHousehold {
  extras: HouseholdExtras;
  errors: Partial<Record<InputField, string>>;
}

const AGE = /^\d{1,2}$/;

/** Parses the children's ages: null when empty (not given), a Dutch message when wrong. */
export function parseChildren(text: string): number[] | null | string {
  const t = text.trim();
  if (t === "") return null;
  const parts = t.split(/\s*[,;]\s*/);
  if (!parts.every((p) => AGE.test(p)))
    return "Vul de leeftijden van de kinderen in als getallen, gescheiden door komma's, bijvoorbeeld 4, 9.";
  if (parts.length > MAX_CHILDREN) return `Vul hoogstens ${MAX_CHILDREN} kinderen in.`;
  const ages = parts.map(Number);
  if (!ages.every((a) => a >= 0 && a <= 17))
    return "Vul alleen kinderen jonger dan 18 in: een leeftijd van 0 tot en met 17 jaar.";
  return ages;
}

/** Parses the rent: null when empty (no huurtoeslag), cents, or a Dutch message. */
export function parseRent(text: string): number | null | string {
  if (text.trim() === "") return null;
  const r = parseAmount(text, { maxCents: MAX_RENT_CENT });
  if (!r.ok)
    return /hoger/.test(r.reason)
      ? `Vul een huur in van ${formatEuro(0, { cents: false })} tot en met ${formatEuro(MAX_RENT_CENT, { cents: false })} per maand.`
      : `${r.reason} Laat het veld leeg als u geen huurtoeslag wilt uitrekenen.`;
  return r.cents;
}

/**
 * Checks the household fields. The partner's earnings count only for a couple (empty: € 0); children
 * only for an alleenstaande ouder or a couple.
 */
export function parseHouseholdFields(
  values: Readonly<Record<"partnernetto" | "kinderen" | "huur", string>>,
  leefvorm: Leefvorm,
): ParsedHousehold {
  const extras: HouseholdExtras = {};
  const errors: Partial<Record<InputField, string>> = {};

  const kinderen = parseChildren(values.kinderen);
  if (typeof kinderen === "string") errors.kinderen = kinderen;
  else if (kinderen !== null) {
    if (leefvorm === "alleenstaand")
      errors.kinderen =
        "Met kinderen thuis bent u alleenstaande ouder of samenwonend. Kies dat bij leefsituatie, of laat dit veld leeg.";
    else extras.kinderen = kinderen;
  }

  const huur = parseRent(values.huur);
  if (typeof huur === "string") errors.huur = huur;
  else if (huur !== null) extras.huurCent = huur;

  if (leefvorm === "samenwonend" && values.partnernetto.trim() !== "") {
    const p = parseAmount(values.partnernetto);
    if (!p.ok) errors.partnernetto = p.reason;
    else extras.partnerNettoCent = p.cents;
  }
  return { extras, errors };
}
