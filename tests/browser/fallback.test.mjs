// The two builds in headless Chromium: where WebCrypto has every algorithm (Chromium has had
// Ed25519 since 137) a page never requests the fallback build; where it lacks one (here Ed25519,
// made to fail in an init script, as in a browser without it) the fallback is loaded and the
// badges get the very same reports. Checked through the deployable widget (www/dist/) and
// through the package itself (verify() in the page, which also compares `crypto: 'builtin'`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from '../../www/build.mjs';
import { NOW, SIGNATURE_BADGES as BADGES, instrument, launchBrowser, shown, startTestServer, withoutEd25519, waitForEvents } from './helpers.mjs';

const PAGE = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fallback</title>` +
  `<link rel="icon" href="/www/favicon.svg"><script type="module" src="/www/dist/open-badge-define.js"></script></head><body>` +
  Object.entries(BADGES)
    .map(([id, src]) => `<open-badge id="${id}" src="${src}" now="${NOW}" offline></open-badge>`)
    .join('\n') +
  '</body></html>';

const FALLBACK_FILES = ['/www/dist/pkg/badgeverify_full.js', '/www/dist/pkg/badgeverify_full_bg.wasm'];

let server;
let browser;

before(async () => {
  await build();
  server = await startTestServer({ '/test/fallback.html': PAGE });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads the widget page in a fresh context; resolves to `{reports, fetched}` by badge id. */
async function widgetRun(initScript) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await instrument(page);
  if (initScript) await page.addInitScript(initScript);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.base}/test/fallback.html`);
  await waitForEvents(page, null, Object.keys(BADGES).length);
  const reports = {};
  for (const id of Object.keys(BADGES)) reports[id] = (await shown(page, `#${id}`)).report;
  assert.deepEqual(problems, []);
  await context.close();
  return { reports, requested };
}

test('Chromium has every algorithm: the widget never requests the fallback build', async () => {
  const { reports, requested } = await widgetRun();
  assert.ok(requested.includes('/www/dist/pkg/badgeverify_bg.wasm'), requested.join(' '));
  for (const file of FALLBACK_FILES) assert.ok(!requested.includes(file), `${file} was requested`);
  for (const id of ['di', 'jwt', 'ecdsa', 'rs256', 'ps256']) assert.equal(reports[id].verdict, 'valid', id);
  assert.equal(reports.tampered.verdict, 'invalid');
});

test('without Ed25519 in WebCrypto the widget loads the fallback, with the same reports', async () => {
  const lean = await widgetRun();
  const { reports, requested } = await widgetRun(withoutEd25519);
  for (const file of FALLBACK_FILES) assert.ok(requested.includes(file), `${file} was not requested`);
  assert.deepEqual(reports, lean.reports);
});

test('the package in a page: WebCrypto, the detected fallback and crypto "builtin" agree', async () => {
  const run = async (initScript) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await instrument(page);
    if (initScript) await page.addInitScript(initScript);
    await page.goto(`${server.base}/www/favicon.svg`);
    const out = await page.evaluate(
      async ([badges, now]) => {
        const { verify } = await import('/pkg/badgeverify.js');
        const reports = {};
        for (const [id, src] of Object.entries(badges)) {
          const bytes = new Uint8Array(await (await fetch(src)).arrayBuffer());
          reports[id] = {
            auto: await verify(bytes, { now, offline: true }),
            builtin: await verify(bytes, { now, offline: true, crypto: 'builtin' }),
          };
        }
        const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        return { reports, loaded };
      },
      [BADGES, NOW],
    );
    assert.deepEqual(problems, []);
    await context.close();
    return out;
  };
  const normal = await run();
  const without = await run(withoutEd25519);
  for (const id of Object.keys(BADGES)) {
    assert.deepEqual(normal.reports[id].builtin, normal.reports[id].auto, id);
    assert.deepEqual(without.reports[id].auto, normal.reports[id].auto, id);
    assert.deepEqual(without.reports[id].builtin, normal.reports[id].auto, id);
  }
  assert.equal(normal.reports.di.auto.verdict, 'valid');
  assert.equal(normal.reports.tampered.auto.verdict, 'invalid');
  assert.ok(without.loaded.includes('/pkg/badgeverify_full_bg.wasm'));
  assert.ok(!without.loaded.includes('/pkg/badgeverify_bg.wasm'), 'the lean module is not needed there');
});
