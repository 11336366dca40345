import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { PARTIAL_DATE } from "../partial-date.ts";

/** What each municipality did: experiments, tegenprestatie, sancties, kostendelersnorm, asks. */
export const dataset = defineDataset({
  name: "gemeente-beleid",
  title: "Beleid van gemeenten in de bijstand",
  description:
    "Eén rij per maatregel of vraag van een gemeente, met datum en bron: experimenten, tegenprestatie, sancties en handhaving, kostendelersnorm voor jongeren, openlijke afwijkingen van de wet, vragen aan het Rijk en wat er daarna gebeurde. De tekst is een samenvatting in onze woorden. Ontbreekt een onderwerp voor een gemeente, dan vonden we er geen bron voor (op de site: 'onbekend').",
  fields: {
    gemeente: field.pattern("Gemeente (slug uit gemeenten.csv)", /^[a-z][a-z0-9-]*$/, "utrecht"),
    topic: field.oneOf(
      [
        "experiment",
        "eigen_experiment",
        "tegenprestatie",
        "sancties",
        "handhaving",
        "kostendelersnorm",
        "afwijking",
        "bijverdienen",
        "vraag_rijk",
        "vervolg",
        "overig",
      ] as const,
      "Onderwerp",
    ),
    date: field.optional(
      field.pattern(
        "Datum of begin: JJJJ, JJJJ-MM of JJJJ-MM-DD; leeg als geen bron een datum geeft",
        PARTIAL_DATE,
        "2022-07-01",
      ),
    ),
    date_end: field.optional(field.pattern("Einde, als dat bekend is", PARTIAL_DATE, "2019-10-31")),
    summary: field.text("Wat de gemeente deed of vroeg, in onze woorden"),
    source: field.sources(),
  },
});

/** One policy fact. */
export type GemeenteBeleidRow = RowOf<typeof dataset.fields>;
