import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** Kinderbijslag per child per quarter, by age, as art. 12 lid 3 AKW states it. */
export const dataset = defineDataset({
  name: "kinderbijslag",
  title: "Kinderbijslag per kwartaal",
  description:
    "Het bedrag aan kinderbijslag per kind per kalenderkwartaal (Algemene Kinderbijslagwet art. 12 lid 3), in centen, per 1 januari en 1 juli. De leeftijd telt op de eerste dag van het kwartaal; het recht over een kwartaal bestaat als op die dag aan de voorwaarden is voldaan (art. 11 lid 2). De SVB betaalt achteraf, in de eerste week na het kwartaal. Voor 1 januari 2024 staan de bedragen uit de wettekst die vanaf 25 januari 2024 geldt: de verhoging geldt met terugwerkende kracht voor het hele eerste kwartaal (zie de toelichting). Niet gevonden, dus onbekend: de bedragen per 1 januari 2027.",
  fields: {
    valid_from: field.date("Eerste dag van het eerste kwartaal waarvoor het bedrag geldt"),
    age_from: field.integer("Leeftijd van het kind op de eerste dag van het kwartaal: vanaf", {
      min: 0,
      max: 17,
    }),
    age_to: field.integer("Leeftijd van het kind op de eerste dag van het kwartaal: tot en met", {
      min: 0,
      max: 17,
    }),
    amount_per_quarter_cent: field.integer("Bedrag per kind per kwartaal in centen", { min: 0 }),
    article: field.text("Artikel van de Algemene Kinderbijslagwet"),
    source: field.sources(),
    note: field.optional(field.text("Toelichting: citaat uit de bron en eventuele conflicten")),
  },
});

/** One kinderbijslag amount. */
export type KinderbijslagRow = RowOf<typeof dataset.fields>;
