/**
 * Turning values into text: nl-NL numbers, money and dates (the only place the site does that),
 * parsing typed amounts, APA citations, and escaping text for XML and HTML. Pure: no file system,
 * no DOM, so the engine and the browser islands can import it.
 */
export * from "./citation.ts";
export * from "./format.ts";
export * from "./parse-amount.ts";
export * from "./xml.ts";
