import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** The age groups of the minimum wage per hour (Besluit minimumjeugdloon art. 2). */
export const MINIMUMLOON_AGES = ["15", "16", "17", "18", "19", "20", "21+"] as const;

/** Statutory minimum wage per hour by age, per half year. */
export const dataset = defineDataset({
  name: "minimumloon",
  title: "Wettelijk minimumloon per uur naar leeftijd",
  description:
    "Het bruto wettelijk minimumloon per uur (sinds 2024 een uurloon; Wet minimumloon en minimumvakantiebijslag art. 8 en 14), per 1 januari en 1 juli, in centen, zonder vakantiebijslag (die is ten minste 8%, art. 15). Jongeren krijgen een percentage van het bedrag voor 21 jaar en ouder (Besluit minimumjeugdloon art. 2: 80, 60, 50, 39½, 34½ en 30%). Het minimumloon per maand van januari, de grondslag van het drempelinkomen van de toeslagen, staat in de dataset zorgtoeslag. Bedragen van 1 juli 2025 en later komen uit secundaire bronnen die de regeling van het ministerie weergeven. Niet gevonden, dus onbekend: de jeugdbedragen per 1 juli 2026 en alles per 1 januari 2027.",
  fields: {
    valid_from: field.date("Eerste dag waarop het bedrag geldt (1 januari of 1 juli)"),
    age: field.oneOf(MINIMUMLOON_AGES, "Leeftijd van de werknemer; 21+ is 21 jaar en ouder"),
    amount_per_hour_cent: field.integer("Bruto minimumloon per uur in centen", { min: 0 }),
    source: field.sources(),
    note: field.optional(field.text("Toelichting: de bron en of die secundair is")),
  },
});

/** One minimum wage per hour. */
export type MinimumloonRow = RowOf<typeof dataset.fields>;
