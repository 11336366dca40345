import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** Kremer (2018): what each of the five cities did instead of guiding people to work. */
export const dataset = defineDataset({
  name: "geparkeerd-per-stad",
  title: "Wat vijf steden deden voor mensen met weinig kans op werk (2018)",
  description:
    "Per stad wat het onderzoek van Monique Kremer (UvA, met het Tijdschrift voor Sociale Vraagstukken) beschrijft over de aanpak van mensen in de bijstand die geen hulp naar werk meer krijgen. In onze eigen woorden, naar het bericht in Trouw. Geen cijfers per stad: die staan niet in het bericht.",
  fields: {
    city: field.text("Stad, of 'Alle vijf steden' voor wat alle vijf deden"),
    approach: field.text("Wat de stad deed, in onze eigen woorden"),
    source: field.sources(),
  },
});

/** One city's approach. */
export type GeparkeerdRow = RowOf<typeof dataset.fields>;
