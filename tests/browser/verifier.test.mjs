// The verifier page (www/index.html) in headless Chromium under the strict CSP: files chosen
// with the file input, files dropped (a synthetic DataTransfer drop), pasted JSON, the
// recipient field, Download; names with hidden characters, notes, unstated recipients and files
// without a badge as the cards show them; no CSP violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIX, NOT_STATED, NO_BADGE, NOW, ROOT, instrument, launchBrowser, spoofedCredential, startTestServer } from './helpers.mjs';

const fixture = (name) => join(ROOT, FIX, name);

let server;
let browser;
let page;
let problems;
const requests = [];

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  problems = await instrument(page);
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto(`${server.base}/www/?now=${NOW}`);
  // The indeterminate fixture would fetch its issuer's key set from a host that is not here.
  await page.check('#offline');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// [title, verdict] of every card, in the order the files were given.
const cards = () =>
  page.$$eval('.card', (list) => list.map((c) => [c.querySelector('.card-title').textContent, c.dataset.verdict ?? null]));

async function settled(n) {
  await page.waitForFunction((count) => document.querySelectorAll('.card[data-verdict]').length === count && document.querySelectorAll('.card').length === count, n, {
    timeout: 20_000,
  });
}

// Whether each card's details are shown (the element's `open`), in card order.
const expanded = () => page.$$eval('.card open-badge', (list) => list.map((e) => !e.shadowRoot.querySelector('[part="details"]').hidden));

test('files chosen with the file input are verified, one collapsed card each, in the order given, with a summary', async () => {
  await page.setInputFiles('#files', [
    fixture('baked/ob3-data-integrity.png'),
    fixture('di/neg-tampered-field-eddsa-rdfc-2022.json'),
    fixture('vcjwt/vc2-rs256-jwk-header-https-issuer.jwt'),
  ]);
  await settled(3);
  assert.deepEqual(await cards(), [
    ['ob3-data-integrity.png', 'valid'],
    ['neg-tampered-field-eddsa-rdfc-2022.json', 'invalid'],
    ['vc2-rs256-jwk-header-https-issuer.jwt', 'indeterminate'],
  ]);
  assert.equal(await page.textContent('#count'), '3 badges checked: 1 verified, 1 not verified, 1 not fully checked');
  // A batch opens collapsed: the verdicts, not the checks, fill the screen.
  assert.deepEqual(await expanded(), [false, false, false]);
  // Its toggle opens a card: the checks and the extracted credential.
  await page.click('.card:first-child open-badge >> [part="toggle"]');
  const details = await page.$eval('.card:first-child open-badge', (e) => ({
    checks: e.shadowRoot.querySelectorAll('.checks li').length,
    credential: JSON.parse(e.shadowRoot.querySelector('pre').textContent).type,
    hidden: e.shadowRoot.querySelector('[part="details"]').hidden,
  }));
  assert.deepEqual(details, { checks: 9, credential: ['VerifiableCredential', 'OpenBadgeCredential'], hidden: false });
});

test('a file dropped on the page is verified', async () => {
  const svg = readFileSync(fixture('baked/ob3-vcjwt.svg'), 'utf8');
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.svg', { type: 'image/svg+xml' }));
    const zone = document.getElementById('dropzone');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, svg);
  await settled(4);
  assert.deepEqual((await cards()).at(-1), ['dropped.svg', 'valid']);
  // A single file opens expanded.
  assert.equal((await expanded()).at(-1), true);
});

test('pasted JSON is verified', async () => {
  await page.fill('#paste', readFileSync(fixture('di/neg-expired-vc2-eddsa-rdfc-2022.json'), 'utf8'));
  await page.click('#paste-form button[type="submit"]');
  await settled(5);
  assert.deepEqual((await cards()).at(-1), ['Pasted JSON', 'invalid']);
  assert.equal((await expanded()).at(-1), true);
  assert.equal(await page.textContent('#count'), '5 badges checked: 2 verified, 2 not verified, 1 not fully checked');
  const summary = await page.$eval('.card:last-child open-badge', (e) => e.report.checks.find((c) => c.id === 'validity-period').outcome);
  assert.equal(summary, 'fail');
});

