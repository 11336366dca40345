/** nl-NL formatting and parsing: the only place the site turns numbers into Dutch text. */
export * from "./format.ts";
export * from "./parse-amount.ts";
