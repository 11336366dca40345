/**
 * The one loop every calculator runs in the browser: fill the form from the permalink, read the
 * form, check it, compute, render and keep the URL in step. A calculator declares its fields, how
 * its permalink is read and written, a pure `parse` and `compute` (the engine) and a `render`;
 * the controller owns the DOM plumbing: messages next to fields, the status line, the live region,
 * the share button, the history and what the page shows while the input is invalid.
 *
 * Markup it relies on inside the calculator's root element:
 * - a `<form>` whose controls are named after the permalink parameters;
 * - `[data-error="<name>"]`: the Dutch message of a field, right next to it (hidden when empty);
 * - `[data-status]`: the status line; `[data-live]`: the polite live region;
 * - `[data-share]` and `[data-share-status]`: the "copy this link" button and its message;
 * - `[data-result]`: every region that shows computed amounts (see {@link InvalidPolicy});
 * - `[data-print-permalink]`: filled with the full permalink of the result shown, for print.
 *
 * Browser-only; no framework.
 */

/** Dutch messages per field, keyed by the field's name (its permalink parameter). */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** One field of a calculator's form. */
export interface FieldSpec<K extends string> {
  /** The control's `name`: also its permalink parameter and its message's `data-error`. */
  name: K;
  /**
   * How the value is read and filled: `text` (an input, select or textarea: its value),
   * `checkbox` ("ja" or "nee") or `radio` (the value of the checked button). Default `text`.
   */
  kind?: "text" | "checkbox" | "radio";
  /** How a permalink value is shown in the control (default: as it is). */
  display?: (value: string) => string;
  /** The field (its `.field` wrapper) shows only while this holds for the form's values. */
  shownWhen?: (values: Readonly<Record<K, string>>) => boolean;
}

/**
 * What the page shows while the input is invalid or cannot be computed:
 * - `keep-own`: a result this reader computed earlier in this visit stays, marked as that earlier
 *   calculation with its inputs; before the first such result (a bad permalink, say) nothing shows,
 *   not even the build-time example;
 * - `clear`: every `[data-result]` region is hidden, so no amount shows that the reader's input
 *   did not produce.
 */
export type InvalidPolicy = "keep-own" | "clear";

/** The outcome of a step that can fail with messages per field. */
export type Outcome<T, K extends string> =
  | ({ ok: true } & T)
  | { ok: false; errors: FieldErrors<K> };

/** What a calculator declares; V are the form's values as text, I the engine input, W the view. */
export interface CalculatorSpec<V extends Record<keyof V, string>, I, W> {
  /** The form's fields. Values not declared here keep what the permalink gave. */
  fields: readonly FieldSpec<keyof V & string>[];
  /** Reads the values from a query string (`location.search`); missing ones get defaults. */
  fromQuery(search: string): V;
  /** Writes the values as a query string, without the leading `?`. */
  toQuery(values: V): string;
  /** Checks the values and builds the engine input (pure). */
  parse(values: V): Outcome<{ input: I }, keyof V & string>;
  /** Computes what the page shows (pure; calls the engine); charts are drawn `chartWidth` wide. */
  compute(input: I, size: { chartWidth: number | undefined }): Outcome<{ view: W }, string>;
  /** Puts a computed view on the page. */
  render(view: W): void;
  /** The one sentence the live region announces after a new result. */
  announce(view: W): string;
  /** Selector of the element whose width the charts are drawn at. */
  chartBox?: string;
  /** What shows while the input is invalid; default `keep-own`. */
  onInvalid?: InvalidPolicy;
  /** The inputs of a computed result in a few Dutch words, to label it once it is out of date. */
  describe?(values: V): string;
  /** A new choice (radio button, select) is a step the back button undoes; default false. */
  choicesInHistory?: boolean;
  /** Wait after a keystroke before recalculating, in ms; default 120. */
  debounceMs?: number;
  /** Called after each result with the query it was computed from (for links on the page). */
  afterRender?(query: string): void;
}

/** How an update treats the address bar. */
export type UrlMode = "none" | "replace" | "push";

