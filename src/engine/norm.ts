/**
 * The bijstandsnorm of a household for one month: art. 20 (18–20 jaar), art. 21 (21 jaar tot de
 * AOW-leeftijd), art. 22 (AOW-leeftijd) and the kostendelersnorm of art. 22a, plus the
 * vakantietoeslag that is part of every norm (art. 19 lid 3).
 */
import { formatDate, formatEuro, formatPercent } from "../format/format.ts";
import {
  calculateKostendelersnorm,
  countKostendelers,
  describeKostendelersShare,
} from "./kostendelers.ts";
import { applyRate, PPM } from "./money.ts";
import { hasAowAge, requireRule, ruleOn } from "./period.ts";
import type {
  CitedAmount,
  IsoDate,
  MonthInput,
  NormKind,
  Parameters,
  Problem,
  Step,
} from "./types.ts";

/** Dutch descriptions of the norm kinds, for explanations and tables. */
export const NORM_LABELS: Record<NormKind, string> = {
  "alleenstaande-18-20": "alleenstaande of alleenstaande ouder van 18, 19 of 20 jaar",
  "alleenstaande-21": "alleenstaande of alleenstaande ouder van 21 jaar tot de AOW-leeftijd",
  "alleenstaande-aow": "alleenstaande of alleenstaande ouder met de AOW-leeftijd",
  "gehuwden-18-20": "gehuwden of samenwonenden, allebei 18, 19 of 20 jaar, zonder kinderen",
  "gehuwden-18-20-kinderen": "gehuwden of samenwonenden, allebei 18, 19 of 20 jaar, met kinderen",
  "gehuwden-18-20-en-21":
    "gehuwden of samenwonenden, één van 18, 19 of 20 jaar en één van 21 jaar of ouder, zonder kinderen",
  "gehuwden-18-20-en-21-kinderen":
    "gehuwden of samenwonenden, één van 18, 19 of 20 jaar en één van 21 jaar of ouder, met kinderen",
  "gehuwden-21": "gehuwden of samenwonenden van 21 jaar tot de AOW-leeftijd",
  "gehuwden-aow": "gehuwden of samenwonenden van wie er minstens één de AOW-leeftijd heeft",
  "jongere-partner-kostendelers":
    "bedrag voor een partner van 18, 19 of 20 jaar naast de kostendelersnorm, zonder kinderen",
  "jongere-partner-kostendelers-kinderen":
    "bedrag voor een partner van 18, 19 of 20 jaar naast de kostendelersnorm, met kinderen",
  "verhoging-18-20":
    "verhoging voor een jongere van 18, 19 of 20 jaar die niet op de ouders kan terugvallen",
};

/** The norm of a household, with how it was found. */
export type NormOutcome =
  | {
      ok: true;
      /** Monthly norm including vakantietoeslag. */
      normCent: number;
      vakantietoeslagCent: number;
      normExclVtCent: number;
      article: string;
      label: string;
      /** A: persons counted in the kostendelersnorm; 1 when it does not apply. */
      personen: number;
      kostendelers: number;
      steps: Step[];
      notes: string[];
      sources: string[];
    }
  | { ok: false; problems: Problem[] };

/** Vakantietoeslag in a norm (art. 19 lid 3): 5% of the amount including it, rounded half up. */
export function calculateVakantietoeslag(
  params: Parameters,
  normCent: number,
  date: IsoDate,
): number {
  return applyRate(normCent, requireRule(params, "vakantietoeslag-aandeel", date));
}

/** The household as the norm articles see it on a date. */
interface Household {
  couple: boolean;
  age: number;
  /** The partner's age; null for a single person. */
  partnerAge: number | null;
  aowSelf: boolean;
  aowPartner: boolean;
  /** From this age the kostendelersnorm applies to the person (art. 22a lid 1: 21). */
  kdnMinAge: number;
  /** Housemates who count as kostendeler (art. 19a lid 1). */
  kostendelers: number;
  withChildren: boolean;
  jongerenverhoging: boolean;
}

