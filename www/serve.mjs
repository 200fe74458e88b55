// A static file server for the repository root, so that /www/ and /pkg/ resolve, with the
// strict Content-Security-Policy the widget and the verifier page are meant to run under.
// Text, JSON, SVG and WebAssembly go out gzip-compressed when the browser accepts it, as from
// any production host.
//
//   node www/serve.mjs [PORT]      (default 8000; binds 127.0.0.1; open /www/)
//
// The browser tests and scripts/bench-widget.mjs start it through `startServer()`, with
// extra routes for documents they make up (e.g. a hosted assertion answering 410).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The policy every page is served with. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' https: data:; connect-src 'self' https:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jwt': 'application/jwt',
  '.jws': 'application/jose',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** Types sent gzip-compressed when the browser accepts it, as any production host does. */
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|jwt|jose)|image\/svg)/;

/** Compressed bodies by file, reused while the file is unchanged (like nginx `gzip_static`). */
const zipped = new Map();

async function gzipped(file, mtime, body) {
  const hit = zipped.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const compressed = await promisify(gzip)(body);
  zipped.set(file, { mtime, body: compressed });
  return compressed;
}

/**
 * Starts the server on 127.0.0.1. `routes` maps a path to `(request, response, base) => void`
 * for made-up documents; everything else is a file below `root`. Resolves to
 * `{server, port, base, close()}`.
 */
export async function startServer({ port = 0, root = ROOT, routes = {} } = {}) {
  let base = '';
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    response.setHeader('Content-Security-Policy', CSP);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-cache');
    if (routes[path]) return routes[path](request, response, base);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== normalize(root) && !file.startsWith(normalize(root + sep))) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      let body = await readFile(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, Vary: 'Accept-Encoding' };
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = await gzipped(file, info.mtimeMs, body);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  base = `http://127.0.0.1:${actual}`;
  return {
    server,
    port: actual,
    base,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? 8000);
  const { base } = await startServer({ port });
  console.log(`serving ${ROOT} at ${base}/ — verifier: ${base}/www/  demo: ${base}/www/demo.html`);
}
