// The browser extension (extension/) loaded into headless Chromium (--load-extension), on
// local pages served from 127.0.0.1 with the strict CSP: baked PNG/SVG images, links to hosted
// assertions, honest <open-badge> elements, a hostile badge name, a page whose widget was
// patched to claim "Verified" for a tampered badge and a page with a fake widget in a closed
// shadow root; the popup, with a chosen and a dropped file. Every host but 127.0.0.1 is
// unresolvable inside Chromium, so nothing can leave the machine.
//
//   scripts/build-pkg.sh && node --test tests/extension/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from '../../extension/build.mjs';
import { CHROMIUM, CHROMIUM_ARGS, FIX, LOCAL_ONLY_ARGS, NO_BADGE, ROOT, spoofedCredential, startTestServer } from '../browser/helpers.mjs';

const BASE_FIX = join(ROOT, FIX);
const HOSTILE_NAME = '<img src=x onerror=alert(1)>\u202Elive';

// ---------------------------------------------------------------------------------------
// Test data

/** `baked/ob3-data-integrity.png` with its credential changed by `edit` (the signature then no longer verifies). */
function rebakedPng(edit) {
  const png = readFileSync(join(BASE_FIX, 'baked/ob3-data-integrity.png'));
  const parts = [png.subarray(0, 8)];
  let at = 8;
  let found = false;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + length);
    let chunk = png.subarray(at, at + 12 + length);
    const prefix = Buffer.from('openbadgecredential\0\0\0\0\0', 'latin1'); // uncompressed iTXt, no language
    if (type === 'iTXt' && data.subarray(0, prefix.length).equals(prefix)) {
      const doc = JSON.parse(data.subarray(prefix.length).toString('utf8'));
      edit(doc);
      const body = Buffer.concat([Buffer.from('iTXt', 'latin1'), prefix, Buffer.from(JSON.stringify(doc), 'utf8')]);
      const head = Buffer.alloc(4);
      head.writeUInt32BE(body.length - 4);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body) >>> 0);
      chunk = Buffer.concat([head, body, crc]);
      found = true;
    }
    parts.push(chunk);
    at += 12 + length;
  }
  assert.ok(found, 'the fixture has an uncompressed openbadgecredential iTXt chunk');
  return Buffer.concat(parts);
}

/** A route answering `body(base)` as JSON-LD that any origin may read (CORS). */
const json = (body) => (_q, r, base) => {
  r.writeHead(200, { 'Content-Type': 'application/ld+json', 'Access-Control-Allow-Origin': '*' });
  r.end(JSON.stringify(body(base)));
};

/** An OB 2.0 issuer on the test server whose documents allow cross-origin reads (CORS). */
function hostedRoutes() {
  const OB2 = 'https://w3id.org/openbadges/v2';
  return {
    '/ext/ob2/issuer.json': json((base) => ({ '@context': OB2, type: 'Issuer', id: `${base}/ext/ob2/issuer.json`, name: 'Local CORS Issuer', url: `${base}/`, email: 'badges@example.org' })),
    '/ext/ob2/badge.json': json((base) => ({
      '@context': OB2,
      type: 'BadgeClass',
      id: `${base}/ext/ob2/badge.json`,
      name: 'Hosted Link Badge',
      description: 'A hosted OB 2.0 badge linked from a page.',
      image: `${base}${FIX}/baked/ob2-hosted.png`,
      criteria: { narrative: 'Be linked.' },
      issuer: `${base}/ext/ob2/issuer.json`,
    })),
    '/ext/ob2/good.json': json((base) => ({
      '@context': OB2,
      type: 'Assertion',
      id: `${base}/ext/ob2/good.json`,
      recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
      badge: `${base}/ext/ob2/badge.json`,
      verification: { type: 'HostedBadge' },
      issuedOn: '2025-01-01T00:00:00Z',
    })),
  };
}