/** A running calculator. */
export interface Calculator {
  /** Reads the form and recalculates; `mode` says what happens to the URL. */
  update(mode: UrlMode): void;
  /** A form control by name (for calculator-specific buttons that fill the form). */
  control(name: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
}

const STATUS = {
  parse: "Er is iets mis met de invoer.",
  compute: "Dit kunnen we niet berekenen.",
  earlier: "Hieronder staat nog uw vorige berekening",
  notCurrent: "Die hoort niet bij wat nu in het formulier staat.",
  clear: "Daarom ziet u nu geen uitkomst. Verbeter wat bij het veld staat; dan rekenen we opnieuw.",
} as const;

/** Starts a calculator in `root`: fills the form from the URL, computes and listens for changes. */
export function startCalculator<V extends Record<keyof V, string>, I, W>(
  root: HTMLElement,
  spec: CalculatorSpec<V, I, W>,
): Calculator | null {
  const form = root.querySelector<HTMLFormElement>("form");
  if (!form) return null;
  const status = root.querySelector<HTMLElement>("[data-status]");
  const live = root.querySelector<HTMLElement>("[data-live]");
  const policy = spec.onInvalid ?? "keep-own";
  // The inputs of the last result this reader computed in this visit (none yet: the page may
  // show a build-time example, which is not theirs).
  let own: V | null = null;
  const names = spec.fields.map((f) => f.name);

  const control = (name: string) =>
    form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      `[name="${name}"]`,
    );
  const radios = (name: string) =>
    form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`);

  // The values the URL gave last; fields the form does not ask keep theirs.
  let fromUrl = spec.fromQuery(location.search);

  const readForm = (): V => {
    const values = { ...fromUrl } as Record<string, string>;
    for (const f of spec.fields) {
      if (f.kind === "radio") {
        values[f.name] = [...radios(f.name)].find((r) => r.checked)?.value ?? "";
        continue;
      }
      const c = control(f.name);
      if (!c) values[f.name] = "";
      else if (f.kind === "checkbox")
        values[f.name] = (c as HTMLInputElement).checked ? "ja" : "nee";
      else values[f.name] = c.value;
    }
    return values as unknown as V;
  };

  const fillForm = (values: V) => {
    for (const f of spec.fields) {
      const value: string = values[f.name] ?? "";
      if (f.kind === "radio") {
        // An unknown value checks nothing, so the field shows its message.
        for (const r of radios(f.name)) r.checked = r.value === value.trim();
        continue;
      }
      const c = control(f.name);
      if (!c) continue;
      if (f.kind === "checkbox")
        (c as HTMLInputElement).checked = value.trim().toLowerCase() === "ja";
      else c.value = f.display ? f.display(value) : value;
    }
  };

  const showWhere = (values: V) => {
    for (const f of spec.fields) {
      if (!f.shownWhen) continue;
      const wrap = control(f.name)?.closest<HTMLElement>(".field");
      if (wrap) wrap.hidden = !f.shownWhen(values);
    }
  };

  const showErrors = (errors: FieldErrors) => {
    for (const name of names) {
      const text = errors[name] ?? "";
      const msg = root.querySelector<HTMLElement>(`[data-error="${name}"]`);
      if (msg) {
        msg.textContent = text;
        msg.hidden = text === "";
      }
      const c =
        spec.fields.find((f) => f.name === name)?.kind === "radio"
          ? radios(name)[0]
          : control(name);
      if (c) {
        if (text) c.setAttribute("aria-invalid", "true");
        else c.removeAttribute("aria-invalid");
      }
    }
  };

  /** Shows or hides every result region; `earlier` marks what shows as an out-of-date result. */
  const showResult = (shown: boolean, earlier = false) => {
    for (const region of root.querySelectorAll<HTMLElement>("[data-result]")) {
      region.hidden = !shown;
      if (earlier) region.dataset.earlier = "";
      else delete region.dataset.earlier;
    }
  };

  const fail = (step: "parse" | "compute", errors: FieldErrors) => {
    showErrors(errors);
    if (policy === "keep-own" && own) {
      const inputs = spec.describe ? ` (${spec.describe(own)})` : "";
      if (status)
        status.textContent = `${STATUS[step]} ${STATUS.earlier}${inputs}. ${STATUS.notCurrent}`;
      showResult(true, true);
      return;
    }
    if (status) status.textContent = `${STATUS[step]} ${STATUS.clear}`;
    showResult(false);
    if (live) live.textContent = "";
  };

  let lastQuery = location.search.replace(/^\?/, "");
  const update = (mode: UrlMode) => {
    const values = readForm();
    showWhere(values);
    const parsed = spec.parse(values);
    if (!parsed.ok) return fail("parse", parsed.errors);
    const box = spec.chartBox ? root.querySelector<HTMLElement>(spec.chartBox) : null;
    const built = spec.compute(parsed.input, { chartWidth: box?.clientWidth || undefined });
    if (!built.ok) return fail("compute", built.errors);
    showErrors({});
    if (status) status.textContent = "";
    showResult(true);
    own = values;
    spec.render(built.view);
    if (live) live.textContent = spec.announce(built.view);
    const query = spec.toQuery(values);
    // The whole permalink, with every parameter, so a printed result can be reproduced.
    const permalink = `${location.origin}${location.pathname}?${query}`;
    for (const el of root.querySelectorAll<HTMLElement>("[data-print-permalink]"))
      el.textContent = permalink;
    spec.afterRender?.(query);
    if (mode !== "none" && query !== lastQuery) {
      const url = `${location.pathname}?${query}`;
      if (mode === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    lastQuery = query;
  };

  const load = () => {
    fromUrl = spec.fromQuery(location.search);
    fillForm(fromUrl);
    update("none");
    lastQuery = location.search.replace(/^\?/, "");
  };
  load();
  if (spec.choicesInHistory) window.addEventListener("popstate", load);

  const isChoice = (t: EventTarget | null) =>
    spec.choicesInHistory === true &&
    t instanceof HTMLElement &&
    ((t as HTMLInputElement).type === "radio" || t.tagName === "SELECT");
  let timer: number | undefined;
  form.addEventListener("input", (e) => {
    window.clearTimeout(timer);
    const choice = isChoice(e.target) && (e.target as HTMLInputElement).type === "radio";
    timer = window.setTimeout(
      () => update(choice ? "push" : "replace"),
      choice ? 0 : (spec.debounceMs ?? 120),
    );
  });
  form.addEventListener("change", (e) => {
    window.clearTimeout(timer);
    update(isChoice(e.target) ? "push" : "replace");
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    update("replace");
  });
  // Redraw the charts when the width changes (phone turned, window resized).
  let lastWidth = window.innerWidth;
  window.addEventListener("resize", () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update("none"), 200);
  });

  setUpShareButton(root);
  return { update, control };
}

/** Shows the `[data-share]` button, which copies the page's address (the permalink). */
function setUpShareButton(root: HTMLElement): void {
  const share = root.querySelector<HTMLButtonElement>("[data-share]");
  const status = root.querySelector<HTMLElement>("[data-share-status]");
  if (!share) return;
  share.hidden = false;
  share.addEventListener("click", async () => {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = "De link naar deze berekening is gekopieerd.";
    } catch {
      if (status) status.textContent = `Kopieer deze link: ${url}`;
    }
  });
}
