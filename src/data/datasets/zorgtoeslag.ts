import { defineDataset, type RowOf } from "../dataset.ts";
import { type ParameterUnit, parameterTableFields } from "../parameter-table.ts";

/** The parameters of the Wet op de zorgtoeslag that the data holds, per berekeningsjaar. */
export const ZORGTOESLAG_PARAMETERS = [
  "standaardpremie",
  "minimumloon-maand-januari",
  "drempelinkomen",
  "normpremie-drempel-alleenstaande",
  "normpremie-drempel-partners",
  "normpremie-boven-drempel",
  "aandeel-partner-niet-verzekerd",
  "vermogensgrens-alleenstaande",
  "vermogensgrens-partners",
  "inkomensgrens-alleenstaande",
  "inkomensgrens-partners",
] as const;

/** One zorgtoeslag parameter. */
export type ZorgtoeslagParameter = (typeof ZORGTOESLAG_PARAMETERS)[number];

/** The unit of each zorgtoeslag parameter. */
export const ZORGTOESLAG_UNITS: Record<ZorgtoeslagParameter, ParameterUnit> = {
  standaardpremie: "cent",
  "minimumloon-maand-januari": "cent",
  drempelinkomen: "cent",
  "normpremie-drempel-alleenstaande": "rate",
  "normpremie-drempel-partners": "rate",
  "normpremie-boven-drempel": "rate",
  "aandeel-partner-niet-verzekerd": "rate",
  "vermogensgrens-alleenstaande": "cent",
  "vermogensgrens-partners": "cent",
  "inkomensgrens-alleenstaande": "cent",
  "inkomensgrens-partners": "cent",
};

/** Parameters of the zorgtoeslag per berekeningsjaar (Wet op de zorgtoeslag, art. 1–4). */
export const dataset = defineDataset({
  name: "zorgtoeslag",
  title: "Zorgtoeslag: standaardpremie, normpremie en grenzen per jaar",
  description:
    "De getallen waarmee de zorgtoeslag over een kalenderjaar wordt berekend (Wet op de zorgtoeslag), per 1 januari. Zorgtoeslag = standaardpremie (met toeslagpartner tweemaal) min de normpremie; de normpremie is een percentage van het drempelinkomen plus een percentage van het toetsingsinkomen boven het drempelinkomen (art. 2). Bedragen per jaar in centen, percentages als decimaal. " +
    "standaardpremie: per verzekerde (art. 4). minimumloon-maand-januari: het minimumloon per maand van januari (Wet minimumloon art. 8 lid 1 onder b), waaruit de wet het drempelinkomen afleidt: 108% van twaalf keer dit bedrag (art. 1 onder f). drempelinkomen: het afgeronde bedrag waarmee de Dienst Toeslagen rekent; de wettelijke formule geeft een fractie van een cent meer of minder. normpremie-drempel-alleenstaande en normpremie-drempel-partners: het percentage van het drempelinkomen zonder en met toeslagpartner; normpremie-boven-drempel: het percentage van het (gezamenlijke) toetsingsinkomen boven het drempelinkomen (art. 2 lid 3). aandeel-partner-niet-verzekerd: het deel van de toeslag bij een partner die zelf niet verzekerd is (art. 2 lid 4). vermogensgrens-…: geen zorgtoeslag bij meer vermogen (rendementsgrondslag aan het begin van het jaar; art. 3, in 2024 art. 2a). inkomensgrens-…: het hoogste toetsingsinkomen met recht op zorgtoeslag zoals de Belastingdienst het publiceert; een uitkomst van de formule, geen wetsparameter. " +
    "Afronding en minimum staan in de dataset awir. Waarden uit een secundaire bron (de standaardpremie van 2024 en 2026, het minimumloon en het drempelinkomen van de Dienst) zeggen dat in de toelichting. Niet gevonden, dus onbekend: alle waarden voor 2027.",
  fields: parameterTableFields(
    ZORGTOESLAG_PARAMETERS,
    "Welke parameter (zie de beschrijving van de dataset)",
  ),
});

/** One zorgtoeslag parameter value. */
export type ZorgtoeslagRow = RowOf<typeof dataset.fields>;
