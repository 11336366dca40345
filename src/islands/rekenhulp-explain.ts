/**
 * The calculator's explanations in plain Dutch, built from the engine: the sum a reader can redo
 * with a phone calculator, what comes next for every vrijlating and premie, and who counts for the
 * kostendelersnorm. Pure: the page renders them at build time, the island in the browser.
 */
import type {
  HousemateVerdict,
  MonthContext,
  MonthInput,
  MonthResult,
  Parameters,
  VrijlatingPhase,
} from "../engine/index.ts";
import { classifyHousemates, PPM, planVrijlatingen, ruleOn } from "../engine/index.ts";
import { formatDate, formatEuro, formatPercent } from "../format/format.ts";

/** One line of the sum: a label, the operator before the amount and the amount. */
export interface SumLine {
  /** The `<output>` name of this line. */
  name: string;
  label: string;
  /** "−", "+", "=" or "" (a line that starts a new part of the sum). */
  op: "" | "−" | "+" | "=";
  amount: string;
  /** A line that ends a part of the sum (shown with a rule above it). */
  subtotal?: boolean;
}

const pct = (ppm: number) => formatPercent(ppm / PPM, ppm % 10_000 === 0 ? 0 : 1);

/**
 * The month as a sum in the order a reader checks it: the norm with and without vakantietoeslag,
 * the earnings and what is disregarded, what counts, the bijstand, the premie and the total.
 */
export function buildSum(
  params: Parameters,
  r: MonthResult,
  context: MonthContext,
  date: string,
): SumLine[] {
  const v = context.vrijlating;
  const arm = context.arm;
  let rule = v.kind
    ? `${pct(v.ratePpm)} van uw verdiensten, hoogstens ${formatEuro(v.maxCent)}`
    : "geen vrijlating";
  if (arm)
    rule += `; in het experiment telt de hoogste van die en ${pct(arm.ratePpm)}, hoogstens ${formatEuro(arm.maxCent)}`;
  if (r.uitkeringCent === 0) rule += " (niet zonder bijstand)";
  const vtShare = pct(ruleOn(params, "vakantietoeslag-aandeel", date)?.value ?? 0);
  return [
    {
      name: "norm",
      label: "Bijstandsnorm, met vakantietoeslag",
      op: "",
      amount: formatEuro(r.normCent),
    },
    {
      name: "vakantietoeslag",
      label: `Vakantietoeslag (${vtShare}): apart gehouden, u krijgt die in juni`,
      op: "−",
      amount: formatEuro(r.vakantietoeslagCent),
    },
    {
      name: "normzonder",
      label: "Norm zonder vakantietoeslag",
      op: "=",
      amount: formatEuro(r.normExclVtCent),
      subtotal: true,
    },
    { name: "netto", label: "Uw netto verdiensten", op: "", amount: formatEuro(r.nettoCent) },
    {
      name: "vrijlating",
      label: `Vrijgelaten: ${rule}`,
      op: "−",
      amount: formatEuro(r.vrijlatingCent),
    },
    {
      name: "verrekend",
      label: "Telt mee voor de bijstand",
      op: "=",
      amount: formatEuro(r.verrekendCent),
      subtotal: true,
    },
    {
      name: "uitkering",
      label:
        r.uitkeringCent === 0
          ? "Bijstand: wat meetelt is meer dan de norm zonder vakantietoeslag, dus € 0"
          : `Bijstand: ${formatEuro(r.normExclVtCent)} − ${formatEuro(r.verrekendCent)}`,
      op: "=",
      amount: formatEuro(r.uitkeringCent),
    },
    {
      name: "premie",
      label: "Premie over deze maand (krijgt u later)",
      op: "+",
      amount: formatEuro(r.premieCent),
    },
    {
      name: "totaal",
      label: "Totaal: verdiend + bijstand + premie",
      op: "=",
      amount: formatEuro(r.totaalCent),
      subtotal: true,
    },
  ];
}

/** "maand 7" followed by its calendar month and year in words, in brackets. */
function monthAt(n: number, date: string): string {
  return `maand ${n} (${formatDate(date.slice(0, 7))})`;
}

/** One phase of the vrijlating in a sentence. */
function describePhase(p: VrijlatingPhase, first: boolean): string {
  const when =
    p.toMonth === null
      ? `${first ? "Nu, vanaf" : "Daarna, vanaf"} ${monthAt(p.fromMonth, p.fromDate)}`
      : `${first ? "Nu" : "Daarna"}, ${p.fromMonth === p.toMonth ? "in" : `van ${monthAt(p.fromMonth, p.fromDate)} tot en met`} ${p.toDate ? monthAt(p.toMonth, p.toDate) : ""}`;
  if (p.kind === null)
    return `${when}: geen vrijlating. Alles wat u netto verdient, gaat van de bijstand af.`;
  return `${when}: vrijlating voor ${p.label}${p.toMonth === null ? ", zonder einddatum" : ""} (${p.article}).`;
}

