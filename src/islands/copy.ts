/** Turns on every `button[data-copy]`: copies the named field's text and says so. */
export function enableCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    if (button.dataset.ready) continue;
    button.dataset.ready = "1";
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const field = document.getElementById(
        button.dataset.copy ?? "",
      ) as HTMLTextAreaElement | null;
      if (!field) return;
      try {
        await navigator.clipboard.writeText(field.value);
        button.textContent = "Gekopieerd";
      } catch {
        field.select();
        button.textContent = "Selecteer en kopieer met Ctrl+C";
      }
      setTimeout(() => {
        button.textContent = label;
      }, 2500);
    });
  }
}
