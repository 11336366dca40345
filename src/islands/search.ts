/**
 * The search page's island. Pagefind's code and index are fetched only when the reader searches
 * (a dynamic import), so the page itself loads about 1 KB of script.
 */
import { formatNumber } from "../format/index.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once (from the built site's /pagefind/ folder). */
function loadPagefind(): Promise<Pagefind> {
  const url = "/pagefind/pagefind.js";
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

/** Pagefind's excerpt is escaped text with <mark>; keep only that. */
function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, "");
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  const kind = document.createElement("span");
  kind.className = "search-kind";
  kind.textContent = r.meta.soort ?? "Pagina";
  const link = document.createElement("a");
  link.href = r.url;
  link.textContent = r.meta.title ?? r.url;
  const excerpt = document.createElement("p");
  excerpt.innerHTML = safeExcerpt(r.excerpt);
  li.append(kind, document.createElement("br"), link);
  if (r.meta.detail) {
    const detail = document.createElement("p");
    detail.className = "small muted";
    detail.textContent = r.meta.detail;
    li.append(detail);
  }
  li.append(excerpt);
  return li;
}

/** Wires the form: search on submit, on typing (debounced) and for `?q=` on arrival. */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  if (!form || !input || !status || !list) return;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (query: string) => {
    const ticket = ++latest;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!q) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = "Zoeken…";
    try {
      const pf = await loadPagefind();
      const found = await pf.search(q);
      const results = found?.results ?? [];
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map(resultItem));
      const n = results.length;
      status.textContent =
        n === 0
          ? `Niets gevonden voor ‘${q}’.`
          : `${formatNumber(n)} ${n === 1 ? "resultaat" : "resultaten"} voor ‘${q}’${n > MAX_RESULTS ? `; de eerste ${formatNumber(MAX_RESULTS)} staan hieronder` : ""}.`;
    } catch {
      if (ticket === latest) status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw.";
    }
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  const initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