const head = (title, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="icon" href="/www/favicon.svg"><link rel="stylesheet" href="/ext/hostile.css">${script}</head><body>`;

const inline = (doc) => `<script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;

const tampered = () => JSON.parse(readFileSync(join(BASE_FIX, 'di/neg-tampered-field-eddsa-rdfc-2022.json'), 'utf8'));

function hostileCredential() {
  const doc = spoofedCredential();
  doc.credentialSubject.achievement.name = HOSTILE_NAME;
  return doc;
}

const PAGES = {
  '/ext/images.html': () =>
    head('images and links') +
    `<p><img id="valid-png" src="${FIX}/baked/ob3-data-integrity.png" alt="valid PNG"> valid PNG</p>
<p><img id="valid-svg" src="${FIX}/baked/ob3-vcjwt.svg" alt="valid SVG" width="64"> valid SVG</p>
<p><img id="bad-crc" src="${FIX}/baked/neg-bad-crc.png" alt="bad CRC"> broken container</p>
<p><img id="tampered" src="/ext/tampered.png" alt="tampered"> tampered credential</p>
<p><img id="hostile" src="/ext/hostile.png" alt="hostile"> hostile name</p>
<p><img id="plain" src="${NO_BADGE}" alt="plain" width="64"> no badge</p>
<p><a id="hosted" href="/ext/ob2/good.json">my hosted badge</a> · <a id="not-badge" href="/package.json">not a badge</a></p>
</body></html>`,
  '/ext/lazy.html': () =>
    head('lazy image') +
    `<p><img id="near" src="${FIX}/baked/ob3-data-integrity.png" alt="near"></p>${'<p>filler</p>\n'.repeat(400)}<p><img id="far" loading="lazy" src="/ext/lazy-badge.png" alt="far" width="32" height="32"></p></body></html>`,
  '/ext/widgets.html': () =>
    head('honest widgets', '<script type="module" src="/www/open-badge-define.js"></script>') +
    `<open-badge id="honest-valid" src="${FIX}/baked/ob3-data-integrity.png"></open-badge>
<open-badge id="honest-tampered" src="${FIX}/di/neg-tampered-field-eddsa-rdfc-2022.json"></open-badge>
<open-badge id="honest-hostile">${inline(hostileCredential())}</open-badge>
</body></html>`,
  '/ext/liar.html': () =>
    head('patched widget', '<script type="module" src="/ext/liar.js"></script>') +
    `<open-badge id="lying" src="${FIX}/di/neg-tampered-field-eddsa-rdfc-2022.json"></open-badge>
<open-badge id="lying-but-valid" src="${FIX}/baked/ob3-data-integrity.png"></open-badge>
</body></html>`,
  '/ext/liar-property.html': () =>
    head('patched report property', '<script type="module" src="/ext/liar-property.js"></script>') +
    `<open-badge id="lying-property" src="${FIX}/di/neg-tampered-field-eddsa-rdfc-2022.json"></open-badge></body></html>`,
  '/ext/fake-hidden.html': () =>
    head('fake widget hiding its status', '<script src="/ext/fake-hidden.js"></script>') + `<open-badge id="fake-hidden">${inline(tampered())}</open-badge></body></html>`,
  '/ext/fake-unknown.html': () =>
    head('fake widget, unknown wording', '<script src="/ext/fake-unknown.js"></script>') + `<open-badge id="fake-unknown">${inline(tampered())}</open-badge></body></html>`,
  '/ext/fake.html': () =>
    head('fake widget', '<script src="/ext/fake.js"></script>') + `<open-badge id="fake">${inline(tampered())}</open-badge></body></html>`,
};

// A dishonest site's widget: the real element, patched after loading to report and show
// "Verified" whatever its own verification found.
const LIAR = `import { OpenBadgeElement } from '/www/open-badge-define.js';
Object.defineProperty(OpenBadgeElement.prototype, 'report', {
  configurable: true,
  get() { return { verdict: 'valid', summary: 'Verified.' }; },
});
document.addEventListener('open-badge:failed', (event) => {
  const root = event.target.shadowRoot;
  root.querySelector('.root').dataset.state = 'valid';
  root.querySelector('.label').textContent = 'Verified';
  root.querySelector('.summary').textContent = 'Verified: issued by a trusted issuer.';
});
`;

// The same lie told to scripts only: the `report` property says valid, the rendering is honest.
const LIAR_PROPERTY = LIAR.slice(0, LIAR.indexOf("document.addEventListener('open-badge:failed'"));

// Another: a look-alike element of the site's own, in a closed shadow root, that always says
// "Verified" and verifies nothing. It has no `report` property: only what it shows can betray it.
const FAKE = `customElements.define('open-badge', class extends HTMLElement {
  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'closed' });
    const status = document.createElement('div');
    status.setAttribute('part', 'status');
    status.textContent = '\u2714 Verified';
    shadow.append(status);
  }
});
`;

// A look-alike that keeps an honest-looking status part but hides it with its own CSS and
// shows "Verified" in another line: what the visitor sees is what counts.
// A look-alike whose wording the extension does not know: nothing to compare, so no flag, but
// the marker spells out the extension's own verdict instead of showing only an icon.
const FAKE_UNKNOWN = `customElements.define('open-badge', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).textContent = '\u2705 Authentic credential';
  }
});
`;

const FAKE_HIDDEN = `customElements.define('open-badge', class extends HTMLElement {
  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.truth { display: none; } .ghost { opacity: 0; }');
    shadow.adoptedStyleSheets = [sheet];
    const truth = document.createElement('div');
    truth.setAttribute('part', 'status');
    truth.className = 'truth';
    truth.textContent = 'Not verified';
    const ghost = document.createElement('div');
    ghost.className = 'ghost';
    ghost.textContent = 'Not verified';
    const shown = document.createElement('p');
    shown.textContent = '\u2714 Verified by the issuer';
    shadow.append(truth, ghost, shown);
  }
});
`;

// A page stylesheet that tries to hide every span, and the extension's markers by name.
const HOSTILE_CSS = `span, [data-badgeverify-extension] { display: none !important; visibility: hidden !important; opacity: 0 !important; }`;

const raw = (type, body) => (_q, r) => {
  r.writeHead(200, { 'Content-Type': type });
  r.end(body);
};

// ---------------------------------------------------------------------------------------
// Browser with the extension

let server;
let context;
let profile;
let worker;
let extensionId;

before(async () => {
  const dist = await build();
  const routes = {
    '/ext/tampered.png': raw('image/png', rebakedPng((doc) => (doc.credentialSubject.achievement.name = 'Interoperability (edited)'))),
    '/ext/hostile.png': raw('image/png', rebakedPng((doc) => (doc.credentialSubject.achievement.name = HOSTILE_NAME))),
    '/ext/lazy-badge.png': raw('image/png', readFileSync(join(BASE_FIX, 'baked/ob3-vcjwt.png'))),
    '/ext/liar.js': raw('text/javascript', LIAR),
    '/ext/liar-property.js': raw('text/javascript', LIAR_PROPERTY),
    '/ext/fake.js': raw('text/javascript', FAKE),
    '/ext/fake-hidden.js': raw('text/javascript', FAKE_HIDDEN),
    '/ext/fake-unknown.js': raw('text/javascript', FAKE_UNKNOWN),
    '/ext/hostile.css': raw('text/css', HOSTILE_CSS),
  };
  server = await startTestServer(PAGES, { ...routes, ...hostedRoutes() });
  profile = mkdtempSync(join(tmpdir(), 'badgeverify-ext-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [...CHROMIUM_ARGS, ...LOCAL_ONLY_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(path) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', extensionId].includes(url.hostname) && url.protocol !== 'data:') problems.push(`external request: ${request.url()}`);
  });
  await page.goto(server.base + path);
  return { page, problems };
}

