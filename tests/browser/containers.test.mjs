// Files holding several credentials (a presentation, a CLR) in headless Chromium under the
// strict CSP: the <open-badge> element shows the container's verdict and one line per badge it
// holds; the verifier page shows the container's card with a heading and one card per badge
// under it, each checked on its own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIX, NOW, ROOT, instrument, launchBrowser, shown, startTestServer, waitForEvents } from './helpers.mjs';

const PAGES = {
  '/test/containers.html': () =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>containers</title>' +
    '<link rel="icon" href="/www/favicon.svg"><script type="module" src="/www/open-badge-define.js"></script></head><body>' +
    `<open-badge id="vp" src="${FIX}/vp/neg-vp-one-tampered-credential.json" now="${NOW}" offline></open-badge>
<open-badge id="clr" src="${FIX}/clr/clr-valid.json" now="${NOW}" offline></open-badge>
<open-badge id="clr-compact" src="${FIX}/clr/clr-valid.json" now="${NOW}" offline compact></open-badge>
<open-badge id="one" src="${FIX}/vcjose/enveloped-es256.json" now="${NOW}" offline></open-badge>
</body></html>`,
};

let server;
let browser;

before(async () => {
  server = await startTestServer(PAGES);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The element's list of held badges: [verdict, name, issuer] per line, and whether it shows. */
const members = (page, selector) =>
  page.$eval(selector, (e) => {
    const list = e.shadowRoot.querySelector('[part="members"]');
    return {
      visible: !list.hidden && getComputedStyle(list).display !== 'none',
      lines: [...list.querySelectorAll('li')].map((li) => [
        li.dataset.verdict,
        li.querySelector('.member-name').textContent,
        li.querySelector('.member-issuer')?.textContent ?? null,
      ]),
    };
  });

describe('the element', () => {
  let page;
  let problems;
  before(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    problems = await instrument(page);
    await page.goto(`${server.base}/test/containers.html`);
    await waitForEvents(page, null, 4);
  });
  after(() => page.close());

  test("a presentation with a tampered badge: the presentation's verdict, then one line per badge", async () => {
    const s = await shown(page, '#vp');
    assert.equal(s.state, 'invalid');
    assert.equal(s.label, 'Not verified');
    assert.equal(s.name, 'Presentation of badges');
    assert.equal(s.summary, 'This presentation holds 2 badges: 1 verified, 1 not verified.');
    assert.deepEqual(await members(page, '#vp'), {
      visible: true,
      lines: [
        ['valid', 'Presentation One', 'Interop Test Issuer'],
        ['invalid', 'Tampered', 'Interop Test Issuer'],
      ],
    });
    assert.deepEqual(
      s.report.credentials.map((m) => [m.path, m.report.verdict, m.report.lang]),
      [
        ['verifiableCredential[0]', 'valid', 'en'],
        ['verifiableCredential[1]', 'invalid', 'en'],
      ],
    );
  });

  test("a CLR: verified, named by the CLR's own name, its badges listed; compact hides the list", async () => {
    const s = await shown(page, '#clr');
    assert.equal(s.state, 'valid');
    assert.equal(s.report.format.container, 'clr');
    assert.equal(s.name, s.report.badge.name);
    const { visible, lines } = await members(page, '#clr');
    assert.equal(visible, true);
    assert.deepEqual(lines.map(([v]) => v), ['valid', 'valid']);
    assert.equal((await members(page, '#clr-compact')).visible, false);
  });

  test('a single (enveloped) credential has no list', async () => {
    const s = await shown(page, '#one');
    assert.equal(s.state, 'valid');
    assert.equal(s.report.format.container, 'enveloped');
    assert.deepEqual(await members(page, '#one'), { visible: false, lines: [] });
  });

  test('no console errors or CSP violations', () => {
    assert.deepEqual(problems, []);
  });
});

describe('the verifier page', () => {
  let page;
  let problems;
  before(async () => {
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    problems = await instrument(page);
    await page.goto(`${server.base}/www/?now=${NOW}`);
    await page.check('#offline');
  });
  after(() => page.close());

  test("a presentation's card: its verdict, then a heading and one card per badge, each checked alone", async () => {
    await page.setInputFiles('#files', [join(ROOT, FIX, 'vp/neg-vp-one-tampered-credential.json')]);
    await page.waitForFunction(
      () => {
        const held = [...document.querySelectorAll('.card .member-card open-badge')];
        return held.length === 2 && held.every((e) => e.report);
      },
      null,
      { timeout: 20_000 },
    );
    const view = await page.$eval('.card', (card) => ({
      verdict: card.dataset.verdict,
      heading: card.querySelector('.members-title').textContent,
      members: [...card.querySelectorAll('.member-card')].map((m) => [
        m.querySelector('.card-title').textContent,
        m.querySelector('.member-path').textContent,
        m.querySelector('open-badge').report.verdict,
        m.querySelector('open-badge').shadowRoot.querySelector('.name').textContent,
      ]),
    }));
    assert.deepEqual(view, {
      verdict: 'invalid',
      heading: 'Presentation of badges',
      members: [
        ['Badge 1 of 2', 'verifiableCredential[0]', 'valid', 'Presentation One'],
        ['Badge 2 of 2', 'verifiableCredential[1]', 'invalid', 'Tampered'],
      ],
    });
    // The tally counts files, not the badges inside them.
    assert.equal(await page.textContent('#count'), '1 badge checked: 1 not verified');
  });

  test('the cards follow the language picked', async () => {
    await page.selectOption('#language', 'fr');
    await page.waitForFunction(() => document.querySelector('.members-title')?.textContent === 'Présentation de badges', null, { timeout: 20_000 });
    await page.waitForFunction(
      () => [...document.querySelectorAll('.member-card open-badge')].every((e) => e.report?.lang === 'fr'),
      null,
      { timeout: 20_000 },
    );
    assert.deepEqual(
      await page.$$eval('.member-card .card-title', (list) => list.map((t) => t.textContent)),
      ['Badge 1 sur 2', 'Badge 2 sur 2'],
    );
  });

  test('no console errors or CSP violations', () => {
    assert.deepEqual(problems, []);
  });
});
