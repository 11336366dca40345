/**
 * Citations in APA style (7th edition, Dutch conventions: "z.d." without a date, Dutch month
 * names), for charts and pages. The date is when the site's data last changed; the sources' own
 * dates are named separately so a reader sees how recent the figures are.
 */
import { formatDate } from "./format.ts";

/** What a citation needs. */
export interface CitationInput {
  /** Author and site: the site's name. */
  site: string;
  title: string;
  /** "Grafiek", "Dataset", "Webpagina" … (APA's bracketed description). */
  kind: string;
  /** Absolute URL. */
  url: string;
  /** YYYY-MM-DD (or YYYY[-MM]) the content was last updated; undefined → "z.d.". */
  updated?: string | undefined;
  /** The data's own sources, e.g. "CBS, februari 2024". */
  dataSources?: string | undefined;
}

/** "(2026, 3 mei)", "(2024, februari)", "(2024)" or "(z.d.)". */
export function apaDate(iso: string | undefined): string {
  if (!iso) return "(z.d.)";
  const [year] = iso.split("-");
  const rest = iso.length > 4 ? formatDate(iso).replace(new RegExp(`\\s*${year}$`), "") : "";
  return rest ? `(${year}, ${rest})` : `(${year})`;
}

/** The APA reference as one line of plain text. */
export function apaCitation(c: CitationInput): string {
  const description = c.dataSources ? `${c.kind}; data: ${c.dataSources}` : c.kind;
  return `${c.site}. ${apaDate(c.updated)}. ${c.title} [${description}]. ${c.url}`;
}
