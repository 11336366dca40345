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

/**
 * Finds the norm for a household in a month (art. 20–22a Participatiewet). `period` is the start
 * of the half year whose amounts apply; `date` the first day of the month.
 */
export function determineNorm(
  params: Parameters,
  input: MonthInput,
  period: IsoDate,
  date: IsoDate,
): NormOutcome {
  const amounts = params.norms[period] ?? {};
  const problems: Problem[] = [];
  const steps: Step[] = [];
  const notes: string[] = [];
  const sources = new Set<string>();

  const need = (kind: NormKind): CitedAmount | undefined => {
    const a = amounts[kind];
    if (!a) {
      problems.push({
        field: "datum",
        message: `Het normbedrag voor ${NORM_LABELS[kind]} in de periode vanaf ${formatDate(period)} staat niet in onze bronnen. Daarom kunnen we deze maand niet berekenen.`,
      });
      return undefined;
    }
    for (const s of a.sources) sources.add(s);
    return a;
  };

  const couple = input.leefvorm === "samenwonend";
  const partnerAge = couple ? (input.partnerAge ?? null) : null;
  const aowSelf = hasAowAge(params, input.age, date);
  const aowPartner = partnerAge === null ? false : hasAowAge(params, partnerAge, date);
  if (aowSelf === null || aowPartner === null) {
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
  const aow = params.aowAge[date.slice(0, 4)];
  if (aow && aow.months > 0) {
    const borderline = [input.age, ...(partnerAge === null ? [] : [partnerAge])].some(
      (a) => a === aow.years,
    );
    if (borderline) {
      notes.push(
        `In ${date.slice(0, 4)} is de AOW-leeftijd ${aow.years} jaar en ${aow.months} maanden. De rekenhulp telt iemand van ${aow.years} jaar nog niet als AOW-gerechtigd; kijk bij de SVB wanneer uw AOW begint.`,
      );
    }
    for (const s of aow.sources) sources.add(s);
  }

  const kdnMinAge = requireRule(params, "kostendelersnorm-minimumleeftijd", date);
  const kostendelers = countKostendelers(params, input.housemates ?? [], date);
  const housemateCount = input.housemates?.length ?? 0;
  if (housemateCount > kostendelers) {
    const minAge = requireRule(params, "kostendeler-minimumleeftijd", date);
    notes.push(
      `Niet elke huisgenoot telt mee voor de kostendelersnorm: op deze datum is een huisgenoot pas kostendeler vanaf ${minAge} jaar (artikel 19a lid 1).`,
    );
  }
  const withChildren = input.childUnder12;

  let normCent: number;
  let article: string;
  let label: string;
  let personen = 1;

  const kdnStep = (b: CitedAmount, a: number, who: string): number => {
    const cent = calculateKostendelersnorm(params, b.cent, a, date);
    steps.push({
      text: `Kostendelersnorm ${who}: er tellen ${a} personen mee (A = ${a}), dus ${describeKostendelersShare(params, a, date)} van de gehuwdennorm van ${formatEuro(b.cent)}.`,
      article: "art. 22a lid 1",
      cent,
      sources: b.sources,
    });
    return cent;
  };

  if (!couple) {
    if (aowSelf || input.age >= kdnMinAge) {
      const single = need(aowSelf ? "alleenstaande-aow" : "alleenstaande-21");
      const b = need(aowSelf ? "gehuwden-aow" : "gehuwden-21");
      if (!single || !b) return { ok: false, problems };
      if (kostendelers > 0) {
        personen = 1 + kostendelers;
        normCent = kdnStep(b, personen, "voor u");
        article = "art. 22a lid 1";
        label = `kostendelersnorm met ${personen} personen`;
      } else {
        normCent = single.cent;
        article = single.article;
        label = NORM_LABELS[aowSelf ? "alleenstaande-aow" : "alleenstaande-21"];
        steps.push({
          text: `Norm voor een ${label}.`,
          article,
          cent: normCent,
          sources: single.sources,
        });
      }
    } else {
      const youth = need("alleenstaande-18-20");
      if (!youth) return { ok: false, problems };
      normCent = youth.cent;
      article = youth.article;
      label = NORM_LABELS["alleenstaande-18-20"];
      steps.push({
        text: `Jongerennorm voor een ${label}.`,
        article,
        cent: normCent,
        sources: youth.sources,
      });
      if (kostendelers > 0) {
        notes.push(
          "De kostendelersnorm geldt pas vanaf 21 jaar; voor u geldt de jongerennorm (artikel 20).",
        );
      }
      const raise = amounts["verhoging-18-20"];
      if (raise) {
        if (input.jongerenverhoging) {
          const cap = need("alleenstaande-21");
          if (!cap) return { ok: false, problems };
          const raised = Math.min(normCent + raise.cent, cap.cent);
          for (const s of raise.sources) sources.add(s);
          steps.push({
            text: "Verhoging omdat u niet op uw ouders kunt terugvallen; samen niet meer dan de norm voor 21 jaar en ouder.",
            article: "art. 20 lid 3 en 4",
            cent: raised - normCent,
            sources: raise.sources,
          });
          normCent = raised;
          article = `${article}; art. 20 lid 3`;
        } else {
          notes.push(
            `Kunt u niet terugvallen op uw ouders? Dan krijgt u vanaf 2026 een verhoging van ${formatEuro(raise.cent)} per maand (artikel 20 lid 3). De rekenhulp rekent daar alleen mee als u dat aangeeft.`,
          );
        }
      }
    }
  } else {
    const p = partnerAge ?? input.age;
    const older = Math.max(input.age, p);
    const younger = Math.min(input.age, p);
    const anyAow = aowSelf || aowPartner;
    if (anyAow || younger >= kdnMinAge) {
      const kind: NormKind = anyAow ? "gehuwden-aow" : "gehuwden-21";
      const b = need(kind);
      if (!b) return { ok: false, problems };
      if (kostendelers > 0 && younger >= kdnMinAge) {
        personen = 2 + kostendelers;
        const each = kdnStep(b, personen, "per partner");
        normCent = 2 * each;
        steps.push({
          text: "Voor gehuwden of samenwonenden is de norm de kostendelersnorm van beide partners samen.",
          article: "art. 22a lid 2",
          cent: normCent,
          sources: b.sources,
        });
        article = "art. 22a lid 1 en 2";
        label = `kostendelersnorm met ${personen} personen, voor twee partners`;
      } else if (kostendelers > 0) {
        // One partner of AOW age, the other 18–20: the older partner's kostendelersnorm plus the
        // amount for the younger partner (art. 22a lid 3).
        ({ normCent, article, label, personen } = youngerPartnerNorm(b));
      } else {
        normCent = b.cent;
        article = b.article;
        label = NORM_LABELS[kind];
        steps.push({ text: `Norm voor ${label}.`, article, cent: normCent, sources: b.sources });
      }
    } else if (older < kdnMinAge) {
      const kind: NormKind = withChildren ? "gehuwden-18-20-kinderen" : "gehuwden-18-20";
      const a = need(kind);
      if (!a) return { ok: false, problems };
      normCent = a.cent;
      article = a.article;
      label = NORM_LABELS[kind];
      steps.push({
        text: `Jongerennorm voor ${label}.`,
        article,
        cent: normCent,
        sources: a.sources,
      });
    } else if (kostendelers > 0) {
      const b = need("gehuwden-21");
      if (!b) return { ok: false, problems };
      ({ normCent, article, label, personen } = youngerPartnerNorm(b));
    } else {
      const kind: NormKind = withChildren
        ? "gehuwden-18-20-en-21-kinderen"
        : "gehuwden-18-20-en-21";
      const a = need(kind);
      if (!a) return { ok: false, problems };
      normCent = a.cent;
      article = a.article;
      label = NORM_LABELS[kind];
      steps.push({ text: `Norm voor ${label}.`, article, cent: normCent, sources: a.sources });
    }
  }

  function youngerPartnerNorm(b: CitedAmount) {
    const kind: NormKind = withChildren
      ? "jongere-partner-kostendelers-kinderen"
      : "jongere-partner-kostendelers";
    const extra = need(kind);
    if (!extra) return { normCent: Number.NaN, article: "", label: "", personen: 1 };
    const a = 1 + kostendelers;
    const own = kdnStep(b, a, "voor de partner van 21 jaar of ouder");
    steps.push({
      text: `Plus het bedrag voor de partner van 18, 19 of 20 jaar (${withChildren ? "met" : "zonder"} kinderen).`,
      article: extra.article,
      cent: extra.cent,
      sources: extra.sources,
    });
    return {
      normCent: own + extra.cent,
      article: `art. 22a lid 1 en 3`,
      label: `kostendelersnorm met ${a} personen, plus het bedrag voor een jongere partner`,
      personen: a,
    };
  }

  if (problems.length > 0) return { ok: false, problems };
  for (const s of steps) for (const id of s.sources) sources.add(id);
  const vt = calculateVakantietoeslag(params, normCent, date);
  const vtRule = ruleOn(params, "vakantietoeslag-aandeel", date);
  steps.push({
    text: `Hiervan is ${formatPercent((vtRule?.value ?? 0) / PPM)} vakantietoeslag (${formatEuro(vt)}). Die houdt de gemeente elke maand apart en betaalt zij één keer per jaar uit, in juni.`,
    article: "art. 19 lid 3",
    cent: vt,
    sources: vtRule?.sources ?? [],
  });
  return {
    ok: true,
    normCent,
    vakantietoeslagCent: vt,
    normExclVtCent: normCent - vt,
    article,
    label,
    personen,
    kostendelers,
    steps,
    notes,
    sources: [...sources],
  };
}
