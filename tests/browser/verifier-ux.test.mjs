// The verifier page (www/index.html) as a user meets it, each case in a fresh page: Offline
// fetches nothing (badge images included), a phone-sized screen is taken to the first result,
// focus after removing a card, long identifiers beside their labels, and a URL this page's
// own security policy blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIX, NOT_STATED, NOW, ROOT, instrument, sharedBrowser } from './helpers.mjs';

const fixture = (name) => join(ROOT, FIX, name);

const shared = sharedBrowser();

/** A fresh page on the verifier, `{page, problems, requests}`; closed by the test's `t.after`. */
async function open(t, viewport = { width: 1100, height: 900 }) {
  const context = await shared.browser.newContext({ viewport });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = await instrument(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${shared.server.base}/www/?now=${NOW}`);
  return { page, problems, requests };
}

async function settled(page, n) {
  await page.waitForFunction(
    (count) => document.querySelectorAll('.card[data-verdict]').length === count && document.querySelectorAll('.card').length === count,
    n,
    { timeout: 20_000 },
  );
}

/** What has focus: `#id`, `title:<card title>` or the tag name. */
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (a.classList.contains('card-title')) return `title:${a.textContent}`;
    return a.id ? `#${a.id}` : a.tagName.toLowerCase();
  });

test('Offline fetches nothing: no badge image from the issuer, only the page and the package', async (t) => {
  const { page, problems, requests } = await open(t);
  await page.check('#offline');
  const file = (name, path) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(path) });
  await page.setInputFiles('#files', [
    file('baked.png', fixture('baked/ob3-data-integrity.png')),
    file('dcc.json', join(ROOT, NOT_STATED)),
    file('tampered.json', fixture('di/neg-tampered-field-eddsa-rdfc-2022.json')),
  ]);
  await settled(page, 3);
  const images = await page.$$eval('.card open-badge', (list) =>
    list.map((e) => ({ asked: e.report.badge?.image ?? null, shown: e.shadowRoot.querySelector('[part="image"]').getAttribute('src') })),
  );
  // The DCC badge names an https image: not shown offline. The baked PNG is its own image.
  assert.match(images[1].asked, /^https:\/\//);
  assert.equal(images[1].shown, null);
  assert.match(images[0].shown, /^data:image\/png;base64,/);
  const others = requests.filter((url) => !/^http:\/\/127\.0\.0\.1:\d+\/(www|pkg)\//.test(url) && !url.startsWith('data:'));
  assert.deepEqual(others, []);
  assert.deepEqual(problems, []);
});

test('on a 390×844 screen the first result is scrolled into view and focused, and announced', async (t) => {
  const { page } = await open(t, { width: 390, height: 844 });
  await page.setInputFiles('#files', [fixture('baked/ob3-data-integrity.png'), fixture('di/neg-tampered-field-eddsa-rdfc-2022.json')]);
  await settled(page, 2);
  assert.equal(await focused(page), 'title:ob3-data-integrity.png');
  const box = await page.$eval('.card:first-child .card-title', (h) => {
    const r = h.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight, scrolled: scrollY };
  });
  assert.ok(box.scrolled > 0, `the page scrolled (${JSON.stringify(box)})`);
  assert.ok(box.top >= 0 && box.bottom <= box.height, `the first card's title is on screen (${JSON.stringify(box)})`);
  const summary = await page.$eval('#count', (p) => p.getBoundingClientRect().top);
  assert.ok(summary >= 0 && summary < box.top, `the summary line is on screen above it (${summary})`);
  // The summary line is a live region: screen readers hear the outcome.
  assert.equal(await page.getAttribute('#count', 'role'), 'status');
  assert.equal(await page.textContent('#count'), '2 badges checked: 1 verified, 1 not verified');
});

test('pasting moves focus to the new card too', async (t) => {
  const { page } = await open(t, { width: 390, height: 844 });
  await page.fill('#paste', readFileSync(fixture('di/neg-expired-vc2-eddsa-rdfc-2022.json'), 'utf8'));
  await page.click('#paste-form button[type="submit"]');
  await settled(page, 1);
  assert.equal(await focused(page), 'title:Pasted JSON');
});

test('removing a card moves focus to the next card, else the previous one, else the file input', async (t) => {
  const { page } = await open(t);
  await page.setInputFiles('#files', [
    fixture('baked/ob3-data-integrity.png'),
    fixture('di/neg-tampered-field-eddsa-rdfc-2022.json'),
    fixture('vcjwt/vc2-rs256-jwk-header-https-issuer.jwt'),
  ]);
  await settled(page, 3);
  const remove = async (title) => {
    await page.focus(`.card:has(.card-title:text-is("${title}")) button[aria-label^="Remove"]`);
    await page.keyboard.press('Enter');
  };
  await remove('neg-tampered-field-eddsa-rdfc-2022.json');
  assert.equal(await focused(page), 'title:vc2-rs256-jwk-header-https-issuer.jwt');
  await remove('vc2-rs256-jwk-header-https-issuer.jwt');
  assert.equal(await focused(page), 'title:ob3-data-integrity.png');
  await remove('ob3-data-integrity.png');
  assert.equal(await focused(page), '#files');
  assert.equal(await page.$$eval('.card', (l) => l.length), 0);
});

test('a long DID beside "Issued to" wraps; the label does not break', async (t) => {
  const { page } = await open(t, { width: 390, height: 844 });
  const did = 'did:key:z6Mkuh3jCKjVfmfmC3iDBFvsKLNSLZuPdKksHWBdUoUrzpdR';
  await page.fill('#recipient', did);
  await page.setInputFiles('#files', [fixture('vcjwt/vc2-eddsa-didkey-recipient-match.jwt')]);
  await settled(page, 1);
  const row = await page.$eval('.card open-badge', (e) => {
    const lines = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const [dt, dd] = e.shadowRoot.querySelectorAll('.meta div')[0].children;
    return { dt: dt.textContent, dd: dd.textContent, dtLines: lines(dt), ddLines: lines(dd), overflow: document.documentElement.scrollWidth - innerWidth };
  });
  assert.equal(row.dt, 'Issued to');
  assert.equal(row.dd, `${did} (matches the person you named)`);
  assert.equal(row.dtLines, 1, JSON.stringify(row));
  assert.ok(row.ddLines > 1, JSON.stringify(row));
  assert.equal(row.overflow, 0, 'nothing sticks out of the page');
});

test("an http: URL this page's own CSP blocks is reported as blocked by the page's security policy, not as unreachable", async (t) => {
  const { page, problems, requests } = await open(t);
  const url = 'http://badges.example/assertion.json';
  await page.fill('#paste', url);
  await page.click('#paste-form button[type="submit"]');
  await settled(page, 1);
  const report = await page.$eval('.card open-badge', (e) => e.report);
  assert.equal(report.verdict, 'error');
  assert.deepEqual(
    report.checks.filter((c) => c.outcome === 'fail').map((c) => c.code),
    ['source-blocked-by-policy'],
  );
  assert.match(report.summary, /security settings do not allow loading the badge from that address/);
  assert.doesNotMatch(JSON.stringify(report), /could not be reached/);
  // The browser refused it before any request, and said so (CSP), as the page expects.
  assert.deepEqual(requests.filter((r) => r.startsWith(url)), []);
  assert.ok((await page.evaluate(() => window.__log.csp)).some((v) => v.startsWith('connect-src')));
  assert.deepEqual(problems.filter((p) => !/Refused to connect|Content Security Policy/.test(p)), []);
});
