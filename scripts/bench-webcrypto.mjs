// Micro-benchmark of wasm/js/webcrypto.js: one `verifySignature` call (the module's
// pre-checks, then WebCrypto importKey + verify, awaited one after the other) per signature,
// for Ed25519, ES256, ES384, RS256 and PS256, next to WebCrypto's importKey + verify alone, so
// the cost of the pre-checks shows. In Node, and with --chromium also in headless Chromium
// (playwright-core, the repository's static server). Not a test; figures in BENCHMARKS.md.
//
//   node scripts/bench-webcrypto.mjs [--chromium] [--ms 1000]
//
// Keys are made fresh with node:crypto (RSA 2048 bits), the message is 1 KiB (about a
// VC-JWT's signing input). Each verdict is checked to be `true` before timing. Per algorithm:
// 200 warm-up calls of each, then batches of 50 calls, the module's and WebCrypto's alone in
// turn, for 2 × --ms milliseconds (default 1000); the figures are the median and the 10th
// percentile over batches of µs per call.
import { generateKeyPairSync, sign } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const MS = Number(args[args.indexOf('--ms') + 1]) || 1000;

const message = new Uint8Array(1024).map((_, i) => (i * 7) & 0xff);
function makeCases() {
  const out = [];
  const add = (alg, pair, importParams, verifyParams, signOpts) => {
    const jwk = pair.publicKey.export({ format: 'jwk' });
    const signature = new Uint8Array(sign(signOpts.hash ?? null, message, { key: pair.privateKey, ...signOpts.key }));
    out.push({ alg, jwk, importParams, verifyParams, signature: Array.from(signature) });
  };
  add('EdDSA', generateKeyPairSync('ed25519'), { name: 'Ed25519' }, { name: 'Ed25519' }, { key: {} });
  add('ES256', generateKeyPairSync('ec', { namedCurve: 'P-256' }), { name: 'ECDSA', namedCurve: 'P-256' }, { name: 'ECDSA', hash: 'SHA-256' }, { hash: 'sha256', key: { dsaEncoding: 'ieee-p1363' } });
  add('ES384', generateKeyPairSync('ec', { namedCurve: 'P-384' }), { name: 'ECDSA', namedCurve: 'P-384' }, { name: 'ECDSA', hash: 'SHA-384' }, { hash: 'sha384', key: { dsaEncoding: 'ieee-p1363' } });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  add('RS256', rsa, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, { name: 'RSASSA-PKCS1-v1_5' }, { hash: 'sha256', key: {} });
  add('PS256', rsa, { name: 'RSA-PSS', hash: 'SHA-256' }, { name: 'RSA-PSS', saltLength: 32 }, { hash: 'sha256', key: { padding: 6, saltLength: 32 } });
  return out;
}

/**
 * The timing loop, self-contained so Playwright can run the very same function in a page:
 * imports the module from `moduleUrl` there and times each case.
 */
async function measure([cases, message, ms, moduleUrl]) {
  const { verifySignature } = await import(moduleUrl);
  const subtle = globalThis.crypto.subtle;
  const results = [];
  for (const c of cases) {
    const signature = new Uint8Array(c.signature);
    const msg = new Uint8Array(message);
    const ours = () => verifySignature({ alg: c.alg, key: c.jwk, message: msg, signature });
    const alone = async () => {
      const key = await subtle.importKey('jwk', c.jwk, c.importParams, false, ['verify']);
      return subtle.verify(c.verifyParams, key, signature, msg);
    };
    const row = { alg: c.alg };
    const fns = { module: ours, webcrypto: alone };
    const batches = { module: [], webcrypto: [] };
    for (const [name, fn] of Object.entries(fns)) {
      if ((await fn()) !== true) throw new Error(`${c.alg} ${name}: the signature does not verify`);
      for (let i = 0; i < 200; i++) await fn();
    }
    // Batches of the two alternate, so a change of machine load hits both alike.
    const end = performance.now() + 2 * ms;
    while (performance.now() < end) {
      for (const [name, fn] of Object.entries(fns)) {
        const t = performance.now();
        for (let i = 0; i < 50; i++) await fn();
        batches[name].push(((performance.now() - t) * 1000) / 50);
      }
    }
    for (const [name, list] of Object.entries(batches)) {
      list.sort((a, b) => a - b);
      row[name] = { median: list[list.length >> 1], p10: list[Math.floor(list.length / 10)] };
    }
    results.push(row);
  }
  return results;
}

function print(where, rows) {
  console.log(`\n${where}: µs per signature, median (10th percentile) over batches of 50`);
  console.log('| alg | webcrypto.js verifySignature | importKey + verify alone | difference of medians (of p10) |');
  console.log('|---|---:|---:|---:|');
  const f = (x) => `${x.median.toFixed(0)} (${x.p10.toFixed(0)})`;
  for (const r of rows) {
    console.log(`| ${r.alg} | ${f(r.module)} | ${f(r.webcrypto)} | ${(r.module.median - r.webcrypto.median).toFixed(0)} (${(r.module.p10 - r.webcrypto.p10).toFixed(0)}) |`);
  }
}

const cases = makeCases();
const moduleUrl = new URL('../wasm/js/webcrypto.js', import.meta.url).href;
print(`Node ${process.version}`, await measure([cases, Array.from(message), MS, moduleUrl]));

if (args.includes('--chromium')) {
  const { startServer } = await import('../www/serve.mjs');
  const { launchBrowser } = await import('../tests/browser/helpers.mjs');
  const server = await startServer({
    root: ROOT,
    routes: {
      '/blank.html': (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        r.end('<!doctype html><title>bench</title>');
      },
    },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.base}/blank.html`);
    const rows = await page.evaluate(measure, [cases, Array.from(message), MS, '/wasm/js/webcrypto.js']);
    print(`Chromium ${browser.version()}`, rows);
  } finally {
    await browser.close();
    await server.close();
  }
}
