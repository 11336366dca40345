import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** The onderdelen of art. 31 lid 2 Participatiewet that the data holds. */
export const ONDERDELEN = ["j", "m", "n", "r", "y", "z", "aa"] as const;

/** Percentages and maximum amounts of the vrijlatingen of art. 31 lid 2, per half year. */
export const dataset = defineDataset({
  name: "vrijlatingen",
  title: "Vrijlatingen en premie per half jaar (artikel 31 lid 2)",
  description:
    "Welk deel van de inkomsten niet met de bijstand wordt verrekend: het percentage en het maximumbedrag per onderdeel van artikel 31 lid 2 Participatiewet, per 1 januari en 1 juli. Bedragen in centen. j is de premie (per kalenderjaar), m de giftenvrijlating (per kalenderjaar, vanaf 2026), n, r, y, z en aa zijn vrijlatingen per maand. Ontbreekt een rij, dan vonden we het bedrag niet in een bron.",
  fields: {
    valid_from: field.date("Eerste dag waarop het bedrag geldt (1 januari of 1 juli)"),
    onderdeel: field.oneOf(ONDERDELEN, "Onderdeel van artikel 31 lid 2"),
    rate: field.optional(
      field.number("Deel van de netto inkomsten dat wordt vrijgelaten, als decimaal (0.25 = 25%)", {
        min: 0,
        max: 1,
      }),
    ),
    max_cent: field.integer("Maximumbedrag in centen", { min: 0 }),
    per: field.oneOf(["maand", "kalenderjaar"] as const, "Periode van het maximumbedrag"),
    article: field.text("Artikel van de Participatiewet"),
    source: field.sources(),
    note: field.optional(field.text("Toelichting, bijvoorbeeld over de zekerheid van het bedrag")),
  },
});

/** One vrijlating maximum. */
export type VrijlatingRow = RowOf<typeof dataset.fields>;
