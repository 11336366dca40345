/** Shared helpers for the engine's tests: the real parameters from data/ and a default input. */
import { loadLawParameters } from "../data/law-parameters.ts";
import type { MonthInput, MonthResult, Parameters } from "./types.ts";

/** The parameters built from data/ (the tests check the engine against the real data). */
export const params: Parameters = loadLawParameters();

/** A single person of 35 in January 2026 without earnings, national rules; override what you test. */
export function person(overrides: Partial<MonthInput> = {}): MonthInput {
  return {
    date: "2026-01",
    leefvorm: "alleenstaand",
    age: 35,
    partnerAge: null,
    housemates: [],
    nettoCent: 0,
    month: 1,
    childUnder12: false,
    urenbeperking: false,
    regime: "landelijk",
    ...overrides,
  };
}

/** Narrows a result to success, failing the test with the problems otherwise. */
export function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok)
    throw new Error(
      `expected a result, got problems: ${JSON.stringify((r as { problems?: unknown }).problems)}`,
    );
  return r as Extract<T, { ok: true }>;
}

export type { MonthResult };