const attributes = (node) => {
  const out = {};
  for (let i = 0; i < (node.attributes ?? []).length; i += 2) out[node.attributes[i]] = node.attributes[i + 1];
  return out;
};
const textOf = (node) => (node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(''));
const elementsIn = (node) => (node.children ?? []).filter((c) => c.nodeType === 1).flatMap((c) => [c.localName, ...elementsIn(c)]);

/**
 * The extension's markers as the browser holds them, closed shadow roots included (DevTools
 * protocol, pierce): for each, the id of the badge it follows, its shadow root's mode, and
 * its mark's verdict, flag, accessible name, visible text and the elements inside it.
 */
async function markers(page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  await cdp.detach();
  const found = [];
  const walk = (node) => {
    const kids = node.children ?? [];
    kids.forEach((kid, i) => {
      if (kid.nodeType === 1 && 'data-badgeverify-extension' in attributes(kid)) {
        const previous = kids.slice(0, i).reverse().find((k) => k.nodeType === 1);
        const shadow = kid.shadowRoots?.[0];
        const mark = (shadow?.children ?? []).find((c) => attributes(c).class === 'mark');
        const a = mark ? attributes(mark) : {};
        found.push({
          for: previous ? attributes(previous).id ?? null : null,
          mode: shadow?.shadowRootType ?? null,
          verdict: a['data-verdict'] ?? null,
          flag: a['data-flag'] ?? null,
          label: a['aria-label'] ?? null,
          title: a.title ?? null,
          role: a.role ?? null,
          text: mark ? textOf(mark) : null,
          elements: mark ? elementsIn(mark) : [],
        });
      }
      walk(kid);
    });
    for (const s of node.shadowRoots ?? []) walk(s);
  };
  walk(root);
  return found;
}

