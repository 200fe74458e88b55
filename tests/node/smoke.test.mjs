// The npm package never throws: every input, however broken, gives a report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, PKG, NOW } from './helpers.mjs';

const mod = await import(PKG);
const { initSync, verify, extract } = mod;

const VERDICTS = ['valid', 'invalid', 'indeterminate', 'error'];

function assertReport(r, what) {
  assert.equal(typeof r, 'object', what);
  assert.ok(VERDICTS.includes(r.verdict), `${what}: verdict ${r.verdict}`);
  assert.equal(typeof r.summary, 'string', what);
  assert.ok(Array.isArray(r.checks), what);
  assert.ok('format' in r && 'credential' in r, what);
}

// A small deterministic PRNG (xorshift32) so failures can be replayed.
function randomBytes(seed, n) {
  let x = seed >>> 0 || 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test('extract before init returns an error object', () => {
  assert.equal(extract('x').error.code, 'not-initialised');
});

test('initSync loads the module from its bytes', () => {
  initSync(readFileSync(join(ROOT, 'pkg', 'badgeverify_bg.wasm')));
  initSync(readFileSync(join(ROOT, 'pkg', 'badgeverify_bg.wasm'))); // idempotent
});

test('empty and tiny inputs give reports', async () => {
  for (const input of [new Uint8Array(0), '', ' ', '{', '[]', 'null', 'a.b.c', 'https://', '\u0000', '\uFFFD']) {
    assertReport(await verify(input, { now: NOW, offline: true }), JSON.stringify(input));
  }
});

test('random bytes give reports', async () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  for (let seed = 1; seed <= 200; seed++) {
    const bytes = randomBytes(seed, (seed * 37) % 4096);
    if (seed % 3 === 0) bytes.set(PNG.slice(0, Math.min(8, bytes.length)));
    assertReport(await verify(bytes, { now: NOW, offline: true }), `seed ${seed}`);
    const x = extract(bytes);
    assert.ok('error' in x || 'payload' in x, `extract seed ${seed}`);
  }
  assertReport(await verify(randomBytes(7, 1 << 20), { now: NOW, offline: true }), '1 MiB');
});

test('bad arguments give error reports, not exceptions', async () => {
  assert.equal((await verify(42)).verdict, 'error');
  assert.equal((await verify(null)).verdict, 'error');
  assert.equal((await verify('{}', { now: 'yesterday' })).checks[0].code, 'invalid-options');
  assert.equal((await verify('{}', { now: new Date(NaN) })).verdict, 'error');
  assertReport(await verify(new ArrayBuffer(3), { now: new Date(NOW), offline: true }), 'ArrayBuffer');
  assertReport(await verify(new DataView(new ArrayBuffer(3)), { offline: true }), 'DataView, default now');
});

test('an unknown crypto option is reported; init() refuses it', async () => {
  const r = await verify('{}', { now: NOW, offline: true, crypto: 'openssl' });
  assert.equal(r.checks[0].code, 'invalid-options');
  assert.deepEqual(r.checks[0].params, { reason: 'crypto-unknown' });
  await assert.rejects(mod.init(undefined, { crypto: 'openssl' }), TypeError);
});

test('a failing fetch is reported, not thrown', async () => {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url, accept: req.headers.accept });
    res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    const url = `http://127.0.0.1:${server.address().port}/assertions/1.json`;
    assertReport(await verify(url, { now: NOW }), 'online, 404');
    for (const r of requests) assert.ok(r.accept, `request for ${r.url} has an Accept header`);
    const before = requests.length;
    assertReport(await verify(url, { now: NOW, offline: true }), 'offline');
    assert.equal(requests.length, before, 'offline makes no requests');
    const throwing = async () => {
      throw new TypeError('fetch failed');
    };
    assertReport(await verify(url, { now: NOW, fetch: throwing }), 'throwing fetch');
  } finally {
    server.close();
  }
});
