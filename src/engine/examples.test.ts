/**
 * Runs the worked examples in `examples/*.yaml` (one file per rule) against the engine: every
 * expected output must match within the example's tolerance.
 */
import { describe, expect, it } from "vitest";
import { params, person, toeslagenParams } from "../../tests/fixtures/engine.ts";
import {
  type Example,
  type ExampleRule,
  loadExamples,
} from "../../tests/fixtures/engine-examples.ts";
import { huurtoeslagParams } from "../../tests/fixtures/huurtoeslag.ts";
import { calculateMonth } from "./calculate.ts";
import { calculateHuurtoeslag, type HuurtoeslagInput } from "./huurtoeslag.ts";
import { calculateBox1Belasting } from "./inkomstenbelasting.ts";
import { calculateKostendelersnorm } from "./kostendelers.ts";
import { calculateVakantietoeslag, determineNorm } from "./norm.ts";
import { halfYearStart } from "./period.ts";
import { claimAfterThreshold, settleAdvances } from "./toeslagen-jaar.ts";
import type { MonthInput } from "./types.ts";
import { calculateZorgtoeslag } from "./zorgtoeslag.ts";

type Outputs = Record<string, number>;

/** The example's household as a calculator input in its month. */
function monthInput(e: Example): MonthInput {
  return person({ ...(e.input as Partial<MonthInput>), date: e.period });
}

/** Per rule: compute every output an example file may name. */
const RUNNERS: Record<ExampleRule, (e: Example) => Outputs> = {
  norm: (e) => {
    const date = `${e.period}-01`;
    const r = determineNorm(params, monthInput(e), halfYearStart(date), date);
    if (!r.ok) throw new Error(`no norm: ${r.problems.map((p) => p.message).join(" ")}`);
    return { normCent: r.normCent, personen: r.personen };
  },
  vakantietoeslag: (e) => {
    const incl = e.input.normCent as number;
    return { normExclVtCent: incl - calculateVakantietoeslag(params, incl, `${e.period}-01`) };
  },
  kostendelersnorm: (e) => {
    const { gehuwdennormCent, personen } = e.input as {
      gehuwdennormCent: number;
      personen: number;
    };
    return {
      kostendelersnormCent: calculateKostendelersnorm(
        params,
        gehuwdennormCent,
        personen,
        `${e.period}-01`,
      ),
    };
  },
  maand: (e) => {
    const r = calculateMonth(params, monthInput(e));
    if (!r.ok) throw new Error(`no result: ${r.problems.map((p) => p.message).join(" ")}`);
    const { normCent, vakantietoeslagCent, vrijlatingCent, uitkeringCent, premieCent, totaalCent } =
      r;
    return { normCent, vakantietoeslagCent, vrijlatingCent, uitkeringCent, premieCent, totaalCent };
  },
  zorgtoeslag: (e) => {
    const i = e.input as {
      toetsingsinkomenCent: number;
      partner?: boolean;
      partnerVerzekerd?: boolean;
      partnerToetsingsinkomenCent?: number;
    };
    const r = calculateZorgtoeslag(toeslagenParams, {
      year: Number(e.period.slice(0, 4)),
      toetsingsinkomenCent: i.toetsingsinkomenCent,
      toeslagpartner: i.partner ?? false,
      ...(i.partnerToetsingsinkomenCent === undefined
        ? {}
        : { partnerToetsingsinkomenCent: i.partnerToetsingsinkomenCent }),
      ...(i.partnerVerzekerd === undefined ? {} : { partnerVerzekerd: i.partnerVerzekerd }),
    });
    if (!r.ok) throw new Error(`no result: ${r.problems.map((p) => p.message).join(" ")}`);
    const { normpremieCent, jaarbedragCent, maandbedragCent, maandbedragAfgerondCent } = r;
    return {
      normpremieCent,
      jaarbedragCent,
      maandbedragCent,
      maandbedragAfgerondCent,
      heeftRecht: Number(r.heeftRecht),
    };
  },
  inkomstenbelasting: (e) => {
    const i = e.input as { belastbaarInkomenCent: number; geborenVoor1946?: boolean };
    const r = calculateBox1Belasting(
      toeslagenParams,
      Number(e.period.slice(0, 4)),
      i.belastbaarInkomenCent,
      { geborenVoor1946: i.geborenVoor1946 ?? false },
    );
    if (!r.ok) throw new Error(`no result: ${r.problems.map((p) => p.message).join(" ")}`);
    return { belastingCent: r.belastingCent };
  },
  huurtoeslag: (e) => {
    const input = {
      aowLeeftijd: false,
      ...e.input,
      year: Number(e.period.slice(0, 4)),
    } as HuurtoeslagInput;
    const r = calculateHuurtoeslag(huurtoeslagParams, input);
    if (!r.ok) throw new Error(`no result: ${r.problems.map((p) => p.message).join(" ")}`);
    const { rekenhuurCent, maandbedragAfgerondCent } = r;
    return {
      rekenhuurCent,
      maandbedragAfgerondCent,
      ...(r.basishuurCent === null ? {} : { basishuurCent: r.basishuurCent }),
    };
  },
  "toeslagen-jaar": (e) => {
    const i = e.input as {
      definitiefJaarCent: number;
      definitiefMaandCent: number;
      voorschotMaandCent: number;
      doorgegevenInMaand?: number;
      terugvorderingsgrensCent?: number;
    };
    const r = settleAdvances(
      { yearCent: i.definitiefJaarCent, monthCent: i.definitiefMaandCent },
      { monthCent: i.voorschotMaandCent },
      i.doorgegevenInMaand ?? null,
    );
    const out: Outputs = { nietDoorgegevenNaJaarCent: r.notReported.afterYearCent };
    if (r.reported) {
      out.doorgegevenVoorschotVanafCent = r.reported.advanceFromCent;
      out.doorgegevenMeteenCent = r.reported.revisionCent;
      out.doorgegevenNaJaarCent = r.reported.afterYearCent;
    }
    if (i.terugvorderingsgrensCent !== undefined)
      out.teruggevorderdCent = claimAfterThreshold(
        r.notReported.afterYearCent,
        i.terugvorderingsgrensCent,
      );
    return out;
  },
};

const files = loadExamples();

describe("worked examples (src/engine/examples)", () => {
  it("has example files", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    describe(file.path, () => {
      for (const e of file.examples) {
        it(e.name, () => {
          const actual = RUNNERS[file.rule](e);
          for (const [key, expected] of Object.entries(e.output)) {
            const got = actual[key];
            expect(got, `${key} (source: ${e.source.join(", ")})`).toBeTypeOf("number");
            expect(
              Math.abs((got as number) - expected),
              `${key}: expected ${expected}, got ${got}`,
            ).toBeLessThanOrEqual(e.tolerance);
          }
        });
      }
    });
  }
});
