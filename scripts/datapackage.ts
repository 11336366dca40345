/**
 * Writes `data/datapackage.json` from the dataset modules and the CSV files (`npm run datapackage`).
 * Run it after adding or changing a dataset and commit the file; a unit test fails when the
 * committed file has drifted. The dataset registry is found through Vite's `import.meta.glob`, so
 * the module is loaded through Vite's module runner, as the site and the tests load it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = `${root}data/datapackage.json`;

const { module } = await runnerImport<typeof import("../src/data/datapackage.ts")>(
  `${root}src/data/datapackage.ts`,
  { root, configFile: false, logLevel: "warn" },
);
const text = module.dataPackageText();
const before = readFileSync(target, "utf8");
if (text === before) {
  console.log("data/datapackage.json is up to date");
} else {
  writeFileSync(target, text);
  console.log("wrote data/datapackage.json; commit it");
}
