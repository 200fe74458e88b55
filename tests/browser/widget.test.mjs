// <open-badge> in headless Chromium, served with the strict CSP: statuses for valid, invalid,
// revoked, indeterminate and hosted badges; hostile text; names with hidden characters; notes;
// unstated recipients; files without a badge (English and German); keyboard; events; lazy loading;
// no re-verification on moves; the deployable (minified) module and classic-script builds; a
// misconfigured package server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../www/build.mjs';
import { FIX, NOT_STATED, NO_BADGE, NOW, ROOT, hostedAssertion, instrument, launchBrowser, shown, spoofedCredential, startTestServer, waitForEvents } from './helpers.mjs';

const head = (title, script = '<script type="module" src="/www/open-badge-define.js"></script>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="icon" href="/www/favicon.svg">${script}</head><body>`;

const PAGES = {
  '/test/display.html': () =>
    head('display') +
    `<open-badge id="spoof" now="${NOW}" open><script type="application/json">${JSON.stringify(spoofedCredential()).replace(/</g, '\\u003c')}</script></open-badge>
<open-badge id="not-stated" src="${NOT_STATED}" now="${NOW}" open></open-badge>
<open-badge id="not-stated-de" lang="de" src="${NOT_STATED}" now="${NOW}"></open-badge>
<open-badge id="no-badge" src="${NO_BADGE}" now="${NOW}"></open-badge>
<open-badge id="no-badge-de" lang="de" src="${NO_BADGE}" now="${NOW}"></open-badge>
<open-badge id="jpeg" now="${NOW}"></open-badge>
</body></html>`,
  '/test/statuses.html': (base) =>
    head('statuses') +
    `<open-badge id="valid" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}"><img src="${FIX}/baked/ob3-data-integrity.png" alt="fallback"></open-badge>
<open-badge id="invalid" src="${FIX}/di/neg-tampered-field-eddsa-rdfc-2022.json" now="${NOW}"></open-badge>
<open-badge id="indeterminate" src="${FIX}/vcjwt/vc2-rs256-jwk-header-https-issuer.jwt" now="${NOW}" offline></open-badge>
<open-badge id="revoked" now="${NOW}"><script type="application/json">${JSON.stringify(hostedAssertion(base, '/ob2/revoked.json'))}</script></open-badge>
<open-badge id="hosted" src="/ob2/good.json" now="${NOW}"></open-badge>
<open-badge id="linked" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}" verifier="/www/index.html?now=${NOW}"></open-badge>
</body></html>`,
  '/test/lazy.html': () =>
    head('lazy') +
    `${'<p>filler</p>\n'.repeat(300)}<open-badge id="far" src="${FIX}/vcjwt/vc2-eddsa-didkey.jwt" now="${NOW}"></open-badge></body></html>`,
  '/test/noio.html': () =>
    head('no IntersectionObserver') +
    `${'<p>filler</p>\n'.repeat(300)}<open-badge id="far" src="${FIX}/vcjwt/vc2-eddsa-didkey.jwt" now="${NOW}"></open-badge>
<open-badge id="missing" src="/no/such/badge.png"></open-badge></body></html>`,
  '/test/empty.html': () => `${head('empty')}</body></html>`,
  '/test/languages.html': () =>
    head('languages') +
    `<open-badge id="fr" lang="fr" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}" open></open-badge>
<div lang="de"><open-badge id="de" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}" open></open-badge></div>
<open-badge id="switch" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}" open></open-badge>
</body></html>`,
  '/test/dist-module.html': () =>
    head('dist module', '<script type="module" src="/www/dist/open-badge-define.js"></script>') +
    `<open-badge id="module" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}"></open-badge>
<open-badge id="tampered" src="${FIX}/di/neg-tampered-field-eddsa-rdfc-2022.json" now="${NOW}"></open-badge></body></html>`,
  '/test/classic.html': () =>
    head('classic', '<script src="/www/dist/open-badge.iife.js"></script>') +
    `<open-badge id="classic" src="${FIX}/baked/ob3-vcjwt.svg" now="${NOW}"></open-badge></body></html>`,
};

// Copies of the package served the way a misconfigured server would: the .wasm without
// `application/wasm` (it must still load), or no .wasm at all (it must be reported).
const pkgFile = (file, type) => (_q, r) => {
  if (!type) return r.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  r.writeHead(200, { 'Content-Type': type });
  r.end(readFileSync(join(ROOT, 'pkg', file)));
};
const ROUTES = {};
for (const [dir, wasmType] of [['wrong-mime', 'application/octet-stream'], ['no-wasm', null]]) {
  ROUTES[`/${dir}/badgeverify.js`] = pkgFile('badgeverify.js', 'text/javascript');
  ROUTES[`/${dir}/badgeverify_core.js`] = pkgFile('badgeverify_core.js', 'text/javascript');
  ROUTES[`/${dir}/webcrypto.js`] = pkgFile('webcrypto.js', 'text/javascript');
  ROUTES[`/${dir}/messages.js`] = pkgFile('messages.js', 'text/javascript');
  for (const lang of ['en', 'fr', 'de', 'es']) ROUTES[`/${dir}/locales/${lang}.js`] = pkgFile(`locales/${lang}.js`, 'text/javascript');
  ROUTES[`/${dir}/badgeverify_bg.wasm`] = pkgFile('badgeverify_bg.wasm', wasmType);
}

let server;
let browser;

before(async () => {
  await build();
  server = await startTestServer(PAGES, ROUTES);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}, beforeGoto = () => {}) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, ...options });
  const problems = await instrument(page);
  beforeGoto(page);
  await page.goto(server.base + path);
  return { page, problems };
}

