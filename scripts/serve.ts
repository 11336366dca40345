/**
 * A tiny static file server over a built site, for browser tests and screenshots.
 * `node scripts/serve.ts [dir] [port]`. Serves `index.html` for folders and `404.html` otherwise.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".pf_meta": "application/octet-stream",
};

/** Starts serving `dir` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its origin. */
export function serveStatic(dir: string, port = 0): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    let status = 200;
    if (!existsSync(path)) {
      status = 404;
      path = join(root, "404.html");
      if (!existsSync(path)) {
        res.writeHead(404).end("not found");
        return;
      }
    }
    res.writeHead(status, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      ok({ server, origin: `http://127.0.0.1:${actual}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 4321);
  const { origin } = await serveStatic(dir, port);
  console.log(`Serving ${dir} on ${origin}`);
}
