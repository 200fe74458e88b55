// Shared pieces for the browser tests (and scripts/bench-widget.mjs): headless Chromium via
// playwright-core, and the repository's static server (www/serve.mjs) with the strict CSP
// plus made-up OB 2.0 documents for hosted-badge cases.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { ROOT, startServer } from '../../www/serve.mjs';

export { CSP, ROOT } from '../../www/serve.mjs';

/** The instant every fixture is verified at (fixtures are valid 2025-01-01 → 2030-01-01). */
export const NOW = '2026-01-01T00:00:00Z';
/** Fixture folder, as a URL path on the test server. */
export const FIX = '/tests/fixtures/interop';

/** A credential that does not say whom it was issued to (tests/data/dcc/PROVENANCE.md). */
export const NOT_STATED = '/tests/data/dcc/noRegistry-noStatus-noExpiry.json';
/** A PNG with no badge baked in, as a URL path on the test server. */
export const NO_BADGE = '/tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob20/assets/robotics-badge.png';

/**
 * The interop credential with an achievement name that shows as "evil" (U+202E, RIGHT-TO-LEFT
 * OVERRIDE) and an issuer name with a zero-width space. (Its signature no longer verifies.)
 */
export function spoofedCredential() {
  const doc = JSON.parse(readFileSync(join(ROOT, FIX, 'di/vc2-ob303-eddsa-rdfc-2022.json'), 'utf8'));
  doc.credentialSubject.achievement.name = '\u202Elive';
  doc.issuer.name = 'Acme\u200BCorp';
  return doc;
}

/**
 * Badges whose proofs use Ed25519 (Data Integrity and VC-JWT), P-256, RS256 and PS256, and a
 * tampered one, by id; all verify offline. The fallback tests (tests/browser/fallback.test.mjs,
 * tests/extension/fallback.test.mjs) verify them with both signature backends.
 */
export const SIGNATURE_BADGES = {
  di: `${FIX}/baked/ob3-data-integrity.png`,
  jwt: `${FIX}/vcjwt/vc2-eddsa-didkey.jwt`,
  ecdsa: `${FIX}/ecdsa/vc2-ob303-ecdsa-rdfc-2019-p256.json`,
  rs256: `${FIX}/vcjwt/vc2-rs256-didjwk.jwt`,
  ps256: `${FIX}/vcjwt/vc2-ps256-didjwk.jwt`,
  tampered: `${FIX}/di/neg-tampered-field-eddsa-rdfc-2022.json`,
};

/**
 * Makes WebCrypto refuse Ed25519 as a browser without it does (NotSupportedError). Run in a
 * page (an init script) or a service worker, before the package first asks what the platform
 * has: the package then loads its fallback build.
 */
export function withoutEd25519() {
  const importKey = SubtleCrypto.prototype.importKey;
  SubtleCrypto.prototype.importKey = function (format, key, algorithm, ...rest) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    if (String(name).toLowerCase() === 'ed25519') {
      return Promise.reject(new DOMException('Unrecognized algorithm name', 'NotSupportedError'));
    }
    return importKey.call(this, format, key, algorithm, ...rest);
  };
}

/** Chromium from Debian (CI installs it); playwright downloads no browser. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags for the closed network (toolchain.md §6). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Keeps every host but 127.0.0.1 unresolvable inside Chromium: no request can leave the
 * machine, and no request has to be intercepted (and delayed) by the driver to ensure that.
 */
export const LOCAL_ONLY_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Launches headless Chromium (a fresh temporary profile every time); `args` are added flags. */
export function launchBrowser(args = []) {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...args] });
}

function json(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/ld+json' });
  response.end(JSON.stringify(body));
}

const OB2 = 'https://w3id.org/openbadges/v2';

/** An OB 2.0 hosted assertion whose `id` is `path` on the test server. */
export function hostedAssertion(base, path) {
  return {
    '@context': OB2,
    type: 'Assertion',
    id: `${base}${path}`,
    recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
    badge: `${base}/ob2/badge.json`,
    verification: { type: 'HostedBadge' },
    issuedOn: '2025-01-01T00:00:00Z',
  };
}

/**
 * Routes for an OB 2.0 issuer on the test server itself: issuer profile, BadgeClass, a hosted
 * assertion that is served (`/ob2/good.json`) and one whose URL answers 410 Gone
 * (`/ob2/revoked.json`, which the core treats as revoked).
 */
