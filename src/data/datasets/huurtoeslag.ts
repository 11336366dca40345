import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { checkParameterRows, PARAMETER_UNITS, parameterTableFields } from "../parameter-table.ts";

/** The calculation method of a berekeningsjaar: the Wet op de huurtoeslag changed it twice. */
export const HUURTOESLAG_METHODS = [
  "normhuurformule-vier-typen",
  "normhuurformule-twee-typen",
  "vaste-basishuur-lineaire-afbouw",
] as const;

/** One calculation method. */
export type HuurtoeslagMethod = (typeof HUURTOESLAG_METHODS)[number];

/** The household types of Wht art. 2 (four until 2024, two from 2025), or `alle`. */
export const HUURTOESLAG_HOUSEHOLDS = [
  "alle",
  "eenpersoons",
  "meerpersoons",
  "eenpersoonsouderen",
  "meerpersoonsouderen",
] as const;

/** One household column value. */
export type HuurtoeslagHousehold = (typeof HUURTOESLAG_HOUSEHOLDS)[number];

/**
 * Units of this table: the shared cent and rate, plus `jaar` (an age) and `factor` (a factor of the
 * normhuur formula a·Y² + b·Y, Wht art. 19 lid 2, which may be negative and is neither).
 */
export const HUURTOESLAG_UNIT_LIST = [...PARAMETER_UNITS, "jaar", "factor"] as const;

/** The unit of a huurtoeslag parameter. */
export type HuurtoeslagUnit = (typeof HUURTOESLAG_UNIT_LIST)[number];

/** The parameters of the huurtoeslag that the data holds, per berekeningsjaar. */
export const HUURTOESLAG_PARAMETERS = [
  "maximale-huurgrens",
  "maximale-huurgrens-jongeren",
  "jongerengrens-leeftijd",
  "servicekosten-max-per-post",
  "kwaliteitskortingsgrens",
  "aftoppingsgrens-1-2-personen",
  "aftoppingsgrens-3-of-meer-personen",
  "subsidie-tot-kwaliteitskortingsgrens",
  "subsidie-tot-aftoppingsgrens",
  "subsidie-boven-aftoppingsgrens",
  "normhuur-minimum-inkomensijkpunt",
  "verlaging-normhuur-minimum-inkomensijkpunt",
  "minimum-inkomensijkpunt",
  "referentie-inkomensijkpunt",
  "referentie-ophoging",
  "normhuur-referentie-inkomensijkpunt",
  "verlaging-normhuur-referentie-inkomensijkpunt",
  "factor-a",
  "factor-b",
  "opslag-basishuur-wettekst",
  "opslag-basishuur-uitvoering",
  "verlaging-basishuur",
  "minimum-basishuur",
  "basishuur",
  "afbouwpercentage",
  "vermogensgrens-alleenstaande",
  "vermogensgrens-partners",
  "vermogensgrens-medebewoner",
  "vrijstelling-inkomen-kind",
] as const;

/** One huurtoeslag parameter. */
export type HuurtoeslagParameter = (typeof HUURTOESLAG_PARAMETERS)[number];

/** The unit of each huurtoeslag parameter. */
export const HUURTOESLAG_UNITS: Record<HuurtoeslagParameter, HuurtoeslagUnit> = {
  "maximale-huurgrens": "cent",
  "maximale-huurgrens-jongeren": "cent",
  "jongerengrens-leeftijd": "jaar",
  "servicekosten-max-per-post": "cent",
  kwaliteitskortingsgrens: "cent",
  "aftoppingsgrens-1-2-personen": "cent",
  "aftoppingsgrens-3-of-meer-personen": "cent",
  "subsidie-tot-kwaliteitskortingsgrens": "rate",
  "subsidie-tot-aftoppingsgrens": "rate",
  "subsidie-boven-aftoppingsgrens": "rate",
  "normhuur-minimum-inkomensijkpunt": "cent",
  "verlaging-normhuur-minimum-inkomensijkpunt": "cent",
  "minimum-inkomensijkpunt": "cent",
  "referentie-inkomensijkpunt": "cent",
  "referentie-ophoging": "cent",
  "normhuur-referentie-inkomensijkpunt": "cent",
  "verlaging-normhuur-referentie-inkomensijkpunt": "cent",
  "factor-a": "factor",
  "factor-b": "factor",
  "opslag-basishuur-wettekst": "cent",
  "opslag-basishuur-uitvoering": "cent",
  "verlaging-basishuur": "cent",
  "minimum-basishuur": "cent",
  basishuur: "cent",
  afbouwpercentage: "rate",
  "vermogensgrens-alleenstaande": "cent",
  "vermogensgrens-partners": "cent",
  "vermogensgrens-medebewoner": "cent",
  "vrijstelling-inkomen-kind": "cent",
};

const base = parameterTableFields(
  HUURTOESLAG_PARAMETERS,
  "Welke parameter (zie de beschrijving van de dataset)",
);

