/**
 * `data/datapackage.json`: the Frictionless Data Package that describes every file in `data/` (the
 * bibliography first, then the datasets by name) with its fields and the sources its rows cite.
 * `npm run datapackage` writes it (scripts/datapackage.ts); a test fails when it has drifted.
 */
import { CC_BY, type Dataset, describeResource } from "./dataset.ts";
import { datasets, sourcesDataset } from "./registry.ts";

/** The source ids a dataset's rows cite, sorted; none for the bibliography itself. */
function citedSourceIds(ds: Dataset): string[] {
  if (ds === sourcesDataset) return [];
  const ids = new Set<string>();
  for (const row of ds.loadRows())
    for (const id of (row as { source: string[] }).source) ids.add(id);
  return [...ids].sort();
}

/** The data package of `data/` as an object. */
export function dataPackage() {
  return {
    profile: "tabular-data-package",
    name: "bijstand-op-de-proef",
    title: "Bijstand op de proef: data",
    description:
      "Alle cijfers van de site Bijstand op de proef, met hun bronnen. Elke rij verwijst in de kolom source naar een bron in sources.csv.",
    homepage: "https://bijstandopdeproef.nl/data/",
    licenses: [CC_BY],
    resources: [sourcesDataset, ...datasets].map((ds) => describeResource(ds, citedSourceIds(ds))),
  };
}

/** The exact text of `data/datapackage.json`: two-space JSON with a final newline. */
export function dataPackageText(): string {
  return `${JSON.stringify(dataPackage(), null, 2)}\n`;
}
