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
  search(
    q: string,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
const MAX_SOURCES = 10;

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once (from the built site's /pagefind/ folder). */
function loadPagefind(): Promise<Pagefind> {
  const url = "/pagefind/pagefind.js";
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // Weigh page length lightly: long municipality and experiment pages that are about the term
    // should not lose to short pages that mention it once.
    await pf.options({ excerptLength: 24, ranking: { pageLength: 0.2 } });
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
  const sourceBlock = document.querySelector<HTMLElement>("[data-search-sources]");
  const sourceList = sourceBlock?.querySelector("ol");
  if (!form || !input || !status || !list || !sourceBlock || !sourceList) return;
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
      sourceList.replaceChildren();
      sourceBlock.hidden = true;
      status.textContent = "";
      return;
    }
    status.textContent = "Zoeken…";
    try {
      const pf = await loadPagefind();
      // Pages first; sources (each its own record) in a list of their own below.
      const [pageHits, sourceHits] = await Promise.all([
        pf.search(q, { filters: { not: { soort: "Bron" } } }),
        pf.search(q, { filters: { soort: "Bron" } }),
      ]);
      const pageResults = pageHits?.results ?? [];
      const sourceResults = sourceHits?.results ?? [];
      const [pages, sources] = await Promise.all([
        Promise.all(pageResults.slice(0, MAX_RESULTS).map((r) => r.data())),
        Promise.all(sourceResults.slice(0, MAX_SOURCES).map((r) => r.data())),
      ]);
      if (ticket !== latest) return;
      list.replaceChildren(...pages.map(resultItem));
      sourceList.replaceChildren(...sources.map(resultItem));
      sourceBlock.hidden = sources.length === 0;
      const np = pageResults.length;
      const ns = sourceResults.length;
      const more = (n: number, max: number) => (n > max ? ` (de eerste ${formatNumber(max)})` : "");
      status.textContent =
        np + ns === 0
          ? `Niets gevonden voor ‘${q}’.`
          : `Voor ‘${q}’: ${formatNumber(np)} ${np === 1 ? "pagina" : "pagina's"}${more(np, MAX_RESULTS)} en ${formatNumber(ns)} ${ns === 1 ? "bron" : "bronnen"}${more(ns, MAX_SOURCES)}.`;
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