// Chromium logs a failed fetch (the 410 the revoked case relies on) as a console error.
const expected410 = (p) => /status of 410/.test(p);

describe('statuses', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await open('/test/statuses.html'));
    await waitForEvents(page, null, 6);
  });
  after(() => page.close());

  test('valid badge: green "Verified", name, issuer, dates, image from the baked PNG', async () => {
    const s = await shown(page, '#valid');
    assert.equal(s.state, 'valid');
    assert.equal(s.label, 'Verified');
    assert.equal(s.summary, s.report.summary);
    assert.equal(s.name, 'Interoperability');
    assert.equal(s.issuer, 'Interop Test Issuer');
    const extra = await page.$eval('#valid', (e) => ({
      img: e.shadowRoot.querySelector('[part="image"]').getAttribute('src').slice(0, 22),
      dates: [...e.shadowRoot.querySelectorAll('.meta time')].map((t) => [t.getAttribute('datetime'), t.textContent]),
      colour: getComputedStyle(e.shadowRoot.querySelector('.label')).color,
    }));
    assert.equal(extra.img, 'data:image/png;base64,');
    assert.deepEqual(extra.dates, [
      ['2025-01-01T00:00:00Z', 'January 1, 2025'],
      ['2030-01-01T00:00:00Z', 'January 1, 2030'],
    ]);
    assert.equal(extra.colour, 'rgb(23, 128, 61)');
  });

  test('with a `verifier` page, the details link to it with the badge in the fragment, and the link verifies it', async () => {
    const href = await page.$eval('#linked', (e) => e.shadowRoot.querySelector('.details .link:not([hidden]) a')?.href);
    assert.match(href, new RegExp(`^${server.base}/www/index.html\\?now=.*#c=[A-Za-z0-9_-]+$`));
    assert.equal(await page.$eval('#valid', (e) => e.shadowRoot.querySelectorAll('.details .link:not([hidden]) a').length), 0);
    const other = await browser.newPage();
    const requests = [];
    other.on('request', (r) => requests.push(r.url()));
    await other.goto(href);
    await other.waitForFunction(() => document.querySelector('.card open-badge')?.report);
    assert.equal(await other.$eval('.card open-badge', (e) => e.report.verdict), 'valid');
    const data = href.slice(href.indexOf('#c=') + 3);
    assert.ok(requests.every((u) => !u.includes(data.slice(0, 40))), 'the badge is never sent anywhere');
    await other.close();
  });

  test('tampered badge: red "Not verified" with the reason', async () => {
    const s = await shown(page, '#invalid');
    assert.equal(s.report.verdict, 'invalid');
    assert.equal(s.state, 'invalid');
    assert.equal(s.label, 'Not verified');
    assert.equal(s.report.summary, s.summary);
    assert.equal(s.report.checks.find((c) => c.id === 'proof').code, 'signature-invalid');
    assert.match(s.summary, /^The signature does not match this badge/);
  });

  test('jwk-header VC-JWT: amber "Not fully checked" saying what is missing', async () => {
    const s = await shown(page, '#indeterminate');
    assert.equal(s.state, 'indeterminate');
    assert.equal(s.label, 'Not fully checked');
    const key = s.report.checks.find((c) => c.id === 'issuer-key');
    assert.deepEqual([key.code, key.params.reason], ['key-not-bound', 'jwks-unavailable']);
    assert.match(s.summary, /nothing shows that the key belongs to the issuer/);
    assert.equal(s.host, 'issuer.example');
  });

  test('hosted OB 2.0 assertion answering 410: revoked, not verified', async () => {
    const s = await shown(page, '#revoked');
    assert.equal(s.state, 'invalid');
    assert.equal(s.label, 'Not verified');
    assert.match(s.summary, /revoked/);
    const revocation = s.report.checks.find((c) => c.id === 'revocation');
    assert.equal(revocation.outcome, 'fail');
    assert.equal(revocation.code, 'revoked');
  });

  test('hosted OB 2.0 assertion served by its issuer: verified, issuer linked safely', async () => {
    const s = await shown(page, '#hosted');
    assert.equal(s.state, 'valid');
    assert.equal(s.name, 'Hosted Test Badge');
    const link = await page.$eval('#hosted', (e) => {
      const a = e.shadowRoot.querySelector('[part="details"] a');
      return { href: a.getAttribute('href'), rel: a.getAttribute('rel') };
    });
    assert.equal(link.href, `${server.base}/`);
    assert.equal(link.rel, 'noopener noreferrer');
    // The badge image is http: here, so the element must not show it.
    assert.equal(await page.$eval('#hosted', (e) => e.shadowRoot.querySelector('.media').hidden), true);
  });

  test('status is a polite live region; fallback content is not rendered once upgraded', async () => {
    const s = await shown(page, '#valid');
    assert.equal(s.role, 'status');
    assert.equal(s.live, 'polite');
    assert.equal(await page.$eval('#valid > img', (img) => img.getBoundingClientRect().width), 0);
  });

  test('events carry the report, bubble and cross the shadow boundary', async () => {
    const events = await page.evaluate(() => window.__log.events);
    const byId = Object.fromEntries(events.map((e) => [e.id, e]));
    assert.equal(byId.valid.type, 'open-badge:verified');
    assert.equal(byId.hosted.type, 'open-badge:verified');
    assert.equal(byId.linked.type, 'open-badge:verified');
    for (const id of ['invalid', 'indeterminate', 'revoked']) assert.equal(byId[id].type, 'open-badge:failed', id);
    for (const e of events) assert.equal(e.checks, 9);
    assert.equal(events.length, 6);
  });

  test('keyboard: Tab reaches the toggle, Enter and Space open and close, order is sane', async () => {
    const focused = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        const inner = host && host.shadowRoot && host.shadowRoot.activeElement;
        return inner ? `${host.id}:${inner.getAttribute('part') ?? inner.tagName.toLowerCase()}` : host && host.tagName.toLowerCase();
      });
    const expanded = (id) => page.$eval(`#${id}`, (e) => [e.shadowRoot.querySelector('[part="toggle"]').getAttribute('aria-expanded'), e.shadowRoot.querySelector('[part="details"]').hidden]);
    await page.focus('body');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'valid:toggle');
    assert.deepEqual(await expanded('valid'), ['false', true]);
    await page.keyboard.press('Enter');
    assert.deepEqual(await expanded('valid'), ['true', false]);
    const checks = await page.$eval('#valid', (e) => [...e.shadowRoot.querySelectorAll('.checks li')].map((li) => li.dataset.check));
    assert.equal(checks.length, 9);
    // Each check's "Technical details" disclosure, then the raw credential (scrollable).
    for (const _ of checks) {
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'valid:summary');
    }
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'valid:pre');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'invalid:toggle');
    await page.keyboard.press('Space');
    assert.deepEqual(await expanded('invalid'), ['true', false]);
    await page.keyboard.press('Space');
    assert.deepEqual(await expanded('invalid'), ['false', true]);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), 'valid:pre');
  });

  test('moving or re-adding an element does not verify again; attribute changes coalesce', async () => {
    const src = `${FIX}/baked/ob3-data-integrity.png`;
    const hitsBefore = server.hits.get(src);
    const count = () => page.evaluate(() => window.__log.events.filter((e) => e.id === 'valid').length);
    assert.equal(await count(), 1);
    await page.evaluate(() => {
      const e = document.getElementById('valid');
      document.body.append(e); // move
      e.remove();
      document.body.prepend(e); // remove and re-add
    });
    await page.waitForTimeout(400);
    assert.equal(await count(), 1);
    assert.equal(server.hits.get(src), hitsBefore);
    await page.evaluate(() => {
      const e = document.getElementById('valid');
      e.setAttribute('recipient', 'someone-else@example.org');
      e.setAttribute('now', '2026-06-01T00:00:00Z');
      e.setAttribute('lang', 'de'); // re-renders only
    });
    await waitForEvents(page, 'valid', 2);
    await page.waitForTimeout(400);
    assert.equal(await count(), 2);
    const s = await shown(page, '#valid');
    assert.equal(s.label, 'Nicht verifiziert');
    assert.equal(s.report.checks.find((c) => c.id === 'recipient').outcome, 'fail');
  });

  test('no CSP violations and no errors besides the deliberate 410', async () => {
    assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
    assert.deepEqual(problems.filter((p) => !expected410(p)), []);
  });
});

