/**
 * Browser code of /rekenhulp/: the form controller (form-controller.ts) with this calculator's
 * fields, permalink, engine call and view. The law parameters are embedded in the page as JSON, so
 * nothing is fetched.
 */

import type { HouseholdInput, InputField, Parameters } from "../engine/index.ts";
import { formatEuro, parseAmount } from "../format/index.ts";
import { currentMonth, monthToOpen, showCoverageNote } from "./coverage.ts";
import { type FieldSpec, startCalculator } from "./form-controller.ts";
import { renderHousehold } from "./household-dom.ts";
import { HOUSEHOLD_FIELD_SPECS } from "./household-fields.ts";
import { buildHouseholdView, type HouseholdView } from "./household-view.ts";
import { describePerson, PERSON_FIELDS } from "./person-fields.ts";
import { parseForm, readQuery, writeQuery } from "./rekenhulp-params.ts";
import { buildView, OUTPUT_NAMES, type View } from "./rekenhulp-view.ts";
import { fillList, headerRow, setText, tableRows } from "./render-dom.ts";

const FORM_FIELDS: readonly FieldSpec<InputField>[] = [
  ...PERSON_FIELDS,
  { name: "netto" },
  { name: "maand" },
  ...HOUSEHOLD_FIELD_SPECS,
];

/** The calculator's view plus the household's (issue 13). */
type FullView = View & { household: HouseholdView };

/** The calculator's view with the household's line in its charts, and the household view. */
function buildFullView(
  params: Parameters,
  input: HouseholdInput,
  chartWidth: number | undefined,
): { ok: true; view: FullView } | { ok: false; errors: Partial<Record<InputField, string>> } {
  const household = buildHouseholdView(params, input);
  if (!household.ok) return household;
  const opts = { household: household.view.chart, ...(chartWidth ? { chartWidth } : {}) };
  const built = buildView(params, input, opts);
  return built.ok ? { ok: true, view: { ...built.view, household: household.view } } : built;
}

/** The texts of the view, each into its `[data-view=<key>]` element(s). */
const TEXTS = [
  "normDetail",
  "sentence",
  "marginal",
  "vakantietoeslag",
  "premiePayout",
  "summary",
  "marginalSummary",
  "incomeTitle",
  "marginalTitle",
] as const;

function render(root: HTMLElement, view: View) {
  for (const name of OUTPUT_NAMES) {
    const out = root.querySelector<HTMLOutputElement>(`output[name="${name}"]`);
    if (out) out.value = view.outputs[name];
  }
  for (const line of view.sum) setText(root, `[data-sum-label=${line.name}]`, line.label);
  for (const key of TEXTS) setText(root, `[data-view=${key}]`, view[key]);
  fillList(root.querySelector("[data-view=next]"), view.next);
  const kdn = root.querySelector("[data-view=kostendelers]");
  fillList(kdn, view.kostendelers, kdn?.closest("[data-kostendelers]"));
  // The SVGs and the legend are built from numbers and escaped regime names only
  // (see rekenhulp-chart.ts).
  const income = root.querySelector<HTMLElement>("[data-view=incomeSvg]");
  if (income) income.innerHTML = view.incomeSvg;
  const marginal = root.querySelector<HTMLElement>("[data-view=marginalSvg]");
  if (marginal) marginal.innerHTML = view.marginalSvg;
  for (const legend of root.querySelectorAll<HTMLElement>("[data-view=legend]"))
    legend.innerHTML = view.legendHtml;
  const notes = root.querySelector("[data-view=notes]");
  fillList(notes, view.notes, notes?.parentElement);
  fillList(
    root.querySelector("[data-view=steps]"),
    view.steps.map((s) => `${s.text}${s.amount ? ` ${s.amount}` : ""} (${s.article})`),
  );
  const table = root.querySelector("[data-view=table]");
  if (table instanceof HTMLTableElement) {
    (table.tHead ?? table.createTHead()).replaceChildren(headerRow(view.table.head));
    (table.tBodies[0] ?? table.createTBody()).replaceChildren(...tableRows(view.table.rows, true));
  }
}

const root = document.getElementById("rekenhulp");
const data = document.getElementById("rekenhulp-parameters");
const toeslagen = document.getElementById("rekenhulp-toeslagen");
if (root && data) {
  const params = JSON.parse(data.textContent ?? "{}") as Parameters;
  if (toeslagen) params.toeslagen = JSON.parse(toeslagen.textContent ?? "{}");
  const today = currentMonth();
  showCoverageNote(root, params, today);
  startCalculator(root, {
    fields: FORM_FIELDS,
    fromQuery: (search) => readQuery(params, search, monthToOpen(params, today).month),
    toQuery: writeQuery,
    parse: (values) => parseForm(params, values),
    compute: (input, { chartWidth }) => buildFullView(params, input, chartWidth),
    render: (view) => {
      render(root, view);
      renderHousehold(root, view.household);
    },
    announce: (view) => `${view.announcement} ${view.household.announcement}`,
    // Draw the charts at the reader's width (text stays readable on a phone).
    chartBox: "[data-view=incomeSvg]",
    onInvalid: "keep-own",
    describe: (values) => {
      const netto = parseAmount(values.netto);
      return netto.ok
        ? `${describePerson(values)}, ${formatEuro(netto.cents)} netto`
        : describePerson(values);
    },
  });
}