/** Waits until `ready(markers)` holds; resolves to the markers, keyed by the badge they follow. */
async function waitForMarkers(page, ready, timeout = 30_000) {
  const start = Date.now();
  let last = [];
  while (Date.now() - start < timeout) {
    last = await markers(page);
    const byId = Object.fromEntries(last.map((m) => [m.for, m]));
    if (ready(byId, last)) return byId;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`markers not ready within ${timeout} ms: ${JSON.stringify(last, null, 1)}`);
}

const settled = (...ids) => (byId) => ids.every((id) => byId[id] && byId[id].verdict && byId[id].verdict !== 'pending');

/**
 * The toolbar badge text of `page`'s tab (drawn by the browser, outside the page). Without the
 * "tabs" permission the worker cannot see tab URLs, so the page is brought to the front and
 * the active tab is asked.
 */
async function toolbarBadge(page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tabs.length !== 1) return `${tabs.length} active tabs`;
    return chrome.action.getBadgeText({ tabId: tabs[0].id });
  });
}

// ---------------------------------------------------------------------------------------

describe('extension', () => {
  test('loads as a Manifest V3 extension with no permissions and the wasm CSP', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'extension/dist/manifest.json'), 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual(manifest.permissions, []);
    assert.equal(manifest.host_permissions, undefined);
    assert.match(manifest.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(worker.url(), /^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });
});

