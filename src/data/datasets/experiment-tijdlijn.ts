import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** From the calls for room to experiment to the results and what followed. */
export const dataset = defineDataset({
  name: "experiment-tijdlijn",
  title: "Tijdlijn van de experimenten",
  description:
    "Gebeurtenissen van de oproepen tot experimenteerruimte (2015–2016) via het Tijdelijk besluit (2017) en de experimenten (2017–2019) tot de uitkomsten (2020) en wat volgde. Datum zo precies als de bron hem geeft.",
  fields: {
    date: field.pattern(
      "Datum: JJJJ, JJJJ-MM of JJJJ-MM-DD",
      /^\d{4}(-\d{2}(-\d{2})?)?$/,
      "2017-02-22",
    ),
    phase: field.oneOf(["oproep", "besluit", "experiment", "uitkomst", "vervolg"] as const, "Fase"),
    experiment: field.optional(
      field.pattern(
        "Experiment waar het om gaat (id), leeg als het om alle gaat",
        /^[a-z0-9-]+$/,
        "amsterdam",
      ),
    ),
    event: field.text("Wat er gebeurde"),
    source: field.sources(),
  },
});

/** One dated event. */
export type ExperimentTijdlijnRow = RowOf<typeof dataset.fields>;
