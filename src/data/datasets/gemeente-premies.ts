import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { PARTIAL_DATE } from "../partial-date.ts";

/** Local earnings premiums (bijverdienpremies) per municipality and period. */
export const dataset = defineDataset({
  name: "gemeente-premies",
  title: "Lokale bijverdienpremies",
  description:
    "Eén rij per premie en periode: percentage van de verdiensten, maximum, wanneer de premie wordt betaald en voor wie. Een leeg percentage of maximum betekent dat geen bron het noemt. Waar de rekenhulp de premie kent, staat de naam van de regeling erbij (regelingen.csv).",
  fields: {
    gemeente: field.pattern("Gemeente (slug uit gemeenten.csv)", /^[a-z][a-z0-9-]*$/, "amsterdam"),
    name: field.text("Naam van de premie"),
    date: field.optional(
      field.pattern("Begin: JJJJ, JJJJ-MM of JJJJ-MM-DD", PARTIAL_DATE, "2021-03-01"),
    ),
    date_end: field.optional(field.pattern("Einde, als dat bekend is", PARTIAL_DATE, "2023-12-31")),
    rate: field.optional(
      field.number("Deel van de verdiensten, als decimaal (0.3 = 30%)", { min: 0, max: 1 }),
    ),
    cap_cent: field.optional(field.integer("Maximum in centen", { min: 0 })),
    cap_per: field.optional(field.oneOf(["maand", "jaar"] as const, "Periode van het maximum")),
    payment: field.optional(field.text("Wanneer de premie wordt betaald")),
    eligibility: field.optional(field.text("Voor wie")),
    regeling: field.optional(
      field.pattern("Regeling in de rekenhulp (regelingen.csv)", /^[a-z][a-z0-9-]*$/, "amsterdam"),
    ),
    note: field.optional(field.text("Toelichting of wat niet gevonden is")),
    source: field.sources(),
  },
});

/** One premium period. */
export type GemeentePremieRow = RowOf<typeof dataset.fields>;
