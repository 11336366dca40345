import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** Regimes the calculator compares: the national rules, local premiums and experiment arms. */
export const dataset = defineDataset({
  name: "regelingen",
  title: "Regelingen voor bijverdienen in de bijstand",
  description:
    "De regelingen die de rekenhulp vergelijkt: de landelijke regels, lokale bijverdienpremies (op grond van artikel 31 lid 2 onder j) en de extra vrijlating in de experimenten met de Participatiewet (2017–2019). Eén rij per regeling en periode, met percentage en maximum. Een leeg percentage of maximum betekent: niet gevonden in een bron; de rekenhulp rekent dan niet met die regeling. Uitzondering zijn de twee lezingen van de Participatiewet in balans (gedoog-jongeren, artikel-34a): hun percentage, duur en maximum staan als regel in participatiewet-regels.csv (artikel 34a).",
  fields: {
    regeling: field.pattern(
      "Vaste naam van de regeling (ook in de link van de rekenhulp)",
      /^[a-z][a-z0-9-]*$/,
      "amsterdam",
    ),
    name: field.text("Naam van de regeling"),
    kind: field.oneOf(
      ["landelijk", "premie", "extra-vrijlating", "gedoog-jongeren", "artikel-34a"] as const,
      "landelijk: alleen de wet; premie: premie bovenop de verrekening; extra-vrijlating: een groter deel van de verdiensten wordt niet verrekend; gedoog-jongeren en artikel-34a: een lezing van de ingangsdatum van artikel 34a (Participatiewet in balans), met percentage en duur uit participatiewet-regels.csv",
    ),
    valid_from: field.date("Eerste dag van de periode"),
    valid_to: field.optional(
      field.date("Laatste dag van de periode; leeg als de regeling nog geldt"),
    ),
    valid_to_reason: field.optional(
      field.oneOf(
        ["einde", "geen-bron"] as const,
        "Waarom de periode ophoudt: einde (de regeling stopte toen, volgens de bron) of geen-bron (de regeling liep misschien door, maar voor latere maanden vonden we geen bedragen); leeg als de regeling nog geldt",
      ),
    ),
    rate: field.optional(
      field.number("Deel van de netto verdiensten, als decimaal (0.3 = 30%)", { min: 0, max: 1 }),
    ),
    max_cent: field.optional(field.integer("Maximum per maand in centen", { min: 0 })),
    max_per: field.optional(
      field.oneOf(
        ["maand", "huishouden"] as const,
        "maand: per persoon per maand; huishouden: per huishouden per maand",
      ),
    ),
    payout: field.optional(field.text("Wanneer de premie wordt uitbetaald")),
    payout_months: field.optional(
      field.pattern(
        "Maanden van uitbetaling (1–12), gescheiden door ;",
        /^(1[0-2]|[1-9])(;(1[0-2]|[1-9]))*$/,
        "6;11",
      ),
    ),
    min_age: field.optional(
      field.integer("Minimumleeftijd die de regeling zelf noemt", { min: 18, max: 120 }),
    ),
    source: field.sources(),
    note: field.optional(field.text("Toelichting")),
  },
});

/** One period of one regime. */
export type RegelingRow = RowOf<typeof dataset.fields>;
