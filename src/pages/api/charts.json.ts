/** `/api/charts.json`: every chart with its page, embed, CSV and sources. A public interface. */
import type { APIRoute } from "astro";
import { charts } from "../../charts/registry.ts";

export const GET: APIRoute = ({ site }) => {
  const abs = (path: string) => new URL(path, site).toString();
  const body = {
    charts: charts.map((c) => ({
      id: c.id,
      title: c.title,
      takeaway: c.takeaway,
      page: abs(`${c.page}#grafiek-${c.id}`),
      embed: abs(`/embed/${c.id}/`),
      csv: abs(`/data/${c.id}.csv`),
      datasets: c.datasets,
      sources: c.sourceIds,
      license: "CC-BY-4.0",
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
