/**
 * Shared set-up for browser tests: Astro's own preview server over the built site, Debian's Chromium
 * through playwright-core, and a page wrapper that records console errors, failed requests and
 * requests to other hosts. Run a spec with `node --test tests/e2e/<area>.spec.ts` after a build;
 * `DIST_DIR` picks the build folder (default `dist`), `CHROMIUM_PATH` the browser (default
 * /usr/bin/chromium).
 */
import { existsSync, readFileSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const DIST_DIR = process.env.DIST_DIR ?? "dist";
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Fails loudly (never skips) when the browser or the build is missing. */
function assertPrerequisites() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    throw new Error(`No build in ${DIST_DIR}/. Run \`npm run build\` first (or set DIST_DIR).`);
  }
}

/**
 * Serves the build in `dir` with `astro preview` (the project's config: trailing slashes, the 404
 * page) on 127.0.0.1:`port` (0 = any free port); resolves with its origin and a stop function.
 */
export async function previewSite(
  dir: string,
  port = 0,
): Promise<{ origin: string; stop(): Promise<void> }> {
  // The preview would otherwise report its use to Astro's telemetry host.
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const { preview } = await import("astro");
  const server = await preview({
    outDir: dir,
    server: { host: "127.0.0.1", port },
    logLevel: "error",
  });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/** A running site and browser for one spec file. */
export interface Site {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the preview server (on a free port unless given) and the browser. */
export async function startSite(opts: { port?: number } = {}): Promise<Site> {
  assertPrerequisites();
  const [server, browser] = await Promise.all([
    previewSite(DIST_DIR, opts.port ?? 0),
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
  ]);
  return {
    origin: server.origin,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** What went wrong while a page was open. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Opens a new page that records problems; foreign hosts are blocked and recorded. */
export async function openPage(
  site: Site,
  opts: {
    width?: number;
    height?: number;
    colorScheme?: "light" | "dark";
    javaScriptEnabled?: boolean;
  } = {},
): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
  const context = await site.browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    colorScheme: opts.colorScheme ?? "light",
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const local = new URL(site.origin).host;
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.host === local)
      return route.continue();
    problems.foreignRequests.push(url.toString());
    return route.abort();
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => problems.consoleErrors.push(String(err)));
  page.on("requestfailed", (req) => {
    // ERR_ABORTED is the browser cancelling a request because the test navigated on (a favicon
    // still loading, say); a missing file answers 404 and is caught below.
    if (req.failure()?.errorText === "net::ERR_ABORTED") return;
    if (!problems.foreignRequests.includes(req.url()))
      problems.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`);
  });
  page.on("response", (res) => {
    // Every page names its icon, so a request for /favicon.ico (a 404) is a real problem too.
    if (res.status() >= 400) problems.failedRequests.push(`${res.status()} ${res.url()}`);
  });
  return { page, context, problems };
}

/** The site's paths from the built sitemap(s), as local paths ("/cijfers/"). */
export async function sitemapPaths(site: Site): Promise<string[]> {
  const index = await (await fetch(`${site.origin}/sitemap-index.xml`)).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await fetch(site.origin + map)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1] ?? "").pathname);
  }
  return paths;
}

const AXE_SOURCE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practice) on the open page and returns its serious and
 * critical violations as short strings. axe is evaluated through DevTools, so the page's
 * Content-Security-Policy does not block it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
    });
    return result.violations
      .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v: { id: string; impact: string; nodes: { target: string[] }[] }) =>
          `${v.impact} ${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(" | ")}`,
      );
  });
}

/** Cents of a shown amount ("€ 1.274,87", "−€ 5,00", "+€ 2,00"); null when the text is not one. */
export function amountCents(text: string | null): number | null {
  const m = /^([+\u2212-]?)€\s?(\d{1,3}(?:\.\d{3})*),(\d{2})$/.exec(
    (text ?? "").replace(/\s+/g, " ").trim(),
  );
  if (!m) return null;
  const v = Number((m[2] ?? "").replaceAll(".", "")) * 100 + Number(m[3]);
  return m[1] === "\u2212" || m[1] === "-" ? -v : v;
}

/** Cents of a shown amount, failing the test when the text is not an amount. */
export function cents(text: string | null): number {
  const c = amountCents(text);
  if (c === null) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  return c;
}
