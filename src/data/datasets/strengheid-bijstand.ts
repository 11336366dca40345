import type { RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { defineMeasureDataset, type Measure, measureColumns, measureField } from "../measures.ts";

/** Strictness in practice: tegenprestatie, benefit cuts, and who is no longer guided to work. */
export const measures = {
  "tegenprestatie-personen": {
    label: "Personen met een tegenprestatie",
    definition:
      "Geschat aantal personen bij wie in maart een tegenprestatie was opgelegd of die er een uitvoerden, uit een extra uitvraag van het CBS bij gemeenten; met een marge.",
    unit: "personen",
  },
  "maatregelen-10-grootste-gemeenten": {
    label: "Maatregelen (kortingen) in de 10 grootste gemeenten",
    definition:
      "Aantal kortingen op de bijstand per jaar in de tien grootste gemeenten, volgens onderzoek van de NOS.",
    unit: "maatregelen",
  },
  "maatregelen-rotterdam": {
    label: "Maatregelen in Rotterdam",
    definition: "Aantal kortingen op de bijstand in Rotterdam in een jaar, volgens de NOS.",
    unit: "maatregelen",
  },
  "aandeel-geparkeerd": {
    label: "Geen hulp meer naar werk ('geparkeerd')",
    definition:
      "Deel van de mensen in de bijstand dat geen hulp naar werk meer krijgt en niet hoeft te solliciteren, in vijf grote steden (Kremer, 2018).",
    unit: "aandeel",
  },
} as const satisfies Record<string, Measure>;

/** How strict the bijstand is in practice. */
export const dataset = defineMeasureDataset({
  name: "strengheid-bijstand",
  title: "Strengheid in de praktijk: tegenprestatie, kortingen en 'geparkeerde' mensen",
  description:
    "Gepubliceerde cijfers over hoe gemeenten de regels toepassen: hoeveel mensen een tegenprestatie hebben (CBS, met marge), hoeveel kortingen de grootste gemeenten opleggen (NOS), en welk deel van de bijstand geen hulp naar werk meer krijgt (Kremer). Een landelijk aantal maatregelen per jaar vonden we niet.",
  measures,
  fields: {
    period: field.text(
      "Periode zoals de bron die noemt: JJJJ, JJJJ-MM, of bijvoorbeeld 'vanaf 2020'",
    ),
    area: field.text("Gebied: Nederland, een gemeente of een groep gemeenten"),
    measure: measureField(
      Object.keys(measures) as [keyof typeof measures, ...(keyof typeof measures)[]],
    ),
    ...measureColumns,
    margin: field.optional(
      field.number("Marge die de bron noemt, als deel van de schatting (0,19 = ±19%)", {
        min: 0,
        max: 1,
      }),
    ),
    source: field.sources(),
    note: field.optional(field.text("Toelichting")),
  },
});

/** One published figure on strictness. */
export type StrengheidRow = RowOf<typeof dataset.fields>;
