import { describe, expect, test } from "vitest";
import { EMBED_HEIGHT_SCRIPT, embedSnippet, HEIGHT_MESSAGE, RESIZER_SCRIPT } from "./snippet.ts";

describe("embed contract", () => {
  test("the host-page resizer stays within 1 KB, as the embed contract promises", () => {
    expect(new TextEncoder().encode(RESIZER_SCRIPT).length).toBeLessThanOrEqual(1024);
  });
  test("both sides speak the same message type", () => {
    expect(EMBED_HEIGHT_SCRIPT).toContain(`type:"${HEIGHT_MESSAGE}"`);
    expect(RESIZER_SCRIPT).toContain(`d.type!=="${HEIGHT_MESSAGE}"`);
  });
  test("the resizer only trusts its own iframe from that iframe's origin", () => {
    expect(RESIZER_SCRIPT).toContain("f.contentWindow===e.source");
    expect(RESIZER_SCRIPT).toContain(".origin===e.origin");
  });
  test("the snippet escapes the title and URL it puts in attributes", () => {
    const html = embedSnippet({
      embedUrl: "https://x.nl/embed/a/?q=1&b=2",
      title: 'Een "titel" <b>',
    });
    expect(html).toContain('title="Een &quot;titel&quot; &lt;b>"');
    expect(html).toContain('src="https://x.nl/embed/a/?q=1&amp;b=2"');
    expect(html).not.toContain("<b>");
  });
  test("with a script URL the snippet loads the resizer as a file instead of inline", () => {
    const html = embedSnippet({
      embedUrl: "https://x.nl/embed/a/",
      title: "T",
      scriptUrl: "https://x.nl/embed.js",
    });
    expect(html).toContain('<script src="https://x.nl/embed.js" defer></script>');
    expect(html).not.toContain(RESIZER_SCRIPT);
  });
});
