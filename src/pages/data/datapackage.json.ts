/** `/data/datapackage.json`: the Frictionless Data Package of `data/`, served beside the CSV files. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { APIRoute } from "astro";

export const GET: APIRoute = () => {
  const text = readFileSync(resolve(process.cwd(), "data/datapackage.json"), "utf8");
  // Parse to fail the build on a broken file rather than publish it.
  JSON.parse(text);
  return new Response(text, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
