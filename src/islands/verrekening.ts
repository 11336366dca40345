/**
 * Browser code of /rekenhulp/verrekening/: reads the permalink, fills the form, recalculates the
 * timeline on every change with the same engine and view the page used at build time, shows Dutch
 * messages next to bad fields (the last valid result stays), keeps the URL in step without a
 * reload and follows the back button. Parameters and presets are embedded in the page as JSON.
 */

import type { Parameters, TimelineField } from "../engine/index.ts";
import { setUpShareButton, showFieldErrors } from "./form-dom.ts";
import { FIELDS } from "./rekenhulp-params.ts";
import {
  averageEstimate,
  formatInkomstenLines,
  parseInkomsten,
  parseTimelineForm,
  readTimelineQuery,
  type TimelineValues,
  writeAmount,
  writeTimelineQuery,
} from "./verrekening-params.ts";
import { buildTimelineView, type TimelineView } from "./verrekening-view.ts";

const ALL_FIELDS: readonly TimelineField[] = [...FIELDS, "inkomsten", "methode", "schatting"];
const CHECKBOXES = new Set<TimelineField>(["kind", "urenbeperking"]);

function start(root: HTMLElement) {
  const dataEl = document.getElementById("verrekening-parameters");
  const presetEl = document.getElementById("verrekening-voorbeelden");
  const form = root.querySelector<HTMLFormElement>("form");
  if (!dataEl || !form) return;
  const params = JSON.parse(dataEl.textContent ?? "{}") as Parameters;
  const presets = JSON.parse(presetEl?.textContent ?? "[]") as { id: string; cents: number[] }[];
  const status = root.querySelector<HTMLElement>("[data-status]");
  const live = root.querySelector<HTMLElement>("[data-live]");
  const example = root.querySelector<HTMLElement>("[data-example]");

  const el = (name: string) => form.elements.namedItem(name);

  const readForm = (): TimelineValues => {
    const values = {} as TimelineValues;
    for (const f of ALL_FIELDS) {
      const c = el(f);
      if (f === "methode") values[f] = (c as RadioNodeList | null)?.value ?? "";
      else if (!c) values[f] = "";
      else if (CHECKBOXES.has(f)) values[f] = (c as HTMLInputElement).checked ? "ja" : "nee";
      else values[f] = (c as HTMLInputElement).value;
    }
    // `netto` is not asked on this page; the first month stands in for it.
    values.netto = "0";
    return values;
  };

  const fillForm = (values: TimelineValues) => {
    for (const f of ALL_FIELDS) {
      const c = el(f);
      if (!c) continue;
      if (f === "methode") {
        // An unknown method in the URL checks nothing, so the field shows its message.
        for (const r of form.querySelectorAll<HTMLInputElement>('input[name="methode"]'))
          r.checked = r.value === values.methode.trim();
      } else if (CHECKBOXES.has(f))
        (c as HTMLInputElement).checked = values[f].trim().toLowerCase() === "ja";
      else if (f === "inkomsten") {
        const p = parseInkomsten(values.inkomsten);
        (c as HTMLTextAreaElement).value = p.ok
          ? formatInkomstenLines(p.cents)
          : values.inkomsten.replaceAll(",", "\n");
      } else (c as HTMLInputElement).value = values[f];
    }
  };

  const controlOf = (f: TimelineField): HTMLElement | null => {
    if (f === "methode") return form.querySelector<HTMLElement>('input[name="methode"]');
    const c = el(f);
    return c instanceof HTMLElement ? c : null;
  };

  const showErrors = (errors: Partial<Record<TimelineField, string>>) =>
    showFieldErrors(root, ALL_FIELDS, errors, controlOf);

  const render = (view: TimelineView) => {
    const summary = root.querySelector("[data-view=summary]");
    summary?.replaceChildren(
      ...view.summary.map((s) => {
        const div = document.createElement("div");
        const dt = document.createElement("dt");
        const dd = document.createElement("dd");
        dt.textContent = s.label;
        dd.textContent = s.value;
        div.append(dt, dd);
        return div;
      }),
    );
    for (const [key, text] of [
      ["chartTitle", view.chartTitle],
      ["chartDescription", view.chartDescription],
    ] as const) {
      const t = root.querySelector<HTMLElement>(`[data-view=${key}]`);
      if (t) t.textContent = text;
    }
    // The SVG is built from numbers and escaped, formatted text only (see verrekening-view.ts).
    const chart = root.querySelector<HTMLElement>("[data-view=chartSvg]");
    if (chart) chart.innerHTML = view.chartSvg;
    const table = root.querySelector<HTMLTableElement>("[data-view=table]");
    const body = table?.tBodies[0];
    body?.replaceChildren(
      ...view.table.rows.map((row) => {
        const tr = document.createElement("tr");
        row.forEach((cell, i) => {
          const td = document.createElement(i === 0 ? "th" : "td");
          if (i === 0) td.setAttribute("scope", "row");
          else td.className = "num";
          td.textContent = cell;
          tr.append(td);
        });
        return tr;
      }),
    );
    root.querySelector("[data-view=events]")?.replaceChildren(
      ...view.events.map((e) => {
        const div = document.createElement("div");
        const dt = document.createElement("dt");
        dt.textContent = e.month;
        div.append(dt);
        for (const n of e.notes) {
          const dd = document.createElement("dd");
          dd.textContent = n;
          div.append(dd);
        }
        return div;
      }),
    );
    const notes = root.querySelector<HTMLElement>("[data-view=notes]");
    if (notes) {
      notes.replaceChildren(
        ...view.notes.map((n) => {
          const li = document.createElement("li");
          li.textContent = n;
          return li;
        }),
      );
      notes.hidden = view.notes.length === 0;
    }
    if (example) example.hidden = true;
    if (live) live.textContent = view.announcement;
  };

  const toggle = (values: TimelineValues) => {
    const partner = form.querySelector<HTMLElement>("[data-partner]");
    if (partner) partner.hidden = values.leefvorm !== "samenwonend";
    const schatting = form.querySelector<HTMLElement>("[data-schatting]");
    if (schatting) schatting.hidden = values.methode !== "schatting";
  };

  const links = (query: string) => {
    const permalink = root.querySelector<HTMLAnchorElement>("[data-permalink]");
    if (permalink) permalink.href = `${location.pathname}?${query}`;
    const calc = root.querySelector<HTMLAnchorElement>("[data-calculator]");
    if (calc) calc.href = `/rekenhulp/?${query}`;
  };

  let lastQuery = "";
  let timer: number | undefined;
  const update = (mode: "none" | "replace" | "push") => {
    const values = readForm();
    toggle(values);
    const parsed = parseTimelineForm(params, values);
    if (!parsed.ok) {
      showErrors(parsed.errors);
      if (status)
        status.textContent =
          "Er is iets mis met de invoer. Hieronder staat nog de laatste berekening die wel lukte.";
      return;
    }
    // Draw the chart at the width it gets, so its text stays readable on a phone.
    const box = root.querySelector<HTMLElement>("[data-view=chartSvg]");
    const built = buildTimelineView(params, parsed.input, -1, box?.clientWidth || 640);
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
    const query = writeTimelineQuery(values);
    links(query);
    if (mode !== "none" && query !== lastQuery) {
      const url = `${location.pathname}?${query}`;
      if (mode === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    lastQuery = query;
  };

  const load = () => {
    fillForm(readTimelineQuery(params, location.search));
    update("none");
    lastQuery = location.search.replace(/^\?/, "");
  };
  load();
  window.addEventListener("popstate", load);

  form.addEventListener("input", (e) => {
    window.clearTimeout(timer);
    const isChoice = (e.target as HTMLInputElement | null)?.type === "radio";
    timer = window.setTimeout(() => update(isChoice ? "push" : "replace"), isChoice ? 0 : 150);
  });
  form.addEventListener("change", (e) => {
    const t = e.target as HTMLInputElement | null;
    window.clearTimeout(timer);
    // A new method or regime is a step the back button should undo; typing is not.
    update(t?.type === "radio" || t?.tagName === "SELECT" ? "push" : "replace");
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    update("replace");
  });

  const presetBox = root.querySelector<HTMLElement>("[data-presets]");
  if (presetBox) presetBox.hidden = false;
  for (const b of root.querySelectorAll<HTMLButtonElement>("[data-preset]")) {
    b.addEventListener("click", () => {
      const p = presets.find((x) => x.id === b.dataset.preset);
      if (!p) return;
      const area = el("inkomsten") as HTMLTextAreaElement | null;
      if (area) area.value = formatInkomstenLines(p.cents);
      const s = el("schatting") as HTMLInputElement | null;
      if (s) {
        s.value = writeAmount(averageEstimate(p.cents)).replace(".", ",");
      }
      update("push");
    });
  }

  setUpShareButton(root);
}

const root = document.getElementById("verrekening");
if (root) start(root);