/** A norm before vakantietoeslag is split off: the amount and how it was found. */
interface BaseNorm {
  normCent: number;
  article: string;
  label: string;
  personen: number;
}

/** What the steps collect while they look up amounts: problems, explanation, sources. */
interface NormWork {
  params: Parameters;
  amounts: Partial<Record<NormKind, CitedAmount>>;
  period: IsoDate;
  date: IsoDate;
  problems: Problem[];
  steps: Step[];
  notes: string[];
  sources: Set<string>;
}

/**
 * Finds the norm for a household in a month (art. 20–22a Participatiewet). `period` is the start
 * of the half year whose amounts apply; `date` the first day of the month. The steps, in the
 * order of the law: who is in the household (AOW age, art. 19a kostendelers), the norm of a single
 * person (art. 20, 21, 22, 22a lid 1) or of a couple (art. 20, 21, 22, 22a lid 2 and 3), then the
 * vakantietoeslag in it (art. 19 lid 3).
 */
export function determineNorm(
  params: Parameters,
  input: MonthInput,
  period: IsoDate,
  date: IsoDate,
): NormOutcome {
  const work: NormWork = {
    params,
    amounts: params.norms[period] ?? {},
    period,
    date,
    problems: [],
    steps: [],
    notes: [],
    sources: new Set<string>(),
  };
  const household = readHousehold(work, input);
  if (!household) {
    return {
      ok: false,
      problems: [
        {
          field: "datum",
          message: `De AOW-leeftijd in ${date.slice(0, 4)} staat niet in onze bronnen.`,
        },
      ],
    };
  }
  const base = household.couple ? coupleNorm(work, household) : singleNorm(work, household);
  if (!base || work.problems.length > 0) return { ok: false, problems: work.problems };
  return withVakantietoeslag(work, base, household.kostendelers);
}

/** Looks up a norm amount of the half year; a missing one becomes a Dutch problem. */
function need(work: NormWork, kind: NormKind): CitedAmount | undefined {
  const a = work.amounts[kind];
  if (!a) {
    work.problems.push({
      field: "datum",
      message: `Het normbedrag voor ${NORM_LABELS[kind]} in de periode vanaf ${formatDate(work.period)} staat niet in onze bronnen. Daarom kunnen we deze maand niet berekenen.`,
    });
    return undefined;
  }
  for (const s of a.sources) work.sources.add(s);
  return a;
}

/**
 * Step 1, who is in the household: AOW age of the person and partner (null when the year's AOW
 * age is not in the data) and the housemates who count as kostendeler (art. 19a lid 1).
 */
function readHousehold(work: NormWork, input: MonthInput): Household | null {
  const { params, date } = work;
  const couple = input.leefvorm === "samenwonend";
  const partnerAge = couple ? (input.partnerAge ?? null) : null;
  const aowSelf = hasAowAge(params, input.age, date);
  const aowPartner = partnerAge === null ? false : hasAowAge(params, partnerAge, date);
  if (aowSelf === null || aowPartner === null) return null;
  noteAowBorderline(work, [input.age, ...(partnerAge === null ? [] : [partnerAge])]);

  const counted = countKostendelers(params, input.housemates ?? [], date);
  if ((input.housemates?.length ?? 0) > counted) {
    const minAge = requireRule(params, "kostendeler-minimumleeftijd", date);
    work.notes.push(
      `Niet elke huisgenoot telt mee voor de kostendelersnorm: op deze datum is een huisgenoot pas kostendeler vanaf ${minAge} jaar (artikel 19a lid 1).`,
    );
  }
  const kostendelers = mantelzorgStep(work, input, counted);
  return {
    couple,
    age: input.age,
    partnerAge,
    aowSelf,
    aowPartner,
    kdnMinAge: requireRule(params, "kostendelersnorm-minimumleeftijd", date),
    kostendelers,
    withChildren: input.childUnder12,
    jongerenverhoging: Boolean(input.jongerenverhoging),
  };
}

/**
 * The mantelzorg exception (art. 22a lid 4, from 2026): the kostendelersnorm does not apply to a
 * person who lives elsewhere for a while to give intensive mantelzorg. Returns the kostendelers
 * that count; before the rule exists the answer changes nothing, and a step says so.
 */
