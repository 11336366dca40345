import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** The AOW age (pensioengerechtigde leeftijd) per calendar year. */
export const dataset = defineDataset({
  name: "aow-leeftijd",
  title: "AOW-leeftijd per jaar",
  description:
    "De AOW-leeftijd (pensioengerechtigde leeftijd) per kalenderjaar, in jaren en maanden. Vanaf deze leeftijd gelden andere bijstandsnormen (artikel 22 Participatiewet) en geldt de vrijlating van inkomsten zonder termijn.",
  fields: {
    year: field.integer("Kalenderjaar", { min: 2000, max: 2100 }),
    years: field.integer("AOW-leeftijd: jaren", { min: 60, max: 75 }),
    months: field.integer("AOW-leeftijd: maanden bovenop de jaren", { min: 0, max: 11 }),
    source: field.sources(),
  },
});

/** The AOW age in one year. */
export type AowLeeftijdRow = RowOf<typeof dataset.fields>;
