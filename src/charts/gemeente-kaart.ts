import * as Plot from "@observablehq/plot";
import { geoCentroid, geoMercator } from "d3-geo";
import type { Geometry, Position } from "geojson";
import {
  gemeenteFeatureIndex,
  loadGemeenteBorders,
  loadGemeenteFeatures,
  loadProvincieBorders,
} from "../data/gemeente-geo.ts";
import {
  CATEGORIES,
  type CategoryKey,
  categoriesOf,
  gemeenteHref,
  markedGemeenten,
} from "../data/gemeente-model.ts";
import type { ChartDefinition } from "./types.ts";

/** One marked municipality in one category: exactly what the map draws as a symbol. */
interface Row {
  name: string;
  gm_code: string;
  category: string;
  category_key: CategoryKey;
  page: string;
  lon: number;
  lat: number;
}

function loadRows(): Row[] {
  const index = gemeenteFeatureIndex();
  return markedGemeenten().flatMap((g) => {
    const f = index.get(g.gm_code);
    if (!f)
      throw new Error(
        `gemeente-kaart: ${g.gm_code} (${g.name}) is not in data/geo/gemeente_2025.topojson`,
      );
    const [lon, lat] = geoCentroid(f);
    return categoriesOf(g).map((c) => ({
      name: g.name,
      gm_code: g.gm_code,
      category: c.label,
      category_key: c.key,
      page: gemeenteHref(g.slug),
      lon,
      lat,
    }));
  });
}

/** Offsets in pixels so that up to four symbols around one centroid do not overlap. */
const OFFSETS: Record<CategoryKey, [number, number]> = {
  landelijk_experiment: [-4, -4],
  eigen_experiment: [4, -4],
  bijverdienpremie: [-4, 4],
  afwijking: [4, 4],
};

/** Municipalities labelled by name on the wide map (the rest are in the list and table). */
const LABELLED = new Set([
  "GM0363", // Amsterdam
  "GM0599", // Rotterdam
  "GM0344", // Utrecht
  "GM0014", // Groningen
  "GM0855", // Tilburg
  "GM0289", // Wageningen
  "GM0268", // Nijmegen
  "GM0150", // Deventer
  "GM0080", // Leeuwarden
  "GM0772", // Eindhoven
  "GM0153", // Enschede
  "GM0828", // Oss
  "GM0193", // Zwolle
  "GM0109", // Coevorden
]);

type Project = (p: [number, number]) => [number, number] | null;

/**
 * Projects a geometry to pixels, rounded to half a pixel (keeps the SVG small and deterministic;
 * a point moves at most a quarter pixel, and the links to the municipality pages fit in the embed's
 * size budget).
 */
function projectGeometry<G extends Geometry>(geometry: G, project: Project): G {
  const point = (p: Position): Position => {
    const xy = project([p[0] ?? 0, p[1] ?? 0]);
    if (!xy) throw new Error("gemeente-kaart: point outside the projection");
    return [Math.round(xy[0] * 2) / 2, Math.round(xy[1] * 2) / 2];
  };
  const line = (ps: Position[]) => ps.map(point);
  switch (geometry.type) {
    case "Polygon":
      return { ...geometry, coordinates: geometry.coordinates.map(line) };
    case "MultiPolygon":
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(line)) };
    case "MultiLineString":
      return { ...geometry, coordinates: geometry.coordinates.map(line) };
    case "LineString":
      return { ...geometry, coordinates: line(geometry.coordinates) };
    default:
      throw new Error(`gemeente-kaart: unexpected geometry ${geometry.type}`);
  }
}

function countMarked(rows: Row[]): number {
  return new Set(rows.map((r) => r.gm_code)).size;
}

function countIn(rows: Row[], key: CategoryKey): number {
  return rows.filter((r) => r.category_key === key).length;
}

function namesIn(rows: Row[], key: CategoryKey): string {
  const names = rows.filter((r) => r.category_key === key).map((r) => r.name);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}

/**
 * Plot puts `aria-label` on the shape inside each link; move it onto the link itself, so that the
 * link's accessible name is the municipality's name whatever the reader's browser makes of SVG.
 * (No tooltip per shape: the embed's size budget has no room for it; the marks are in the text.)
 */
const nameLinks: Plot.RenderFunction = (index, scales, values, dimensions, context, next) => {
  const g = next?.(index, scales, values, dimensions, context);
  g?.setAttribute("aria-label", "Gemeenten op de kaart");
  for (const a of Array.from(g?.querySelectorAll("a") ?? [])) {
    const shape = a.firstElementChild;
    const label = shape?.getAttribute("aria-label");
    if (!shape || !label) continue;
    a.setAttribute("aria-label", label);
    shape.removeAttribute("aria-label");
  }
  return g ?? null;
};

