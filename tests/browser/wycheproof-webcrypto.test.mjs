// Wycheproof through the package's webcrypto.js (pkg/webcrypto.js, copied there by
// scripts/build-pkg.sh) in headless Chromium, whose WebCrypto is BoringSSL: the same vectors,
// loop (tests/node/wycheproof-run.mjs, loaded into the page) and judgement
// (tests/node/wycheproof-cases.mjs) as the Node run, so a verdict that differs between
// Chromium, Node and the Rust backend fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../www/serve.mjs';
import { instrument, launchBrowser } from './helpers.mjs';
import { ALGORITHMS } from '../../wasm/js/webcrypto.js';
import { JOSE_FILES, SIGNATURE_FILES, judge, loadGroups } from '../node/wycheproof-cases.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({
    routes: {
      '/blank.html': (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        r.end('<!doctype html><title>webcrypto</title>');
      },
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Wycheproof through WebCrypto in Chromium: the Rust backend verdict on every vector', async () => {
  const page = await browser.newPage();
  const problems = await instrument(page);
  // http://127.0.0.1 is a secure context, so crypto.subtle is there.
  await page.goto(`${server.base}/blank.html`);
  const groups = loadGroups();
  const { verdicts, thrown, platform, secure } = await page.evaluate(async (groups) => {
    const { platformAlgorithms, verifySignature } = await import('/pkg/webcrypto.js');
    const { runGroups } = await import('/tests/node/wycheproof-run.mjs');
    return { ...(await runGroups(groups, verifySignature)), platform: await platformAlgorithms(), secure: isSecureContext };
  }, groups);
  assert.equal(secure, true);
  // Chromium has had Ed25519 in WebCrypto since version 137; every algorithm must be there
  // for this run to mean anything.
  assert.deepEqual(platform, ALGORITHMS);
  assert.deepEqual(thrown, [], 'verifySignature must answer false, never throw, on bad data');
  const { problems: disagreements, tally } = judge(groups, verdicts);
  for (const [file, t] of Object.entries(tally)) console.log(file, JSON.stringify(t));
  assert.deepEqual(disagreements, []);
  assert.deepEqual(Object.keys(tally).sort(), [...SIGNATURE_FILES.map(([f]) => f), ...JOSE_FILES].sort());
  assert.equal(tally['ed25519_test.json'].validAccepted, 88);
  assert.equal(tally['ecdsa_secp256r1_sha256_p1363_test.json'].validAccepted, 173);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Ed25519 edge cases in Chromium: the Rust verdict', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./helpers.mjs');
  const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests/data/webcrypto/edge-cases.json'), 'utf8'));
  const page = await browser.newPage();
  await page.goto(`${server.base}/blank.html`);
  const got = await page.evaluate(async (cases) => {
    const { verifySignature } = await import('/pkg/webcrypto.js');
    const bytes = (hex) => new Uint8Array(hex.match(/../g).map((h) => parseInt(h, 16)));
    const out = [];
    for (const c of cases) {
      const check = { alg: c.alg, key: c.key, message: bytes(c.msg), signature: bytes(c.sig) };
      const key = await crypto.subtle.importKey('jwk', c.key, { name: 'Ed25519' }, false, ['verify']);
      const alone = await crypto.subtle.verify({ name: 'Ed25519' }, key, check.signature, check.message);
      out.push({ ours: await verifySignature(check), alone });
    }
    return out;
  }, cases);
  assert.deepEqual(got.map((g) => g.ours), cases.map((c) => c.rust));
  const differ = got.filter((g, i) => g.alone !== cases[i].rust).length;
  console.log(`Chromium's WebCrypto alone differs from the Rust backend on ${differ} of ${cases.length} cases`);
  await page.close();
});
