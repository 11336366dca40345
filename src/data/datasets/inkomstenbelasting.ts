import { defineDataset, type RowOf } from "../dataset.ts";
import { type ParameterUnit, parameterTableFields } from "../parameter-table.ts";

/** The income tax, premie and heffingskorting parameters that the data holds, per calendar year. */
export const INKOMSTENBELASTING_PARAMETERS = [
  "box1-tarief-1",
  "box1-tarief-2",
  "box1-tarief-3",
  "box1-schijfgrens-1",
  "box1-schijfgrens-2",
  "box1-belasting-tot-schijf-2",
  "box1-belasting-tot-schijf-3",
  "box1-aftrekbeperking",
  "box1-voor-1946-schijfgrens-1",
  "box1-voor-1946-belasting-tot-schijf-2",
  "box1-voor-1946-belasting-tot-schijf-3",
  "box1-gecombineerd-tarief-1",
  "box1-gecombineerd-tarief-2",
  "box1-gecombineerd-tarief-3",
  "box1-gecombineerd-tarief-aow-1",
  "premie-aow",
  "premie-anw",
  "premie-wlz",
  "premie-volksverzekeringen",
  "ahk-maximum",
  "ahk-afbouw",
  "ahk-afbouw-vanaf",
  "ahk-maximum-aow",
  "ak-tarief-a",
  "ak-maximum-a",
  "ak-tarief-b",
  "ak-vanaf-b",
  "ak-maximum-b",
  "ak-tarief-c",
  "ak-vanaf-c",
  "ak-maximum",
  "ak-afbouw",
  "ak-afbouw-vanaf",
  "iack-drempel",
  "iack-tarief",
  "iack-maximum",
  "jonggehandicaptenkorting",
  "ouderenkorting-maximum",
  "ouderenkorting-afbouw-vanaf",
  "alleenstaande-ouderenkorting",
  "zvw-bijdrage-laag",
  "zvw-werkgeversheffing",
  "zvw-maximum-bijdrageloon",
] as const;

/** One income tax parameter. */
export type InkomstenbelastingParameter = (typeof INKOMSTENBELASTING_PARAMETERS)[number];

/** The unit of each income tax parameter. */
export const INKOMSTENBELASTING_UNITS: Record<InkomstenbelastingParameter, ParameterUnit> = {
  "box1-tarief-1": "rate",
  "box1-tarief-2": "rate",
  "box1-tarief-3": "rate",
  "box1-schijfgrens-1": "cent",
  "box1-schijfgrens-2": "cent",
  "box1-belasting-tot-schijf-2": "cent",
  "box1-belasting-tot-schijf-3": "cent",
  "box1-aftrekbeperking": "rate",
  "box1-voor-1946-schijfgrens-1": "cent",
  "box1-voor-1946-belasting-tot-schijf-2": "cent",
  "box1-voor-1946-belasting-tot-schijf-3": "cent",
  "box1-gecombineerd-tarief-1": "rate",
  "box1-gecombineerd-tarief-2": "rate",
  "box1-gecombineerd-tarief-3": "rate",
  "box1-gecombineerd-tarief-aow-1": "rate",
  "premie-aow": "rate",
  "premie-anw": "rate",
  "premie-wlz": "rate",
  "premie-volksverzekeringen": "rate",
  "ahk-maximum": "cent",
  "ahk-afbouw": "rate",
  "ahk-afbouw-vanaf": "cent",
  "ahk-maximum-aow": "cent",
  "ak-tarief-a": "rate",
  "ak-maximum-a": "cent",
  "ak-tarief-b": "rate",
  "ak-vanaf-b": "cent",
  "ak-maximum-b": "cent",
  "ak-tarief-c": "rate",
  "ak-vanaf-c": "cent",
  "ak-maximum": "cent",
  "ak-afbouw": "rate",
  "ak-afbouw-vanaf": "cent",
  "iack-drempel": "cent",
  "iack-tarief": "rate",
  "iack-maximum": "cent",
  jonggehandicaptenkorting: "cent",
  "ouderenkorting-maximum": "cent",
  "ouderenkorting-afbouw-vanaf": "cent",
  "alleenstaande-ouderenkorting": "cent",
  "zvw-bijdrage-laag": "rate",
  "zvw-werkgeversheffing": "rate",
  "zvw-maximum-bijdrageloon": "cent",
};

/** Box 1 tax, premies volksverzekeringen, heffingskortingen and Zvw per year (Wet IB 2001). */
export const dataset = defineDataset({
  name: "inkomstenbelasting",
  title: "Inkomstenbelasting box 1, premies en heffingskortingen per jaar",
  description:
    "De getallen voor de inkomstenbelasting over een kalenderjaar, per 1 januari. Bedragen per jaar in centen, percentages als decimaal. " +
    "box1-tarief-1 tot en met -3, box1-schijfgrens-1 en -2 en box1-belasting-tot-schijf-2 en -3 (kolom III: de belasting over het inkomen tot het begin van die schijf) komen uit de tabel van art. 2.10 lid 1 Wet IB 2001; dat is alleen belasting, zonder premies volksverzekeringen. box1-voor-1946-…: dezelfde tabel voor wie vóór 1946 is geboren (art. 2.10a). box1-aftrekbeperking: art. 2.10 lid 2. " +
    "box1-gecombineerd-tarief-…: belasting en premies samen zoals de Belastingdienst ze publiceert, onder de AOW-leeftijd (-aow-1: voor wie de AOW-leeftijd heeft). premie-…: de premies volksverzekeringen in schijf 1 (Wfsv; secundaire bronnen). " +
    "ahk-…: algemene heffingskorting (art. 8.10; tot en met 2024 afgebouwd over het belastbaar inkomen uit werk en woning, vanaf 2025 over het verzamelinkomen; ahk-maximum-aow uit een secundaire bron). ak-…: arbeidskorting (art. 8.11 lid 2: a, b en c bouwen op tot ak-maximum, d bouwt af). iack-…, jonggehandicaptenkorting, ouderenkorting-… en alleenstaande-ouderenkorting: art. 8.14a, 8.16a, 8.17 en 8.18. zvw-…: inkomensafhankelijke bijdrage Zorgverzekeringswet (secundaire bronnen). " +
    "Niet gevonden, dus onbekend: alles voor 2027; voor 2026 de premies volksverzekeringen, het gecombineerde tarief en de algemene heffingskorting op AOW-leeftijd; voor 2025 de afbouwgrens van de ouderenkorting en het maximum bijdrage-inkomen Zvw. De loonheffing per maand volgt tabellen met afrondingen (Wet LB 1964 art. 25–27) en is dus niet gelijk aan een twaalfde van de jaarberekening.",
  fields: parameterTableFields(
    INKOMSTENBELASTING_PARAMETERS,
    "Welke parameter (zie de beschrijving van de dataset)",
  ),
});

/** One income tax parameter value. */
export type InkomstenbelastingRow = RowOf<typeof dataset.fields>;
