/** A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