/** The map of /gemeenten/: which municipalities experimented, pay a premium or depart from the law. */
export const chart: ChartDefinition<Row> = {
  id: "gemeente-kaart",
  title: "Waar gemeenten iets anders deden met de bijstand",
  get takeaway() {
    const rows = loadRows();
    return `Van de ${countMarked(rows)} gemarkeerde gemeenten deden er ${countIn(rows, "landelijk_experiment")} mee aan het landelijke experiment, ${countIn(rows, "eigen_experiment")} deden een eigen proef, ${countIn(rows, "bijverdienpremie")} betalen of betaalden een eigen bijverdienpremie en ${countIn(rows, "afwijking")} wijken openlijk af van de landelijke regels.`;
  },
  get description() {
    const rows = loadRows();
    return `Kaart van Nederland met de gemeentegrenzen van 2025. Gemarkeerde gemeenten hebben een symbool per kenmerk. Een cirkel: landelijk experiment (${namesIn(rows, "landelijk_experiment")}). Een vierkant: eigen proef (${namesIn(rows, "eigen_experiment")}). Een driehoek: lokale bijverdienpremie (${namesIn(rows, "bijverdienpremie")}). Een ruit: wijkt openlijk af van de landelijke regels (${namesIn(rows, "afwijking")}).`;
  },
  datasets: ["gemeenten", "gemeente-beleid", "gemeente-premies"],
  sourceIds: ["cbs-pdok-gemeentegrenzen-2025"],
  notes:
    "Alleen gemeenten die in ons onderzoek voorkomen. Een gemeente zonder symbool kan toch iets hebben gedaan: wij vonden er geen bron voor. De onderbouwing per gemeente staat op haar eigen pagina. Kaart: CBS/PDOK (CC BY 4.0), vereenvoudigd door cartomap/nl.",
  page: "/gemeenten/",
  rows: loadRows,
  columns: [
    { key: "name", label: "Gemeente" },
    { key: "gm_code", label: "CBS-code" },
    { key: "category", label: "Kenmerk" },
    { key: "page", label: "Pagina" },
  ],
  plot(rows, { width }) {
    const narrow = width < 500;
    const legendRow = 18;
    const margin = 4;
    const mapHeight = Math.round(width * 1.18);
    const projection = geoMercator().fitExtent(
      [
        [margin, margin],
        [width - margin, mapHeight - margin],
      ],
      loadGemeenteFeatures(),
    );
    const project: Project = (p) => projection(p);
    const codes = new Set(rows.map((r) => r.gm_code));
    // One link per marked municipality, to its page, named by the municipality; in name order, so
    // that the keyboard reaches them alphabetically. Symbols, labels and borders let clicks through.
    const pages = new Map(rows.map((r) => [r.gm_code, r]));
    const markedShapes = loadGemeenteFeatures()
      .features.filter((f) => codes.has(f.properties.statcode))
      .map((f) => {
        const row = pages.get(f.properties.statcode) as Row;
        return {
          geometry: projectGeometry(f.geometry, project),
          name: row.name,
          page: row.page,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "nl", { ignorePunctuation: true }));
    const points = rows.map((r) => {
      const xy = project([r.lon, r.lat]) ?? [0, 0];
      return { ...r, px: xy[0], py: xy[1] };
    });
    const r = narrow ? 3.2 : 4.2;
    const scale = narrow ? 0.8 : 1;
    const symbolMarks = CATEGORIES.map((c) => {
      const [dx, dy] = OFFSETS[c.key];
      return Plot.dot(
        points.filter((p) => p.category_key === c.key),
        {
          x: "px",
          y: "py",
          symbol: () => c.symbol,
          r,
          dx: dx * scale,
          dy: dy * scale,
          className: `mark-gemeente-${c.key}`,
          ariaHidden: "true",
          pointerEvents: "none",
        },
      );
    });
    const labels = narrow
      ? []
      : points.filter(
          (p, i, all) =>
            LABELLED.has(p.gm_code) && all.findIndex((o) => o.gm_code === p.gm_code) === i,
        );
    const legendTop = mapHeight + 10;
    const legendMarks = CATEGORIES.flatMap((c, i) => [
      Plot.dot([c], {
        x: () => 12,
        y: () => legendTop + i * legendRow,
        symbol: () => c.symbol,
        r: 5,
        className: `mark-gemeente-${c.key}`,
        ariaHidden: "true",
      }),
      Plot.text([c], {
        x: () => 24,
        y: () => legendTop + i * legendRow,
        text: () => c.label,
        textAnchor: "start",
        className: "mark-gemeente-legend",
        fontSize: 12,
        ariaHidden: "true",
      }),
    ]);
    return {
      width,
      height: legendTop + CATEGORIES.length * legendRow,
      margin: 0,
      projection: "identity",
      symbol: { type: "identity" },
      marks: [
        Plot.geo(markedShapes, {
          geometry: "geometry",
          href: "page",
          ariaLabel: "name",
          className: "mark-gemeente-marked",
          render: nameLinks,
        }),
        Plot.geo(projectGeometry(loadGemeenteBorders(), project), {
          className: "mark-gemeente-borders",
          ariaHidden: "true",
          pointerEvents: "none",
        }),
        Plot.geo(projectGeometry(loadProvincieBorders(), project), {
          className: "mark-gemeente-provincie",
          ariaHidden: "true",
          pointerEvents: "none",
        }),
        ...symbolMarks,
        Plot.text(labels, {
          x: "px",
          y: "py",
          text: "name",
          dx: 9,
          textAnchor: "start",
          className: "mark-gemeente-label",
          fontSize: 11,
          ariaHidden: "true",
          pointerEvents: "none",
        }),
        ...legendMarks,
      ],
    };
  },
};
