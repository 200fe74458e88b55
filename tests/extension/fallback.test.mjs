// The extension's fallback build, inside its service worker: MV3, under the extension's own
// CSP (`script-src 'self' 'wasm-unsafe-eval'`). Two fresh Chromium profiles load the extension
// (extension/dist/); in one, the service worker's WebCrypto is made to refuse Ed25519 before
// any badge is verified, as in a Chrome before 137, so the package there loads
// badgeverify_full_bg.wasm and checks every signature with its own code. The popup (an
// extension page) asks the worker for each badge's report with the message the content script
// sends (`{type: 'verify', base64}`): both profiles must give the very same reports.
//
//   scripts/build-pkg.sh && node --test tests/extension/
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from '../../extension/build.mjs';
import { CHROMIUM, CHROMIUM_ARGS, LOCAL_ONLY_ARGS, ROOT, SIGNATURE_BADGES, withoutEd25519 } from '../browser/helpers.mjs';

let dist;
const profiles = [];

before(async () => {
  dist = await build();
});

after(() => {
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

/**
 * Launches Chromium with the extension in a fresh profile; runs `prepare` (if any) in its
 * service worker before anything is verified, then has the worker verify every badge.
 * Resolves to `{reports, loaded}`: the reports by badge id, and the package modules the
 * worker fetched.
 */
async function reportsFromWorker(prepare) {
  const profile = mkdtempSync(join(tmpdir(), 'badgeverify-ext-fallback-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...LOCAL_ONLY_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    // Records what the worker fetches (the package fetches the .wasm it instantiates).
    await worker.evaluate(() => {
      const fetched = (globalThis.fetched = []);
      const fetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        fetched.push(new URL(input instanceof Request ? input.url : input, location.href).pathname);
        return fetch(input, init);
      };
    });
    if (prepare) await worker.evaluate(prepare);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    const reports = {};
    for (const [id, path] of Object.entries(SIGNATURE_BADGES)) {
      const base64 = readFileSync(join(ROOT, path)).toString('base64');
      const answer = await page.evaluate((message) => chrome.runtime.sendMessage(message), { type: 'verify', base64 });
      assert.ok(answer.report, `${id}: ${JSON.stringify(answer)}`);
      reports[id] = answer.report;
    }
    const loaded = await worker.evaluate(() => globalThis.fetched.filter((p) => p.endsWith('.wasm')));
    assert.deepEqual(errors, []);
    return { reports, loaded };
  } finally {
    await context.close();
  }
}

test('the extension without Ed25519 in WebCrypto: the fallback runs in the service worker, with the same reports', async () => {
  const webcrypto = await reportsFromWorker();
  assert.deepEqual(webcrypto.loaded, ['/pkg/badgeverify_bg.wasm'], 'WebCrypto has every algorithm: the lean module only');
  for (const id of ['di', 'jwt', 'ecdsa', 'rs256', 'ps256']) assert.equal(webcrypto.reports[id].verdict, 'valid', id);
  assert.equal(webcrypto.reports.tampered.verdict, 'invalid');

  const fallback = await reportsFromWorker(withoutEd25519);
  assert.deepEqual(fallback.loaded, ['/pkg/badgeverify_full_bg.wasm'], 'the fallback build only');
  assert.deepEqual(fallback.reports, webcrypto.reports);
});
