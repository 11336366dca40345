/**
 * Content collections: MDX prose in `content/<collection>/`, frontmatter checked by Zod.
 * Each collection is added here with its schema (one doc line per field).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** Fields every article-like page shares. */
export const articleFields = {
  /** Title of the page (H1). */
  title: z.string().min(3),
  /** Meta description: one or two plain sentences. */
  description: z.string().min(20).max(300),
  /** Source ids (data/sources.csv) this page relies on; listed at the bottom of the page. */
  sources: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
  /** Date the text was last checked against its sources (YYYY-MM-DD). */
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
};

export const collections = {
  /** One page per experiment: content/experimenten/<id>.mdx → /experimenten/<id>/. */
  experimenten: defineCollection({
    loader: glob({ base: "./content/experimenten", pattern: "**/*.mdx" }),
    schema: z.object({
      ...articleFields,
      /** Id of the experiment in data/experimenten.csv; the page reads its facts from there. */
      experiment: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      /** Position in the list on /experimenten/ (lower first). */
      order: z.number().int().min(0),
    }),
  }),
};
