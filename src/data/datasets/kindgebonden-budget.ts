import { defineDataset, type RowOf } from "../dataset.ts";
import { type ParameterUnit, parameterTableFields } from "../parameter-table.ts";

/** The parameters of the Wet op het kindgebonden budget that the data holds, per berekeningsjaar. */
export const KINDGEBONDEN_BUDGET_PARAMETERS = [
  "bedrag-eerste-kind",
  "bedrag-volgend-kind",
  "verhoging-12-15",
  "verhoging-16-17",
  "alleenstaande-ouderkop",
  "afbouw-alleenstaande",
  "afbouw-partners",
  "drempel-verhoging-partners",
  "vermogensgrens-alleenstaande",
  "vermogensgrens-partners",
] as const;

/** One kindgebonden-budget parameter. */
export type KindgebondenBudgetParameter = (typeof KINDGEBONDEN_BUDGET_PARAMETERS)[number];

/** The unit of each kindgebonden-budget parameter. */
export const KINDGEBONDEN_BUDGET_UNITS: Record<KindgebondenBudgetParameter, ParameterUnit> = {
  "bedrag-eerste-kind": "cent",
  "bedrag-volgend-kind": "cent",
  "verhoging-12-15": "cent",
  "verhoging-16-17": "cent",
  "alleenstaande-ouderkop": "cent",
  "afbouw-alleenstaande": "rate",
  "afbouw-partners": "rate",
  "drempel-verhoging-partners": "cent",
  "vermogensgrens-alleenstaande": "cent",
  "vermogensgrens-partners": "cent",
};

/** Parameters of the kindgebonden budget per berekeningsjaar (Wet op het kindgebonden budget). */
export const dataset = defineDataset({
  name: "kindgebonden-budget",
  title: "Kindgebonden budget: bedragen, afbouw en grenzen per jaar",
  description:
    "De getallen waarmee het kindgebonden budget over een kalenderjaar wordt berekend (Wet op het kindgebonden budget, art. 1 en 2), per 1 januari. Bedragen per jaar in centen, percentages als decimaal. " +
    "bedrag-eerste-kind en bedrag-volgend-kind: per kind (art. 2 lid 2 onder a en b; in 2024–2026 hetzelfde bedrag). verhoging-12-15 en verhoging-16-17: extra per kind van 12 tot en met 15 en van 16 of 17 jaar, vanaf de maand na de verjaardag (art. 2 lid 3–5). alleenstaande-ouderkop: extra voor een ouder zonder partner, één keer per ouder (art. 2 lid 6). afbouw-alleenstaande en afbouw-partners: het deel van het toetsingsinkomen boven de drempel waarmee het budget daalt (art. 2 lid 7 en 8). De drempel is het drempelinkomen, met dezelfde definitie als bij de zorgtoeslag (art. 1 lid 1 onder d; zie de dataset zorgtoeslag); voor partners verhoogd met drempel-verhoging-partners. vermogensgrens-…: geen kindgebonden budget bij meer vermogen (art. 1 lid 4). " +
    "Afronding en minimum staan in de dataset awir. Niet gevonden, dus onbekend: alle bedragen en grenzen voor 2027; alleen het afbouwpercentage voor 2027 (8,05%) staat al in de wet. Een officieel rekenvoorbeeld van het kindgebonden budget vonden we niet.",
  fields: parameterTableFields(
    KINDGEBONDEN_BUDGET_PARAMETERS,
    "Welke parameter (zie de beschrijving van de dataset)",
  ),
});

/** One kindgebonden-budget parameter value. */
export type KindgebondenBudgetRow = RowOf<typeof dataset.fields>;
