import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** The kinds of events, with their Dutch labels (plural for the filter). */
export const KINDS = {
  wet: { label: "Wet en regels", singular: "Wet" },
  experiment: { label: "Experimenten", singular: "Experiment" },
  onderzoek: { label: "Onderzoek", singular: "Onderzoek" },
  politiek: { label: "Politiek", singular: "Politiek" },
} as const;

/** A kind of event. */
export type Kind = keyof typeof KINDS;

/** The policy timeline 2013–2027: one row per dated event. */
export const dataset = defineDataset({
  name: "tijdlijn",
  title: "Tijdlijn van de Participatiewet, 2013–2027",
  description:
    "Gebeurtenissen rond de Participatiewet en de experimenten: wetten en regels, experimenten, onderzoek en politiek, elk met datum en bron. De tekst is in onze eigen woorden. Staat alleen een maand of jaar in de bron, dan staat alleen die in de datum.",
  fields: {
    id: field.pattern(
      "Vaste naam van de gebeurtenis; de pagina linkt naar /tijdlijn/#<id>",
      /^[a-z0-9][a-z0-9-]*$/,
      "participatiewet-in-werking",
    ),
    date: field.pattern(
      "Datum: JJJJ-MM-DD, of JJJJ-MM als de dag onbekend is",
      /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
      "2015-01-01",
    ),
    kind: field.oneOf(
      Object.keys(KINDS) as [Kind, ...Kind[]],
      "Soort: wet, experiment, onderzoek of politiek",
    ),
    title: field.text("Korte titel"),
    text: field.text("Wat er gebeurde, in een of twee zinnen"),
    source: field.sources(),
  },
});

/** One event. */
export type TijdlijnRow = RowOf<typeof dataset.fields>;
