/**
 * Site-wide facts, each written once: name, address, navigation, licences, and the date of the
 * latest data update. Any layer but the engine may import it. Build-time only (reads git).
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { resolve } from "node:path";

/** The site's name. */
export const SITE_NAME = "Bijstand op de proef";

/** The main navigation, in order. */
export const NAV = [
  { href: "/rekenhulp/", label: "Rekenhulp" },
  { href: "/experimenten/", label: "Experimenten" },
  { href: "/cijfers/", label: "Cijfers" },
  { href: "/gemeenten/", label: "Gemeenten" },
  { href: "/bronnen/", label: "Bronnen" },
] as const;

/** What kind of page a path is, in Dutch, for search results. */
export function pageKind(path: string): string {
  const kinds: [RegExp, string][] = [
    [/^\/gemeenten\/[^/]+\//, "Gemeente"],
    [/^\/experimenten\/[^/]+\//, "Experiment"],
    [/^\/artikelen\//, "Artikel"],
    [/^\/rekenhulp\//, "Rekenhulp"],
    [/^\/cijfers\//, "Cijfers"],
    [/^\/bronnen\//, "Bronnen"],
    [/^\/gemeenten\//, "Gemeenten"],
    [/^\/experimenten\//, "Experimenten"],
    [/^\/(data|pers)\//, "Voor de pers"],
  ];
  return kinds.find(([re]) => re.test(path))?.[1] ?? "Pagina";
}

/** Contact address for press and readers. None is published yet: pages say so. */
export const CONTACT_EMAIL: string | undefined = undefined;

/** Licences of texts, data and charts, and of code: the one place they are written. */
export const LICENSES = {
  content: {
    /** Short name, as printed under charts and on cards. */
    name: "CC BY 4.0",
    /** SPDX identifier, for machine-readable metadata (datapackage.json). */
    id: "CC-BY-4.0",
    /** Full Dutch title. */
    title: "Creative Commons Naamsvermelding 4.0 Internationaal",
    /** The Dutch summary, for readers. */
    url: "https://creativecommons.org/licenses/by/4.0/deed.nl",
    /** The licence's canonical address, for metadata. */
    legalUrl: "https://creativecommons.org/licenses/by/4.0/",
  },
  code: { name: "MIT", url: "/licentie/" },
} as const;

let lastDataUpdate: string | undefined;

/** The date (YYYY-MM-DD) of the latest change to `data/`: from git, else the files' mtime. */
export function getLastDataUpdate(): string {
  if (lastDataUpdate) return lastDataUpdate;
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cs", "--", "data/"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(out)) lastDataUpdate = out;
  } catch {
    // Not a git checkout: fall back to the file date below.
  }
  lastDataUpdate ??= statSync(resolve(process.cwd(), "data/sources.csv"))
    .mtime.toISOString()
    .slice(0, 10);
  return lastDataUpdate;
}

/** Turns a site path into an absolute URL on the configured site. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? "https://bijstandopdeproef.nl").toString();
}
