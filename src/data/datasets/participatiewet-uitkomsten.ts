import type { RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { defineMeasureDataset, type Measure, measureColumns, measureField } from "../measures.ts";

/** What each measure of the evaluations means, and its one unit. */
export const measures = {
  baankans: {
    label: "Kans op een baan",
    definition:
      "Kans op een baan van mensen in de klassieke bijstand, vóór en na de Participatiewet (SCP).",
    unit: "aandeel",
  },
  "baankans-binnen-2-jaar": {
    label: "Baan binnen ongeveer 2 jaar",
    definition:
      "Kans op een baan binnen ongeveer twee jaar, voor mensen op de wachtlijst voor de sociale werkplaats (SCP 2018).",
    unit: "aandeel",
  },
  "banen-een-jaar-of-langer": {
    label: "Banen van een jaar of langer",
    definition:
      "Aandeel van de gevonden banen dat een jaar of langer duurde (SCP 2018, wachtlijst sociale werkplaats).",
    unit: "aandeel",
  },
  "baan-na-4-jaar": {
    label: "Baan ruim 4 jaar later",
    definition:
      "Aandeel van de mensen op de wachtlijst voor de sociale werkplaats met een baan ruim vier jaar na de invoering van de wet.",
    unit: "aandeel",
  },
  "werk-jaar-na-instroom": {
    label: "Werk in het jaar na instroom",
    definition:
      "Jonggehandicapten van 18 jaar met werk in het jaar na instroom: Wajong-groep 2014 tegen Participatiewet-groep 2015 (SEO).",
    unit: "aandeel",
  },
  "baan-na-3-jaar": {
    label: "Baan na 3 jaar",
    definition:
      "Jonggehandicapten met een baan na drie jaar: oude regels tegen Participatiewet (SEO).",
    unit: "aandeel",
  },
  "tijdelijk-contract": {
    label: "Tijdelijk contract",
    definition: "Aandeel van de werkende jonggehandicapten met een tijdelijk contract (SEO).",
    unit: "aandeel",
  },
  loonverschil: {
    label: "Verschil in loon",
    definition: "Hoeveel lager het gemiddelde loon is dan onder de oude regels, als aandeel (SEO).",
    unit: "aandeel",
  },
  "richting-banen-minstens-een-jaar": {
    label: "Banen van minstens een jaar",
    definition:
      "Richting van de verandering volgens het SCP; geen getal gepubliceerd in wat wij konden lezen.",
    unit: "richting",
  },
  "richting-vaste-contracten": {
    label: "Vaste contracten",
    definition: "Richting van de verandering volgens het SCP.",
    unit: "richting",
  },
  "richting-kleine-banen": {
    label: "Kleine banen (tot 20 uur per week)",
    definition: "Richting van de verandering volgens het SCP.",
    unit: "richting",
  },
  "richting-voltijdbanen": {
    label: "Voltijdbanen",
    definition: "Richting van de verandering volgens het SCP.",
    unit: "richting",
  },
  "richting-kans-op-werk": {
    label: "Kans op werk",
    definition: "Richting van de verandering volgens het SCP.",
    unit: "richting",
  },
  "richting-inkomenspositie": {
    label: "Inkomenspositie",
    definition: "Richting van de verandering volgens het SCP.",
    unit: "richting",
  },
  "richting-tijdelijke-contracten": {
    label: "Tijdelijke contracten",
    definition: "Richting van de verandering volgens het SCP.",
    unit: "richting",
  },
  "effect-uniforme-verplichtingen": {
    label: "Effect van dezelfde plichten en straffen voor iedereen op uitstroom",
    definition: "Conclusie van het SCP over uniforme verplichtingen en handhaving.",
    unit: "richting",
  },
} as const satisfies Record<string, Measure>;

/** Group labels, in the order the page shows them. */
export const GROUPS = {
  "klassieke-bijstand": "Klassieke bijstand",
  "wsw-wachtlijst": "Wachtlijst sociale werkplaats",
  jonggehandicapten: "Jonggehandicapten",
  iedereen: "Iedereen in de bijstand",
} as const;

/** Outcomes of the Participatiewet for its target groups, as published by SCP and SEO. */
export const dataset = defineMeasureDataset({
  name: "participatiewet-uitkomsten",
  title: "Wat de Participatiewet deed voor kans op werk en soort baan",
  description:
    "Gepubliceerde uitkomsten van de evaluatie van de Participatiewet per doelgroep: kans op werk vóór en na de wet, en hoe de banen veranderden. Elke rij zegt of wij het getal in de publicatie zelf, in een citaat of in een nieuwsbericht lazen. Waar alleen een richting bekend is, is value leeg en unit 'richting'.",
  measures,
  fields: {
    group: field.oneOf(
      Object.keys(GROUPS) as [keyof typeof GROUPS, ...(keyof typeof GROUPS)[]],
      "Doelgroep",
    ),
    measure: measureField(
      Object.keys(measures) as [keyof typeof measures, ...(keyof typeof measures)[]],
    ),
    phase: field.oneOf(
      ["voor", "na", "verandering"] as const,
      "voor of na de invoering van de wet, of de verandering zelf",
    ),
    value: measureColumns.value,
    unit: measureColumns.unit,
    qualifier: measureColumns.qualifier,
    direction: field.optional(
      field.oneOf(
        ["meer", "minder", "hoger", "lager", "slechter", "geen effect aangetoond"] as const,
        "Richting van de verandering, als de bron die noemt",
      ),
    ),
    reported_in: measureColumns.reported_in,
    derived: measureColumns.derived,
    source: field.sources(),
    note: field.optional(field.text("Toelichting: groep, peilmoment, herkomst")),
  },
});

/** One published outcome. */
export type UitkomstRow = RowOf<typeof dataset.fields>;