describe('images and links', () => {
  let page;
  let problems;
  let byId;
  before(async () => {
    ({ page, problems } = await open('/ext/images.html'));
    byId = await waitForMarkers(page, settled('valid-png', 'valid-svg', 'bad-crc', 'tampered', 'hostile', 'hosted'));
    await page.screenshot({ path: join(tmpdir(), 'badgeverify-extension-images.png') });
  });
  after(() => page.close());

  test('baked PNG and SVG badges are marked verified, with verdict and summary as the accessible name', () => {
    for (const id of ['valid-png', 'valid-svg']) {
      const m = byId[id];
      assert.equal(m.verdict, 'valid', id);
      assert.equal(m.flag, null, id);
      assert.equal(m.mode, 'closed', id);
      assert.equal(m.role, 'img', id);
      assert.match(m.label, /^badgeverify extension: Verified\. “Interoperability”, issued by /, id);
      assert.match(m.label, /Interoperability/, id);
      assert.equal(m.title, m.label, id);
      assert.equal(m.text, '✓Verified', id);
    }
  });

  test("screen readers get the marker's verdict and summary (accessibility tree)", async () => {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const names = nodes.filter((n) => n.role?.value === 'image' && /^badgeverify extension:/.test(n.name?.value ?? '')).map((n) => n.name.value);
    assert.equal(names.length, 6);
    assert.ok(names.includes(byId['valid-png'].label));
    assert.ok(names.includes(byId.tampered.label));
  });

  test('a broken container and a tampered credential are marked not verified', () => {
    assert.equal(byId['bad-crc'].verdict, 'invalid');
    assert.match(byId['bad-crc'].label, /^badgeverify extension: Not verified\./);
    assert.equal(byId.tampered.verdict, 'invalid');
    assert.match(byId.tampered.label, /signature/i);
    assert.equal(byId.tampered.text, '✗Not verified');
  });

  test('a hostile name appears as text only: no markup, direction characters made visible', async () => {
    const m = byId.hostile;
    assert.equal(m.verdict, 'invalid');
    assert.ok(m.label.includes('<img src=x onerror=alert(1)>⟨U+202E⟩live'), m.label);
    assert.ok(!m.label.includes('\u202E'));
    assert.deepEqual(m.elements, ['span', 'span']);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 6);
  });

  test('a link to a hosted assertion is marked with its verdict; images and links without a badge are not', () => {
    assert.equal(byId.hosted.verdict, 'valid');
    assert.match(byId.hosted.label, /Hosted Link Badge/);
    assert.equal(byId.plain, undefined);
    assert.equal(byId['not-badge'], undefined);
  });

  test("markers stay visible against the page's CSS, and nothing left 127.0.0.1", async () => {
    const boxes = await page.$$eval('[data-badgeverify-extension]', (hosts) =>
      hosts.map((h) => ({ display: getComputedStyle(h).display, visibility: getComputedStyle(h).visibility, width: h.getBoundingClientRect().width })),
    );
    assert.equal(boxes.length, 6);
    for (const box of boxes) {
      assert.equal(box.display, 'inline-block');
      assert.equal(box.visibility, 'visible');
      assert.ok(box.width > 10, JSON.stringify(box));
    }
    assert.deepEqual(problems, []);
  });

  test('a marker the page removes comes back', async () => {
    await page.evaluate(() => document.querySelector('#tampered').nextElementSibling.remove());
    const again = await waitForMarkers(page, (b) => b.tampered && b.tampered.verdict === 'invalid');
    assert.equal(again.tampered.verdict, 'invalid');
  });

  test('the toolbar shows how many badges were checked', async () => {
    assert.equal(await toolbarBadge(page), '6');
  });

  test('a badge image added later is found and marked too', async () => {
    await page.evaluate((src) => {
      const image = document.createElement('img');
      image.id = 'late';
      image.src = src;
      document.body.append(image);
    }, `${FIX}/baked/ob3-vcjwt.png`);
    const later = await waitForMarkers(page, settled('late'));
    assert.equal(later.late.verdict, 'valid');
    assert.equal(await toolbarBadge(page), '7');
  });
});

test('a lazy image far below the fold is fetched only when the browser loads it, then marked', async () => {
  const { page, problems } = await open('/ext/lazy.html');
  await waitForMarkers(page, settled('near'));
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(server.hits.get('/ext/lazy-badge.png'), undefined);
  await page.$eval('#far', (image) => image.scrollIntoView());
  const byId = await waitForMarkers(page, settled('far'));
  assert.equal(byId.far.verdict, 'valid');
  assert.deepEqual(problems, []);
  await page.close();
});