describe('names with hidden characters, notes, unstated recipients, files without a badge', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await open('/test/display.html'));
    // Not a badge either: a JPEG (the element takes bytes as well as a src).
    await page.$eval('#jpeg', (e) => {
      e.input = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);
    });
    await waitForEvents(page, null, 6);
  });
  after(() => page.close());

  // The text of `selector` in element `id`'s shadow root, and of its meta rows.
  const texts = (id) =>
    page.$eval(`#${id}`, (e) => {
      const s = e.shadowRoot;
      return {
        all: s.textContent,
        meta: [...s.querySelectorAll('.meta div')].map((d) => `${d.querySelector('dt').textContent}: ${d.querySelector('dd').textContent}`),
        notes: [...s.querySelectorAll('.notes li')].map((li) => ({ code: li.dataset.note, text: li.textContent })),
        notesShown: !s.querySelector('.notes').hidden && s.querySelector('.notes').getClientRects().length > 0,
        noteColour: s.querySelector('.notes .technical') && getComputedStyle(s.querySelector('.notes .technical')).color,
        failColour: getComputedStyle(s.querySelector('.outcome[data-outcome="fail"], .outcome')).color,
        credential: s.querySelector('pre').textContent,
      };
    });

  test('a name hiding a right-to-left override is shown with the character made visible', async () => {
    const s = await shown(page, '#spoof');
    assert.equal(s.name, '⟨U+202E⟩live');
    assert.equal(s.issuer, 'Acme⟨U+200B⟩Corp');
    assert.equal(s.report.credential.credentialSubject.achievement.name, '\u202Elive', 'the report keeps the original');
    const t = await texts('spoof');
    // Nothing the element shows holds a hidden character, the raw credential view included
    // (where they are JSON escapes: the same JSON).
    assert.doesNotMatch(t.all, /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u);
    assert.match(t.credential, /"name": "\\u202elive"/);
    assert.equal(JSON.parse(t.credential).credentialSubject.achievement.name, '\u202Elive');
    const hidden = t.notes.filter((n) => n.code === 'hidden-characters').map((n) => n.text);
    assert.equal(hidden.length, 2, JSON.stringify(t.notes));
    assert.match(hidden.join(' '), /badge\.name/);
    assert.match(hidden.join(' '), /issuer\.name/);
    const dir = await page.$eval('#spoof', (e) => [e.shadowRoot.querySelector('.name').dir, e.shadowRoot.querySelector('.issuer-name').dir]);
    assert.deepEqual(dir, ['auto', 'auto']);
  });

  test('notes are listed in the details, apart from the checks and not coloured as failures', async () => {
    const t = await texts('spoof');
    assert.ok(t.notesShown);
    assert.match(t.all, /Notes \(they change nothing in the verdict\)/);
    assert.equal(t.noteColour, 'rgb(91, 100, 117)'); // --_muted
    assert.notEqual(t.noteColour, t.failColour);
    const none = await texts('no-badge');
    assert.deepEqual(none.notes, []);
    assert.equal(await page.$eval('#no-badge', (e) => e.shadowRoot.querySelector('.notes').hidden), true);
  });

  test('a badge that does not say whom it was issued to: "Issued to: not stated", in German too', async () => {
    const s = await shown(page, '#not-stated');
    assert.equal(s.state, 'valid', s.summary);
    assert.equal(s.report.checks.find((c) => c.id === 'recipient').code, 'recipient-not-stated');
    assert.ok((await texts('not-stated')).meta.includes('Issued to: not stated'), (await texts('not-stated')).meta.join(' | '));
    assert.equal((await shown(page, '#not-stated-de')).label, 'Verifiziert');
    assert.ok((await texts('not-stated-de')).meta.includes('Ausgestellt für: nicht angegeben'));
  });

  test('a file without a badge is titled "No badge in this file" and says what to download', async () => {
    for (const [id, code] of [['no-badge', 'no-badge-data'], ['jpeg', 'unrecognized-input']]) {
      const s = await shown(page, `#${id}`);
      assert.equal(s.report.checks[0].code, code);
      assert.equal(s.name, 'No badge in this file');
      assert.equal(s.summary, "Download the baked badge (the image file with the badge data inside) from the issuer's site or the badge platform, rather than a screenshot or a re-saved copy.");
    }
    const de = await shown(page, '#no-badge-de');
    assert.equal(de.name, 'Kein Abzeichen in dieser Datei');
    assert.match(de.summary, /^Laden Sie das Abzeichen als Originaldatei/);
    assert.equal(await page.$eval('#no-badge-de', (e) => e.shadowRoot.querySelector('[part="root"]').lang), 'de');
    // The core's own message is in the details, and its code under "Technical details".
    assert.match((await texts('no-badge')).all, /This image does not contain a badge.*no-badge-data/);
  });

  test('no CSP violations or errors', async () => {
    assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
    // The DCC badge's image is on an https host, which the test blocks: expected.
    assert.deepEqual(problems.filter((p) => !/user-images\.githubusercontent\.com|ERR_BLOCKED_BY_CLIENT/.test(p)), []);
  });
});

