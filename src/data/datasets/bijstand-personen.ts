import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** CBS: persons with algemene bijstand below AOW age, end of quarter. */
export const dataset = defineDataset({
  name: "bijstand-personen",
  title: "Personen met bijstand, per kwartaal",
  description:
    "Aantal personen met algemene bijstand tot de AOW-leeftijd aan het eind van elk kwartaal, heel Nederland (CBS). Telt personen, dus beide partners van een paar. Zonder mensen in instellingen. Afgerond op duizendtallen, zoals het CBS ze publiceert. Tot en met het 4e kwartaal 2023 cijfers na herziening (status herzien, uit de kwartaaltabellen van het CBS). Daarna de eerste, voorlopige publicatie (status voorlopig), deels gelezen in nieuwsberichten over CBS-cijfers; het CBS herziet die later vaak met 1.000 tot 6.000. Voor het 3e kwartaal 2024 en het 1e kwartaal 2025 vonden we geen cijfer; die kwartalen ontbreken. Tel deze reeks niet op met reeksen die uitkeringen of huishoudens tellen.",
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