function mantelzorgStep(work: NormWork, input: MonthInput, counted: number): number {
  if (!input.mantelzorg) return counted;
  const rule = ruleOn(work.params, "mantelzorg-uitzondering", work.date);
  if (rule?.value !== 1) {
    work.steps.push({
      text: "U woont tijdelijk ergens anders om mantelzorg te geven. De uitzondering op de kostendelersnorm voor mantelzorgers bestaat pas sinds 1 januari 2026; in deze maand verandert uw antwoord niets.",
      article: "art. 22a lid 4 (vanaf 2026)",
      sources: rule?.sources ?? [],
    });
    return counted;
  }
  for (const s of rule.sources) work.sources.add(s);
  work.steps.push({
    text:
      counted > 0
        ? "U woont tijdelijk ergens anders om intensieve mantelzorg te geven. Dan geldt de kostendelersnorm niet voor u: uw huisgenoten tellen niet mee."
        : "U woont tijdelijk ergens anders om intensieve mantelzorg te geven. Dan geldt de kostendelersnorm niet voor u; u woont hier ook met niemand die meetelt.",
    article: rule.article,
    sources: rule.sources,
  });
  return 0;
}

/** Notes that someone of exactly the AOW age in years may not have it yet (when it has months). */
function noteAowBorderline(work: NormWork, ages: number[]): void {
  const year = work.date.slice(0, 4);
  const aow = work.params.aowAge[year];
  if (!aow || aow.months === 0) return;
  if (ages.some((a) => a === aow.years)) {
    work.notes.push(
      `In ${year} is de AOW-leeftijd ${aow.years} jaar en ${aow.months} maanden. De rekenhulp telt iemand van ${aow.years} jaar nog niet als AOW-gerechtigd; kijk bij de SVB wanneer uw AOW begint.`,
    );
  }
  for (const s of aow.sources) work.sources.add(s);
}

/** Step 2a, a single person: art. 21 onder a or 22 onder a, art. 22a lid 1, or art. 20 under 21. */
function singleNorm(work: NormWork, h: Household): BaseNorm | null {
  return h.aowSelf || h.age >= h.kdnMinAge ? adultSingleNorm(work, h) : youthSingleNorm(work, h);
}

/** A single person of 21 or older: art. 21 onder a, 22 onder a or 22a lid 1 (kostendelers). */
function adultSingleNorm(work: NormWork, h: Household): BaseNorm | null {
  const kind: NormKind = h.aowSelf ? "alleenstaande-aow" : "alleenstaande-21";
  const single = need(work, kind);
  const b = need(work, h.aowSelf ? "gehuwden-aow" : "gehuwden-21");
  if (!single || !b) return null;
  if (h.kostendelers > 0) {
    const personen = 1 + h.kostendelers;
    return {
      normCent: kostendelersStep(work, b, personen, "voor u"),
      article: "art. 22a lid 1",
      label: `kostendelersnorm met ${personen} personen`,
      personen,
    };
  }
  const label = NORM_LABELS[kind];
  work.steps.push({
    text: `Norm voor een ${label}.`,
    article: single.article,
    cent: single.cent,
    sources: single.sources,
  });
  return { normCent: single.cent, article: single.article, label, personen: 1 };
}

/** A single person of 18, 19 or 20: the jongerennorm (art. 20 lid 1 onder a), no kostendelers. */
function youthSingleNorm(work: NormWork, h: Household): BaseNorm | null {
  const youth = need(work, "alleenstaande-18-20");
  if (!youth) return null;
  const label = NORM_LABELS["alleenstaande-18-20"];
  work.steps.push({
    text: `Jongerennorm voor een ${label}.`,
    article: youth.article,
    cent: youth.cent,
    sources: youth.sources,
  });
  if (h.kostendelers > 0) {
    work.notes.push(
      "De kostendelersnorm geldt pas vanaf 21 jaar; voor u geldt de jongerennorm (artikel 20).",
    );
  }
  return withYouthRaise(work, h, {
    normCent: youth.cent,
    article: youth.article,
    label,
    personen: 1,
  });
}

