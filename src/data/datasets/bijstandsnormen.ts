import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** The norm kinds of art. 20, 21, 22 and 22a lid 3 Participatiewet, as stored in the CSV. */
export const NORM_KINDS = [
  "alleenstaande-18-20",
  "alleenstaande-21",
  "alleenstaande-aow",
  "gehuwden-18-20",
  "gehuwden-18-20-kinderen",
  "gehuwden-18-20-en-21",
  "gehuwden-18-20-en-21-kinderen",
  "gehuwden-21",
  "gehuwden-aow",
  "jongere-partner-kostendelers",
  "jongere-partner-kostendelers-kinderen",
  "verhoging-18-20",
] as const;

/** Bijstandsnormen per half year, including vakantietoeslag, as the law states them. */
export const dataset = defineDataset({
  name: "bijstandsnormen",
  title: "Bijstandsnormen per half jaar",
  description:
    "De bijstandsnormen uit de Participatiewet (artikel 20, 21, 22 en 22a lid 3) per 1 januari en 1 juli, in centen per maand, inclusief vakantietoeslag, zoals de wet ze noemt. Het bedrag zonder vakantietoeslag is niet opgeslagen: het is de norm min 5% van de norm (afgerond op de cent). Ontbreekt een rij, dan vonden we het bedrag niet in een bron.",
  fields: {
    valid_from: field.date("Eerste dag waarop het bedrag geldt (1 januari of 1 juli)"),
    norm: field.oneOf(
      NORM_KINDS,
      "Soort norm: leefvorm en leeftijd (bijvoorbeeld alleenstaande-21 = alleenstaande of alleenstaande ouder van 21 jaar tot de AOW-leeftijd)",
    ),
    article: field.text("Artikel van de Participatiewet waar het bedrag staat"),
    amount_cent: field.integer("Bedrag per maand in centen, inclusief vakantietoeslag", { min: 0 }),
    source: field.sources(),
  },
});

/** One norm amount. */
export type BijstandsnormRow = RowOf<typeof dataset.fields>;
