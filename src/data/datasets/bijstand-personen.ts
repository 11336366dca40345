import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** CBS: persons with algemene bijstand below AOW age, end of quarter. */
export const dataset = defineDataset({
  name: "bijstand-personen",
  title: "Personen met bijstand, per kwartaal",
  description:
    "Aantal personen met algemene bijstand tot de AOW-leeftijd aan het eind van elk kwartaal, heel Nederland (CBS). Telt personen, dus beide partners van een paar. Zonder mensen in instellingen. Afgerond op duizendtallen, zoals het CBS ze publiceert.",
  fields: {
    period: field.pattern("Kwartaal, als JJJJ-Kn", /^\d{4}-K[1-4]$/, "2017-K1"),
    persons: field.integer("Aantal personen, afgerond op duizendtallen", { min: 0 }),
    status: field.oneOf(
      ["herzien", "voorlopig"] as const,
      "herzien: cijfer na herziening door het CBS; voorlopig: eerste publicatie",
    ),
    source: field.sources(),
  },
});

/** One quarter of the CBS caseload series. */
export type BijstandPersonenRow = RowOf<typeof dataset.fields>;
