/**
 * The form controller on a tiny calculator (one amount in, its double out) in linkedom's DOM: the
 * permalink fills the form, a result renders and the URL follows, a bad value gets its message at
 * the field, and the invalid-input policy either keeps the reader's own earlier result, marked as
 * such, or shows no amount at all; neither ever shows the build-time example for a bad permalink.
 */
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, test } from "vitest";
import { type InvalidPolicy, startCalculator } from "./form-controller.ts";

const PAGE = `<div id="calc">
  <form>
    <div class="field"><input name="bedrag" /><p data-error="bedrag" hidden></p></div>
    <div class="field"><input name="extra" /><p data-error="extra" hidden></p></div>
    <p data-status></p>
  </form>
  <section data-result><output name="dubbel">€ 20 (voorbeeld)</output><p data-live></p></section>
</div>`;

type Values = { bedrag: string; extra: string };

function setUp(search: string, policy: InvalidPolicy) {
  const { window, document } = parseHTML(`<html><body>${PAGE}</body></html>`);
  const urls: string[] = [];
  const location = { pathname: "/reken/", search, href: `https://x.test/reken/${search}` };
  const history = {
    replaceState: (_s: unknown, _t: string, url: string) => urls.push(`replace ${url}`),
    pushState: (_s: unknown, _t: string, url: string) => urls.push(`push ${url}`),
  };
  Object.assign(globalThis, {
    window,
    document,
    location,
    history,
    HTMLElement: window.HTMLElement,
  });
  Object.assign(window, { setTimeout, clearTimeout, innerWidth: 1000 });
  const root = document.getElementById("calc") as unknown as HTMLElement;
  const calc = startCalculator<Values, number, number>(root, {
    fields: [{ name: "bedrag" }, { name: "extra", shownWhen: (v) => v.bedrag !== "0" }],
    fromQuery: (s) => ({ bedrag: new URLSearchParams(s).get("bedrag") ?? "10", extra: "" }),
    toQuery: (v) => `bedrag=${v.bedrag}`,
    parse: (v) =>
      /^\d+$/.test(v.bedrag)
        ? { ok: true, input: Number(v.bedrag) }
        : { ok: false, errors: { bedrag: "Vul een heel bedrag in." } },
    compute: (n) =>
      n > 100 ? { ok: false, errors: { bedrag: "Te hoog." } } : { ok: true, view: n * 2 },
    render: (n) => {
      const out = root.querySelector("output");
      if (out) out.textContent = `€ ${n}`;
    },
    announce: (n) => `Het dubbele is € ${n}.`,
    onInvalid: policy,
    describe: (v) => `bedrag ${v.bedrag}`,
  });
  const q = <T extends Element>(sel: string) => root.querySelector(sel) as T;
  const input = q<HTMLInputElement>('[name="bedrag"]');
  const type = (value: string) => {
    input.value = value;
    calc?.update("replace");
  };
  return { q, type, urls };
}

afterEach(() => {
  for (const k of ["window", "document", "location", "history", "HTMLElement"])
    delete (globalThis as Record<string, unknown>)[k];
});

describe("form controller", () => {
  test("fills the form from the permalink, renders and keeps the URL in step", () => {
    const { q, type, urls } = setUp("?bedrag=7", "keep-own");
    expect(q<HTMLInputElement>('[name="bedrag"]').value).toBe("7");
    expect(q("output").textContent).toBe("€ 14");
    expect(q("[data-live]").textContent).toBe("Het dubbele is € 14.");
    expect(urls).toEqual([]);
    type("8");
    expect(q("output").textContent).toBe("€ 16");
    expect(urls).toEqual(["replace /reken/?bedrag=8"]);
    type("0");
    expect(q<HTMLElement>('[name="extra"]').closest<HTMLElement>(".field")?.hidden).toBe(true);
  });

  test("keep-own: a bad value gets its message; the reader's earlier result stays, marked with its inputs", () => {
    const { q, type, urls } = setUp("?bedrag=7", "keep-own");
    type("abc");
    expect(q('[data-error="bedrag"]').textContent).toBe("Vul een heel bedrag in.");
    expect(q('[name="bedrag"]').getAttribute("aria-invalid")).toBe("true");
    expect(q("[data-status]").textContent).toMatch(/uw vorige berekening \(bedrag 7\)/);
    expect(q("[data-status]").textContent).toMatch(/hoort niet bij wat nu in het formulier staat/);
    expect(q("output").textContent).toBe("€ 14");
    expect(q<HTMLElement>("[data-result]").hidden).toBe(false);
    expect(q<HTMLElement>("[data-result]").hasAttribute("data-earlier")).toBe(true);
    expect(urls).toEqual([]);
    type("9");
    expect(q<HTMLElement>("[data-result]").hasAttribute("data-earlier")).toBe(false);
    expect(q<HTMLElement>('[data-error="bedrag"]').hidden).toBe(true);
    expect(q('[name="bedrag"]').getAttribute("aria-invalid")).toBe(null);
    expect(q("[data-status]").textContent).toBe("");
  });

  test("keep-own: a bad permalink shows no amount, not the build-time example", () => {
    const { q, type } = setUp("?bedrag=x", "keep-own");
    expect(q<HTMLElement>("[data-result]").hidden).toBe(true);
    expect(q("[data-status]").textContent).toMatch(/geen uitkomst/);
    type("4");
    expect(q<HTMLElement>("[data-result]").hidden).toBe(false);
    expect(q("output").textContent).toBe("€ 8");
  });

  test("clear: invalid input, from the form or the URL, shows no amount at all", () => {
    const first = setUp("?bedrag=x", "clear");
    // The build-time example is not the reader's result, so it does not show either.
    expect(first.q<HTMLElement>("[data-result]").hidden).toBe(true);
    expect(first.q("[data-status]").textContent).toMatch(/geen uitkomst/);

    const { q, type } = setUp("?bedrag=7", "clear");
    expect(q<HTMLElement>("[data-result]").hidden).toBe(false);
    type("500");
    expect(q('[data-error="bedrag"]').textContent).toBe("Te hoog.");
    expect(q<HTMLElement>("[data-result]").hidden).toBe(true);
    expect(q("[data-live]").textContent).toBe("");
    type("3");
    expect(q<HTMLElement>("[data-result]").hidden).toBe(false);
    expect(q("output").textContent).toBe("€ 6");
  });
});
