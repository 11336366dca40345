import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { measure, pageKind, staticImports } from "./size-budget.ts";

describe(staticImports, () => {
  test("finds static imports and re-exports, not dynamic import()", () => {
    const code = `import{a as b}from"./chunk-1.js";import "./side.js";export{c}from'./re.js';const l=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(["./chunk-1.js", "./side.js", "./re.js"]);
  });
});

describe(pageKind, () => {
  test.each([
    ["/", "content"],
    ["/cijfers/", "content"],
    ["/rekenhulp/", "interactive"],
    ["/rekenhulp/verrekening/", "interactive"],
    ["/rekenhulp/loont-werken/", "interactive"],
    ["/zoeken/", "interactive"],
    ["/embed/x/", "embed"],
  ])("%s is %s", (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});

describe(measure, () => {
  test("counts entry scripts, their static imports and inline scripts, and flags a page over budget", () => {
    const dist = mkdtempSync(join(tmpdir(), "budget-"));
    mkdirSync(join(dist, "_astro"));
    // Incompressible-ish content so gzip cannot shrink it below the budget.
    const noise = (n: number) =>
      Array.from({ length: n }, (_, i) => `v${i}=${(i * 7919) % 104729};`).join("");
    writeFileSync(join(dist, "_astro", "entry.js"), `import "./dep.js";${noise(10)}`);
    writeFileSync(join(dist, "_astro", "dep.js"), noise(2000));
    writeFileSync(join(dist, "_astro", "lazy.js"), noise(5000));
    writeFileSync(
      join(dist, "index.html"),
      `<script type="module" src="/_astro/entry.js"></script><script>x=1</script>`,
    );
    mkdirSync(join(dist, "rekenhulp"));
    writeFileSync(
      join(dist, "rekenhulp", "index.html"),
      `<script type="module">import("/_astro/lazy.js")</script>`,
    );
    const { rows, ok } = measure(dist);
    const home = rows.find((r) => r.path === "/");
    const calc = rows.find((r) => r.path === "/rekenhulp/");
    expect(home?.js).toBeGreaterThan(5 * 1024);
    expect(home?.problems[0]).toMatch(/^JS/);
    expect(calc?.js).toBeLessThan(200);
    expect(ok).toBe(false);
  });
});