/** Parameters of the huurtoeslag per berekeningsjaar (Wet op de huurtoeslag, Awir art. 7). */
export const dataset = defineDataset({
  name: "huurtoeslag",
  title: "Huurtoeslag: grenzen, basishuur en afbouw per jaar (2024–2026)",
  description:
    "De getallen waarmee de huurtoeslag over een kalenderjaar wordt berekend (Wet op de huurtoeslag, Wht), per 1 januari. Bedragen in centen: huren en grenzen per maand, inkomens en vermogens per jaar; percentages als decimaal. De berekening veranderde twee keer (kolom method). " +
    "normhuurformule-vier-typen (2024): vier huishoudtypen (een- en meerpersoons, met of zonder AOW-leeftijd op 1 januari); rekenhuur = kale huur plus ten hoogste vier posten servicekosten; boven de maximale huurgrens geen huurtoeslag; de basishuur hangt van het inkomen af via de normhuur a × Y² + b × Y (art. 19). " +
    "normhuurformule-twee-typen (2025): twee huishoudtypen, het minimum-inkomensijkpunt is voor iedereen op de AOW gebaseerd en de 40%-schijf boven de aftoppingsgrens geldt voor elk huishouden. " +
    "vaste-basishuur-lineaire-afbouw (2026): alleen de kale huur telt, de maximale huurgrens is een plafond in plaats van een uitsluitingsgrens, de jongerengrens gaat van 23 naar 21 jaar, de basishuur is vast, en de toeslag daalt met (rekeninkomen − minimum-inkomensijkpunt) × afbouwpercentage / 12 (art. 21 lid 2). " +
    "Huurtoeslag per maand = 100% van de rekenhuur boven de basishuur tot de kwaliteitskortingsgrens, plus 65% tot de aftoppingsgrens, plus 40% daarboven (art. 21; de 65 en 40 staan in het Besluit op de huurtoeslag, art. 7). Basishuur = normhuur + opslag van art. 16 − verlaging van de Wet verlaging eigen bijdrage huurtoeslag. " +
    "Art. 16 noemt een opslag van € 12; de Dienst Toeslagen rekent met € 0 (zijn basishuur en de tabellen kloppen alleen zo; volgens een omzettingsscript een redactionele correctie, Stb. 2022, 528). Beide staan erin: opslag-basishuur-wettekst en opslag-basishuur-uitvoering; de rekenhulp gebruikt de tweede. " +
    "minimum-basishuur (2025) en basishuur (2026) zijn bedragen van de uitvoering ter controle. referentie-… dienen alleen om de factoren a en b af te leiden. vermogensgrens-… en vrijstelling-inkomen-kind komen uit de Awir (art. 7); afronding en minimum staan in de dataset awir. " +
    "Niet gevonden, dus onbekend: de factoren a en b voor 2024 (zonder die factoren is de huurtoeslag 2024 boven het minimum-inkomensijkpunt niet te berekenen) en alle bedragen voor 2027 en later behalve de verlaging van de basishuur. Het norminkomen (art. 14) staat er niet in: de huurtoeslag gebruikt het niet.",
  fields: {
    valid_from: base.valid_from,
    method: field.oneOf(
      HUURTOESLAG_METHODS,
      "Berekeningswijze van dat jaar (zie de beschrijving van de dataset)",
    ),
    parameter: base.parameter,
    household: field.oneOf(
      HUURTOESLAG_HOUSEHOLDS,
      "Huishoudtype van Wht art. 2 waarvoor de waarde geldt, of alle",
    ),
    value: field.number(
      "De waarde: een bedrag in centen (unit cent), een aandeel als decimaal, 0.65 = 65% (unit rate), een leeftijd in jaren (unit jaar) of een factor van de normhuurformule in euro (unit factor, kan negatief zijn)",
    ),
    unit: field.oneOf(
      HUURTOESLAG_UNIT_LIST,
      "Eenheid van value: cent, rate (aandeel als decimaal), jaar of factor",
    ),
    article: base.article,
    source: base.source,
    note: base.note,
  },
});

/** One huurtoeslag parameter value. */
export type HuurtoeslagRow = RowOf<typeof dataset.fields>;

/**
 * Problems a single cell cannot show: the checks of `checkParameterRows` per household (unit, whole
 * cents, rates up to 1, no parameter twice on a date), plus: only factors may be negative, ages are
 * whole, and one method per date.
 */
export function checkHuurtoeslagRows(rows: readonly HuurtoeslagRow[]): string[] {
  const problems: string[] = [];
  const shared = rows.filter((r) => r.unit === "cent" || r.unit === "rate");
  problems.push(
    ...checkParameterRows(
      shared.map((r) => ({
        valid_from: `${r.valid_from} ${r.household}`,
        parameter: r.parameter,
        value: r.value,
        unit: r.unit as "cent" | "rate",
      })),
      HUURTOESLAG_UNITS as Record<string, "cent" | "rate">,
    ),
  );
  const methods = new Map<string, string>();
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const where = `row ${i + 1} (${r.valid_from} ${r.parameter} ${r.household})`;
    if (r.unit !== "cent" && r.unit !== "rate") {
      if (HUURTOESLAG_UNITS[r.parameter] !== r.unit)
        problems.push(`${where}: unit ${r.unit}, expected ${HUURTOESLAG_UNITS[r.parameter]}`);
      const key = `${r.valid_from} ${r.household} ${r.parameter}`;
      if (seen.has(key)) problems.push(`${where}: appears twice`);
      seen.add(key);
    }
    if (r.unit === "jaar" && !Number.isInteger(r.value))
      problems.push(`${where}: ${r.value} is not a whole number of years`);
    if (r.unit !== "factor" && r.value < 0) problems.push(`${where}: ${r.value} is negative`);
    const method = methods.get(r.valid_from);
    if (method === undefined) methods.set(r.valid_from, r.method);
    else if (method !== r.method)
      problems.push(`${where}: method ${r.method}, but ${method} earlier on this date`);
  });
  return problems;
}
