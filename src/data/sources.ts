/**
 * The bibliography: `data/sources.csv`. Every row of every other dataset cites one or more of its ids.
 */
import { defineDataset, type RowOf } from "./dataset.ts";
import { field } from "./fields.ts";

export const sourcesDataset = defineDataset({
  name: "sources",
  title: "Bronnen",
  description:
    "De bibliografie van de site: één rij per bron (rapport, wet, Kamerbrief, nieuwsbericht, tabel) met titel, uitgever, datum en adres.",
  fields: {
    id: field.pattern(
      "Korte, vaste naam van de bron; pagina's linken naar /bronnen/#<id>",
      /^[a-z0-9][a-z0-9-]*$/,
      "cbs-2024-bijstand",
    ),
    title: field.text("Titel van de bron"),
    publisher: field.text("Auteur of uitgever"),
    date: field.optional(
      field.pattern(
        "Datum van publicatie: JJJJ, JJJJ-MM of JJJJ-MM-DD",
        /^\d{4}(-\d{2}(-\d{2})?)?$/,
        "2024-02-28",
      ),
    ),
    url: field.optional(
      field.pattern(
        "Adres van de bron; leeg als er geen openbaar adres is",
        /^https?:\/\/\S+$/,
        "https://…",
      ),
    ),
    note: field.optional(
      field.text("Toelichting: welk deel, welke tabel, of waarom er geen adres is"),
    ),
  },
});

/** One source. */
export type Source = RowOf<typeof sourcesDataset.fields>;

/** All sources, in file order. */
export function loadSources(): Source[] {
  return sourcesDataset.loadRows();
}

/** All sources by id; throws on a duplicate id. */
export function loadSourceIndex(): Map<string, Source> {
  const index = new Map<string, Source>();
  for (const s of loadSources()) {
    if (index.has(s.id)) throw new Error(`data/sources.csv: duplicate id "${s.id}"`);
    index.set(s.id, s);
  }
  return index;
}
