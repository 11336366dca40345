/**
 * The fields of `PersonFields.astro` and `RegimeSelect.astro` as the form controller reads them:
 * both calculators ask them, under the same names (the permalink parameters of issue 3).
 */
import type { InputField } from "../engine/index.ts";
import { formatDate } from "../format/index.ts";
import type { FieldSpec } from "./form-controller.ts";
import { isYouthAge } from "./rekenhulp-params.ts";

/** The person's situation and the regime; the partner's age only shows for couples. */
export const PERSON_FIELDS: readonly FieldSpec<InputField>[] = [
  { name: "datum" },
  { name: "leefvorm" },
  { name: "leeftijd" },
  { name: "partnerleeftijd", shownWhen: (v) => v.leefvorm === "samenwonend" },
  { name: "huisgenoten" },
  { name: "kind", kind: "checkbox" },
  { name: "urenbeperking", kind: "checkbox" },
  { name: "jongerenverhoging", kind: "checkbox", shownWhen: (v) => isYouthAge(v.leeftijd) },
  { name: "mantelzorg", kind: "checkbox" },
  { name: "regeling" },
];

const LEEFVORM_WORDS: Record<string, string> = {
  alleenstaand: "alleenstaand",
  "alleenstaande-ouder": "alleenstaande ouder",
  samenwonend: "samenwonend of getrouwd",
};

/**
 * The person's inputs of a computed result in a few Dutch words ("alleenstaand, 35 jaar, januari
 * 2026"), to label that result once the form no longer matches it. Only called with values that
 * were computed, so they are valid.
 */
export function describePerson(values: Readonly<Record<InputField, string>>): string {
  const parts = [
    LEEFVORM_WORDS[values.leefvorm] ?? values.leefvorm,
    `${values.leeftijd.trim()} jaar`,
  ];
  if (/^\d{4}-\d{2}$/.test(values.datum.trim())) parts.push(formatDate(values.datum.trim()));
  return parts.join(", ");
}
