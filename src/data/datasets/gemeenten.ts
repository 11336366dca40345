import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

const SLUG = /^[a-z][a-z0-9-]*$/;

/** The municipalities the site follows: one page each, joined to the 2025 boundaries by CBS code. */
export const dataset = defineDataset({
  name: "gemeenten",
  title: "Gemeenten en wat ze probeerden",
  description:
    "Eén rij per gemeente die in ons onderzoek voorkomt, met de CBS-code uit de gemeentegrenzen van 2025 en vier kenmerken: deed mee aan het landelijke experiment (2017–2019), deed een eigen proef, betaalt of betaalde een lokale bijverdienpremie, wijkt openlijk af van de landelijke regels. Elk kenmerk is onderbouwd met de bronnen in de rij; de details staan in gemeente-beleid en gemeente-premies.",
  fields: {
    slug: field.pattern(
      "Vaste naam van de gemeente in de link: /gemeenten/<slug>/",
      SLUG,
      "den-haag",
    ),
    name: field.text("Naam van de gemeente zoals lezers hem kennen"),
    gm_code: field.pattern(
      "CBS-gemeentecode (statcode in de grenzen van 2025)",
      /^GM\d{4}$/,
      "GM0363",
    ),
    landelijk_experiment: field.yesNo(
      "Deed mee aan een van de zes landelijke experimenten (Tijdelijk besluit experimenten Participatiewet)",
    ),
    eigen_experiment: field.yesNo("Deed een eigen proef buiten het landelijke experiment"),
    bijverdienpremie: field.yesNo("Betaalt of betaalde een lokale bijverdienpremie"),
    afwijking: field.yesNo("Wijkt of week openlijk af van de landelijke regels"),
    experiment_page: field.optional(
      field.pattern("Pagina over het experiment: /experimenten/<naam>/", SLUG, "utrecht"),
    ),
    regelingen: field.optional(
      field.pattern(
        "Regeling(en) in de rekenhulp (regelingen.csv), gescheiden door ;",
        /^[a-z][a-z0-9-]*(;[a-z][a-z0-9-]*)*$/,
        "amsterdam;amsterdam-experiment",
      ),
    ),
    source: field.sources(),
  },
});

/** One municipality. */
export type GemeenteRow = RowOf<typeof dataset.fields>;
