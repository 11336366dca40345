import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** The kinds of arm, in the order of the design matrix. */
export const ARM_TYPES = [
  "ontheffing",
  "begeleiding",
  "vrijlating",
  "premie",
  "combinatie",
  "keuze",
  "controle",
  "maatregel",
  "tegenprestatie",
  "basisinkomen",
] as const;

/** The arms (groups) of each experiment and their rules. */
export const dataset = defineDataset({
  name: "experiment-armen",
  title: "Groepen per experiment en hun regels",
  description:
    "Eén rij per groep (arm) van een experiment: naam, soort, de regels voor die groep, het percentage en maximum van een extra vrijlating of premie, de regeling in de rekenhulp, en of de indeling door loting ging. Maatregelen die voor iedereen in een experiment golden (zoals in Amsterdam) staan er ook in, als soort 'maatregel'.",
  fields: {
    experiment: field.pattern("Experiment (id uit experimenten.csv)", SLUG, "groningen"),
    arm: field.pattern("Korte naam van de groep", SLUG, "vrijlating"),
    name: field.text("Naam van de groep zoals het experiment die gebruikte"),
    arm_type: field.oneOf(
      ARM_TYPES,
      "Soort groep: ontheffing (zelf in actie), begeleiding, vrijlating (werken loont), premie, combinatie, keuze, controle, maatregel voor iedereen, tegenprestatie of basisinkomen",
    ),
    components: field.optional(
      field.pattern(
        "Bij een combinatie of keuze: de onderdelen, gescheiden door ;",
        /^[a-z]+(;[a-z]+)*$/,
        "ontheffing;vrijlating",
      ),
    ),
    rule: field.text("De regels voor deze groep in gewone woorden"),
    rate: field.optional(
      field.number("Deel van de verdiensten dat de deelnemer extra hield (0,5 = 50%)", {
        min: 0,
        max: 1,
      }),
    ),
    max_cent: field.optional(
      field.integer(
        "Maximum per maand in eurocent (bij basisinkomen: het vaste bedrag per maand)",
        { min: 0 },
      ),
    ),
    regeling: field.optional(
      field.pattern(
        "Id van de regeling in de rekenhulp (/rekenhulp/?regeling=…)",
        SLUG,
        "experiment-utrecht",
      ),
    ),
    assignment: field.oneOf(
      ["loting", "geen-loting", "iedereen", "onbekend"] as const,
      "Hoe mensen in deze groep kwamen: door loting, zonder loting, iedereen in het experiment, of niet na te gaan",
    ),
    source: field.sources(),
  },
});

/** One arm of an experiment. */
export type ExperimentArmRow = RowOf<typeof dataset.fields>;
