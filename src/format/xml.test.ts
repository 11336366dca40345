import { describe, expect, it } from "vitest";
import { escapeXml } from "./xml.ts";

describe("escapeXml", () => {
  it("escapes the five characters XML reserves", () => {
    expect(escapeXml(`a & b < c > d "e" f's`)).toBe(
      "a &amp; b &lt; c &gt; d &quot;e&quot; f&#39;s",
    );
  });
  it("escapes once: an entity in the text stays visible as text", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });
  it("leaves other text alone, accents and the euro sign included", () => {
    expect(escapeXml("€ 1.078,50 — één")).toBe("€ 1.078,50 — één");
  });
  it("gives well-formed XML for any text", () => {
    const text = `<x a="1" b='2'>&</x>`;
    const doc = `<t a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</t>`;
    expect(doc).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(doc.match(/</g)).toHaveLength(2);
  });
});
