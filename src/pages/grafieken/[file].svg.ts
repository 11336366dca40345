/**
 * `/grafieken/<chart-id>.svg` and `/grafieken/<chart-id>-donker.svg`: every chart as a standalone
 * SVG file with title, source and licence inside; `<chart-id>-kaal.svg` is the chart alone. The PNGs beside them are rendered from these
 * files after the build (`src/integrations/postbuild.ts`).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { standaloneChartSvg, THEMES, type Theme } from "../../charts/files/standalone.ts";
import { charts } from "../../charts/registry.ts";
import { absoluteUrl } from "../../site.ts";

export const getStaticPaths: GetStaticPaths = () =>
  charts.flatMap((chart) => [
    ...THEMES.map((theme) => ({
      params: { file: theme === "licht" ? chart.id : `${chart.id}-donker` },
      props: { id: chart.id, theme, bare: false },
    })),
    // Chart only, no title or footer: for social cards and slides.
    { params: { file: `${chart.id}-kaal` }, props: { id: chart.id, theme: "licht", bare: true } },
  ]);

export const GET: APIRoute = ({ props, site }) => {
  const { id, theme, bare } = props as { id: string; theme: Theme; bare: boolean };
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id}`);
  const url = absoluteUrl(`${chart.page}#grafiek-${chart.id}`, site);
  return new Response(standaloneChartSvg(chart, { theme, url, bare }), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
};
