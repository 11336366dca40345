import { defineDataset, type RowOf } from "../dataset.ts";
import { field } from "../fields.ts";
import { PARTIAL_DATE } from "../partial-date.ts";

/** The themes of /van-proef-naar-wet/, in page order; `verband` is the question whether the law came from the experiments. */
export const THEMES = [
  "verband",
  "vrijlating",
  "ontheffing",
  "begeleiding",
  "tegenprestatie",
  "vertrouwen",
  "verrekening",
] as const;

/** What a row says about its theme. */
export const ASPECTS = ["verband", "onderzoek", "wet-2026", "wet-2027", "ontbreekt"] as const;

/** A theme. */
export type Theme = (typeof THEMES)[number];
/** An aspect. */
export type Aspect = (typeof ASPECTS)[number];

/** From experiment to law: per theme the findings, what Participatiewet in balans does in 2026 and 2027, and what it leaves out. */
export const dataset = defineDataset({
  name: "van-proef-naar-wet",
  title: "Van proef naar wet: experimenten en Participatiewet in balans",
  description:
    "Eén rij per bewering op de pagina Van proef naar wet. Per thema (meer vrijlating of een premie, ontheffing, begeleiding, geen verplichte tegenprestatie, vertrouwen, verrekenen): wat het onderzoek vond, wat de wet in 2026 en vanaf 2027 doet, en wat de wet niet doet of wat we niet vonden. Het thema verband gaat over de vraag of de wet op de experimenten is gebaseerd. date_status = onduidelijk: de bronnen noemen verschillende ingangsdata; de tekst geeft dan één lezing en de andere lezing staat in een rij van hetzelfde thema. De tekst is in onze eigen woorden.",
  fields: {
    id: field.pattern("Vaste naam van de rij", /^[a-z][a-z0-9-]*$/, "vrijlating-cpb-2020"),
    theme: field.oneOf(THEMES, "Thema"),
    aspect: field.oneOf(
      ASPECTS,
      "verband: of de wet op de experimenten is gebaseerd; onderzoek: wat het onderzoek vond; wet-2026 en wet-2027: wat de wet dan doet; ontbreekt: wat de wet niet doet of wat we niet vonden",
    ),
    date: field.optional(
      field.pattern(
        "Datum van de uitkomst, de brief of de ingangsdatum van de regel, zo precies als de bron",
        PARTIAL_DATE,
        "2026-01-01",
      ),
    ),
    date_status: field.oneOf(
      ["duidelijk", "onduidelijk"] as const,
      "onduidelijk: de bronnen noemen verschillende ingangsdata",
    ),
    text: field.text("De bewering, in onze woorden"),
    experiments: field.optional(
      field.pattern(
        "Experimenten waar de rij over gaat (ids uit experimenten.csv, gescheiden door ;)",
        /^[a-z0-9-]+(;[a-z0-9-]+)*$/,
        "utrecht;wageningen",
      ),
    ),
    link: field.optional(
      field.pattern(
        "Link binnen deze site: een rekenhulp met de regel of de tijdlijn",
        /^\/[^\s]*$/,
        "/tijdlijn/#fase-3",
      ),
    ),
    link_text: field.optional(field.text("Tekst van de link")),
    checked: field.pattern(
      "Wanneer wij de bewering controleerden (JJJJ-MM)",
      /^\d{4}-(0[1-9]|1[0-2])$/,
      "2026-12",
    ),
    source: field.sources(),
    note: field.optional(field.text("Opmerking")),
  },
});

/** One claim. */
export type ProefNaarWetRow = RowOf<typeof dataset.fields>;
