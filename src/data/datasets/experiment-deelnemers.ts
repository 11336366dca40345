import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** How many people were invited to and took part in each experiment. */
export const dataset = defineDataset({
  name: "experiment-deelnemers",
  title: "Deelnemers per experiment",
  description:
    "Aantallen mensen per experiment: uitgenodigd, deelnemers, aangemeld, in het onderzoek, per groep waar een bron dat noemt. De rijen met cpb_2022 = ja komen uit de infographic bij het CPB-vervolgonderzoek van januari 2022; de andere rijen uit andere bronnen, vaak met een ander aantal. Aantallen per groep (arm) zijn bijna nergens gepubliceerd in de bronnen die wij lazen.",
  fields: {
    experiment: field.pattern("Experiment (id uit experimenten.csv)", SLUG, "groningen"),
    group: field.pattern(
      "Groep: totaal, een groep uit experiment-armen.csv of een deelgebied",
      SLUG,
      "totaal",
    ),
    measure: field.oneOf(
      [
        "uitgenodigd",
        "deelnemers",
        "aangemeld",
        "onderzoeksgroep",
        "nog actief",
        "referentiegroep",
      ] as const,
      "Wat er geteld is",
    ),
    count: field.integer("Aantal personen", { min: 0 }),
    approximate: field.yesNo("ja als de bron een afgerond of 'ongeveer'-getal geeft"),
    as_of: field.optional(
      field.pattern(
        "Peilmoment: JJJJ, JJJJ-MM of JJJJ-MM-DD",
        /^\d{4}(-\d{2}(-\d{2})?)?$/,
        "2019-07",
      ),
    ),
    cpb_2022: field.yesNo("ja als het getal uit de CPB-infographic van januari 2022 komt"),
    source: field.sources(),
    note: field.optional(field.text("Toelichting")),
  },
});

/** One count of people. */
export type ExperimentDeelnemersRow = RowOf<typeof dataset.fields>;
