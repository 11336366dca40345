/**
 * Rebuilds the markup of `ToeslagenJaar.astro` from a view (toeslagen-jaar-view.ts): per year the
 * sentence, the table, how the months outside the span were counted and what is unknown. Text
 * only, never markup. Browser-only.
 */
import { fillList, headerRow, setText, tableRows } from "./render-dom.ts";
import type { ToeslagenView, ToeslagenYearView } from "./toeslagen-jaar-view.ts";

function paragraph(text: string, className: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

function yearBlock(y: ToeslagenYearView): HTMLElement {
  const div = document.createElement("div");
  div.className = "toeslagen-year";
  div.append(paragraph(y.sentence, "sentence"));
  if (y.rows.length > 0) {
    const wrap = document.createElement("div");
    wrap.className = "table-wrap";
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", y.caption);
    const table = document.createElement("table");
    table.className = "calc-table stacked";
    const caption = table.createCaption();
    caption.textContent = y.caption;
    table.createTHead().append(headerRow(y.head, (i) => i > 0));
    const body = table.createTBody();
    body.append(...tableRows(y.rows, false, y.head));
    wrap.append(table);
    div.append(wrap);
  }
  if (y.filled) div.append(paragraph(y.filled, "small"));
  if (y.waived) div.append(paragraph(y.waived, "small"));
  for (const u of y.unknown) div.append(paragraph(u, "notice"));
  return div;
}

/** Renders the toeslagen view inside `root` (the section of ToeslagenJaar.astro). */
export function renderToeslagenJaar(root: ParentNode, view: ToeslagenView): void {
  const section = root.querySelector<HTMLElement>("[data-toeslagen-jaar]");
  if (!section) return;
  section.querySelector("[data-toeslagen-years]")?.replaceChildren(...view.years.map(yearBlock));
  setText(section, "[data-toeslagen=when]", view.when);
  fillList(section.querySelector("[data-toeslagen=notes]"), view.notes);
}
