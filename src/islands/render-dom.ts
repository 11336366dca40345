/**
 * Small DOM helpers the calculators' render functions share: text into elements, a list, a
 * definition list and table rows. Everything goes in as text (never as markup). Browser-only.
 */

/** Puts `text` into every element in `root` that matches `selector`. */
export function setText(root: ParentNode, selector: string, text: string): void {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) el.textContent = text;
}

/** Replaces the items of a list (one text each) and hides `hideTarget` while it is empty. */
export function fillList(
  list: Element | null,
  items: readonly string[],
  hideTarget?: Element | null,
): void {
  if (!list) return;
  list.replaceChildren(
    ...items.map((text) => {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    }),
  );
  if (hideTarget instanceof HTMLElement) hideTarget.hidden = items.length === 0;
}

/** Replaces a `<dl>`'s groups: one `<div>` with a `<dt>` and its `<dd>`s per entry. */
export function fillDefinitions(
  dl: Element | null,
  entries: readonly { term: string; details: readonly string[] }[],
): void {
  dl?.replaceChildren(
    ...entries.map((e) => {
      const div = document.createElement("div");
      const dt = document.createElement("dt");
      dt.textContent = e.term;
      div.append(dt);
      for (const d of e.details) {
        const dd = document.createElement("dd");
        dd.textContent = d;
        div.append(dd);
      }
      return div;
    }),
  );
}

/**
 * Table rows: the first cell of each row is its `<th scope="row">`, the others are numbers
 * (`td.num`); `numericHeader` also right-aligns the row header (a number itself). With `labels`
 * (the column headers) each cell carries its column's name in `data-label`, for the stacked
 * layout on phones.
 */
export function tableRows(
  rows: readonly (readonly string[])[],
  numericHeader: boolean,
  labels?: readonly string[],
) {
  return rows.map((row) => {
    const tr = document.createElement("tr");
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) td.setAttribute("scope", "row");
      if (i > 0 || numericHeader) td.className = "num";
      const label = labels?.[i];
      if (i > 0 && label) td.dataset.label = label;
      td.textContent = cell;
      tr.append(td);
    });
    return tr;
  });
}

/** A header row: one `<th scope="col">` per heading; `numeric(i)` right-aligns column i. */
export function headerRow(
  head: readonly string[],
  numeric: (i: number) => boolean = () => true,
): HTMLTableRowElement {
  const tr = document.createElement("tr");
  head.forEach((h, i) => {
    const th = document.createElement("th");
    th.scope = "col";
    if (numeric(i)) th.className = "num";
    th.textContent = h;
    tr.append(th);
  });
  return tr;
}
