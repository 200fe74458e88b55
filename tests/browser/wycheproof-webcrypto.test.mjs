// Wycheproof through both signature backends of the package in headless Chromium: its
// webcrypto.js (pkg/webcrypto.js, copied there by scripts/build-pkg.sh; Chromium's WebCrypto
// is BoringSSL) and the fallback build's `checkSignature` (pkg/badgeverify_full.js, the Rust
// backend under V8's WebAssembly). The same vectors, loop (tests/node/wycheproof-run.mjs,
// loaded into the page) and judgement (tests/node/wycheproof-cases.mjs) as the Node run, so a
// verdict that differs between Chromium, Node and the Rust backend fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../www/serve.mjs';
import { instrument, launchBrowser } from './helpers.mjs';
import { ALGORITHMS } from '../../wasm/js/webcrypto.js';
import { assertHoldsToBothRules, loadGroups } from '../node/wycheproof-cases.mjs';

// A module worker that runs its share of the vectors through the fallback build.
const FALLBACK_WORKER = `
import init, * as full from '/pkg/badgeverify_full.js';
import { runGroups, viaCheckSignature } from '/tests/node/wycheproof-run.mjs';
onmessage = async ({ data: groups }) => {
  await init({ module_or_path: '/pkg/badgeverify_full_bg.wasm' });
  postMessage(await runGroups(groups, viaCheckSignature(full)));
};
`;

let server;
let browser;

before(async () => {
  server = await startServer({
    routes: {
      '/blank.html': (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        r.end('<!doctype html><title>webcrypto</title>');
      },
      '/fallback-worker.mjs': (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        r.end(FALLBACK_WORKER);
      },
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Runs every vector in a page through `backend` ('webcrypto': pkg/webcrypto.js; 'fallback':
 * the fallback build's `checkSignature`, pkg/badgeverify_full.js) and holds the verdicts to
 * Wycheproof and to the Rust backend's committed ones.
 */
async function holdsToBothRulesInChromium(backend) {
  const page = await browser.newPage();
  const problems = await instrument(page);
  // http://127.0.0.1 is a secure context, so crypto.subtle is there.
  await page.goto(`${server.base}/blank.html`);
  const groups = loadGroups();
  const started = Date.now();
  const { run, platform, secure } = await page.evaluate(
    async ([groups, backend]) => {
      const { platformAlgorithms, verifySignature } = await import('/pkg/webcrypto.js');
      const { runGroups } = await import('/tests/node/wycheproof-run.mjs');
      let run;
      if (backend === 'fallback') {
        // The Rust arithmetic is the slow part (RSA above 2048 bits: src/crypto/rsa.rs): the
        // vectors are shared out, every n-th to each of one worker per core.
        const n = Math.max(1, navigator.hardwareConcurrency || 1);
        const shares = await Promise.all(
          Array.from({ length: n }, (_, w) => {
            const worker = new Worker('/fallback-worker.mjs', { type: 'module' });
            const share = groups.map((g) => ({ ...g, tests: g.tests.filter((_, i) => i % n === w) }));
            return new Promise((resolve, reject) => {
              worker.onmessage = ({ data }) => resolve(data);
              worker.onerror = (e) => reject(new Error(e.message));
              worker.postMessage(share);
            }).finally(() => worker.terminate());
          }),
        );
        run = { verdicts: {}, thrown: shares.flatMap((s) => s.thrown) };
        for (const share of shares) {
          for (const [file, byId] of Object.entries(share.verdicts)) Object.assign((run.verdicts[file] ??= {}), byId);
        }
      } else {
        run = await runGroups(groups, verifySignature);
      }
      return { run, platform: await platformAlgorithms(), secure: isSecureContext };
    },
    [groups, backend],
  );
  console.log(`${backend}: ${groups.reduce((n, g) => n + g.tests.length, 0)} vectors in ${Date.now() - started} ms`);
  assert.equal(secure, true);
  // Chromium has had Ed25519 in WebCrypto since version 137; every algorithm must be there
  // for the WebCrypto run to mean anything.
  assert.deepEqual(platform, ALGORITHMS);
  assertHoldsToBothRules(groups, run);
  assert.deepEqual(problems, []);
  await page.close();
}

test('Wycheproof through WebCrypto in Chromium: the Rust backend verdict on every vector', async () => {
  await holdsToBothRulesInChromium('webcrypto');
});

test("Wycheproof through the fallback build's checkSignature in Chromium: the Rust backend verdict on every vector", async () => {
  await holdsToBothRulesInChromium('fallback');
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