/**
 * The verhoging for a young person who cannot fall back on the parents (art. 20 lid 3 and 4, from
 * 2026): added only when asked for, and together never more than the norm for 21 and older.
 */
function withYouthRaise(work: NormWork, h: Household, base: BaseNorm): BaseNorm | null {
  const raise = work.amounts["verhoging-18-20"];
  if (!raise) return base;
  if (!h.jongerenverhoging) {
    work.notes.push(
      `Kunt u niet terugvallen op uw ouders? Dan krijgt u vanaf 2026 een verhoging van ${formatEuro(raise.cent)} per maand (artikel 20 lid 3). De rekenhulp rekent daar alleen mee als u dat aangeeft.`,
    );
    return base;
  }
  const cap = need(work, "alleenstaande-21");
  if (!cap) return null;
  const raised = Math.min(base.normCent + raise.cent, cap.cent);
  for (const s of raise.sources) work.sources.add(s);
  work.steps.push({
    text: "Verhoging omdat u niet op uw ouders kunt terugvallen; samen niet meer dan de norm voor 21 jaar en ouder.",
    article: "art. 20 lid 3 en 4",
    cent: raised - base.normCent,
    sources: raise.sources,
  });
  return { ...base, normCent: raised, article: `${base.article}; art. 20 lid 3` };
}

/** Step 2b, a couple: which article applies depends on the ages of both partners. */
function coupleNorm(work: NormWork, h: Household): BaseNorm | null {
  const partnerAge = h.partnerAge ?? h.age;
  const older = Math.max(h.age, partnerAge);
  const younger = Math.min(h.age, partnerAge);
  if (h.aowSelf || h.aowPartner || younger >= h.kdnMinAge) return adultCoupleNorm(work, h, younger);
  if (older < h.kdnMinAge) return youthCoupleNorm(work, h);
  if (h.kostendelers > 0) {
    const b = need(work, "gehuwden-21");
    return b ? youngerPartnerNorm(work, h, b) : null;
  }
  return mixedAgeCoupleNorm(work, h);
}

/**
 * Both partners 21 or older, or one with the AOW age: the gehuwdennorm (art. 21 onder b, art. 22
 * onder b en c), or with kostendelers twice the kostendelersnorm (art. 22a lid 2), or, when the
 * other partner is 18–20, art. 22a lid 3.
 */
function adultCoupleNorm(work: NormWork, h: Household, younger: number): BaseNorm | null {
  const kind: NormKind = h.aowSelf || h.aowPartner ? "gehuwden-aow" : "gehuwden-21";
  const b = need(work, kind);
  if (!b) return null;
  if (h.kostendelers > 0 && younger >= h.kdnMinAge) {
    const personen = 2 + h.kostendelers;
    const each = kostendelersStep(work, b, personen, "per partner");
    const normCent = 2 * each;
    work.steps.push({
      text: "Voor gehuwden of samenwonenden is de norm de kostendelersnorm van beide partners samen.",
      article: "art. 22a lid 2",
      cent: normCent,
      sources: b.sources,
    });
    return {
      normCent,
      article: "art. 22a lid 1 en 2",
      label: `kostendelersnorm met ${personen} personen, voor twee partners`,
      personen,
    };
  }
  // One partner of AOW age, the other 18–20: the older partner's kostendelersnorm plus the
  // amount for the younger partner (art. 22a lid 3).
  if (h.kostendelers > 0) return youngerPartnerNorm(work, h, b);
  const label = NORM_LABELS[kind];
  work.steps.push({
    text: `Norm voor ${label}.`,
    article: b.article,
    cent: b.cent,
    sources: b.sources,
  });
  return { normCent: b.cent, article: b.article, label, personen: 1 };
}