test('the recipient field re-checks every card locally as it is typed', async () => {
  await page.click('#clear');
  await page.setInputFiles('#files', [fixture('vcjwt/vc2-eddsa-didkey-recipient-match.jwt')]);
  await settled(1);
  const recipientCheck = () => page.$eval('.card open-badge', (e) => e.report.checks.find((c) => c.id === 'recipient').outcome);
  // The cards take the value once typing pauses: no Enter, no leaving the field (no `change`).
  const applied = async (value) => {
    await page.waitForFunction((v) => document.querySelector('.card open-badge').getAttribute('recipient') === v, value);
    await settled(1);
  };
  assert.equal(await recipientCheck(), 'skip');
  await page.fill('#recipient', 'learner@example.org');
  await applied('learner@example.org');
  assert.equal(await recipientCheck(), 'pass');
  assert.deepEqual(await cards(), [['vc2-eddsa-didkey-recipient-match.jwt', 'valid']]);
  await page.fill('#recipient', 'someone-else@example.org');
  await applied('someone-else@example.org');
  assert.equal(await recipientCheck(), 'fail');
  assert.deepEqual(await cards(), [['vc2-eddsa-didkey-recipient-match.jwt', 'invalid']]);
  await page.fill('#recipient', '');
  await applied(null);
});

test('cards show hidden characters made visible, notes, "Issued to: not stated" and "No badge in this file"', async () => {
  await page.click('#clear');
  await page.setInputFiles('#files', [
    { name: 'spoof.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(spoofedCredential())) },
    ...[NOT_STATED, NO_BADGE].map((path) => ({ name: path.split('/').pop(), mimeType: 'application/octet-stream', buffer: readFileSync(join(ROOT, path)) })),
  ]);
  await settled(3);
  // A batch opens collapsed; open the spoofed one to see its notes.
  await page.click('.card:first-child open-badge >> [part="toggle"]');
  const shown = await page.$$eval('.card', (list) =>
    list.map((card) => {
      const s = card.querySelector('open-badge').shadowRoot;
      return {
        title: card.querySelector('.card-title').textContent,
        name: s.querySelector('.name').textContent,
        meta: [...s.querySelectorAll('.meta div')].map((d) => `${d.querySelector('dt').textContent}: ${d.querySelector('dd').textContent}`),
        notes: [...s.querySelectorAll('.notes li')].map((li) => li.dataset.note),
        notesVisible: s.querySelector('.notes').getClientRects().length > 0,
        hidden: /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u.test(s.textContent),
      };
    }),
  );
  const [spoof, notStated, noBadge] = shown;
  assert.equal(noBadge.title, 'robotics-badge.png');
  assert.equal(noBadge.name, 'No badge in this file');
  assert.equal(notStated.title, 'noRegistry-noStatus-noExpiry.json');
  assert.ok(notStated.meta.includes('Issued to: not stated'), notStated.meta.join(' | '));
  assert.equal(spoof.name, '⟨U+202E⟩live');
  assert.ok(spoof.notes.includes('hidden-characters') && spoof.notesVisible, JSON.stringify(spoof));
  assert.deepEqual(shown.map((c) => c.hidden), [false, false, false]);
  assert.deepEqual(await cards(), [
    ['spoof.json', 'invalid'],
    ['noRegistry-noStatus-noExpiry.json', 'valid'],
    ['robotics-badge.png', 'invalid'],
  ]);
  // The DCC badge's image is on an https host, but Offline is ticked: it is not fetched (the
  // last two tests find no request for it).
  await page.click('#clear');
  await page.setInputFiles('#files', [fixture('vcjwt/vc2-eddsa-didkey-recipient-match.jwt')]);
  await settled(1);
});

test('Download saves the extracted credential as JSON', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.card .card-actions button:nth-child(2)')]);
  assert.equal(download.suggestedFilename(), 'vc2-eddsa-didkey-recipient-match.credential.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(saved, await page.$eval('.card open-badge', (e) => e.report.credential));
});

test('nothing is uploaded: every request is a GET for the page or the package', async () => {
  const unexpected = requests.filter((r) => !/^GET http:\/\/127\.0\.0\.1:\d+\/(www|pkg)\//.test(r));
  assert.deepEqual(unexpected, []);
  assert.ok(requests.some((r) => r.endsWith('/pkg/badgeverify_bg.wasm')));
});

test('the page runs under the strict CSP without violations or errors', async () => {
  const csp = (await page.request.get(`${server.base}/www/`)).headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
  assert.deepEqual(problems, []);
});
