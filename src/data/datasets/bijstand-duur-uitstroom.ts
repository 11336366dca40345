import type { RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { defineMeasureDataset, type Measure, measureColumns, measureField } from "../measures.ts";

/** Duration and outflow measures, each with its definition and unit. */
export const measures = {
  "aandeel-langer-dan-2-jaar": {
    label: "Langer dan 2 jaar in de bijstand",
    definition:
      "Aandeel van de mensen in de bijstand dat er aaneengesloten langer dan 2 jaar in zit.",
    unit: "aandeel",
  },
  "personen-langer-dan-2-jaar": {
    label: "Personen langer dan 2 jaar in de bijstand",
    definition: "Aantal mensen dat aaneengesloten langer dan 2 jaar in de bijstand zit.",
    unit: "personen",
  },
  "aandeel-langer-dan-5-jaar": {
    label: "Langer dan 5 jaar in de bijstand",
    definition:
      "Aandeel van de mensen (in de genoemde groep) dat langer dan 5 jaar in de bijstand zit.",
    unit: "aandeel",
  },
  "beeindigd-naar-duur": {
    label: "Gestopte uitkeringen, naar duur",
    definition:
      "Aantal bijstandsuitkeringen dat in het jaar stopte, naar hoe lang ze liepen (CBS).",
    unit: "personen",
  },
  uitstroompercentage: {
    label: "Uitstroompercentage",
    definition:
      "Deel van de bijstand dat in een jaar uitstroomt, in de gemeenten die meedoen aan de Divosa Benchmark.",
    unit: "aandeel",
  },
  instroompercentage: {
    label: "Instroompercentage",
    definition:
      "Instroom in een jaar als deel van de bijstand, in de gemeenten die meedoen aan de Divosa Benchmark.",
    unit: "aandeel",
  },
  "uitstroom-naar-loondienst": {
    label: "Uitstroom naar een baan in loondienst",
    definition:
      "Aantal mensen dat in het jaar de bijstand verliet voor een baan in loondienst (CBS).",
    unit: "personen",
  },
  "werkt-zonder-bijstand-na-6-maanden": {
    label: "Werkt, zonder bijstand, na 6 maanden",
    definition:
      "Van wie vertrok voor een baan: aandeel dat 6 maanden later werkt en geen bijstand heeft.",
    unit: "aandeel",
  },
  "werkt-na-18-maanden": {
    label: "Werkt na 18 maanden",
    definition: "Van wie vertrok voor een baan: aandeel dat 18 maanden later nog werkt.",
    unit: "aandeel",
  },
  "werkt-na-18-maanden-personen": {
    label: "Werkt na 18 maanden (personen)",
    definition: "Van wie vertrok voor een baan: aantal dat 18 maanden later nog werkt.",
    unit: "personen",
  },
  "werkt-onafgebroken-18-maanden-personen": {
    label: "Werkte 18 maanden zonder onderbreking (personen)",
    definition: "Van wie vertrok voor een baan: aantal dat de hele 18 maanden aan het werk was.",
    unit: "personen",
  },
  "niet-terug-in-bijstand-na-18-maanden": {
    label: "Niet terug in de bijstand na 18 maanden",
    definition: "Van wie vertrok voor een baan: aandeel dat 18 maanden later geen bijstand heeft.",
    unit: "aandeel",
  },
  "terug-in-bijstand-na-18-maanden": {
    label: "Terug in de bijstand na 18 maanden",
    definition:
      "Van wie vertrok voor een baan: aandeel dat 18 maanden later weer (gedeeltelijk) bijstand heeft.",
    unit: "aandeel",
  },
} as const satisfies Record<string, Measure>;

/** How long people stay on bijstand and how they leave it. */
export const dataset = defineMeasureDataset({
  name: "bijstand-duur-uitstroom",
  title: "Hoe lang mensen in de bijstand zitten en hoe ze eruit gaan",
  description:
    "Gepubliceerde cijfers over langdurige bijstand, uitstroom en wat er gebeurt met mensen die de bijstand verlaten voor een baan. Cijfers van verschillende bronnen en jaren hebben verschillende definities: vergelijk alleen rijen met dezelfde maat.",
  measures,
  fields: {
    period: field.pattern(
      "Jaar of maand van de meting: JJJJ of JJJJ-MM",
      /^\d{4}(-\d{2})?$/,
      "2024-12",
    ),
    group: field.text("Groep of duurklasse waar het cijfer over gaat"),
    measure: measureField(
      Object.keys(measures) as [keyof typeof measures, ...(keyof typeof measures)[]],
    ),
    ...measureColumns,
    source: field.sources(),
    note: field.optional(field.text("Toelichting: definitie, peilmoment, herkomst")),
  },
});

/** One published duration or outflow figure. */
export type DuurUitstroomRow = RowOf<typeof dataset.fields>;
