/**
 * The rules engine of the Participatiewet (from 2015 to the last half year in data/): the only public entry point. Pure
 * TypeScript: no files, network, DOM or framework. Give it a `Parameters` object (built from
 * `data/` by `src/data/law-parameters.ts`) and a person's situation; it returns cents.
 */
export {
  calculateCurve,
  calculateMarginal,
  calculateMonth,
  MAX_HOUSEMATES,
  MAX_MONTH,
  MAX_NETTO_CENT,
  resolveMonth,
  settleMonth,
  validateInput,
} from "./calculate.ts";
export {
  calculateKostendelersnorm,
  countKostendelers,
  describeKostendelersShare,
} from "./kostendelers.ts";
export { applyRate, divideRoundHalfUp, PPM, rateToPpm } from "./money.ts";
export { calculateVakantietoeslag, determineNorm, NORM_LABELS } from "./norm.ts";
export {
  halfYearEnd,
  halfYearStart,
  hasAowAge,
  isCovered,
  ruleOn,
  toMonthStart,
} from "./period.ts";
export { calculatePremie } from "./premie.ts";
export {
  describeRegimeDates,
  findRegime,
  isComputable,
  regimePeriodOn,
  regimesOn,
  resolveRegime,
} from "./regimes.ts";
export type * from "./types.ts";
export type * from "./verrekening.ts";
export {
  addMonths,
  MAX_TIMELINE_MONTHS,
  MIN_TIMELINE_MONTHS,
  ontvangstFrom,
  SETTLEMENT_METHODS,
  SETTLEMENT_WINDOW_MONTHS,
  simulateTimeline,
  validateTimeline,
} from "./verrekening.ts";
export {
  applyVrijlating,
  chooseVrijlating,
  isOldEnoughForVrijlating,
  isUncertainNote,
} from "./vrijlating.ts";
export {
  artikel34aOn,
  chooseArtikel34aVrijlating,
  isArtikel34aKind,
  NO_MAXIMUM_CENT,
} from "./vrijlating-34a.ts";
