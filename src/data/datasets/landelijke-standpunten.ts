import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { PARTIAL_DATE } from "../partial-date.ts";

/** National actors: VNG, Divosa, LCR, FNV, the cabinet and both chambers. */
export const dataset = defineDataset({
  name: "landelijke-standpunten",
  title: "Standpunten van landelijke spelers",
  description:
    "Eén rij per standpunt van de VNG, Divosa, de Landelijke Cliëntenraad, de FNV, het kabinet (staatssecretarissen en minister) en de Tweede en Eerste Kamer, met datum en bron. De tekst is in onze woorden; een citaat alleen waar de bron het letterlijk geeft. Het verslag van de Eerste Kamer van 23 september 2025 is ongecorrigeerd en daarom alleen samengevat.",
  fields: {
    actor: field.oneOf(
      ["vng", "divosa", "lcr", "fnv", "kabinet", "tweede-kamer", "eerste-kamer"] as const,
      "Speler",
    ),
    date: field.optional(
      field.pattern(
        "Datum: JJJJ, JJJJ-MM of JJJJ-MM-DD; leeg als de bron geen datum toont",
        PARTIAL_DATE,
        "2025-01-24",
      ),
    ),
    who: field.text("Wie (persoon en functie, of het orgaan)"),
    party: field.optional(field.text("Partij, alleen als een bron die noemt")),
    summary: field.text("Het standpunt in onze woorden"),
    quote: field.optional(field.text("Letterlijk citaat uit de bron, zonder aanhalingstekens")),
    source: field.sources(),
  },
});

/** One national position. */
export type LandelijkStandpuntRow = RowOf<typeof dataset.fields>;
