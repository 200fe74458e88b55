// The verifier page's language: the picker in the header switches the page and its cards,
// the choice survives a reload (localStorage), the browser's languages decide the first time,
// and only the chosen language's catalog is downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIX, NOW, ROOT, instrument, sharedBrowser } from './helpers.mjs';

const shared = sharedBrowser();

/** A fresh context in `locale` on the verifier: `{page, problems, catalogs}`; `catalogs` lists each locales/*.js fetched. */
async function open(t, locale = 'en-US') {
  const context = await shared.browser.newContext({ locale, viewport: { width: 1100, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = await instrument(page);
  const catalogs = [];
  page.on('request', (r) => {
    const found = /\/locales\/(\w+)\.js$/.exec(new URL(r.url()).pathname);
    if (found) catalogs.push(found[1]);
  });
  await page.goto(`${shared.server.base}/www/?now=${NOW}`);
  await page.waitForFunction(() => document.querySelector('h1').textContent.length > 0 && document.querySelector('#language').value);
  return { page, problems, catalogs };
}

/** Adds the valid baked PNG and waits for its card's verdict. */
async function addValidBadge(page) {
  const buffer = readFileSync(join(ROOT, FIX, 'baked/ob3-data-integrity.png'));
  await page.setInputFiles('#files', [{ name: 'valid.png', mimeType: 'image/png', buffer }]);
  await page.waitForFunction(() => document.querySelector('.card[data-verdict]'));
}

/** What the page shows: its language, heading, count, the card's buttons and its badge's status and check names. */
function shown(page) {
  return page.evaluate(() => {
    const badge = document.querySelector('.card open-badge');
    const s = badge?.shadowRoot;
    return {
      lang: document.documentElement.lang,
      picker: document.querySelector('#language').value,
      title: document.title,
      heading: document.querySelector('h1').textContent,
      placeholder: document.querySelector('#paste').placeholder,
      count: document.querySelector('#count').textContent,
      buttons: [...document.querySelectorAll('.card-actions button')].map((b) => b.textContent),
      remove: document.querySelector('.card-head button')?.getAttribute('aria-label'),
      label: s?.querySelector('.label').textContent,
      root: s?.querySelector('[part="root"]').lang,
      names: s ? [...s.querySelectorAll('.check-name')].map((n) => n.textContent) : [],
    };
  });
}

test('the picker switches the page and its cards to German, and the choice survives a reload', async (t) => {
  const { page, problems, catalogs } = await open(t);
  // Each option in its own language's name.
  assert.deepEqual(
    await page.$$eval('#language option', (list) => list.map((o) => [o.value, o.lang, o.textContent])),
    [['en', 'en', 'English'], ['fr', 'fr', 'Français'], ['de', 'de', 'Deutsch'], ['es', 'es', 'Español']],
  );
  assert.equal(await page.textContent('label[for="language"]'), 'Language');
  await addValidBadge(page);
  let s = await shown(page);
  assert.equal(s.lang, 'en');
  assert.equal(s.label, 'Verified');
  assert.equal(s.count, '1 badge checked: 1 verified');

  await page.selectOption('#language', 'de');
  await page.waitForFunction(() => document.querySelector('.card[data-verdict]') && document.documentElement.lang === 'de' && document.querySelector('.card open-badge').report.lang === 'de');
  s = await shown(page);
  assert.equal(s.picker, 'de');
  assert.equal(s.title, 'Open Badge prüfen · badgeverify');
  assert.equal(s.heading, 'Open Badge prüfen');
  assert.match(s.placeholder, /^https:\/\/… oder \{ "@context"/);
  assert.equal(s.count, '1 Abzeichen geprüft: 1 verifiziert');
  assert.deepEqual(s.buttons, ['Nachweis kopieren', 'Nachweis herunterladen', 'Bericht herunterladen', 'Prüflink kopieren']);
  assert.equal(s.remove, 'valid.png entfernen');
  assert.equal(s.label, 'Verifiziert');
  assert.equal(s.root, 'de');
  assert.ok(s.names.includes('Schlüssel des Ausstellers'), s.names.join(', '));
  assert.equal(await page.textContent('label[for="language"]'), 'Sprache');
  assert.deepEqual(catalogs, ['en', 'de']);

  // Reloaded: German from the start, and German is the only catalog fetched.
  catalogs.length = 0;
  await page.reload();
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Open Badge prüfen');
  await addValidBadge(page);
  s = await shown(page);
  assert.equal(s.lang, 'de');
  assert.equal(s.picker, 'de');
  assert.equal(s.label, 'Verifiziert');
  assert.deepEqual(catalogs, ['de']);
  assert.deepEqual(problems, []);
});

test("the browser's languages choose the first time: fr-FR gives French", async (t) => {
  const { page, problems, catalogs } = await open(t, 'fr-FR');
  await addValidBadge(page);
  const s = await shown(page);
  assert.equal(s.lang, 'fr');
  assert.equal(s.picker, 'fr');
  assert.equal(s.label, 'Vérifié');
  assert.equal(s.root, 'fr');
  assert.ok(!catalogs.includes('de') && !catalogs.includes('es'), catalogs.join(', '));
  assert.deepEqual(problems, []);
});
