import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** The rule parameters the engine reads; each has a value per date from which it applies. */
export const RULE_IDS = [
  "vakantietoeslag-aandeel",
  "kostendelersnorm-grondslag",
  "kostendelersnorm-per-persoon",
  "kostendelersnorm-minimumleeftijd",
  "kostendeler-minimumleeftijd",
  "mantelzorg-uitzondering",
  "vrijlating-minimumleeftijd",
  "vrijlating-onder-27-tijdelijk",
  "vrijlating-n-maanden",
  "vrijlating-r-maanden",
  "vrijlating-r-kind-leeftijd",
  "vrijlating-z-maanden",
  "vrijlating-y-voor-r",
  "vrijlating-34a-aandeel",
  "vrijlating-34a-maanden",
  "vrijlating-34a-aow-aandeel",
  "vrijlating-34a-aow-maximum-cent",
  "bufferbudget-maximum-cent",
  "verrekening-ontvangst",
] as const;

/** Rules of the Participatiewet that are not indexed amounts: ages, durations, percentages. */
export const dataset = defineDataset({
  name: "participatiewet-regels",
  title: "Regels van de Participatiewet: leeftijden, termijnen en percentages",
  description:
    "De regels die de rekenhulp gebruikt en die geen geïndexeerd bedrag zijn: leeftijdsgrenzen, termijnen in maanden, percentages, ja/nee-regels (1 = ja, 0 = nee) en vaste bedragen in centen die de wet niet indexeert (naam eindigt op -cent), elk met de datum waarop de regel begint te gelden en het artikel. Een regel geldt tot de volgende rij met dezelfde naam.",
  fields: {
    rule: field.oneOf(RULE_IDS, "Naam van de regel"),
    valid_from: field.date("Datum waarop deze waarde begint te gelden"),
    value: field.number(
      "Waarde: leeftijd in jaren, termijn in maanden, aandeel als decimaal, 1/0 voor ja/nee of een bedrag in centen",
    ),
    article: field.text("Artikel van de Participatiewet"),
    source: field.sources(),
    note: field.optional(field.text("Uitleg van de regel in gewone taal")),
  },
});

/** One rule value. */
export type ParticipatiewetRegelRow = RowOf<typeof dataset.fields>;
