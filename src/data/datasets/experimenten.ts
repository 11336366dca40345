import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const YEAR_MONTH_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The experiments with the bijstand: one row per experiment page. */
export const dataset = defineDataset({
  name: "experimenten",
  title: "Experimenten met de bijstand",
  description:
    "Eén rij per experiment of onderzoek: naam, gemeente, looptijd, onderzoekers, opzet (wel of geen loting) en het eindrapport. De zes experimenten onder het Tijdelijk besluit experimenten Participatiewet, het eigen experiment van Amsterdam, de vertrouwensexperimenten in Oss en Apeldoorn/Epe, het Rotterdamse onderzoek naar de tegenprestatie en het Finse basisinkomen ter vergelijking.",
  fields: {
    id: field.pattern("Korte naam; de pagina is /experimenten/<id>/", SLUG, "groningen"),
    name: field.text("Naam van het experiment"),
    municipality: field.text("Gemeente(n) of land"),
    country: field.oneOf(["NL", "FI"] as const, "Land (ISO-code)"),
    framework: field.oneOf(
      [
        "tijdelijk-besluit",
        "eigen-experiment",
        "buiten-besluit",
        "beleidsonderzoek",
        "buitenland",
      ] as const,
      "Kader: onder het Tijdelijk besluit experimenten Participatiewet, een eigen experiment binnen de wet, een vergelijkbaar experiment buiten het besluit, onderzoek naar bestaand beleid, of buitenland",
    ),
    start_date: field.optional(field.date("Begin van de looptijd (JJJJ-MM-DD)")),
    end_date: field.optional(field.date("Einde van de looptijd (JJJJ-MM-DD), leeg als onbekend")),
    period_note: field.text("Toelichting op de looptijd, met de verschillen tussen bronnen"),
    institution: field.text("Onderzoeksinstelling(en)"),
    researchers: field.text("Onderzoekers"),
    design: field.oneOf(
      ["gerandomiseerd", "niet-gerandomiseerd", "gemengd", "onbekend"] as const,
      "Opzet: indeling door loting (gerandomiseerd), vergelijking zonder loting, beide, of niet na te gaan",
    ),
    design_note: field.text("De opzet in gewone woorden"),
    groups: field.optional(field.integer("Aantal groepen, de controlegroep meegeteld", { min: 1 })),
    report: field.text("Titel van het (eind)rapport"),
    report_date: field.pattern(
      "Datum van het rapport: JJJJ, JJJJ-MM of JJJJ-MM-DD",
      YEAR_MONTH_DAY,
      "2020-05",
    ),
    source: field.sources(),
  },
});

/** One experiment. */
export type ExperimentRow = RowOf<typeof dataset.fields>;
