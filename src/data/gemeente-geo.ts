/**
 * The 2025 municipality and province boundaries (CBS/PDOK via cartomap/nl, CC BY 4.0), read from
 * `data/geo/*.topojson` at build time and turned into GeoJSON. Cached per build.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ROOT } from "./dataset.ts";

/** Properties of a municipality in the boundary file. */
export interface GemeenteGeoProps {
  statcode: string;
  statnaam: string;
}

type Collection = FeatureCollection<Geometry, GemeenteGeoProps>;

const cache = new Map<string, { features: Collection; borders: MultiLineString }>();

function load(file: string, object: string): { features: Collection; borders: MultiLineString } {
  const cached = cache.get(file);
  if (cached) return cached;
  const topology = JSON.parse(readFileSync(resolve(ROOT, "data/geo", file), "utf8")) as Topology;
  const obj = topology.objects[object] as GeometryCollection<GemeenteGeoProps> | undefined;
  if (!obj) throw new Error(`data/geo/${file}: no object "${object}"`);
  // The mesh draws every shared border once, which halves the size of the map's SVG.
  const entry = { features: feature(topology, obj) as Collection, borders: mesh(topology, obj) };
  cache.set(file, entry);
  return entry;
}

/** All 342 municipalities of 2025. */
export function loadGemeenteFeatures(): Collection {
  return load("gemeente_2025.topojson", "gemeente_2025").features;
}

/** Every municipality border (and the coast) as one multi-line, each shared border once. */
export function loadGemeenteBorders(): MultiLineString {
  return load("gemeente_2025.topojson", "gemeente_2025").borders;
}

/** Every province border as one multi-line. */
export function loadProvincieBorders(): MultiLineString {
  return load("provincie_2025.topojson", "provincie_2025").borders;
}

/** Municipality features by CBS code (GM….). */
export function gemeenteFeatureIndex(): Map<string, Feature<Geometry, GemeenteGeoProps>> {
  return new Map(loadGemeenteFeatures().features.map((f) => [f.properties.statcode, f]));
}
