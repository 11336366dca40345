/**
 * Browser code of /rekenhulp/: reads the permalink, fills the form, recalculates on every change
 * with the same engine and view the page used at build time, shows Dutch messages next to bad
 * fields (keeping the last valid result), and keeps the URL in step without a reload. The law
 * parameters are embedded in the page as JSON, so nothing is fetched.
 */

import type { InputField, Parameters } from "../engine/index.ts";
import { setUpShareButton, showFieldErrors } from "./form-dom.ts";
import { FIELDS, type FormValues, parseForm, readQuery, writeQuery } from "./rekenhulp-params.ts";
import { buildView, OUTPUT_NAMES, type View } from "./rekenhulp-view.ts";

const CHECKBOXES = new Set<InputField>(["kind", "urenbeperking"]);

function start(root: HTMLElement) {
  const dataEl = document.getElementById("rekenhulp-parameters");
  const form = root.querySelector<HTMLFormElement>("form");
  if (!dataEl || !form) return;
  const params = JSON.parse(dataEl.textContent ?? "{}") as Parameters;
  const status = root.querySelector<HTMLElement>("[data-status]");
  const live = root.querySelector<HTMLElement>("[data-live]");

  const control = (f: InputField) =>
    form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement | null;

  const readForm = (): FormValues => {
    const values = {} as FormValues;
    for (const f of FIELDS) {
      const el = control(f);
      if (!el) values[f] = "";
      else if (CHECKBOXES.has(f)) values[f] = (el as HTMLInputElement).checked ? "ja" : "nee";
      else values[f] = el.value;
    }
    return values;
  };

  const fillForm = (values: FormValues) => {
    for (const f of FIELDS) {
      const el = control(f);
      if (!el) continue;
      if (CHECKBOXES.has(f))
        (el as HTMLInputElement).checked = values[f].trim().toLowerCase() === "ja";
      else el.value = values[f];
    }
  };

  const showErrors = (errors: Partial<Record<InputField, string>>) =>
    showFieldErrors(root, FIELDS, errors, control);

  const setText = (selector: string, text: string) => {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) el.textContent = text;
  };

  const render = (view: View) => {
    for (const name of OUTPUT_NAMES) {
      const out = form.querySelector<HTMLOutputElement>(`output[name="${name}"]`);
      if (out) out.value = view.outputs[name];
    }
    setText("[data-view=normDetail]", view.normDetail);
    setText("[data-view=sentence]", view.sentence);
    setText("[data-view=marginal]", view.marginal);
    setText("[data-view=vrijlatingEnd]", view.vrijlatingEnd);
    setText("[data-view=premiePayout]", view.premiePayout);
    setText("[data-view=summary]", view.summary);
    setText("[data-view=marginalSummary]", view.marginalSummary);
    setText("[data-view=incomeTitle]", view.incomeTitle);
    setText("[data-view=marginalTitle]", view.marginalTitle);
    // The SVG is built from numbers and escaped regime names only (see rekenhulp-chart.ts).
    const income = root.querySelector<HTMLElement>("[data-view=incomeSvg]");
    if (income) income.innerHTML = view.incomeSvg;
    const marginal = root.querySelector<HTMLElement>("[data-view=marginalSvg]");
    if (marginal) marginal.innerHTML = view.marginalSvg;
    renderList(
      root.querySelector("[data-view=notes]"),
      view.notes.map((n) => [n]),
    );
    renderList(
      root.querySelector("[data-view=steps]"),
      view.steps.map((s) => [s.text, s.amount ? ` ${s.amount}` : "", ` (${s.article})`]),
    );
    renderTable(root.querySelector("[data-view=table]"), view.table);
    for (const legend of root.querySelectorAll<HTMLElement>("[data-view=legend]"))
      legend.innerHTML = view.legendHtml;
    if (live) live.textContent = view.announcement;
  };

  let timer: number | undefined;
  const update = (pushUrl: boolean) => {
    const values = readForm();
    togglePartner(form, values.leefvorm === "samenwonend");
    const parsed = parseForm(params, values);
    if (!parsed.ok) {
      showErrors(parsed.errors);
      if (status)
        status.textContent =
          "Er is iets mis met de invoer. Hieronder staat nog de laatste berekening die wel lukte.";
      return;
    }
    // Draw the charts at the reader's width (text stays readable on a phone).
    const chartBox = root.querySelector<HTMLElement>("[data-view=incomeSvg]");
    const width = chartBox?.clientWidth;
    const built = buildView(params, parsed.input, width ? { chartWidth: width } : {});
    if (!built.ok) {
      showErrors(built.errors);
      if (status)
        status.textContent =
          "Dit kunnen we niet berekenen. Hieronder staat nog de laatste berekening die wel lukte.";
      return;
    }
    showErrors({});
    if (status) status.textContent = "";
    render(built.view);
    if (pushUrl) {
      const url = `${location.pathname}?${writeQuery(values)}`;
      history.replaceState(null, "", url);
    }
  };

  fillForm(readQuery(params, location.search));
  update(false);
  form.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update(true), 120);
  });
  form.addEventListener("change", () => update(true));
  // Redraw the charts when the width changes (phone turned, window resized).
  let lastWidth = window.innerWidth;
  window.addEventListener("resize", () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update(false), 200);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    update(true);
  });

  setUpShareButton(root);
}

function togglePartner(form: HTMLFormElement, on: boolean) {
  const wrap = form.querySelector<HTMLElement>("[data-partner]");
  if (wrap) wrap.hidden = !on;
}

function renderList(list: Element | null, items: string[][]) {
  if (!list) return;
  const lis = items.map((parts) => {
    const li = document.createElement("li");
    li.textContent = parts.join("");
    return li;
  });
  list.replaceChildren(...lis);
  if (list.parentElement instanceof HTMLElement && list.hasAttribute("data-hide-empty")) {
    list.parentElement.hidden = items.length === 0;
  }
}

function renderTable(table: Element | null, data: View["table"]) {
  if (!(table instanceof HTMLTableElement)) return;
  const headRow = document.createElement("tr");
  for (const h of data.head) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    th.className = "num";
    headRow.append(th);
  }
  const thead = table.tHead ?? table.createTHead();
  thead.replaceChildren(headRow);
  const body = table.tBodies[0] ?? table.createTBody();
  body.replaceChildren(
    ...data.rows.map((row) => {
      const tr = document.createElement("tr");
      row.forEach((cell, i) => {
        const td = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) td.setAttribute("scope", "row");
        td.className = "num";
        td.textContent = cell;
        tr.append(td);
      });
      return tr;
    }),
  );
}

const root = document.getElementById("rekenhulp");
if (root) start(root);