/**
 * What comes next, in order: each vrijlating from this month on with the month numbers and
 * calendar months it covers, then an experiment's extra vrijlating or a premie and until when
 * its regime runs.
 */
export function describeNext(
  params: Parameters,
  input: MonthInput,
  r: MonthResult,
  context: MonthContext,
): string[] {
  const lines: string[] = [];
  if (r.uitkeringCent === 0)
    lines.push(
      "U krijgt deze maand geen bijstand, dus ook geen vrijlating. Verdient u in een maand minder, dan geldt dit:",
    );
  const phases = planVrijlatingen(params, input);
  phases.forEach((p, i) => {
    lines.push(describePhase(p, i === 0));
  });
  const regime = context.regime;
  const period = context.regimePeriod;
  const until =
    period.validTo === null
      ? "zonder einddatum"
      : period.endKnown
        ? `tot en met ${formatDate(period.validTo)}`
        : `volgens onze bronnen tot en met ${formatDate(period.validTo)}; of de regeling daarna doorliep, vonden we niet`;
  if (context.arm)
    lines.push(
      `De extra vrijlating van ${regime.name} (${context.arm.label}) geldt zolang het experiment loopt: ${until}. Daarna gelden de landelijke regels hierboven.`,
    );
  if (context.premie)
    lines.push(
      `De premie van ${regime.name} krijgt u over elke maand waarin u naast uw werk bijstand krijgt, zolang de regeling loopt: ${until}. Uitbetaling: ${context.premie.payout ?? "wanneer precies, vonden we niet"}.`,
    );
  if (phases.length > 1)
    lines.push(
      `We rekenen met de bedragen van ${formatDate(context.period)}; elk half jaar (1 januari en 1 juli) veranderen de maxima.`,
    );
  return lines;
}

/** Why one housemate counts or not, in a sentence. */
function describeHousemate(h: HousemateVerdict): string {
  const who = `Huisgenoot van ${h.age} jaar`;
  switch (h.reason) {
    case "telt":
      return `${who}: telt mee, want ${h.minAge} jaar of ouder.`;
    case "te-jong":
      return `${who}: telt niet mee, want jonger dan ${h.minAge}. Wordt deze huisgenoot ${h.minAge}, dan telt die wel mee en wordt uw norm lager.`;
    case "student":
      return `${who}: telt niet mee, want student met studiefinanciering of WTOS (artikel 19a lid 1).`;
    case "commercieel":
      return `${who}: telt niet mee, want huurder, verhuurder of kostganger op commerciële basis (artikel 19a lid 1).`;
    case "mantelzorg":
      return `${who}: telt niet mee, want woont tijdelijk bij u voor intensieve mantelzorg (artikel 22a lid 4).`;
  }
}

/**
 * Who was counted for the kostendelersnorm and why: the minimum age on this date and when it
 * changed (21 until 31 December 2022, 27 from 1 January 2023), then each housemate. Empty without
 * housemates.
 */
export function describeKostendelers(
  params: Parameters,
  input: MonthInput,
  date: string,
  r: MonthResult,
): string[] {
  const housemates = input.housemates ?? [];
  if (housemates.length === 0) return [];
  const rules = params.rules["kostendeler-minimumleeftijd"] ?? [];
  const now = [...rules].reverse().find((x) => x.validFrom <= date);
  const next = rules.find((x) => x.validFrom > date);
  const before = now ? rules[rules.indexOf(now) - 1] : undefined;
  const lines: string[] = [];
  if (now) {
    let rule = `In ${formatDate(date.slice(0, 7))} is een huisgenoot kostendeler vanaf ${now.value} jaar (${now.article}).`;
    if (before && before.value !== now.value)
      rule += ` Dat geldt sinds ${formatDate(now.validFrom)}; daarvoor was het vanaf ${before.value} jaar.`;
    if (next && next.value !== now.value)
      rule += ` Vanaf ${formatDate(next.validFrom)} wordt dat ${next.value} jaar.`;
    lines.push(rule);
  }
  for (const h of classifyHousemates(params, housemates, date)) lines.push(describeHousemate(h));
  const counted = r.kostendelers;
  const partner = input.leefvorm === "samenwonend";
  if (counted === 0)
    lines.push("Er telt geen huisgenoot mee, dus de kostendelersnorm geldt niet voor u.");
  else if (r.personen > 1)
    lines.push(
      `Samen met u${partner ? " en uw partner" : ""} tellen dus ${r.personen} personen mee voor de kostendelersnorm.`,
    );
  return lines;
}
