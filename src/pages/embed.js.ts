/** `/embed.js`: the host-page resizer as a file, for sites whose CSP forbids inline scripts. */
import type { APIRoute } from "astro";
import { RESIZER_SCRIPT } from "../embed/snippet.ts";

export const GET: APIRoute = () =>
  new Response(`${RESIZER_SCRIPT}\n`, {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