export function issuerRoutes() {
  return {
    '/ob2/issuer.json': (_q, r, base) =>
      json(r, 200, { '@context': OB2, type: 'Issuer', id: `${base}/ob2/issuer.json`, name: 'Local Test Issuer', url: `${base}/`, email: 'badges@example.org' }),
    '/ob2/badge.json': (_q, r, base) =>
      json(r, 200, {
        '@context': OB2,
        type: 'BadgeClass',
        id: `${base}/ob2/badge.json`,
        name: 'Hosted Test Badge',
        description: 'A hosted OB 2.0 badge served by the browser tests.',
        image: `${base}/tests/fixtures/interop/baked/ob2-hosted.png`,
        criteria: { narrative: 'Be served by the test server.' },
        issuer: `${base}/ob2/issuer.json`,
      }),
    '/ob2/good.json': (_q, r, base) => json(r, 200, hostedAssertion(base, '/ob2/good.json')),
    '/ob2/revoked.json': (_q, r) => json(r, 410, { error: 'revoked' }),
  };
}

/**
 * Starts the test server; `pages` maps paths to `(base) => html`, `extra` adds raw routes
 * (`(request, response, base) => void`). Counts requests per path.
 */
export async function startTestServer(pages = {}, extra = {}) {
  const hits = new Map();
  const routes = { ...issuerRoutes(), ...extra };
  for (const [path, html] of Object.entries(pages)) {
    routes[path] = (_q, r, base) => {
      r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      r.end(html(base));
    };
  }
  const server = await startServer({ routes });
  server.server.prependListener('request', (request) => {
    const path = new URL(request.url, 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
  });
  server.hits = hits;
  return server;
}

/**
 * Runs before any page script: records CSP violations, dialogs (alert), the element's events
 * (with their report) and page errors, in `window.__log`; every event is also announced as a
 * console message (see `waitForEventsQuietly`). Any request to a host other than 127.0.0.1
 * counts as a problem. By default such requests are intercepted and aborted before they reach
 * the network; `{intercept: false}` (for timing, where interception would delay every request)
 * only records them, and the browser must then be launched with LOCAL_ONLY_ARGS.
 */
export async function instrument(page, { intercept = true } = {}) {
  const problems = [];
  if (intercept) {
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        problems.push(`external request: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
  } else {
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== '127.0.0.1' && !request.url().startsWith('data:')) {
        problems.push(`external request: ${request.url()}`);
      }
    });
  }
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.addInitScript((EVENT_MARK) => {
    window.__log = { csp: [], events: [] };
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__log.csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    for (const type of ['open-badge:verified', 'open-badge:failed']) {
      document.addEventListener(type, (e) => {
        const target = e.composedPath()[0];
        const t = performance.now();
        window.__log.events.push({ type, id: target.id || null, verdict: e.detail.verdict, summary: e.detail.summary, checks: e.detail.checks.length, t });
        console.debug(`${EVENT_MARK} ${JSON.stringify({ type, id: target.id || null, verdict: e.detail.verdict, summary: e.detail.summary, t })}`);
      });
    }
  }, EVENT_MARK);
  return problems;
}

const EVENT_MARK = '[open-badge event]';

/**
 * Resolves to the first event `instrument` announces for element `id` (or any element when
 * id is null): `{type, id, verdict, summary, t}`. Unlike `waitForEvents` it never runs
 * anything in the page (no polling, no injected helper script), so it does not compete with
 * the page for its main thread; call it before navigating.
 */
export function waitForEventsQuietly(page, id, timeout = 20_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', listen);
      reject(new Error(`no open-badge event for ${id ?? 'any element'} within ${timeout} ms`));
    }, timeout);
    function listen(message) {
      const text = message.text();
      if (!text.startsWith(EVENT_MARK)) return;
      const event = JSON.parse(text.slice(EVENT_MARK.length + 1));
      if (id !== null && event.id !== id) return;
      clearTimeout(timer);
      page.off('console', listen);
      resolve(event);
    }
    page.on('console', listen);
  });
}

/** Waits until `count` events were logged for element `id` (or any element when id is null). */
export async function waitForEvents(page, id, count = 1, timeout = 20_000) {
  await page.waitForFunction(
    ([wanted, n]) => window.__log.events.filter((e) => wanted === null || e.id === wanted).length >= n,
    [id, count],
    { timeout },
  );
}

/** What an element shows: state, status label, summary, name, issuer. */
export function shown(page, selector) {
  return page.$eval(selector, (element) => {
    const s = element.shadowRoot;
    const text = (q) => s.querySelector(q)?.textContent ?? null;
    return {
      state: s.querySelector('.root').dataset.state,
      label: text('.label'),
      summary: text('.summary'),
      name: text('.name'),
      issuer: text('.issuer-name'),
      host: text('.host'),
      role: s.querySelector('[part="status"]').getAttribute('role'),
      live: s.querySelector('[part="status"]').getAttribute('aria-live'),
      report: element.report,
    };
  });
}

/**
 * One test server and one headless Chromium for a test file: started before its tests,
 * closed after them. Returns `{server, browser}`, filled in once they are up.
 */
export function sharedBrowser() {
  const shared = { server: null, browser: null };
  before(async () => {
    shared.server = await startTestServer();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
