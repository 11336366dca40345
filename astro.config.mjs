// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { postbuild } from "./src/integrations/postbuild.ts";

// The public address of the site. Embed snippets, canonical URLs and the sitemap use it.
const site = process.env.SITE_URL ?? "https://bijstandopdeproef.nl";

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  // Separate output folders let several builds run side by side (e.g. `ASTRO_OUT_DIR=dist-x`).
  outDir: process.env.ASTRO_OUT_DIR ?? "dist",
  build: { format: "directory", inlineStylesheets: "auto" },
  // Astro's HTML compression drops the space at a line break next to an inline element
  // ("tijd</a>rekenen"), in pages and in the search index. Gzip makes the whitespace nearly free.
  compressHTML: false,
  integrations: [
    mdx(),
    sitemap({
      // Embed pages are chrome-less copies of charts, not pages for readers to land on.
      filter: (page) => !new URL(page).pathname.startsWith("/embed/"),
    }),
    // After the sitemap: chart PNGs, /sitemap.xml, CSP, social cards, search index.
    postbuild(),
  ],
  devToolbar: { enabled: false },
});
