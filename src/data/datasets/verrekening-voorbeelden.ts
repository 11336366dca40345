import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";

/** Made-up monthly earnings for the presets and the walk-through of /rekenhulp/verrekening/. */
export const dataset = defineDataset({
  name: "verrekening-voorbeelden",
  title: "Verzonnen voorbeelden van maandinkomsten voor Verrekening in de tijd",
  description:
    "Netto verdiensten per maand van verzonnen personen, waarmee de pagina Verrekening in de tijd laat zien hoe de gemeente inkomsten verrekent: een oproepkracht met wisselende uren, een vaste deeltijdbaan, seizoenswerk, een baan die groeit tot de bijstand stopt, en het jaar van de verzonnen Sanne. Het zijn geen echte personen en geen gemiddelden.",
  fields: {
    voorbeeld: field.pattern("Vaste naam van het voorbeeld", /^[a-z][a-z0-9-]*$/, "oproepkracht"),
    maand: field.integer("Maand in het voorbeeld, vanaf 1", { min: 1, max: 36 }),
    netto_cent: field.integer("Netto verdiensten in die maand, in centen", {
      min: 0,
      max: 10_000_000,
    }),
    fictief: field.yesNo("Verzonnen voorbeeld (altijd ja): geen echt persoon"),
    source: field.sources(),
  },
});

/** One month of one made-up example. */
export type VerrekeningVoorbeeldRow = RowOf<typeof dataset.fields>;