describe('languages', () => {
  let page;
  let problems;
  const catalogs = [];
  before(async () => {
    ({ page, problems } = await open('/test/languages.html', {}, (p) =>
      p.on('request', (r) => {
        if (/\/locales\/\w+\.js$/.test(r.url())) catalogs.push(new URL(r.url()).pathname.split('/').pop());
      }),
    ));
    await waitForEvents(page, null, 3);
  });
  after(() => page.close());

  // The element's texts: root lang, label, check names, outcome words, date, toggle.
  const words = (id) =>
    page.$eval(`#${id}`, (e) => {
      const s = e.shadowRoot;
      return {
        lang: s.querySelector('[part="root"]').lang,
        label: s.querySelector('.label').textContent,
        names: [...s.querySelectorAll('.check-name')].map((n) => n.textContent),
        outcomes: [...new Set([...s.querySelectorAll('.checks .outcome')].map((n) => n.textContent))],
        technical: s.querySelector('.technical summary').textContent,
        date: s.querySelector('.meta time').textContent,
        toggle: s.querySelector('[part="toggle"]').textContent,
        report: e.report.lang,
        ids: e.report.checks.map((c) => c.id),
      };
    });

  test('lang="fr": French labels and check names, lang="fr" on the root, the report in French', async () => {
    const w = await words('fr');
    assert.equal(w.lang, 'fr');
    assert.equal(w.report, 'fr');
    assert.equal(w.label, 'Vérifié');
    assert.ok(w.names.includes('Signature') && w.names.includes("Clé de l'émetteur"), w.names.join(', '));
    assert.ok(w.outcomes.includes('réussie'), w.outcomes.join(', '));
    assert.equal(w.technical, 'Détails techniques');
    assert.equal(w.date, '1er janvier 2025');
    assert.equal(w.toggle, 'Masquer les détails');
    assert.ok(w.ids.includes('issuer-key'), 'the ids stay in the report');
  });

  test('inside <div lang="de">: German', async () => {
    const w = await words('de');
    assert.equal(w.lang, 'de');
    assert.equal(w.report, 'de');
    assert.equal(w.label, 'Verifiziert');
    assert.ok(w.names.includes('Schlüssel des Ausstellers'), w.names.join(', '));
    assert.equal(w.technical, 'Technische Details');
    assert.equal(w.date, '1. Januar 2025');
  });

  test('only the catalogs in use are downloaded; a lang change renders the element again in that language', async () => {
    // The page is lang="en": en, fr and de, each once.
    assert.deepEqual(catalogs.sort(), ['de.js', 'en.js', 'fr.js']);
    assert.equal((await words('switch')).label, 'Verified');
    await page.$eval('#switch', (e) => e.setAttribute('lang', 'es'));
    await waitForEvents(page, 'switch', 2);
    const w = await words('switch');
    assert.equal(w.lang, 'es');
    assert.equal(w.label, 'Verificada');
    assert.ok(w.names.includes('Firma'), w.names.join(', '));
    assert.deepEqual(catalogs.sort(), ['de.js', 'en.js', 'es.js', 'fr.js']);
  });

  test('no errors', async () => {
    assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
    assert.deepEqual(problems, []);
  });
});

