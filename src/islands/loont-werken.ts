/**
 * Browser code of /rekenhulp/loont-werken/: the form controller (form-controller.ts) with the
 * person's fields, `maand`, `uren`, `uurloon` and the household's fields of /rekenhulp/; the parameters (with the toeslagen, tax and minimum
 * wage) are embedded in the page as JSON, so nothing is fetched.
 */
import type { Parameters } from "../engine/index.ts";
import { currentMonth, monthToOpen, showCoverageNote } from "./coverage.ts";
import { type FieldSpec, startCalculator } from "./form-controller.ts";
import { HOUSEHOLD_FIELD_SPECS } from "./household-fields.ts";
import {
  type LoontWerkenField,
  parseLoontWerkenForm,
  readLoontWerkenQuery,
  writeLoontWerkenQuery,
} from "./loont-werken-params.ts";
import {
  buildLoontWerkenView,
  type LoontWerkenView,
  OUTPUT_NAMES,
  type SourceLabels,
  wageHintFor,
} from "./loont-werken-view.ts";
import { describePerson, PERSON_FIELDS } from "./person-fields.ts";
import { fillList, headerRow, setText, tableRows } from "./render-dom.ts";
import { renderToeslagenJaar } from "./toeslagen-jaar-dom.ts";

const FIELDS: readonly FieldSpec<LoontWerkenField>[] = [
  ...PERSON_FIELDS,
  { name: "maand" },
  { name: "uren" },
  { name: "uurloon" },
  ...HOUSEHOLD_FIELD_SPECS,
];

const TEXTS = ["sentence", "parts", "leftOut", "incomeTitle", "marginalTitle"] as const;

function render(root: HTMLElement, view: LoontWerkenView) {
  for (const name of OUTPUT_NAMES) {
    const out = root.querySelector<HTMLOutputElement>(`output[name="${name}"]`);
    if (out) out.value = view.outputs[name];
  }
  for (const key of TEXTS) setText(root, `[data-view=${key}]`, view[key]);
  const leftOut = root.querySelector<HTMLElement>("[data-view=leftOut]");
  if (leftOut) leftOut.hidden = view.leftOut === "";
  fillList(root.querySelector("[data-view=summary]"), view.summary);
  fillList(root.querySelector("[data-view=markers]"), view.markers);
  fillList(root.querySelector("[data-view=notes]"), view.notes);
  renderToeslagenJaar(root, view.yearAfter);
  // The SVGs are built from numbers and escaped text only (see loont-werken-chart.ts).
  const income = root.querySelector<HTMLElement>("[data-view=incomeSvg]");
  if (income) income.innerHTML = view.incomeSvg;
  const marginal = root.querySelector<HTMLElement>("[data-view=marginalSvg]");
  if (marginal) marginal.innerHTML = view.marginalSvg;
  const table = root.querySelector("[data-view=table]");
  if (table instanceof HTMLTableElement) {
    (table.tHead ?? table.createTHead()).replaceChildren(headerRow(view.table.head));
    const rows = tableRows(view.table.rows, true);
    rows[view.table.chosenRow]?.classList.add("chosen");
    (table.tBodies[0] ?? table.createTBody()).replaceChildren(...rows);
  }
}

const root = document.getElementById("loont-werken");
const data = document.getElementById("loont-werken-parameters");
const labels = document.getElementById("loont-werken-bronnen");
if (root && data) {
  const params = JSON.parse(data.textContent ?? "{}") as Parameters;
  const sourceLabels = JSON.parse(labels?.textContent ?? "{}") as SourceLabels;
  const today = currentMonth();
  showCoverageNote(root, params, today);
  const print = root.querySelector<HTMLButtonElement>("[data-print]");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", () => window.print());
  }
  // The uurloon hint follows the month and age in the form, also while another field is wrong
  // (then no result renders, and a build-time amount would belong to another month).
  const showWageHint = () => {
    const value = (name: string) =>
      root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? "";
    const h = wageHintFor(params, value("datum"), value("leeftijd"), sourceLabels);
    setText(root, "[data-view=uurloonHint]", h.hint);
    const source = root.querySelector<HTMLAnchorElement>("[data-view=uurloonSource]");
    if (source) {
      source.hidden = h.source === null;
      source.href = `/bronnen/#${h.source?.id ?? ""}`;
      source.textContent = `Bron: ${h.source?.label ?? ""}`;
    }
  };
  startCalculator(root, {
    fields: FIELDS,
    fromQuery: (search) => readLoontWerkenQuery(params, search, monthToOpen(params, today).month),
    toQuery: writeLoontWerkenQuery,
    parse: (values) => parseLoontWerkenForm(params, values),
    compute: (input, { chartWidth }) =>
      buildLoontWerkenView(
        params,
        input,
        chartWidth ? { chartWidth, sourceLabels } : { sourceLabels },
      ),
    render: (view) => render(root, view),
    announce: (view) => view.announcement,
    chartBox: "[data-view=incomeSvg]",
    onInvalid: "keep-own",
    describe: (values) => `${describePerson(values)}, ${values.uren.trim()} uur per week`,
  });
  root.querySelector("form")?.addEventListener("input", showWageHint);
  window.addEventListener("popstate", showWageHint);
  showWageHint();
}
