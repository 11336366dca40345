/**
 * The fields of `PersonFields.astro` and `RegimeSelect.astro` as the form controller reads them:
 * both calculators ask them, under the same names (the permalink parameters of issue 3).
 */
import type { InputField } from "../engine/index.ts";
import type { FieldSpec } from "./form-controller.ts";

/** The person's situation and the regime; the partner's age only shows for couples. */
export const PERSON_FIELDS: readonly FieldSpec<InputField>[] = [
  { name: "datum" },
  { name: "leefvorm" },
  { name: "leeftijd" },
  { name: "partnerleeftijd", shownWhen: (v) => v.leefvorm === "samenwonend" },
  { name: "huisgenoten" },
  { name: "kind", kind: "checkbox" },
  { name: "urenbeperking", kind: "checkbox" },
  { name: "regeling" },
];
