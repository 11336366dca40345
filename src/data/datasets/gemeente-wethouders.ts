import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { PARTIAL_DATE } from "../partial-date.ts";

/** Aldermen responsible for the bijstand, as named in our sources. */
export const dataset = defineDataset({
  name: "gemeente-wethouders",
  title: "Wethouders voor de bijstand",
  description:
    "Wethouders die in onze bronnen over de bijstand spreken, met partij en portefeuille als de bron die noemt. first_seen en last_seen zijn de vroegste en laatste datum waarop een bron hen als wethouder noemt, niet hun volledige ambtstermijn.",
  fields: {
    gemeente: field.pattern("Gemeente (slug uit gemeenten.csv)", /^[a-z][a-z0-9-]*$/, "amsterdam"),
    name: field.text("Naam"),
    party: field.optional(field.text("Partij, alleen als een bron die noemt")),
    portfolio: field.optional(field.text("Portefeuille, als de bron die noemt")),
    first_seen: field.optional(
      field.pattern("Vroegste bron die hen als wethouder noemt", PARTIAL_DATE, "2017-05"),
    ),
    last_seen: field.optional(
      field.pattern("Laatste bron die hen als wethouder noemt", PARTIAL_DATE, "2018-01"),
    ),
    source: field.sources(),
  },
});

/** One alderman. */
export type GemeenteWethouderRow = RowOf<typeof dataset.fields>;
