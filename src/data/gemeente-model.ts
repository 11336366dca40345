/**
 * Joins the municipality datasets: categories for the map, the comparison matrix, and everything
 * one municipality page shows. Pure functions over validated rows; no formatting of prose here
 * beyond short labels.
 */
import { dataset as beleidDataset, type GemeenteBeleidRow } from "./datasets/gemeente-beleid.ts";
import { type GemeentePremieRow, dataset as premiesDataset } from "./datasets/gemeente-premies.ts";
import {
  type GemeenteStandpuntRow,
  dataset as standpuntenDataset,
} from "./datasets/gemeente-standpunten.ts";
import {
  type GemeenteWethouderRow,
  dataset as wethoudersDataset,
} from "./datasets/gemeente-wethouders.ts";
import { type GemeenteRow, dataset as gemeentenDataset } from "./datasets/gemeenten.ts";

/** The four categories the map marks, in legend order; `long` after one name, `plural` after "Gemeenten die". */
export const CATEGORIES = [
  {
    key: "landelijk_experiment",
    label: "Landelijk experiment",
    long: "deed mee aan een van de zes landelijke experimenten",
    plural: "deden mee aan een van de zes landelijke experimenten",
    symbol: "circle",
  },
  {
    key: "eigen_experiment",
    label: "Eigen proef",
    long: "deed een eigen proef buiten het landelijke experiment",
    plural: "deden een eigen proef buiten het landelijke experiment",
    symbol: "square",
  },
  {
    key: "bijverdienpremie",
    label: "Lokale bijverdienpremie",
    long: "betaalt of betaalde een lokale bijverdienpremie",
    plural: "betalen of betaalden een lokale bijverdienpremie",
    symbol: "triangle",
  },
  {
    key: "afwijking",
    label: "Wijkt openlijk af van de wet",
    long: "wijkt of week openlijk af van de landelijke regels",
    plural: "wijken of weken openlijk af van de landelijke regels",
    symbol: "diamond",
  },
] as const;

/** A category key. */
export type CategoryKey = (typeof CATEGORIES)[number]["key"];

/** All municipalities, sorted by name. */
export function loadGemeenten(): GemeenteRow[] {
  return [...gemeentenDataset.loadRows()].sort((a, b) =>
    a.name.localeCompare(b.name, "nl", { ignorePunctuation: true }),
  );
}

/** One municipality by slug; throws when unknown. */
export function getGemeente(slug: string): GemeenteRow {
  const g = gemeentenDataset.loadRows().find((r) => r.slug === slug);
  if (!g) throw new Error(`unknown gemeente "${slug}"`);
  return g;
}

/** The categories a municipality falls in. */
export function categoriesOf(g: GemeenteRow): (typeof CATEGORIES)[number][] {
  return CATEGORIES.filter((c) => g[c.key]);
}

/** Municipalities that the map marks (at least one category). */
export function markedGemeenten(): GemeenteRow[] {
  return loadGemeenten().filter((g) => categoriesOf(g).length > 0);
}

/** The page of a municipality. */
export function gemeenteHref(slug: string): string {
  return `/gemeenten/${slug}/`;
}

/** Sorts dated rows oldest first; undated rows last. */
export function byDate<R extends { date: string | null }>(rows: R[]): R[] {
  return [...rows].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  });
}

/** Policy rows of a municipality, optionally of some topics, oldest first. */
export function beleidFor(
  slug: string,
  topics?: readonly GemeenteBeleidRow["topic"][],
): GemeenteBeleidRow[] {
  return byDate(
    beleidDataset
      .loadRows()
      .filter((r) => r.gemeente === slug && (!topics || topics.includes(r.topic))),
  );
}

/** Premium rows of a municipality, oldest first. */
export function premiesFor(slug: string): GemeentePremieRow[] {
  return byDate(premiesDataset.loadRows().filter((r) => r.gemeente === slug));
}

/** Positions about a municipality, oldest first. */
export function standpuntenFor(slug: string): GemeenteStandpuntRow[] {
  return byDate(standpuntenDataset.loadRows().filter((r) => r.gemeente === slug));
}

/** Aldermen of a municipality, in order of first mention. */
export function wethoudersFor(slug: string): GemeenteWethouderRow[] {
  return wethoudersDataset
    .loadRows()
    .filter((r) => r.gemeente === slug)
    .sort((a, b) => (a.first_seen ?? "9999").localeCompare(b.first_seen ?? "9999"));
}

/** The columns of the comparison matrix. */
export const MATRIX_COLUMNS = [
  { key: "experiment", label: "Experiment", topics: ["experiment", "eigen_experiment"] },
  { key: "tegenprestatie", label: "Tegenprestatie", topics: ["tegenprestatie"] },
  { key: "sancties", label: "Sancties en handhaving", topics: ["sancties", "handhaving"] },
  { key: "premie", label: "Bijverdienpremie", topics: [] },
  { key: "kostendelersnorm", label: "Kostendelersnorm onder 27", topics: ["kostendelersnorm"] },
  { key: "vraag_rijk", label: "Vraag aan het Rijk", topics: ["vraag_rijk"] },
] as const satisfies readonly {
  key: string;
  label: string;
  topics: readonly GemeenteBeleidRow["topic"][];
}[];

/** One entry in a matrix cell. */
export type MatrixEntry =
  | { kind: "beleid"; row: GemeenteBeleidRow }
  | { kind: "premie"; row: GemeentePremieRow }
  | { kind: "geen-landelijk-experiment" };

/** The entries of one matrix cell; an empty list means "onbekend" (no source found). */
export function matrixCell(
  g: GemeenteRow,
  column: (typeof MATRIX_COLUMNS)[number]["key"],
): MatrixEntry[] {
  if (column === "premie") return premiesFor(g.slug).map((row) => ({ kind: "premie", row }));
  const spec = MATRIX_COLUMNS.find((c) => c.key === column);
  const rows: MatrixEntry[] = beleidFor(g.slug, spec?.topics).map((row) => ({
    kind: "beleid",
    row,
  }));
  // Not being one of the six national experiments is a sourced fact (the six are listed by name).
  if (column === "experiment" && !g.landelijk_experiment)
    return [{ kind: "geen-landelijk-experiment" }, ...rows];
  return rows;
}

/** The source that lists the six national experiment municipalities by name. */
export const SIX_EXPERIMENTS_SOURCE = "sargasso-2023-12-niet-officiele-experimenten";

/** Every source id a municipality page cites, in first-use order. */
export function sourcesForGemeente(slug: string): string[] {
  const g = getGemeente(slug);
  const ids = [
    ...g.source,
    ...beleidFor(slug).flatMap((r) => r.source),
    ...premiesFor(slug).flatMap((r) => r.source),
    ...wethoudersFor(slug).flatMap((r) => r.source),
    ...standpuntenFor(slug).flatMap((r) => r.source),
  ];
  if (!g.landelijk_experiment) ids.push(SIX_EXPERIMENTS_SOURCE);
  return [...new Set(ids)];
}
