/**
 * `/api/charts.json`: every chart with its page, embed, CSV, images and sources. A public
 * interface: fields are only ever added.
 */
import type { APIRoute } from "astro";
import { chartDataDate, chartFilePaths } from "../../charts/files/standalone.ts";
import { charts } from "../../charts/registry.ts";

export const GET: APIRoute = ({ site }) => {
  const abs = (path: string) => new URL(path, site).toString();
  const body = {
    charts: charts.map((c) => {
      const files = chartFilePaths(c.id);
      return {
        id: c.id,
        title: c.title,
        takeaway: c.takeaway,
        page: abs(`${c.page}#grafiek-${c.id}`),
        embed: abs(`/embed/${c.id}/`),
        csv: abs(files.csv),
        png: abs(files.png),
        pngDark: abs(files.pngDark),
        svg: abs(files.svg),
        svgDark: abs(files.svgDark),
        thumbnail: abs(files.thumb),
        datasets: c.datasets,
        sources: c.sourceIds,
        dataDate: chartDataDate(c) ?? null,
        license: "CC-BY-4.0",
      };
    }),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
