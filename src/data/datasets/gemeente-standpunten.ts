import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { PARTIAL_DATE } from "../partial-date.ts";

/** Dated positions and quotes of aldermen, council members and ministers about one municipality. */
export const dataset = defineDataset({
  name: "gemeente-standpunten",
  title: "Standpunten over de bijstand, per gemeente",
  description:
    "Eén rij per standpunt: wie (met functie en partij, alleen als de bron die noemt), wanneer, wat in onze woorden, en waar de bron een letterlijk citaat geeft dat citaat. Citaten zijn kort en alleen toegeschreven aan wie de bron noemt.",
  fields: {
    gemeente: field.pattern("Gemeente (slug uit gemeenten.csv)", /^[a-z][a-z0-9-]*$/, "utrecht"),
    date: field.optional(
      field.pattern(
        "Datum: JJJJ, JJJJ-MM of JJJJ-MM-DD; leeg als de bron geen datum geeft",
        PARTIAL_DATE,
        "2020-05",
      ),
    ),
    who: field.text("Naam van de persoon of het orgaan"),
    role: field.text("Functie"),
    party: field.optional(field.text("Partij, alleen als een bron die noemt")),
    summary: field.text("Het standpunt in onze woorden"),
    quote: field.optional(field.text("Letterlijk citaat uit de bron, zonder aanhalingstekens")),
    source: field.sources(),
  },
});

/** One position. */
export type GemeenteStandpuntRow = RowOf<typeof dataset.fields>;