describe('demo page', () => {
  test('renders all examples; a hostile name is shown as text and runs nothing; no CSP violations', async () => {
    const { page, problems } = await open('/www/demo.html', { viewport: { width: 1200, height: 3000 } });
    for (const id of ['valid', 'invalid', 'indeterminate', 'hostile', 'german']) await waitForEvents(page, id);
    await waitForEvents(page, null, 10);
    const hostile = await shown(page, '#hostile');
    assert.equal(hostile.name, '<img src=x onerror=alert(1)>');
    assert.equal(hostile.issuer, 'Evil <b>Issuer</b>');
    const injected = await page.$eval('#hostile', (e) => ({
      img: e.shadowRoot.querySelectorAll('img[src="x"]').length + document.querySelectorAll('img[src="x"]').length,
      bold: e.shadowRoot.querySelectorAll('b').length,
      alt: e.shadowRoot.querySelector('[part="image"]').getAttribute('alt'),
    }));
    assert.deepEqual(injected, { img: 0, bold: 0, alt: '<img src=x onerror=alert(1)>' });
    const german = await shown(page, '#german');
    assert.equal(german.label, 'Verifiziert');
    assert.equal(await page.$eval('#german', (e) => e.shadowRoot.querySelector('.meta time').textContent), '1. Januar 2025');
    assert.equal(await page.$eval('img[data-open-badge]', (img) => img.dataset.openBadgeVerdict), 'valid');
    assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
    assert.deepEqual(problems, []); // no dialog, no error
    await page.close();
  });
});

