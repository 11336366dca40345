/**
 * data/van-proef-naar-wet.csv: every row cites known sources and names known experiments, every
 * link goes to a calculator regime or timeline event that exists, each theme has research and law
 * rows, and a start date the sources disagree on is shown with both readings.
 */
import { describe, expect, test } from "vitest";
import { dataset as experimenten } from "./datasets/experimenten.ts";
import { dataset as regelingen } from "./datasets/regelingen.ts";
import { dataset as tijdlijn } from "./datasets/tijdlijn.ts";
import { ASPECTS, dataset, THEMES } from "./datasets/van-proef-naar-wet.ts";
import { loadSourceIndex } from "./sources.ts";

const rows = dataset.loadRows();

describe("van-proef-naar-wet.csv", () => {
  test("ids are unique and every cited source exists", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const sources = loadSourceIndex();
    for (const r of rows) {
      expect(r.source.length, r.id).toBeGreaterThan(0);
      for (const id of r.source) expect(sources.has(id), `${r.id}: ${id}`).toBe(true);
    }
  });

  test("every named experiment exists", () => {
    const ids = new Set(experimenten.loadRows().map((e) => e.id));
    for (const r of rows)
      for (const id of r.experiments?.split(";") ?? [])
        expect(ids.has(id), `${r.id}: ${id}`).toBe(true);
  });

  test("links go to a known timeline event or a calculator with a known regime", () => {
    const events = new Set(tijdlijn.loadRows().map((e) => e.id));
    const regimes = new Set(regelingen.loadRows().map((g) => g.regeling));
    for (const r of rows) {
      if (!r.link) continue;
      expect(r.link_text, `${r.id}: link text`).toBeTruthy();
      const url = new URL(r.link, "https://example.invalid");
      if (url.pathname === "/tijdlijn/") {
        expect(events.has(url.hash.slice(1)), `${r.id}: ${url.hash}`).toBe(true);
      } else {
        expect(["/rekenhulp/", "/rekenhulp/verrekening/"]).toContain(url.pathname);
        expect(regimes.has(url.searchParams.get("regeling") ?? "landelijk"), r.id).toBe(true);
        expect(url.searchParams.get("datum"), r.id).toMatch(/^\d{4}-\d{2}$/);
      }
    }
  });

  test("each theme has research rows and says what the law does or leaves out", () => {
    for (const theme of THEMES.filter((t) => t !== "verband")) {
      const aspects = new Set(rows.filter((r) => r.theme === theme).map((r) => r.aspect));
      expect(aspects.has("onderzoek"), theme).toBe(true);
      const law = ["wet-2026", "wet-2027", "ontbreekt"] as const;
      expect(
        law.some((a) => aspects.has(a)),
        theme,
      ).toBe(true);
      expect(aspects.has("verband"), theme).toBe(false);
    }
    expect(rows.filter((r) => r.theme === "verband").every((r) => r.aspect === "verband")).toBe(
      true,
    );
    expect(ASPECTS).toContain("ontbreekt");
  });

  test("an unclear start date is shown with a reading for 2026 and one for 2027", () => {
    const unclear = rows.filter((r) => r.date_status === "onduidelijk");
    expect(unclear.length).toBeGreaterThan(0);
    for (const theme of new Set(unclear.map((r) => r.theme))) {
      const aspects = unclear.filter((r) => r.theme === theme).map((r) => r.aspect);
      expect(aspects, theme).toContain("wet-2026");
      expect(aspects, theme).toContain("wet-2027");
    }
    for (const r of unclear) expect(r.text, r.id).toMatch(/^Lezing \d\./);
  });

  test("says plainly that no primary source was found linking the law to the experiments", () => {
    const verband = rows.filter((r) => r.theme === "verband");
    expect(verband.some((r) => /vonden we niet/.test(r.text))).toBe(true);
  });
});
