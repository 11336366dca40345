import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { PARTIAL_DATE } from "../partial-date.ts";

/** Proposals around the experiments, each set against what was tried and what is known of its effect. */
export const dataset = defineDataset({
  name: "voorstellen",
  title: "Voorstellen rond de bijstandsexperimenten",
  description:
    "Eén rij per voorstel: de oproep om te mogen experimenteren (2016), de richtpunten en zes voorstellen van MIES (2015), de vragen van onderzoekers en gemeenten na 2020, en de wijzigingen van Participatiewet in balans. Bij elk voorstel: wat er werd geprobeerd en wat bekend is over het effect, in onze woorden, met bronnen.",
  fields: {
    id: field.pattern("Vaste naam", /^[a-z][a-z0-9-]*$/, "mies-1"),
    group: field.oneOf(
      ["oproep", "mies-richtpunt", "mies-voorstel", "na-2020", "in-balans"] as const,
      "Groep",
    ),
    date: field.optional(field.pattern("Datum van het voorstel", PARTIAL_DATE, "2015-04-12")),
    who: field.text("Wie stelde het voor"),
    proposal: field.text("Het voorstel, in onze woorden"),
    tried: field.text("Wat er werd geprobeerd"),
    effect: field.text("Wat bekend is over het effect"),
    source: field.sources(),
  },
});

/** One proposal. */
export type VoorstelRow = RowOf<typeof dataset.fields>;