/** Both partners 18, 19 or 20: the couples' jongerennorm (art. 20 lid 1 onder b, lid 2 onder b). */
function youthCoupleNorm(work: NormWork, h: Household): BaseNorm | null {
  const kind: NormKind = h.withChildren ? "gehuwden-18-20-kinderen" : "gehuwden-18-20";
  const a = need(work, kind);
  if (!a) return null;
  const label = NORM_LABELS[kind];
  work.steps.push({
    text: `Jongerennorm voor ${label}.`,
    article: a.article,
    cent: a.cent,
    sources: a.sources,
  });
  return { normCent: a.cent, article: a.article, label, personen: 1 };
}

/** One partner 18–20, one 21 or older, no kostendelers (art. 20 lid 1 onder c, lid 2 onder c). */
function mixedAgeCoupleNorm(work: NormWork, h: Household): BaseNorm | null {
  const kind: NormKind = h.withChildren ? "gehuwden-18-20-en-21-kinderen" : "gehuwden-18-20-en-21";
  const a = need(work, kind);
  if (!a) return null;
  const label = NORM_LABELS[kind];
  work.steps.push({
    text: `Norm voor ${label}.`,
    article: a.article,
    cent: a.cent,
    sources: a.sources,
  });
  return { normCent: a.cent, article: a.article, label, personen: 1 };
}

/**
 * A partner of 18, 19 or 20 next to kostendelers (art. 22a lid 3): the older partner's
 * kostendelersnorm, counting A without the younger partner, plus a fixed amount for the younger.
 */
function youngerPartnerNorm(work: NormWork, h: Household, b: CitedAmount): BaseNorm | null {
  const kind: NormKind = h.withChildren
    ? "jongere-partner-kostendelers-kinderen"
    : "jongere-partner-kostendelers";
  const extra = need(work, kind);
  if (!extra) return null;
  const personen = 1 + h.kostendelers;
  const own = kostendelersStep(work, b, personen, "voor de partner van 21 jaar of ouder");
  work.steps.push({
    text: `Plus het bedrag voor de partner van 18, 19 of 20 jaar (${h.withChildren ? "met" : "zonder"} kinderen).`,
    article: extra.article,
    cent: extra.cent,
    sources: extra.sources,
  });
  return {
    normCent: own + extra.cent,
    article: "art. 22a lid 1 en 3",
    label: `kostendelersnorm met ${personen} personen, plus het bedrag voor een jongere partner`,
    personen,
  };
}

/** The kostendelersnorm for A persons from gehuwdennorm B (art. 22a lid 1), as a step. */
function kostendelersStep(work: NormWork, b: CitedAmount, a: number, who: string): number {
  const { params, date } = work;
  const cent = calculateKostendelersnorm(params, b.cent, a, date);
  work.steps.push({
    text: `Kostendelersnorm ${who}: er tellen ${a} personen mee (A = ${a}), dus ${describeKostendelersShare(params, a, date)} van de gehuwdennorm van ${formatEuro(b.cent)}.`,
    article: "art. 22a lid 1",
    cent,
    sources: b.sources,
  });
  return cent;
}

/** Step 3, the vakantietoeslag that is part of every norm (art. 19 lid 3); ends the outcome. */
function withVakantietoeslag(work: NormWork, base: BaseNorm, kostendelers: number): NormOutcome {
  const { params, date, steps, sources } = work;
  for (const s of steps) for (const id of s.sources) sources.add(id);
  const vt = calculateVakantietoeslag(params, base.normCent, date);
  const vtRule = ruleOn(params, "vakantietoeslag-aandeel", date);
  steps.push({
    text: `Hiervan is ${formatPercent((vtRule?.value ?? 0) / PPM)} vakantietoeslag (${formatEuro(vt)}). Die houdt de gemeente elke maand apart en betaalt zij één keer per jaar uit, in juni.`,
    article: "art. 19 lid 3",
    cent: vt,
    sources: vtRule?.sources ?? [],
  });
  return {
    ok: true,
    normCent: base.normCent,
    vakantietoeslagCent: vt,
    normExclVtCent: base.normCent - vt,
    article: base.article,
    label: base.label,
    personen: base.personen,
    kostendelers,
    steps,
    notes: work.notes,
    sources: [...sources],
  };
}
