/**
 * DOM helpers both calculator islands share: field messages and the "Deel deze berekening"
 * button. Browser-only; no framework.
 */

/**
 * Shows each field's message in its `[data-error="<field>"]` element (hidden when empty) and
 * marks the field `aria-invalid` while it has one.
 */
export function showFieldErrors<F extends string>(
  root: HTMLElement,
  fields: readonly F[],
  errors: Partial<Record<F, string>>,
  controlOf: (field: F) => Element | null,
): void {
  for (const f of fields) {
    const text = errors[f] ?? "";
    const msg = root.querySelector<HTMLElement>(`[data-error="${f}"]`);
    if (msg) {
      msg.textContent = text;
      msg.hidden = text === "";
    }
    const control = controlOf(f);
    if (control) {
      if (text) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    }
  }
}

/** Shows the `[data-share]` button, which copies the page's address (the permalink). */
export function setUpShareButton(root: HTMLElement): void {
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
