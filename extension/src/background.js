// The extension's service worker: the one place where content scripts' badges are verified.
//
// It imports the badgeverify package (pkg/, copied in by extension/build.mjs) as an ES module
// and runs its WebAssembly here, under the extension's own CSP (`'wasm-unsafe-eval'` in
// `content_security_policy.extension_pages`), never in the page: a page's CSP and scripts can
// neither block nor alter it. Content scripts send it the badge's bytes or text in a
// `runtime.sendMessage` message and get the report back; nothing else is accepted.
//
// Documents a badge refers to (issuer profiles, keys, DID documents, status lists, hosted
// assertions) are fetched from here by the package's own `fetch` driver, with no cookies.
// The extension has no host permissions, so these requests are ordinary cross-origin
// requests from the extension's origin: a server that does not allow CORS leaves the check
// "could not be fully checked", exactly as for the <open-badge> element on a page.

import init, { addCatalog, verify } from './pkg/badgeverify.js';
// The fallback build's glue, for a Chrome whose WebCrypto lacks Ed25519 (before 137): imported
// here for the same reason, and handed to init(); its .wasm is still fetched only if needed.
import * as fallback from './pkg/badgeverify_full.js';
// A service worker may not use import(): the catalogs are imported here, once, and handed to
// the package, which then never loads one itself.
import de from './pkg/locales/de.js';
import deDetail from './pkg/locales/de.detail.js';
import en from './pkg/locales/en.js';
import enDetail from './pkg/locales/en.detail.js';
import es from './pkg/locales/es.js';
import esDetail from './pkg/locales/es.detail.js';
import fr from './pkg/locales/fr.js';
import frDetail from './pkg/locales/fr.detail.js';

addCatalog('en', en, enDetail);
addCatalog('fr', fr, frDetail);
addCatalog('de', de, deDetail);
addCatalog('es', es, esDetail);

/** Largest input accepted in one message (the core applies its own, lower limits). */
const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** Reports kept per service-worker lifetime, so one badge shown many times is verified once. */
const CACHE_SIZE = 64;
/** How long a cached report stays (a revocation may land at any time). */
const CACHE_MS = 5 * 60 * 1000;

const cache = new Map();

function fromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function digest(kind, data, recipient) {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `${kind}:${recipient ?? ''}:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Verifies `{base64}` or `{text}` (optionally with a `recipient`); resolves to `{report}` or `{error}`. */
async function verifyMessage(message) {
  let data;
  if (typeof message.base64 === 'string') {
    if (message.base64.length > (MAX_INPUT_BYTES * 4) / 3 + 4) return { error: 'input too large' };
    data = fromBase64(message.base64);
  } else if (typeof message.text === 'string') {
    if (message.text.length > MAX_INPUT_BYTES) return { error: 'input too large' };
    data = message.text;
  } else {
    return { error: 'nothing to verify' };
  }
  const recipient = typeof message.recipient === 'string' && message.recipient ? message.recipient : undefined;
  const key = await digest(typeof data === 'string' ? 't' : 'b', data, recipient);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return { report: await hit.report };
  // Messages in the browser's language (the extension's UI language).
  const report = verify(data, { recipient, lang: navigator.languages });
  cache.set(key, { at: Date.now(), report });
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
  try {
    return { report: await report };
  } catch (e) {
    cache.delete(key);
    throw e;
  }
}

/**
 * The toolbar badge of a tab: how many of its badges the extension flagged (a widget claiming
 * another status, or a badge that is not valid). Drawn by the browser, outside the page's
 * reach, so a page cannot hide it the way it can hide markers in its own DOM.
 */
function showTabState(sender, message) {
  const tabId = sender.tab && sender.tab.id;
  if (typeof tabId !== 'number') return { ok: false };
  const mismatches = Number(message.mismatches) || 0;
  const badges = Number(message.badges) || 0;
  const text = mismatches > 0 ? '!' : badges > 0 ? String(Math.min(badges, 99)) : '';
  chrome.action.setBadgeText({ tabId, text });
  chrome.action.setBadgeBackgroundColor({ tabId, color: mismatches > 0 ? '#c22b2b' : '#2457c5' });
  chrome.action.setTitle({
    tabId,
    title:
      mismatches > 0
        ? `badgeverify: ${mismatches} badge widget(s) on this page show a status that differs from this extension's own check`
        : badges > 0
          ? `badgeverify: ${badges} badge(s) on this page checked`
          : 'Verify an Open Badge file',
  });
  return { ok: true };
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own content scripts and pages can send messages here (there is no
  // `externally_connectable`); their content is still treated as untrusted data.
  if (!message || typeof message !== 'object') return false;
  if (message.type === 'verify') {
    init(undefined, { fallback })
      .then(() => verifyMessage(message))
      .then(sendResponse, (e) => sendResponse({ error: String(e && e.message ? e.message : e) }));
    return true; // the answer is asynchronous
  }
  if (message.type === 'tab-state') {
    sendResponse(showTabState(sender, message));
    return false;
  }
  return false;
});
