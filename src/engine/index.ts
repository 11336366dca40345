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
export type * from "./household.ts";
export {
  calculateHousehold,
  calculateHouseholdCurve,
  calculateHouseholdMarginal,
  childUnder12FromAges,
  HOUSEHOLD_SCHEMES,
  MAX_KINDEREN,
  resolveHousehold,
  settleHousehold,
  toetsingsinkomen,
  validateHouseholdInput,
} from "./household.ts";
export type * from "./huurtoeslag.ts";
export {
  calculateHuurtoeslag,
  FACTOR_SCALE,
  MAX_HUUR_CENT,
  MAX_PERSONEN,
  MAX_REKENINKOMEN_CENT,
  normhuurFormulaCent,
  validateHuurtoeslagInput,
} from "./huurtoeslag.ts";
export type * from "./inkomstenbelasting.ts";
export {
  calculateAlgemeneHeffingskorting,
  calculateArbeidskorting,
  calculateBox1Belasting,
  calculateInkomstenbelasting,
  calculatePremiesVolksverzekeringen,
  grossFromNet,
  resolveTaxYear,
  taxOwed,
} from "./inkomstenbelasting.ts";
export type * from "./kinderbijslag.ts";
export { ageOn, calculateKinderbijslag, validateKinderbijslagInput } from "./kinderbijslag.ts";
export type * from "./kindgebonden-budget.ts";
export {
  calculateKindgebondenBudget,
  resolveKindgebondenBudgetYear,
  settleKindgebondenBudget,
  validateKindgebondenBudgetInput,
} from "./kindgebonden-budget.ts";
export type { HousemateReason, HousemateVerdict } from "./kostendelers.ts";
export {
  calculateKostendelersnorm,
  classifyHousemates,
  countKostendelers,
  describeKostendelersShare,
} from "./kostendelers.ts";
export type * from "./loont-werken.ts";
export {
  calculateHoursSeries,
  findMarkers,
  grossPerMonth,
  MAX_UREN,
  MAX_UURLOON_CENT,
  minimumHourlyWage,
  netWageFromGross,
  netWageMonth,
} from "./loont-werken.ts";
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
export type * from "./toeslagen-jaar.ts";
export {
  settleAdvances,
  settleToeslagenYear,
  toeslagenFromMonth,
  toeslagenOverTimeline,
  YEAR_SETTLEMENT_SOURCES,
} from "./toeslagen-jaar.ts";
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
  choosePartnerVrijlating,
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
export { planVrijlatingen, type VrijlatingPhase } from "./vrijlating-schedule.ts";
export type { YearFailure } from "./yearly.ts";
export type * from "./zorgtoeslag.ts";
export {
  calculateZorgtoeslag,
  resolveZorgtoeslagYear,
  settleZorgtoeslag,
  validateZorgtoeslagInput,
} from "./zorgtoeslag.ts";
