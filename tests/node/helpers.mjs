// Shared helpers for the Node tests: paths, the package, the CLI binary, the input files, a
// loopback HTTP server.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PKG = join(ROOT, 'pkg', 'badgeverify.js');
export const NOW = '2026-01-01T00:00:00Z';

/** The package (pkg/badgeverify.js), initialised from its .wasm bytes. */
export async function loadPkg() {
  const m = await import(PKG);
  m.initSync(readFileSync(join(ROOT, 'pkg/badgeverify_bg.wasm')));
  return m;
}

/**
 * An HTTP server on 127.0.0.1 (a free port) that counts every request by path in `hits` and
 * leaves the answer to `answer(path, res)`. Resolves to `{ base, close }`: `base` is
 * `http://127.0.0.1:<port>`, `close()` drops open connections and stops it.
 */
export async function loopbackServer(hits, answer) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    answer(path, res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections?.();
      server.close();
    },
  };
}

/** Answers `res` with `file` as JSON, or 404 when there is no such file. */
export function sendJsonFile(res, file) {
  if (!file || !existsSync(file)) return res.writeHead(404).end();
  return res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
}

/** The newer of the release and debug CLI builds. */
export function cliBinary() {
  const found = ['release', 'debug']
    .map((p) => join(ROOT, 'target', p, 'badgeverify'))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (found.length === 0) {
    throw new Error('no CLI binary in target/{release,debug}: run `cargo build -p badgeverify-cli` first');
  }
  return found[0];
}

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Every badge input among the vendored vectors: .png .svg .json .jwt files under the
 * 1EdTech validator's ob20 / ob30 / clr20 folders, the W3C signed*.json credentials, the
 * Digital Credentials Consortium's credentials, and
 * everything under tests/fixtures/ if that exists. Sorted, relative to the repository.
 */
export function badgeInputs() {
  const vectors = join(ROOT, 'tests', 'vectors');
  const picked = walk(vectors).filter((path) => {
    const rel = relative(vectors, path).split(sep);
    const name = rel[rel.length - 1];
    if (rel[0] === '1edtech-validator') {
      return rel.some((d) => ['ob20', 'ob30', 'clr20'].includes(d)) && /\.(png|svg|json|jwt)$/i.test(name);
    }
    if (rel[0] === 'dcc-vc-test-fixtures') return rel[1] === 'verifiableCredentials';
    return ['w3c-vc-di-eddsa', 'w3c-vc-di-ecdsa'].includes(rel[0]) && /^signed.*\.json$/.test(name);
  });
  const fixtures = join(ROOT, 'tests', 'fixtures');
  if (existsSync(fixtures)) picked.push(...walk(fixtures));
  return picked.map((p) => relative(ROOT, p)).sort();
}