describe('honest <open-badge> elements', () => {
  let page;
  let problems;
  let byId;
  before(async () => {
    ({ page, problems } = await open('/ext/widgets.html'));
    byId = await waitForMarkers(page, settled('honest-valid', 'honest-tampered', 'honest-hostile'));
    // Give the comparison time to flag anything, then read again.
    await page.waitForFunction(() => [...document.querySelectorAll('open-badge')].every((e) => e.report));
    await new Promise((r) => setTimeout(r, 1000));
    byId = await waitForMarkers(page, settled('honest-valid', 'honest-tampered', 'honest-hostile'));
  });
  after(() => page.close());

  test("the extension agrees with an honest widget and flags nothing", async () => {
    assert.equal(byId['honest-valid'].verdict, 'valid');
    assert.equal(byId['honest-tampered'].verdict, 'invalid');
    assert.equal(byId['honest-hostile'].verdict, 'invalid');
    for (const id of ['honest-valid', 'honest-tampered', 'honest-hostile']) assert.equal(byId[id].flag, null, id);
    // The widget shows the same status, so the marker is only an icon.
    assert.deepEqual(['honest-valid', 'honest-tampered', 'honest-hostile'].map((id) => byId[id].text), ['✓', '✗', '✗']);
    const verdicts = await page.$$eval('open-badge', (all) => all.map((e) => e.report.verdict));
    assert.deepEqual(verdicts, ['valid', 'invalid', 'invalid']);
    assert.equal(await toolbarBadge(page), '3');
  });

  test('a hostile name is text in the widget and in the marker, and no script ran', async () => {
    assert.ok(byId['honest-hostile'].label.includes('<img src=x onerror=alert(1)>⟨U+202E⟩live'));
    assert.deepEqual(byId['honest-hostile'].elements, ['span', 'span']);
    assert.deepEqual(problems, []);
  });
});

