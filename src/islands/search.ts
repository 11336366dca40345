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
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
const MAX_SOURCES = 10;

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once (from the built site's /pagefind/ folder). */
function loadPagefind(): Promise<Pagefind> {
  const url = "/pagefind/pagefind.js";
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // Weigh page length lightly: long municipality and experiment pages that are about the term
    // should not lose to short pages that mention it once. Prefer the word itself over longer
    // words that start with it ("bijverdienen" over "bijverdienpremie").
    await pf.options({ excerptLength: 24, ranking: { pageLength: 0.2, termSimilarity: 5 } });
    return pf;
  });
  return pagefind;
}

/**
 * Dutch question and function words that say little about what a reader looks for. Pagefind
 * finds only pages with every word of a query, so "hoeveel mag ik bijverdienen" would find nothing
 * for the sake of "mag"; these are the words we leave out when the whole query finds nothing.
 */
const STOP_WORDS = new Set(
  (
    "aan al als bij ben dan dat de deze die dit doe doen doet een en er het hoe hoeveel hoelang ik in is " +
    "je jij kan kun kunnen kunt mag me mijn moet moeten met mij na naar of om ook op over te tot " +
    "u uw van voor waar waarom wanneer wat we welk welke wie wij word wordt zijn zo zou"
  ).split(" "),
);

/**
 * The words of a query worth searching for when the whole query finds nothing: the query without
 * Dutch question and function words. Empty when no word is left or when nothing was left out.
 */
export function meaningfulQuery(query: string): string {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length === 0 || kept.length === words.length ? "" : kept.join(" ");
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
      const find = (term: string) =>
        Promise.all([
          pf.search(term, { filters: { not: { soort: "Bron" } } }),
          pf.search(term, { filters: { soort: "Bron" } }),
        ]).then(([p, s]) => [p?.results ?? [], s?.results ?? []] as const);
      let [pageResults, sourceResults] = await find(q);
      // Nothing for the whole question: search its meaningful words, and say so.
      let searched = q;
      const shorter = pageResults.length + sourceResults.length === 0 ? meaningfulQuery(q) : "";
      if (shorter) {
        [pageResults, sourceResults] = await find(shorter);
        searched = shorter;
      }
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
      const found = `${formatNumber(np)} ${np === 1 ? "pagina" : "pagina's"}${more(np, MAX_RESULTS)} en ${formatNumber(ns)} ${ns === 1 ? "bron" : "bronnen"}${more(ns, MAX_SOURCES)}`;
      status.textContent =
        np + ns === 0
          ? `Niets gevonden voor ‘${q}’${shorter ? ` en ook niet voor ‘${shorter}’` : ""}.`
          : searched === q
            ? `Voor ‘${q}’: ${found}.`
            : `Niets gevonden met alle woorden van ‘${q}’. Wel voor ‘${searched}’: ${found}.`;
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
