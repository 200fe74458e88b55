// axe-core (a pinned dev dependency) on the verifier page, empty and with a batch of one file
// of every verdict (collapsed, then every card opened), and on the demo page; each in the light
// and the dark colour scheme, in every language the pages speak (the verifier page's choice,
// as its picker stores it; the demo page's own language). Zero violations of any rule axe runs
// by default.
//
// axe is added as a same-origin <script src> (the repository's node_modules, served by the test
// server), which the pages' strict CSP (`script-src 'self'`) allows: no policy is bypassed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIX, NOW, ROOT, instrument, sharedBrowser } from './helpers.mjs';

const fixture = (name) => join(ROOT, FIX, name);
const AXE = '/node_modules/axe-core/axe.min.js';

const shared = sharedBrowser();

/** A fresh page in `colorScheme` and language `lang` at `path`; closed by the test's `t.after`. */
async function open(t, colorScheme, path, lang) {
  const context = await shared.browser.newContext({ colorScheme, viewport: { width: 1100, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = await instrument(page);
  // The verifier page reads its language from storage; the demo page's elements from <html
  // lang>, set here before its module script runs (after parsing).
  await page.addInitScript((language) => {
    localStorage.setItem('badgeverify-language', language);
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') document.documentElement.lang = language;
    });
  }, lang);
  await page.goto(`${shared.server.base}${path}`);
  // The colour scheme asked for is the one the page shows (--bg of www/verifier.css).
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, colorScheme === 'dark' ? 'rgb(17, 20, 25)' : 'rgb(245, 247, 251)');
  return { page, problems };
}

/** axe's violations on the page as it is now, one line per rule and node. */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ url: `${shared.server.base}${AXE}` });
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
}

/** Waits until `n` cards have a verdict. */
async function settled(page, n) {
  await page.waitForFunction(
    (count) => document.querySelectorAll('.card[data-verdict]').length === count && document.querySelectorAll('.card').length === count,
    n,
    { timeout: 20_000 },
  );
}

/** Waits until every <open-badge> on the page has reported. */
async function allReported(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('open-badge')].every((e) => e.report !== null), null, { timeout: 20_000 });
}

for (const lang of ['en', 'fr', 'de', 'es']) for (const scheme of ['light', 'dark']) {
  test(`verifier page, empty (${scheme}, ${lang})`, async (t) => {
    const { page, problems } = await open(t, scheme, `/www/?now=${NOW}`, lang);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
  });

  test(`verifier page with one file of every verdict, collapsed and opened (${scheme}, ${lang})`, async (t) => {
    const { page, problems } = await open(t, scheme, `/www/?now=${NOW}`, lang);
    const file = (name, buffer) => ({ name, mimeType: 'application/octet-stream', buffer });
    await page.setInputFiles('#files', [
      file('valid.png', readFileSync(fixture('baked/ob3-data-integrity.png'))),
      file('invalid.json', readFileSync(fixture('di/neg-tampered-field-eddsa-rdfc-2022.json'))),
      file('indeterminate.jwt', readFileSync(fixture('vcjwt/vc2-rs256-jwk-header-https-issuer.jwt'))),
    ]);
    await settled(page, 3);
    // No file comes out as `error`; a URL this page's CSP blocks does (source-blocked-by-policy).
    await page.fill('#paste', 'http://badges.example/assertion.json');
    await page.click('#paste-form button[type="submit"]');
    await settled(page, 4);
    const verdicts = await page.$$eval('.card', (list) => list.map((c) => c.dataset.verdict));
    assert.deepEqual(verdicts, ['valid', 'invalid', 'indeterminate', 'error']);
    assert.deepEqual(await violations(page), [], 'collapsed');
    for (const toggle of await page.$$('.card open-badge:not([open]) >> [part="toggle"]')) await toggle.click();
    assert.deepEqual(await page.$$eval('.card open-badge', (l) => l.map((e) => e.hasAttribute('open'))), [true, true, true, true]);
    assert.deepEqual(await violations(page), [], 'opened');
    // Expected: the CSP refusal, and the JWT issuer's key set, on a host the test blocks (so
    // that file comes out indeterminate).
    const expected = /Refused to connect|Content Security Policy|issuer\.example|ERR_BLOCKED_BY_CLIENT/;
    assert.deepEqual(problems.filter((p) => !expected.test(p)), []);
  });

  test(`demo page (${scheme}, ${lang})`, async (t) => {
    const { page } = await open(t, scheme, '/www/demo.html', lang);
    await allReported(page);
    assert.deepEqual(await violations(page), []);
  });
}
