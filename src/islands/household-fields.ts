/**
 * The fields of `HouseholdFields.astro` (issue 13) as the form controller reads them: /rekenhulp/,
 * /rekenhulp/loont-werken/ and /rekenhulp/verrekening/ ask them under the same names (the permalink parameters
 * `partnernetto`, `kinderen`, `huur`). A module of its own, so a calculator without them does not
 * load it.
 */
import type { InputField } from "../engine/index.ts";
import type { FieldSpec } from "./form-controller.ts";

/** The household's fields; the partner's earnings only show for a couple. */
export const HOUSEHOLD_FIELD_SPECS: readonly FieldSpec<InputField>[] = [
  { name: "partnernetto", shownWhen: (v) => v.leefvorm === "samenwonend" },
  { name: "kinderen" },
  { name: "huur" },
];
