/**
 * Puts a household view (household-view.ts) into the markup of `HouseholdResult.astro`: the
 * outputs, the text under each scheme and the sentences. Text only, never markup. Browser-only.
 */
import { HOUSEHOLD_OUTPUTS, type HouseholdView } from "./household-view.ts";
import { fillList, setText } from "./render-dom.ts";

/** Renders the household view inside `root`. */
export function renderHousehold(root: ParentNode, view: HouseholdView): void {
  for (const name of HOUSEHOLD_OUTPUTS) {
    const out = root.querySelector<HTMLOutputElement>(`output[name="${name}"]`);
    if (out) out.value = view.outputs[name];
    if (name !== "huishoudinkomen")
      setText(root, `[data-household-detail="${name}"]`, view.details[name]);
  }
  const partner = root.querySelector<HTMLElement>("[data-household-partner]");
  if (partner) {
    partner.hidden = view.partner === null;
    setText(partner, "[data-household=partner]", view.partner ?? "");
  }
  for (const key of ["sentence", "marginal", "leftOut"] as const)
    setText(root, `[data-household=${key}]`, view[key]);
  const leftOut = root.querySelector<HTMLElement>("[data-household=leftOut]");
  if (leftOut) leftOut.hidden = view.leftOut === "";
  const steps = root.querySelector("[data-household=steps]");
  fillList(steps, view.steps, steps?.closest("details"));
  const notes = root.querySelector("[data-household=notes]");
  fillList(notes, view.notes);
}
