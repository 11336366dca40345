/**
 * Escaping text for XML and HTML markup that the site builds as strings (chart files, social
 * cards, the calculators' SVG). Pure and small, so that browser islands can import it too.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // `&apos;` is XML-only (HTML 4 lacks it); the numeric reference is valid in both.
  "'": "&#39;",
};

/** Escapes text for XML/HTML content and for attributes in either quote style. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
