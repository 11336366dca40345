/**
 * The vrijlatingen of art. 31 lid 2 Participatiewet: the part of the netto earnings that is not
 * counted against the bijstand.
 *
 * - n: 25% up to the period's maximum, at most 6 months below the AOW age, no end at AOW age;
 * - r: alleenstaande ouder with full care for a child under 12: 12.5% up to the maximum, at most
 *   30 months, after the n period;
 * - y: medische urenbeperking: 15% up to the maximum, no end (until 2022: not when n or r applies;
 *   from 2023: not when n applies, and r only when y, z and aa do not);
 * - z / aa: doelgroep loonkostensubsidie (from 2023): 15% for 12 months after n, then (aa) with no
 *   end;
 * - n and r do not apply below 27 (art. 31 lid 5; lid 7 until 2017), except under the temporary
 *   art. 31a (1-11-2020 to 1-10-2021).
 */
import { formatDate, formatEuro, formatPercent } from "../format/format.ts";
import { applyRate, PPM } from "./money.ts";
import { requireRule, ruleOn } from "./period.ts";
import type { IsoDate, MonthContext, MonthInput, Onderdeel, Parameters, Problem } from "./types.ts";

/** The vrijlating chosen for a month, as stored in the month's context. */
export type ChosenVrijlating = MonthContext["vrijlating"];

/** What `chooseVrijlating` returns: the vrijlating, notes for the reader, or problems. */
export interface VrijlatingOutcome {
  vrijlating: ChosenVrijlating;
  notes: string[];
  problems: Problem[];
}

const NONE: ChosenVrijlating = {
  kind: null,
  ratePpm: 0,
  maxCent: 0,
  article: "art. 31 lid 2",
  label: "geen vrijlating",
  endsAfterMonth: null,
  sources: [],
  caveat: null,
};

/** Whether a data note marks its amount as uncertain (the notes say "Onzeker …"). */
export function isUncertainNote(note: string | null): boolean {
  return note !== null && /onzeker/i.test(note);
}

/** Whether n and r apply at this age on this date (art. 31 lid 5, with the temporary art. 31a). */
export function isOldEnoughForVrijlating(params: Parameters, age: number, date: IsoDate): boolean {
  if (age >= requireRule(params, "vrijlating-minimumleeftijd", date)) return true;
  return (ruleOn(params, "vrijlating-onder-27-tijdelijk", date)?.value ?? 0) === 1;
}

/**
 * Chooses which vrijlating of art. 31 lid 2 applies in a month under the national rules. `aow`
 * says whether the person has reached the AOW age; `period` is the half year of the amounts.
 */
