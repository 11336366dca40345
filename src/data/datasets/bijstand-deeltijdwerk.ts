import type { RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { defineMeasureDataset, type Measure, measureColumns, measureField } from "../measures.ts";

/** The two published measures of paid work next to bijstand. They are never one number. */
export const measures = {
  "werk-naast-bijstand-registratie": {
    label: "Inkomsten uit werk naast de bijstand (registratie gemeenten)",
    definition:
      "Aandeel van de bijstandsuitkeringen waarop de gemeente inkomsten uit werk verrekent, volgens de registratie van gemeenten (Divosa).",
    unit: "aandeel",
  },
  "betaald-werk-enquete": {
    label: "Zegt betaald werk te hebben (enquête CBS)",
    definition:
      "Aandeel van de mensen van 15 tot 75 jaar met bijstand dat in een enquête van het CBS zegt betaald werk te hebben.",
    unit: "aandeel",
  },
} as const satisfies Record<string, Measure>;

/** Paid work next to bijstand: two measures with two definitions. */
export const dataset = defineMeasureDataset({
  name: "bijstand-deeltijdwerk",
  title: "Werken naast de bijstand: twee manieren van meten",
  description:
    "Hoeveel mensen in de bijstand ook betaald werk hebben, volgens twee verschillende metingen: de registratie van gemeenten (Divosa) en een enquête (CBS). De uitkomsten verschillen omdat ze iets anders meten; tel ze niet op en middel ze niet.",
  measures,
  fields: {
    period: field.pattern(
      "Periode: JJJJ, JJJJ-MM of JJJJ-H1 (eerste helft)",
      /^\d{4}(-\d{2}|-H[12])?$/,
      "2019-05",
    ),
    measure: measureField(
      Object.keys(measures) as [keyof typeof measures, ...(keyof typeof measures)[]],
    ),
    ...measureColumns,
    source: field.sources(),
    note: field.optional(field.text("Toelichting")),
  },
});

/** One published share of people working next to bijstand. */
export type DeeltijdwerkRow = RowOf<typeof dataset.fields>;
