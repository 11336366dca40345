/**
 * `/data/<dataset>.json`: every dataset (and the bibliography, `sources.json`) as JSON: its title,
 * description, licence, fields and the validated, typed rows (sources as arrays of ids).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { CC_BY, type Dataset } from "../../data/dataset.ts";
import { datasets, sourcesDataset } from "../../data/registry.ts";

export const getStaticPaths: GetStaticPaths = () =>
  [...datasets, sourcesDataset].map((ds) => ({ params: { name: ds.name }, props: { ds } }));

export const GET: APIRoute = ({ props, site }) => {
  const ds = (props as { ds: Dataset }).ds;
  const body = {
    name: ds.name,
    title: ds.title,
    description: ds.description,
    license: ds.license ?? CC_BY,
    csv: new URL(`/data/${ds.name}.csv`, site).toString(),
    fields: Object.entries(ds.fields).map(([name, f]) => ({
      name,
      type: f.type,
      description: f.description,
    })),
    rows: ds.loadRows(),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