export function chooseVrijlating(
  params: Parameters,
  input: MonthInput,
  period: IsoDate,
  date: IsoDate,
  aow: boolean,
  whose = "uw netto inkomsten",
): VrijlatingOutcome {
  const amounts = params.vrijlatingen[period] ?? {};
  const notes: string[] = [];
  const problems: Problem[] = [];
  const nMonths = requireRule(params, "vrijlating-n-maanden", date);
  const rMonths = requireRule(params, "vrijlating-r-maanden", date);
  const rChildAge = requireRule(params, "vrijlating-r-kind-leeftijd", date);
  const zMonths = ruleOn(params, "vrijlating-z-maanden", date)?.value ?? null;
  const yBeforeR = (ruleOn(params, "vrijlating-y-voor-r", date)?.value ?? 0) === 1;
  const oldEnough = isOldEnoughForVrijlating(params, input.age, date);
  const minAge = requireRule(params, "vrijlating-minimumleeftijd", date);
  const month = input.month;

  const pick = (
    kind: Onderdeel & ChosenVrijlating["kind"],
    endsAfterMonth: number | null,
    what: string,
  ) => {
    const p = amounts[kind];
    if (!p || p.ratePpm === null) {
      problems.push({
        field: kind === "y" ? "urenbeperking" : "maand",
        message: `Het maximum van de vrijlating ${what} (artikel 31 lid 2 onder ${kind}) in deze periode staat niet in onze bronnen. Daarom kunnen we deze maand niet berekenen.`,
      });
      return NONE;
    }
    return {
      kind,
      ratePpm: p.ratePpm,
      maxCent: p.maxCent,
      article: p.article,
      label: `${what}: ${formatPercent(p.ratePpm / PPM, p.ratePpm % 10_000 === 0 ? 0 : 1)} van ${whose}, hoogstens ${formatEuro(p.maxCent)} per maand`,
      endsAfterMonth,
      sources: p.sources,
      caveat: isUncertainNote(p.note)
        ? `Het maximum van de vrijlating ${what} (artikel 31 lid 2 onder ${kind}) vanaf ${formatDate(period)} is onzeker. ${p.note}`
        : null,
    } satisfies ChosenVrijlating;
  };

  if (aow) {
    return { vrijlating: pick("n", null, "inkomsten uit arbeid"), notes, problems };
  }
  if (!oldEnough) {
    notes.push(
      `U bent jonger dan ${minAge}. Dan geldt de vrijlating van inkomsten uit arbeid niet (artikel 31 lid 5): alles wat u verdient, gaat van de bijstand af.`,
    );
  }
  if (oldEnough && month <= nMonths) {
    return { vrijlating: pick("n", nMonths, "inkomsten uit arbeid"), notes, problems };
  }

  const r =
    oldEnough &&
    input.leefvorm === "alleenstaande-ouder" &&
    input.childUnder12 &&
    month <= nMonths + rMonths;
  const y = input.urenbeperking;
  const lks = input.loonkostensubsidie === true && zMonths !== null;
  const z = lks && month <= nMonths + (zMonths ?? 0);
  const aa = lks && !z;

  const choose = (): ChosenVrijlating => {
    if (yBeforeR) {
      if (y) return pick("y", null, "medische urenbeperking");
      if (z) return pick("z", nMonths + (zMonths ?? 0), "loonkostensubsidie");
      if (aa) return pick("aa", null, "loonkostensubsidie");
      if (r) return pick("r", nMonths + rMonths, "alleenstaande ouder");
    } else {
      if (r) return pick("r", nMonths + rMonths, "alleenstaande ouder");
      if (y) return pick("y", null, "medische urenbeperking");
    }
    return NONE;
  };
  const chosen = choose();
  if (chosen.kind === null && problems.length === 0 && oldEnough) {
    notes.push(
      `De vrijlating van 25% duurt hoogstens ${nMonths} maanden. Na maand ${nMonths} gaat alles wat u verdient van de bijstand af, tenzij een andere vrijlating geldt.`,
    );
  }
  if (input.childUnder12 && input.leefvorm === "alleenstaande-ouder" && !oldEnough) {
    notes.push(
      `De vrijlating voor alleenstaande ouders (kind tot ${rChildAge} jaar) geldt ook pas vanaf ${minAge} jaar.`,
    );
  }
  return { vrijlating: chosen, notes, problems };
}

/** The vrijlating in cents for some netto earnings: the rate, rounded half up, at most the maximum. */
export function applyVrijlating(nettoCent: number, ratePpm: number, maxCent: number): number {
  return Math.min(applyRate(nettoCent, ratePpm), maxCent);
}

/**
 * The partner's own vrijlating (art. 31 lid 2 onder n and y speak of "een persoon" and "zijn
 * inkomsten uit arbeid"; lid 5 of "de persoon die jonger is dan 27 jaar"): the same rules as for the
 * applicant, with the partner's age and AOW age. Onderdeel r is for an alleenstaande ouder only, so
 * never for a partner. Assumed: the partner started work in the same month (`input.month`), without
 * medische urenbeperking or loonkostensubsidie (the calculator does not ask).
 */
export function choosePartnerVrijlating(
  params: Parameters,
  input: MonthInput,
  period: IsoDate,
  date: IsoDate,
  partnerAow: boolean,
): VrijlatingOutcome {
  const partnerAge = input.partnerAge ?? input.age;
  const partnerInput: MonthInput = {
    ...input,
    leefvorm: "samenwonend",
    age: partnerAge,
    childUnder12: false,
    urenbeperking: false,
    loonkostensubsidie: false,
  };
  const chosen = chooseVrijlating(
    params,
    partnerInput,
    period,
    date,
    partnerAow,
    "de netto inkomsten van uw partner",
  );
  const notes: string[] = [];
  const minAge = requireRule(params, "vrijlating-minimumleeftijd", date);
  const nMonths = requireRule(params, "vrijlating-n-maanden", date);
  if (!partnerAow && !isOldEnoughForVrijlating(params, partnerAge, date))
    notes.push(
      `Uw partner is jonger dan ${minAge}: voor het inkomen van uw partner geldt geen vrijlating (artikel 31 lid 5).`,
    );
  else if (chosen.vrijlating.kind === null && chosen.problems.length === 0)
    notes.push(
      `De vrijlating van 25% voor het inkomen van uw partner duurt ook hoogstens ${nMonths} maanden. We nemen aan dat uw partner in dezelfde maand is gaan werken als u.`,
    );
  return {
    vrijlating: { ...chosen.vrijlating, label: `uw partner, ${chosen.vrijlating.label}` },
    notes,
    problems: chosen.problems,
  };
}
