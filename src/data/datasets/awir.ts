import { defineDataset, type RowOf } from "../dataset.ts";
import { type ParameterUnit, parameterTableFields } from "../parameter-table.ts";

/** The amounts of the Awir (common to every toeslag) that the data holds. */
export const AWIR_PARAMETERS = ["minimum-tegemoetkoming", "terugvorderingsgrens"] as const;

/** One Awir parameter. */
export type AwirParameter = (typeof AWIR_PARAMETERS)[number];

/** The unit of each Awir parameter. */
export const AWIR_UNITS: Record<AwirParameter, ParameterUnit> = {
  "minimum-tegemoetkoming": "cent",
  terugvorderingsgrens: "cent",
};

/** Amounts of the Algemene wet inkomensafhankelijke regelingen that hold for every toeslag. */
export const dataset = defineDataset({
  name: "awir",
  title: "Toeslagen: minimumbedrag en terugvorderingsgrens (Awir)",
  description:
    "Bedragen uit de Algemene wet inkomensafhankelijke regelingen (Awir) die voor elke toeslag gelden, per 1 januari, in centen. minimum-tegemoetkoming: een toeslag van minder dan dit bedrag per jaar wordt niet toegekend (art. 14 lid 5). terugvorderingsgrens: een terugvordering van niet meer dan dit bedrag wordt niet teruggevorderd (art. 26a). De regels zelf staan in de wet: de toeslag over een jaar wordt rekenkundig afgerond op hele euro's (art. 14 lid 4); het voorschot wordt in 12 termijnen betaald (art. 22 lid 1), zonder wettelijke afrondingsregel per termijn (de Dienst Toeslagen rondt de maandbedragen in zijn rekenvoorbeelden naar beneden af op hele euro's). Niet gevonden, dus onbekend: alles voor 2027.",
  fields: parameterTableFields(AWIR_PARAMETERS, "Welk bedrag (zie de beschrijving van de dataset)"),
});

/** One Awir amount. */
export type AwirRow = RowOf<typeof dataset.fields>;