describe('a widget altered to lie', () => {
  test('the patched real element claims "Verified" for a tampered badge: flagged', async () => {
    const { page, problems } = await open('/ext/liar.html');
    // The page really does lie: property and visible status both say valid.
    await page.waitForFunction(() => document.querySelector('#lying').shadowRoot.querySelector('.label').textContent === 'Verified' && window.customElements.get('open-badge'));
    assert.equal(await page.$eval('#lying', (e) => e.report.verdict), 'valid');
    const byId = await waitForMarkers(page, (b) => b.lying && b.lying.flag === 'mismatch' && settled('lying-but-valid')(b));
    assert.equal(byId.lying.verdict, 'invalid');
    assert.match(byId.lying.text, /Page shows “Verified”; extension: Not verified/);
    assert.match(byId.lying.label, /shows “Verified”, but the extension's own check says Not verified/);
    // Where the lie happens to be true, nothing is flagged.
    assert.equal(byId['lying-but-valid'].verdict, 'valid');
    assert.equal(byId['lying-but-valid'].flag, null);
    assert.equal(await toolbarBadge(page), '!');
    await page.screenshot({ path: join(tmpdir(), 'badgeverify-extension-liar.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('only the report property lies (the rendering says "Not verified"): flagged, naming the property', async () => {
    const { page, problems } = await open('/ext/liar-property.html');
    await page.waitForFunction(() => document.querySelector('#lying-property').shadowRoot.querySelector('.label').textContent === 'Not verified');
    const byId = await waitForMarkers(page, (b) => b['lying-property'] && b['lying-property'].flag === 'mismatch');
    assert.equal(byId['lying-property'].verdict, 'invalid');
    assert.match(byId['lying-property'].label, /its report\.verdict property says “valid”/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a look-alike element in a closed shadow root that always says Verified: flagged", async () => {
    const { page, problems } = await open('/ext/fake.html');
    const byId = await waitForMarkers(page, (b) => b.fake && b.fake.flag === 'mismatch');
    assert.equal(byId.fake.verdict, 'invalid');
    assert.match(byId.fake.text, /Page shows “Verified”; extension: Not verified/);
    assert.equal(await toolbarBadge(page), '!');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

test('a look-alike that hides its honest status with CSS and shows "Verified" elsewhere: flagged', async () => {
  const { page, problems } = await open('/ext/fake-hidden.html');
  const byId = await waitForMarkers(page, (b) => b['fake-hidden'] && b['fake-hidden'].flag === 'mismatch');
  assert.equal(byId['fake-hidden'].verdict, 'invalid');
  assert.match(byId['fake-hidden'].text, /Page shows “Verified”; extension: Not verified/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a look-alike with wording the extension cannot read: the marker spells out its own verdict', async () => {
  const { page, problems } = await open('/ext/fake-unknown.html');
  const byId = await waitForMarkers(page, settled('fake-unknown'));
  await new Promise((r) => setTimeout(r, 750)); // time to compare
  const m = (await waitForMarkers(page, settled('fake-unknown')))['fake-unknown'];
  assert.equal(byId['fake-unknown'].verdict, 'invalid');
  assert.equal(m.flag, null);
  assert.equal(m.text, '✗Not verified');
  assert.deepEqual(problems, []);
  await page.close();
});

describe('popup', () => {
  let page;
  before(async () => {
    page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
  });
  after(() => page.close());

  const result = () =>
    page.waitForFunction(() => {
      const e = document.querySelector('#result open-badge');
      const label = e && e.shadowRoot.querySelector('.label').textContent;
      return e && e.report && label ? { label, summary: e.shadowRoot.querySelector('.summary').textContent, checks: [...e.shadowRoot.querySelectorAll('.checks li')].map((li) => `${li.dataset.check}:${li.dataset.outcome}`), verdict: e.report.verdict } : null;
    }).then((h) => h.jsonValue());

  test('a chosen file: verdict, summary and every check', async () => {
    await page.setInputFiles('#file', join(BASE_FIX, 'baked/ob3-data-integrity.png'));
    const shown = await result();
    assert.equal(shown.verdict, 'valid');
    assert.equal(shown.label, 'Verified');
    assert.match(shown.summary, /^“Interoperability”, issued by /);
    assert.equal(shown.checks.length, 9);
    assert.ok(shown.checks.includes('proof:pass'));
    assert.equal(await page.textContent('#name'), 'ob3-data-integrity.png');
  });

  test('a dropped file: a tampered credential is not verified, with the failing check', async () => {
    const bytes = readFileSync(join(BASE_FIX, 'di/neg-tampered-field-eddsa-rdfc-2022.json')).toString('base64');
    await page.evaluate((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'tampered.json', { type: 'application/json' }));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.waitForFunction(() => document.querySelector('#name').textContent === 'tampered.json');
    const shown = await result();
    assert.equal(shown.verdict, 'invalid');
    assert.equal(shown.label, 'Not verified');
    assert.match(shown.summary, /signature/);
    assert.ok(shown.checks.includes('proof:fail'));
    await page.screenshot({ path: join(tmpdir(), 'badgeverify-extension-popup.png') });
  });

  test('"open this in a tab" opens the same verifier in a tab, without the hint', async () => {
    const opened = context.waitForEvent('page');
    await page.click('#in-tab');
    const tab = await opened;
    await tab.waitForLoadState();
    assert.equal(tab.url(), `chrome-extension://${extensionId}/popup.html?tab`);
    assert.equal(await tab.isHidden('#tab-hint'), true);
    await tab.setInputFiles('#file', join(BASE_FIX, 'baked/ob3-vcjwt.svg'));
    await tab.waitForFunction(() => document.querySelector('#result open-badge')?.report?.verdict === 'valid');
    await tab.close();
  });
});
