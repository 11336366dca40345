/**
 * The made-up examples of /rekenhulp/verrekening/: monthly amounts come from
 * data/verrekening-voorbeelden.csv (all marked fictional); names, descriptions and the settings of
 * the walk-through person live here. Build time only.
 */
import { dataset } from "../../../data/datasets/verrekening-voorbeelden.ts";

/** A preset the reader can load: a name, one sentence and the monthly netto earnings in cents. */
export interface Preset {
  id: string;
  label: string;
  description: string;
  cents: number[];
}

const TEXT: Record<string, { label: string; description: string }> = {
  oproepkracht: {
    label: "Oproepkracht",
    description: "Wisselende uren: de ene maand veel, de andere maand niets.",
  },
  deeltijd: {
    label: "Vaste deeltijdbaan",
    description: "Elke maand hetzelfde loon.",
  },
  seizoenswerk: {
    label: "Seizoenswerk",
    description: "Veel werk in de zomer en in het voorjaar, weinig daartussen.",
  },
  "groeiende-baan": {
    label: "Baan die groeit",
    description: "Steeds meer uren, tot het loon boven de bijstandsnorm komt.",
  },
};

function monthsOf(id: string): number[] {
  const rows = dataset
    .loadRows()
    .filter((r) => r.voorbeeld === id)
    .sort((a, b) => a.maand - b.maand);
  if (rows.length === 0) throw new Error(`data/verrekening-voorbeelden.csv has no rows for ${id}`);
  rows.forEach((r, i) => {
    if (r.maand !== i + 1 || !r.fictief)
      throw new Error(
        `data/verrekening-voorbeelden.csv: ${id} month ${r.maand} out of order or not fictional`,
      );
  });
  return rows.map((r) => r.netto_cent);
}

/** The presets, in display order. */
export function loadPresets(): Preset[] {
  return Object.entries(TEXT).map(([id, t]) => ({ id, ...t, cents: monthsOf(id) }));
}

/** The walk-through: a made-up person ("Sanne") in Amsterdam in 2023, paid on an estimate. */
export const WALKTHROUGH = {
  name: "Sanne",
  /** The permalink of her year, without `inkomsten` (that comes from the data). */
  query: {
    datum: "2023-01",
    leefvorm: "alleenstaand",
    leeftijd: "34",
    maand: "1",
    regeling: "amsterdam",
    methode: "schatting",
    schatting: "400",
  },
  cents: () => monthsOf("sanne"),
  sources: ["bijstandopdeproef-fictieve-voorbeelden"],
} as const;
