import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildPolicy, headersFile, injectPolicy, inlineScripts, scriptHash } from "./csp.ts";

describe("inlineScripts", () => {
  it("finds executed inline scripts and skips files and data blocks", () => {
    const html = `<head><script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"x":1}</script><script type="application/ld+json">{}</script></head>`;
    expect(inlineScripts(html)).toEqual(["a()", "b()"]);
  });
});

describe("scriptHash", () => {
  it("is the base64 SHA-256 of the exact text", () => {
    const expected = createHash("sha256").update("a()").digest("base64");
    expect(scriptHash("a()")).toBe(`'sha256-${expected}'`);
  });
});

describe("buildPolicy", () => {
  it("never allows inline scripts and lists the hashes", () => {
    const policy = buildPolicy({ hashes: ["'sha256-abc'"] });
    const script = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(script).toBe("script-src 'self' 'sha256-abc'");
    expect(policy).not.toContain("frame-ancestors");
  });
  it("adds WebAssembly and frame-ancestors only when asked", () => {
    const policy = buildPolicy({ hashes: [], wasm: true, frameAncestors: "*" });
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("frame-ancestors *");
  });
});

describe("injectPolicy", () => {
  it("puts the meta right after <meta charset> and replaces an earlier one", () => {
    const html = '<html><head><meta charset="utf-8"><title>x</title></head></html>';
    const once = injectPolicy(html, "default-src 'self'");
    expect(once).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>x</title></head></html>`,
    );
    expect(injectPolicy(once, "default-src 'none'")).not.toContain("default-src 'self'");
  });
  it("still places the policy before any script when a page has no <head>", () => {
    const out = injectPolicy("<html><script>x()</script></html>", "default-src 'self'");
    expect(out.indexOf("Content-Security-Policy")).toBeLessThan(out.indexOf("<script>"));
  });
});

describe("headersFile", () => {
  it("lets any site frame embeds and only the site itself frame other pages", () => {
    const text = headersFile(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);
    const blocks = text.split("\n\n");
    const embed = blocks.find((b) => b.startsWith("/embed/*"));
    expect(embed).toContain("frame-ancestors *");
    expect(embed).toContain("! Content-Security-Policy");
    expect(blocks.find((b) => b.includes("/*\n"))).toContain("frame-ancestors 'self'");
    expect(text).toContain("'sha256-a' 'sha256-b'");
  });
});
