import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Directions of an effect, from unfavourable to favourable for the outcome as named. */
export const DIRECTIONS = [
  "negatief",
  "soms-negatief",
  "geen",
  "positief-niet-significant",
  "soms-positief",
  "positief",
] as const;

/** How the comparison behind a figure was made. */
export const DESIGNS = [
  "gerandomiseerd",
  "niet-gerandomiseerd",
  "onbekend",
  "geen-vergelijking",
] as const;

/** Every outcome the researchers reported, with the number where one was published. */
export const dataset = defineDataset({
  name: "experiment-effecten",
  title: "Gerapporteerde uitkomsten van de experimenten",
  description:
    "Eén rij per uitkomst zoals onderzoekers, gemeenten of het CPB die meldden. kind = effect: een vergelijking tussen een experimentgroep en een controle- of vergelijkingsgroep; groep: de waarde voor één groep (twee rijen met dezelfde pair horen bij elkaar); beschrijvend: een cijfer zonder vergelijking. Waar alleen een richting is gemeld, is value leeg. Betrouwbaarheidsintervallen (ci_low, ci_high) zijn leeg: geen van de bronnen die wij lazen gaf ze. derived = ja: door ons berekend uit twee gepubliceerde cijfers. via_news = ja: alleen via een nieuwsbericht bij ons bekend.",
  fields: {
    id: field.pattern("Vaste naam van de rij", SLUG, "utrecht-ontheffing-12u-na"),
    kind: field.oneOf(
      ["effect", "groep", "beschrijvend"] as const,
      "Soort cijfer: effect, waarde van één groep, of beschrijvend",
    ),
    experiments: field.pattern(
      "Experiment(en) (ids uit experimenten.csv, gescheiden door ;)",
      /^[a-z0-9-]+(;[a-z0-9-]+)*$/,
      "deventer;utrecht;wageningen",
    ),
    arm: field.text("Groep of maatregel waar het om gaat"),
    comparison: field.optional(field.text("Vergeleken met")),
    design: field.oneOf(
      DESIGNS,
      "gerandomiseerd: vergelijking met een door loting gekozen controlegroep; niet-gerandomiseerd: vergelijking zonder loting; onbekend; geen-vergelijking",
    ),
    outcome: field.text("Uitkomst"),
    period: field.oneOf(
      ["tijdens", "na", "tussentijds"] as const,
      "Moment: tijdens het experiment, erna, of een tussenstand",
    ),
    direction: field.optional(
      field.oneOf(DIRECTIONS, "Richting van het effect op de uitkomst zoals genoemd"),
    ),
    significance: field.oneOf(
      ["ja", "nee", "onbekend", "nvt"] as const,
      "Statistisch significant volgens de bron: ja, nee, niet vermeld in wat wij lazen, of niet van toepassing",
    ),
    value: field.optional(field.number("Gepubliceerd getal (leeg: alleen een richting gemeld)")),
    value_high: field.optional(
      field.number("Bovenkant als de bron een bereik noemt (zoals 4 tot 5)"),
    ),
    unit: field.optional(
      field.oneOf(
        ["procentpunt", "procent", "aandeel", "verhouding", "dagen", "euro", "personen"] as const,
        "Eenheid van value; aandeel als fractie (0,24 = 24%)",
      ),
    ),
    ci_low: field.optional(
      field.number("Ondergrens van het betrouwbaarheidsinterval, als gepubliceerd"),
    ),
    ci_high: field.optional(
      field.number("Bovengrens van het betrouwbaarheidsinterval, als gepubliceerd"),
    ),
    derived: field.yesNo("ja als wij het getal berekenden uit gepubliceerde cijfers"),
    via_news: field.yesNo("ja als het cijfer ons alleen via een nieuwsbericht of kopie bereikte"),
    pair: field.optional(
      field.pattern("Koppelt de twee groepswaarden van één vergelijking", SLUG, "utrecht-12u"),
    ),
    note: field.optional(field.text("Toelichting")),
    source: field.sources(),
  },
});

/** One reported outcome. */
export type ExperimentEffectRow = RowOf<typeof dataset.fields>;
