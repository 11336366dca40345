/**
 * Browser code of /rekenhulp/verrekening/: the form controller (form-controller.ts) with this
 * page's fields, permalink, engine call and view. A new method or regime is a step the back button
 * undoes. Parameters and presets are embedded in the page as JSON, so nothing is fetched.
 */

import type { Parameters, TimelineField } from "../engine/index.ts";
import { currentMonth, showCoverageNote } from "./coverage.ts";
import { type FieldSpec, startCalculator } from "./form-controller.ts";
import { HOUSEHOLD_FIELD_SPECS } from "./household-fields.ts";
import { describePerson, PERSON_FIELDS } from "./person-fields.ts";
import { fillDefinitions, fillList, setText, tableRows } from "./render-dom.ts";
import { renderToeslagenJaar } from "./toeslagen-jaar-dom.ts";
import {
  averageEstimate,
  formatInkomstenLines,
  parseInkomsten,
  parseTimelineForm,
  readTimelineQuery,
  writeAmount,
  writeTimelineQuery,
} from "./verrekening-params.ts";
import { buildTimelineView, COMPARISON_HEAD, type TimelineView } from "./verrekening-view.ts";

/** Shows the permalink's amounts one month per line, or the text as it came when it is invalid. */
function displayInkomsten(value: string): string {
  const p = parseInkomsten(value);
  return p.ok ? formatInkomstenLines(p.cents) : value.replaceAll(",", "\n");
}

// `netto` is not asked on this page; the first month of `inkomsten` stands in for it.
const FORM_FIELDS: readonly FieldSpec<TimelineField>[] = [
  ...PERSON_FIELDS,
  { name: "maand" },
  ...HOUSEHOLD_FIELD_SPECS,
  { name: "inkomsten", display: displayInkomsten },
  { name: "methode", kind: "radio" },
  { name: "schatting", shownWhen: (v) => v.methode === "schatting" },
];

function render(root: HTMLElement, view: TimelineView) {
  fillDefinitions(
    root.querySelector("[data-view=summary]"),
    view.summary.map((s) => ({ term: s.label, details: [s.value] })),
  );
  setText(root, "[data-view=chartTitle]", view.chartTitle);
  setText(root, "[data-view=chartDescription]", view.chartDescription);
  // The SVG is built from numbers and escaped, formatted text only (see verrekening-view.ts).
  const chart = root.querySelector<HTMLElement>("[data-view=chartSvg]");
  if (chart) chart.innerHTML = view.chartSvg;
  const table = root.querySelector<HTMLTableElement>("[data-view=table]");
  table?.tBodies[0]?.replaceChildren(...tableRows(view.table.rows, false, view.table.head));
  const after = root.querySelector<HTMLOutputElement>('output[name="totaal-na-afrekening"]');
  if (after) after.value = view.totalAfterSettlement;
  const comparison = root.querySelector<HTMLTableElement>("[data-view=comparison]");
  comparison?.tBodies[0]?.replaceChildren(
    ...tableRows(
      view.comparison.map((m) => [`${m.label}${m.chosen ? " (uw keuze)" : ""}`, ...m.cells]),
      false,
      COMPARISON_HEAD,
    ).map((tr, i) => {
      if (view.comparison[i]?.chosen) tr.className = "chosen";
      return tr;
    }),
  );
  fillDefinitions(
    root.querySelector("[data-view=events]"),
    view.events.map((e) => ({ term: e.month, details: e.notes })),
  );
  const notes = root.querySelector("[data-view=notes]");
  fillList(notes, view.notes, notes);
  if (view.toeslagen) renderToeslagenJaar(root, view.toeslagen);
  // The build-time example's label goes once the reader's own result shows.
  const example = root.querySelector<HTMLElement>("[data-example]");
  if (example) example.hidden = true;
}

/** The page's own links follow the calculation: the permalink and the one-month calculator. */
function updateLinks(root: HTMLElement, query: string) {
  const permalink = root.querySelector<HTMLAnchorElement>("[data-permalink]");
  if (permalink) permalink.href = `${location.pathname}?${query}`;
  const calc = root.querySelector<HTMLAnchorElement>("[data-calculator]");
  if (calc) calc.href = `/rekenhulp/?${query}`;
}

const root = document.getElementById("verrekening");
const data = document.getElementById("verrekening-parameters");
if (root && data) {
  const params = JSON.parse(data.textContent ?? "{}") as Parameters;
  const toeslagen = document.getElementById("verrekening-toeslagen");
  if (toeslagen) params.toeslagen = JSON.parse(toeslagen.textContent ?? "{}");
  showCoverageNote(root, params, currentMonth());
  const presetEl = document.getElementById("verrekening-voorbeelden");
  const presets = JSON.parse(presetEl?.textContent ?? "[]") as { id: string; cents: number[] }[];
  const calculator = startCalculator(root, {
    fields: FORM_FIELDS,
    fromQuery: (search) => readTimelineQuery(params, search),
    toQuery: writeTimelineQuery,
    parse: (values) => parseTimelineForm(params, values),
    // Draw the chart at the width it gets, so its text stays readable on a phone.
    compute: (input, { chartWidth }) => buildTimelineView(params, input, -1, chartWidth ?? 640),
    render: (view) => render(root, view),
    announce: (view) => view.announcement,
    chartBox: "[data-view=chartSvg]",
    onInvalid: "keep-own",
    describe: (values) => `${describePerson(values)}, methode ${values.methode}`,
    choicesInHistory: true,
    debounceMs: 150,
    afterRender: (query) => updateLinks(root, query),
  });

  const presetBox = root.querySelector<HTMLElement>("[data-presets]");
  if (calculator && presetBox) presetBox.hidden = false;
  for (const b of root.querySelectorAll<HTMLButtonElement>("[data-preset]")) {
    b.addEventListener("click", () => {
      const p = presets.find((x) => x.id === b.dataset.preset);
      if (!p || !calculator) return;
      const area = calculator.control("inkomsten");
      if (area) area.value = formatInkomstenLines(p.cents);
      const s = calculator.control("schatting");
      if (s) s.value = writeAmount(averageEstimate(p.cents)).replace(".", ",");
      calculator.update("push");
    });
  }
}