describe('loading', () => {
  // A badge added by script to a page that first points the element at package copy `dir`.
  const verifyWithPackage = (page, dir) =>
    page.evaluate(
      async ([pkg, src, now]) => {
        const m = await import('/www/open-badge.js');
        m.configure({ pkg });
        const element = document.createElement('open-badge');
        element.setAttribute('now', now);
        const event = new Promise((resolve) => {
          for (const type of ['open-badge:verified', 'open-badge:failed']) element.addEventListener(type, (e) => resolve(e.detail));
        });
        element.setAttribute('src', src);
        document.body.append(element);
        const report = await event;
        return { verdict: report.verdict, code: report.checks[0].code, summary: report.summary };
      },
      [`/${dir}/badgeverify.js`, `${FIX}/baked/ob3-data-integrity.png`, NOW],
    );

  test('a .wasm served without application/wasm still loads (compiled from its bytes)', async () => {
    const warnings = [];
    const { page, problems } = await open('/test/empty.html', {}, (p) =>
      p.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      }),
    );
    const result = await verifyWithPackage(page, 'wrong-mime');
    assert.equal(result.verdict, 'valid');
    // The streaming compile refused the response; the package's fallback read its bytes.
    assert.ok(warnings.some((w) => /application\/wasm/.test(w)), warnings.join('\n'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a missing .wasm is reported on the badge (amber error), not thrown', async () => {
    const { page, problems } = await open('/test/empty.html');
    const result = await verifyWithPackage(page, 'no-wasm');
    assert.equal(result.verdict, 'error');
    assert.equal(result.code, 'verifier-unavailable');
    assert.match(result.summary, /could not be loaded/);
    assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
    await page.close();
  });

  test('the wasm loads only when a badge comes near the viewport, and only once', async () => {
    const wasm = [];
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(r.url());
    });
    await instrument(page);
    await page.goto(`${server.base}/test/lazy.html`);
    await page.waitForTimeout(600);
    assert.deepEqual(wasm, []);
    assert.equal(await page.$eval('#far', (e) => e.shadowRoot.querySelector('.root').dataset.state), 'idle');
    await page.$eval('#far', (e) => e.scrollIntoView());
    await waitForEvents(page, 'far');
    assert.equal(wasm.length, 1);
    assert.equal((await shown(page, '#far')).state, 'valid');
    await page.close();
  });

  test('without IntersectionObserver every badge verifies at once; an unreadable src is an amber error', async () => {
    const page = await browser.newPage();
    const problems = await instrument(page);
    await page.addInitScript(() => {
      delete window.IntersectionObserver;
    });
    await page.goto(`${server.base}/test/noio.html`);
    await waitForEvents(page, null, 2);
    assert.equal((await shown(page, '#far')).state, 'valid');
    const missing = await shown(page, '#missing');
    assert.equal(missing.state, 'error');
    assert.equal(missing.label, 'Could not be checked');
    assert.match(missing.summary, /answered with an error/);
    assert.equal(missing.report.checks[0].code, 'source-http-status');
    assert.deepEqual(missing.report.checks[0].params, { status: 404 });
    assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
    await page.close();
  });

  test('only https: and data:image/ URLs are shown as images; only http(s) is linked', async () => {
    const { page } = await open('/test/lazy.html');
    const result = await page.evaluate(async () => {
      const m = await import('/www/open-badge.js');
      const inputs = ['https://a.example/x.png', 'data:image/png;base64,AA==', 'http://a.example/x.png', 'javascript:alert(1)', 'data:text/html,<b>', ' JavaScript:alert(1)', null, 42];
      return {
        image: inputs.map((u) => m.safeImageUrl(u)),
        link: ['https://a.example/', 'http://a.example/', 'javascript:alert(1)', 'data:text/html,x', 'did:key:z6Mk'].map((u) => m.safeLinkUrl(u)),
      };
    });
    assert.deepEqual(result.image, ['https://a.example/x.png', 'data:image/png;base64,AA==', null, null, null, null, null, null]);
    assert.deepEqual(result.link, ['https://a.example/', 'http://a.example/', null, null, null]);
    await page.close();
  });

  test('the minified one-file module build registers the element and verifies, fetching only the .wasm and one catalog besides itself', async () => {
    const scripts = [];
    const { page, problems } = await open('/test/dist-module.html', {}, (p) =>
      p.on('request', (r) => {
        if (/\.(js|wasm)$/.test(r.url())) scripts.push(new URL(r.url()).pathname);
      }),
    );
    await waitForEvents(page, 'module');
    await waitForEvents(page, 'tampered');
    assert.equal((await shown(page, '#module')).state, 'valid');
    assert.equal((await shown(page, '#tampered')).state, 'invalid');
    assert.deepEqual(scripts.sort(), ['/www/dist/locales/en.js', '/www/dist/open-badge-define.js', '/www/dist/pkg/badgeverify_bg.wasm']);
    assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the classic-script build registers the element and finds its package next to itself', async () => {
    const wasm = [];
    const { page, problems } = await open('/test/classic.html', {}, (p) =>
      p.on('request', (r) => {
        if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
      }),
    );
    await waitForEvents(page, 'classic');
    assert.equal((await shown(page, '#classic')).state, 'valid');
    assert.deepEqual(wasm, ['/www/dist/pkg/badgeverify_bg.wasm']);
    assert.equal(await page.evaluate(() => typeof window.OpenBadge.scan), 'function');
    assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
