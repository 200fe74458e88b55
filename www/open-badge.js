// <open-badge>: a web component that verifies an Open Badge in the browser and shows it.
//
// Zero runtime dependencies besides badgeverify's own WebAssembly package (pkg/), which is
// loaded once per page, lazily, when the first badge comes near the viewport. Everything
// taken from a badge is inserted with textContent or attributes, never as markup. Styles
// live in the shadow root (a constructable stylesheet), so the element works under
// `style-src 'self'`; the package needs `script-src 'self' 'wasm-unsafe-eval'`.
//
// www/build.mjs turns this file into the classic-script build (www/dist/open-badge.iife.js):
// it rewrites the two lines marked `// build:` below and drops the `export` keywords, so
// keep every export a plain `export function|class|const` declaration, and use the module
// URL only on the marked line.

const HERE = import.meta.url; // build: HERE
const DEFAULT_PKG = '../pkg/badgeverify.js'; // build: DEFAULT_PKG
// The package's module when the build put it in this file (www/dist/), else null.
const BUNDLED_PKG = null; // build: BUNDLED_PKG

const CHECK_IDS = [
  'container',
  'payload',
  'schema',
  'proof',
  'issuer-key',
  'validity-period',
  'revocation',
  'recipient',
  'hosted-origin',
];

/** Largest badge file the element reads from `src` (the core applies its own, lower limits). */
const MAX_SOURCE_BYTES = 32 * 1024 * 1024;
/** Largest baked image shown from its own bytes as a data: URL. */
const MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024;

/** The languages the element speaks: the package's catalogs (locales/<lang>.ftl). */
export const LANGUAGES = ['en', 'fr', 'de', 'es'];

// The catalog ids of every text the element shows around the report (locales/en.ftl, the
// `ui-` ids). A language that lacks any of them also loads English, which fills the gaps.
const UI_IDS = [
  'ui-valid', 'ui-invalid', 'ui-indeterminate', 'ui-error', 'ui-pending', 'ui-idle', 'ui-untitled',
  'ui-no-badge', 'ui-no-badge-hint', 'ui-issued-by', 'ui-recipient', 'ui-not-stated', 'ui-issued',
  'ui-expires', 'ui-show-details', 'ui-hide-details', 'ui-checks', 'ui-notes', 'ui-technical-details',
  'ui-issuer-site', 'ui-verification-link', 'ui-credential', 'ui-no-credential', 'ui-matches',
  'ui-outcome-pass', 'ui-outcome-fail', 'ui-outcome-warn', 'ui-outcome-skip',
];

// ---------------------------------------------------------------------------------------
// The verifier package: one module-level promise shared by every element on the page.

let packageUrl = null;
let verifier = null;

/**
 * Sets where the badgeverify package (`badgeverify.js`, with `badgeverify_bg.wasm` and the
 * fallback build `badgeverify_full.js` + `badgeverify_full_bg.wasm` beside it) is loaded from. Call before the first badge verifies. Relative URLs resolve against the
 * document.
 */
export function configure(options = {}) {
  if (options.pkg) packageUrl = new URL(options.pkg, document.baseURI).href;
}

/**
 * Fetches and compiles the WebAssembly module as it arrives: resolves to a WebAssembly.Module,
 * or to the Response when it cannot be compiled in a stream (an error status or a server that
 * does not say `application/wasm`), which the package then handles and reports itself.
 */
function compileWasm(url) {
  const response = fetch(url);
  if (typeof WebAssembly.compileStreaming !== 'function') return response;
  return response.then((r) =>
    r.ok
      ? WebAssembly.compileStreaming(r).catch((e) => {
          if (r.bodyUsed) throw e;
          return r;
        })
      : r,
  );
}

/** Loads the package and its WebAssembly module once; resolves to the package's module. */
export function loadVerifier() {
  if (!verifier) {
    const url = packageUrl ?? new URL(DEFAULT_PKG, HERE).href;
    // Fetch the glue, its core module and the .wasm at once rather than one after another
    // as the import graph would discover them, and compile the .wasm while it downloads.
    const wasm = compileWasm(new URL('badgeverify_bg.wasm', url));
    wasm.catch(() => {}); // reported through pkg.default() below
    // The fallback build, downloaded only where WebCrypto lacks a signature algorithm.
    const backends = { fallback: new URL('badgeverify_full.js', url).href };
    const modules =
      BUNDLED_PKG && !packageUrl
        ? Promise.resolve(BUNDLED_PKG)
        : Promise.all([import(url), import(new URL('badgeverify_core.js', url).href)]).then(([pkg]) => pkg);
    verifier = modules.then(async (pkg) => {
      await pkg.default(wasm, backends);
      return pkg;
    });
    verifier.catch(() => {
      verifier = null; // a later verification may retry, e.g. after a network error
    });
  }
  return verifier;
}

// The package's JS alone, without its WebAssembly module: enough for its message catalogs.
function loadPackageScript() {
  if (BUNDLED_PKG && !packageUrl) return Promise.resolve(BUNDLED_PKG);
  return import(packageUrl ?? new URL(DEFAULT_PKG, HERE).href);
}

const catalogs = new Map();

/**
 * Resolves to `{main, english}`: the package's catalog of the language negotiated from
 * `preferences` (a tag or a list, best first), and the English one when `main` lacks one of
 * the element's texts (else null). Each is downloaded once per page.
 */
export function loadCatalogs(preferences) {
  const key = JSON.stringify(preferences);
  if (!catalogs.has(key)) {
    const found = loadPackageScript().then(async (pkg) => {
      const main = await pkg.catalog(preferences, { details: false });
      const english = main.lang !== 'en' && UI_IDS.some((id) => !main.has(id)) ? await pkg.catalog('en', { details: false }) : null;
      return { main, english };
    });
    found.catch(() => catalogs.delete(key)); // a later render may retry
    catalogs.set(key, found);
  }
  return catalogs.get(key);
}

/** The text `id` of `messages` (from loadCatalogs), else of English, else the id; '' before any loaded. */
function say(messages, id, params) {
  if (!messages) return '';
  return messages.main.format(id, params) ?? messages.english?.format(id, params) ?? id;
}

// ---------------------------------------------------------------------------------------
// Lazy start: one IntersectionObserver for all elements.

const NEAR = Symbol('near');
let observer = null;

/** Whether `element` is already within MARGIN of the viewport (no need to wait for a frame). */
function nearViewport(element) {
  if (typeof element.getBoundingClientRect !== 'function' || typeof innerHeight !== 'number') return false;
  // Not rendered (display: none, or not in a document): let the observer decide. An empty
  // element that is not upgraded yet is rendered with no size and still counts.
  if (typeof element.getClientRects === 'function' && element.getClientRects().length === 0) return false;
  const r = element.getBoundingClientRect();
  const margin = 256;
  return r.bottom >= -margin && r.top <= innerHeight + margin && r.right >= -margin && r.left <= innerWidth + margin;
}

function watchViewport(element) {
  // Start at once when the element is on screen already (the observer would report it only
  // after the next frame), or when the browser has no IntersectionObserver.
  if (typeof IntersectionObserver !== 'function' || nearViewport(element)) {
    element[NEAR]();
    return;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          entry.target[NEAR]();
        }
      }
    },
    { rootMargin: '256px' },
  );
  observer.observe(element);
}

// Badge files requested before the elements were upgraded (see `startEarly`), by URL.
const early = new Map();

/**
 * Before `tag` is defined: for every element already in the document, on screen and with
 * something to verify, starts loading the verifier and fetching its `src`. Upgrading the
 * elements (shadow DOM, styles, first render) then happens while those downloads run.
 */
function startEarly(tag) {
  if (typeof document === 'undefined' || typeof document.querySelectorAll !== 'function') return;
  for (const element of document.querySelectorAll(tag)) {
    const url = fileToVerify(element);
    if ((!url && !inlineBadge(element)) || !nearViewport(element)) continue;
    loadVerifier().catch(() => {}); // errors are reported when a verification awaits it
    if (url && !early.has(url)) early.set(url, prefetch(url));
  }
}

/** The badge given inline: a `<script type="application/json">` or `application/jwt` child. */
function inlineBadge(element) {
  return element.querySelector(':scope > script[type="application/json"], :scope > script[type="application/jwt"]');
}

/** The absolute URL of `src` when that is what `element` verifies (no inline badge), else null. */
function fileToVerify(element) {
  const src = element.getAttribute('src');
  return src && !inlineBadge(element) ? new URL(src, document.baseURI).href : null;
}

/** `readSource(url)` started ahead of its use; a failure is reported when it is awaited. */
function prefetch(url) {
  const source = readSource(url);
  source.catch(() => {}); // not an unhandled rejection if it is never awaited
  return source;
}

function unwatchViewport(element) {
  observer?.unobserve(element);
}

// ---------------------------------------------------------------------------------------
// Helpers

/**
 * `url` if it is an image URL the element may show (https: or data:image/), else null.
 * `offline`: only data:image/ (nothing may be fetched).
 */
export function safeImageUrl(url, offline) {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (/^data:image\//i.test(trimmed)) return trimmed;
  if (offline) return null;
  try {
    return new URL(trimmed).protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}

/** `url` if it is an absolute http(s) URL that may be linked, else null. */
export function safeLinkUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// ---- Verification links (the page's cards, the element's `verifier` attribute)

function base64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link data is not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function deflateRaw(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates a `#c=` payload to text, stopping past `max` bytes. */
export async function inflateRaw(bytes, max) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw new Error(`the badge in the link is larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}

/**
 * The URL a hosted assertion is verified from (OB 2.0 `verification.type` hosted with an
 * http(s) `id`, OB 1.x `verify.url`), or null: a link then needs only that URL (the same
 * rule as cli/src/link.rs).
 */
function hostedUrl(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  const isHosted = (v) => v && typeof v.type === 'string' && (v.type.toLowerCase() === 'hosted' || v.type === 'HostedBadge');
  const url = isHosted(doc?.verification) ? doc.id : isHosted(doc?.verify) ? doc.verify.url : null;
  return typeof url === 'string' && /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : null;
}

/**
 * The verification link of a badge (bytes or text) to the verifier page at `base`: `#u=<url>`
 * for a hosted assertion or a URL, else `#c=` + base64url(raw deflate(payload text)), the
 * scheme of `badgeverify link` (cli/src/link.rs). The fragment never reaches a server.
 * `extract` is the package's extract().
 */
export async function verificationLink(input, base, extract) {
  let kind;
  let text;
  if (typeof input === 'string') {
    text = input.trim();
    kind = /^https?:\/\/\S+$/i.test(text) ? 'url' : 'text';
  } else {
    const extracted = extract(input);
    if (extracted.error) throw new Error(extracted.error.message);
    kind = extracted.payload.kind;
    text = extracted.payload.text.trim();
  }
  const hosted = kind === 'json' ? hostedUrl(text) : null;
  if (hosted) return `${base}#u=${hosted}`;
  return kind === 'url' ? `${base}#u=${text}` : `${base}#c=${base64url(await deflateRaw(text))}`;
}

/** A report in the core's shape for a badge that could not even be read. */
// A report of the element's own failure (`code` with its `params`), in the core's shape:
// rendered from the catalogs like any other.
function failureReport(code, params = {}) {
  const check = { id: 'container', outcome: 'fail', code, params };
  return {
    verdict: 'error',
    summary: { code, params },
    format: { container: null, spec: null, proof: null },
    checks: [check],
    badge: null,
    issuer: null,
    recipient: null,
    issued: null,
    expires: null,
    credential: null,
    endorsements: [],
    notes: [],
  };
}

function base64(bytes) {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(at, at + 0x8000));
  }
  return btoa(text);
}

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
// Icon paths (24×24): tick, cross, exclamation mark, clock.
const ICONS = {
  valid: 'M6 12.5l4 4 8-9',
  invalid: 'M7 7l10 10M17 7L7 17',
  indeterminate: 'M12 6.5v7M12 17v.5',
  error: 'M12 6.5v7M12 17v.5',
  pending: 'M12 7v5l3 2',
  idle: 'M12 7v5l3 2',
};

function icon() {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('part', 'icon');
  const circle = document.createElementNS(SVG_NS, 'circle');
  circle.setAttribute('cx', '12');
  circle.setAttribute('cy', '12');
  circle.setAttribute('r', '11');
  const path = document.createElementNS(SVG_NS, 'path');
  svg.append(circle, path);
  return svg;
}

// ---------------------------------------------------------------------------------------
// Styles

const CSS = `
:host {
  --_accent: var(--open-badge-accent, #2457c5);
  --_valid: var(--open-badge-valid, #17803d);
  --_invalid: var(--open-badge-invalid, #c22b2b);
  --_indeterminate: var(--open-badge-indeterminate, #a15c00);
  --_radius: var(--open-badge-radius, 12px);
  --_bg: var(--open-badge-background, #ffffff);
  --_fg: var(--open-badge-color, #1d2330);
  --_muted: var(--open-badge-muted, #5b6475);
  --_border: var(--open-badge-border, #d9dee7);
  --_code-bg: var(--open-badge-code-background, #f4f6f9);
  display: inline-block;
  box-sizing: border-box;
  max-width: 100%;
  width: 26rem;
  vertical-align: top;
  color: var(--_fg);
  font: var(--open-badge-font, 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  :host {
    --_accent: var(--open-badge-accent, #8ab4ff);
    --_valid: var(--open-badge-valid, #4cc47a);
    --_invalid: var(--open-badge-invalid, #ff7b72);
    --_indeterminate: var(--open-badge-indeterminate, #f0b44c);
    --_bg: var(--open-badge-background, #1b1f27);
    --_fg: var(--open-badge-color, #e8ebf1);
    --_muted: var(--open-badge-muted, #a5adbb);
    --_border: var(--open-badge-border, #343b48);
    --_code-bg: var(--open-badge-code-background, #12151b);
  }
}
:host([hidden]) { display: none; }
:host([compact]) { width: auto; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.root {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 0.25rem 1rem;
  padding: 1rem;
  border: 1px solid var(--_border);
  border-top: 4px solid var(--_state, var(--_border));
  border-radius: var(--_radius);
  background: var(--_bg);
  overflow-wrap: anywhere;
}
.root[data-state="valid"] { --_state: var(--_valid); }
.root[data-state="invalid"] { --_state: var(--_invalid); }
.root[data-state="indeterminate"], .root[data-state="error"] { --_state: var(--_indeterminate); }
.media { grid-row: span 2; }
.media[hidden] { display: none; }
.image {
  display: block;
  width: 72px;
  height: 72px;
  object-fit: contain;
  border-radius: calc(var(--_radius) / 2);
}
.body { min-width: 0; }
.media[hidden] + .body { grid-column: 1 / -1; }
.name { margin: 0; font-size: 1.15em; font-weight: 650; line-height: 1.3; }
.issuer, .meta { margin: 0.15rem 0 0; color: var(--_muted); }
.host { white-space: nowrap; }
.host::before { content: "· "; }
.host:empty::before { content: none; }
.meta { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.meta div { display: flex; gap: 0.3rem; }
.meta dt { margin: 0; flex: none; }
.meta dt::after { content: ":"; }
.meta dd { margin: 0; color: var(--_fg); }
.status {
  display: grid;
  grid-template-columns: 1.25rem 1fr;
  gap: 0 0.5rem;
  align-items: start;
  margin-top: 0.75rem;
  grid-column: 1 / -1;
}
.status svg { width: 1.25rem; height: 1.25rem; margin-top: 0.05rem; }
.status circle { fill: var(--_state, var(--_muted)); }
.status path { fill: none; stroke: #fff; stroke-width: 2.6; stroke-linecap: round; stroke-linejoin: round; }
.label { font-weight: 650; color: var(--_state, var(--_muted)); }
.summary { grid-column: 2; color: var(--_fg); }
.summary:empty { display: none; }
.members { grid-column: 1 / -1; list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: 0.2rem; }
.members[hidden] { display: none; }
.members li { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
.member-verdict { font-weight: 650; flex: none; }
.members li[data-verdict="valid"] .member-verdict { color: var(--_valid); }
.members li[data-verdict="invalid"] .member-verdict { color: var(--_invalid); }
.members li[data-verdict="indeterminate"] .member-verdict, .members li[data-verdict="error"] .member-verdict { color: var(--_indeterminate); }
.member-issuer { color: var(--_muted); }
.root[data-state="pending"] .status svg { animation: spin 1.2s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
.toggle {
  grid-column: 1 / -1;
  justify-self: start;
  margin-top: 0.5rem;
  padding: 0.3rem 0.75rem;
  border: 1px solid var(--_border);
  border-radius: 999px;
  background: transparent;
  color: var(--_accent);
  font: inherit;
  cursor: pointer;
}
.toggle:hover { border-color: var(--_accent); }
.toggle:focus-visible, a:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.toggle::after { content: " ▾"; }
.toggle[aria-expanded="true"]::after { content: " ▴"; }
.details { grid-column: 1 / -1; margin-top: 0.75rem; border-top: 1px solid var(--_border); padding-top: 0.75rem; }
.details[hidden] { display: none; }
.heading { margin: 0.75rem 0 0.35rem; font-weight: 650; }
.heading:first-child { margin-top: 0; }
.checks, .notes { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.35rem; }
.notes li { display: grid; }
.checks li { display: grid; grid-template-columns: 8.5rem 1fr; gap: 0 0.5rem; }
.check-name { font-weight: 600; }
.technical { grid-column: 2; color: var(--_muted); font-size: 0.9em; }
.notes .technical { grid-column: auto; }
.technical summary { width: max-content; max-width: 100%; color: var(--_accent); cursor: pointer; }
.technical summary:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.detail { margin: 0.15rem 0; color: var(--_fg); }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.outcome { display: block; font-size: 0.85em; font-weight: 650; }
.outcome[data-outcome="pass"] { color: var(--_valid); }
.outcome[data-outcome="fail"] { color: var(--_invalid); }
.outcome[data-outcome="warn"] { color: var(--_indeterminate); }
.outcome[data-outcome="skip"] { color: var(--_muted); }
.message { color: var(--_fg); }
a { color: var(--_accent); }
.link[hidden] { display: none; }
pre {
  margin: 0;
  max-height: 20rem;
  overflow: auto;
  padding: 0.6rem 0.75rem;
  border-radius: calc(var(--_radius) / 2);
  background: var(--_code-bg);
  font: 0.8em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  white-space: pre;
}
:host([compact]) .root { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.6rem; padding: 0.35rem 0.75rem; border-top-width: 1px; border-inline-start: 4px solid var(--_state, var(--_border)); }
:host([compact]) .media { grid-row: auto; }
:host([compact]) .image { width: 28px; height: 28px; }
:host([compact]) .body { display: contents; }
:host([compact]) .name { font-size: 1em; }
:host([compact]) .issuer, :host([compact]) .meta, :host([compact]) .summary, :host([compact]) .members { display: none; }
:host([compact]) .status { margin: 0; display: flex; gap: 0.35rem; align-items: center; }
:host([compact]) .toggle { margin: 0; padding: 0.1rem 0.5rem; }
:host([compact]) .details { flex-basis: 100%; }
:host([noimage]) .media { display: none; }
@media (prefers-reduced-motion: reduce) {
  .root[data-state="pending"] .status svg { animation: none; }
  * { transition: none !important; }
}
`;

let sharedSheet = null;

function adoptStyles(shadow) {
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadow) {
    try {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(CSS);
      }
      shadow.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      // fall through to a <style> element (older browsers)
    }
  }
  shadow.append(el('style', {}, CSS));
}

// ---------------------------------------------------------------------------------------
// The element

let instances = 0;

/**
 * `<open-badge src="badge.png">`: verifies a badge and shows it. See www/open-badge.d.ts and
 * the README for attributes, events, parts and custom properties.
 */
export class OpenBadgeElement extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'recipient', 'now', 'offline', 'lang', 'loading', 'open'];
  }

  /**
   * Registers the element (default tag `open-badge`) and returns the registered class.
   * Defining it twice under the same tag is a no-op.
   */
  static define(tag = 'open-badge', registry = customElements) {
    const existing = registry.get(tag);
    if (existing) return existing;
    if (registry === customElements) startEarly(tag);
    try {
      registry.define(tag, this);
      return this;
    } catch (e) {
      // One class can only be registered once; give any further tag its own subclass.
      if (e && e.name === 'NotSupportedError') {
        const Tagged = class extends this {};
        registry.define(tag, Tagged);
        return Tagged;
      }
      throw e;
    }
  }

  #shadow;
  #nodes;
  #near = false;
  #queued = false;
  #key = null; // what the current (or in-flight) report was computed from
  #run = 0; // increments per verification; a stale one never lands
  #link = null; // the verification link, when the `verifier` attribute names a page
  #report = null;
  #busy = false;
  #imageUrl = null;
  #input;
  #inputSerial = 0;
  #mutations = null;
  #prefetched = null;
  #messages = null; // {main, english} from loadCatalogs(), once loaded
  #messagesKey = null; // the language preferences #messages was (or is being) loaded for

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#shadow);
    this.#nodes = this.#build();
    this[NEAR] = () => {
      this.#near = true;
      // Start downloading the verifier now, not after the microtask that renders the
      // pending state (errors are reported when the verification awaits it).
      if (this.#hasSource()) loadVerifier().catch(() => {});
      this.#prefetchSource();
      this.#schedule();
    };
  }

  /** The latest report, or null before the first verification finished. */
  get report() {
    return this.#report;
  }

  /**
   * Badge data to verify instead of `src` or the inline script: a Uint8Array, an ArrayBuffer
   * or a string (JSON, JWT or URL). Setting it starts a verification.
   */
  get input() {
    return this.#input;
  }

  set input(value) {
    this.#input = value;
    this.#inputSerial += 1;
    this.#schedule();
  }

  connectedCallback() {
    this.#render();
    if (!this.#mutations && typeof MutationObserver === 'function') {
      this.#mutations = new MutationObserver(() => this.#schedule());
    }
    this.#mutations?.observe(this, { childList: true, characterData: true, subtree: true });
    if (this.#near || this.getAttribute('loading') === 'eager') this.#near = true;
    else watchViewport(this);
    this.#schedule();
  }

  disconnectedCallback() {
    this.#mutations?.disconnect();
    unwatchViewport(this);
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value) return;
    if (name === 'loading' && value === 'eager') this.#near = true;
    if (name === 'open') this.#render();
    else this.#schedule(); // `lang` too: the report is rendered again in the new language
  }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#update();
    });
  }

  // Starts fetching `src` (when it is what will be verified), for #verify to pick up.
  #prefetchSource() {
    const url = this.#input === undefined ? fileToVerify(this) : null;
    if (!url) return;
    const source = early.get(url) ?? prefetch(url);
    early.delete(url);
    this.#prefetched = { url, source };
  }

  // Whether there is anything to verify yet (src, inline script or input).
  #hasSource() {
    return this.#input !== undefined || this.hasAttribute('src') || !!inlineBadge(this);
  }

  // What the verification depends on; equal keys never verify twice.
  #currentKey() {
    const script = inlineBadge(this);
    const src = this.getAttribute('src');
    return JSON.stringify({
      input: this.#input === undefined ? null : this.#inputSerial,
      inline: script ? script.textContent : null,
      src: src ? new URL(src, document.baseURI).href : null,
      recipient: this.getAttribute('recipient'),
      now: this.getAttribute('now'),
      offline: this.hasAttribute('offline'),
      lang: this.#lang(),
    });
  }

  #update() {
    if (!this.isConnected || !this.#near) return;
    const key = this.#currentKey();
    if (key === this.#key) return;
    this.#key = key;
    const parsed = JSON.parse(key);
    if (parsed.input === null && parsed.inline === null && parsed.src === null) {
      this.#run += 1; // nothing to verify: forget any verification still running
      this.#busy = false;
      this.#report = null;
      this.#imageUrl = null;
      this.#render();
      return;
    }
    this.#verify(parsed, (this.#run += 1));
  }

  async #verify(what, run) {
    this.#busy = true;
    this.#report = null;
    this.#imageUrl = null;
    this.#render();
    let report;
    let bytes = null;
    let data;
    // Start loading the verifier while the badge itself is fetched.
    const loading = loadVerifier();
    loading.catch(() => {}); // handled where it is awaited
    const prefetched = this.#prefetched;
    this.#prefetched = null;
    const source =
      what.input === null && what.inline === null
        ? prefetched && prefetched.url === what.src
          ? prefetched.source
          : readSource(what.src)
        : null;
    try {
      if (what.input !== null) data = this.#input;
      else if (what.inline !== null) data = what.inline.trim();
      else {
        const loaded = await source;
        if (loaded.report) report = loaded.report;
        else data = bytes = loaded.bytes;
      }
      if (!report) {
        let pkg;
        try {
          pkg = await loading;
        } catch {
          report = failureReport('verifier-unavailable');
        }
        if (pkg) {
          report = await pkg.verify(data, {
            now: what.now || undefined,
            recipient: what.recipient || undefined,
            offline: what.offline,
            lang: what.lang,
            details: false, // loaded when a person opens "Technical details"
          });
        }
      }
    } catch {
      report = failureReport('widget-error');
    }
    // The element's own texts in the report's language, and its own reports rendered too.
    const messages = await loadCatalogs(what.lang).catch(() => null);
    if (messages && !report.lang) report = messages.main.render(report);
    this.#link = null;
    const verifier = this.getAttribute('verifier');
    if (verifier && data !== undefined && report.verdict !== 'error') {
      try {
        const page = new URL(verifier, document.baseURI).href.split('#')[0];
        this.#link = await verificationLink(data, page, (await loading).extract);
      } catch {
        this.#link = null; // no link rather than a broken one
      }
    }
    if (run !== this.#run) return; // a newer verification started meanwhile
    this.#busy = false;
    if (messages && JSON.stringify(what.lang) === this.#messagesKey) this.#messages = messages;
    if (data instanceof Uint8Array && !bytes) bytes = data;
    this.#report = report;
    this.#imageUrl = safeImageUrl(report.badge && report.badge.image, what.offline) ?? imageFromBytes(report, bytes);
    this.#render();
    const type = report.verdict === 'valid' ? 'open-badge:verified' : 'open-badge:failed';
    this.dispatchEvent(new CustomEvent(type, { detail: report, bubbles: true, composed: true }));
  }

  // The language preferences: the element's `lang`, else the nearest ancestor's, else the
  // browser's languages (a list, best first); the package picks the first it ships.
  #lang() {
    const own = this.getAttribute('lang');
    if (own) return own;
    const ancestor = this.parentElement && this.parentElement.closest('[lang]');
    if (ancestor && ancestor.getAttribute('lang')) return ancestor.getAttribute('lang');
    if (typeof navigator === 'undefined') return 'en';
    return navigator.languages && navigator.languages.length ? [...navigator.languages] : navigator.language || 'en';
  }

  // The catalogs for the current language: starts loading them when they are not those
  // already held, and renders again once they arrive.
  #catalogs() {
    const preferences = this.#lang();
    const key = JSON.stringify(preferences);
    if (key !== this.#messagesKey) {
      this.#messagesKey = key;
      loadCatalogs(preferences).then(
        (messages) => {
          if (key !== this.#messagesKey) return;
          this.#messages = messages;
          this.#render();
        },
        () => {}, // the package could not load: the verification reports it
      );
    }
    return this.#messages;
  }

  #build() {
    const id = `open-badge-${(instances += 1)}`;
    const root = el('div', { part: 'root', class: 'root', 'data-state': 'idle' });
    const media = el('div', { class: 'media', hidden: '' });
    const image = el('img', { part: 'image', class: 'image', alt: '', decoding: 'async' });
    image.addEventListener('error', () => {
      media.hidden = true;
    });
    media.append(image);
    const body = el('div', { class: 'body' });
    // dir="auto" isolates right-to-left names from the text around them.
    const name = el('p', { part: 'name', class: 'name', dir: 'auto' });
    const issuer = el('p', { part: 'issuer', class: 'issuer' });
    const issuerLabel = el('span', { class: 'issuer-label' });
    const issuerName = el('span', { class: 'issuer-name', dir: 'auto' });
    const host = el('span', { class: 'host' });
    issuer.append(issuerLabel, ' ', issuerName, ' ', host);
    const meta = el('dl', { class: 'meta' });
    body.append(name, issuer, meta);
    const status = el('div', { part: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
    const label = el('span', { class: 'label' });
    const summary = el('span', { class: 'summary' });
    status.append(icon(), label, summary);
    // A presentation, CLR or API response holding several badges: one line per badge.
    const members = el('ul', { part: 'members', class: 'members', hidden: '' });
    const toggle = el('button', { part: 'toggle', class: 'toggle', type: 'button', 'aria-expanded': 'false', 'aria-controls': `${id}-details` });
    toggle.addEventListener('click', () => this.toggleAttribute('open'));
    // Not a landmark: a page of cards would hold several with the same name (axe landmark-unique).
    const details = el('div', { part: 'details', class: 'details', id: `${id}-details`, hidden: '' });
    const checksHeading = el('p', { class: 'heading' });
    const checks = el('ul', { class: 'checks' });
    const notesHeading = el('p', { class: 'heading' });
    const notes = el('ul', { class: 'notes' });
    const link = el('p', { class: 'link' });
    const share = el('p', { class: 'link' });
    const credentialHeading = el('p', { class: 'heading' });
    const credential = el('pre', { tabindex: '0' });
    details.append(checksHeading, checks, notesHeading, notes, link, share, credentialHeading, credential);
    root.append(media, body, status, members, toggle, details);
    this.#shadow.append(root);
    return { root, media, image, name, issuer, issuerLabel, issuerName, host, meta, status, label, summary, members, toggle, details, checksHeading, checks, notesHeading, notes, link, share, credentialHeading, credential };
  }

  #render() {
    const n = this.#nodes;
    const messages = this.#catalogs();
    const t = (id, params) => say(messages, id, params);
    const report = this.#report;
    const lang = (report && report.lang) || (messages && messages.main.lang);
    const state = report ? report.verdict : this.#busy ? 'pending' : 'idle';
    n.root.dataset.state = state;
    if (lang) n.root.setAttribute('lang', lang);
    n.status.querySelector('path').setAttribute('d', ICONS[state] ?? ICONS.error);

    n.media.hidden = !this.#imageUrl;
    if (this.#imageUrl) n.image.setAttribute('src', this.#imageUrl);
    else n.image.removeAttribute('src');

    const badge = (report && report.badge) || {};
    const issuer = (report && report.issuer) || {};
    const missing = notABadge(report);
    const held = (report && report.credentials) || [];
    const container = report && held.length > 0 ? t('ui-container', { container: report.format.container }) : '';
    const name = badge.name || container || (report ? t(missing ? 'ui-no-badge' : 'ui-untitled') : '');
    n.name.textContent = name;
    n.image.setAttribute('alt', badge.name || '');
    n.issuer.hidden = !(issuer.name || issuer.host || issuer.id);
    n.issuerLabel.textContent = t('ui-issued-by');
    n.issuerName.textContent = issuer.name || (issuer.host ? '' : issuer.id || '');
    n.host.textContent = issuer.host || '';

    const rows = [];
    const recipient = recipientText(report, this.getAttribute('recipient'), t);
    if (recipient) rows.push([t('ui-recipient'), recipient]);
    for (const field of ['issued', 'expires']) {
      // The reader's date, as the CLI writes it (the catalog's `date`).
      const when = report && report[field] && messages && (messages.main.date(report[field]) ?? messages.english?.date(report[field]));
      if (when) {
        const dd = el('dd');
        dd.append(el('time', { datetime: report[field] }, when));
        rows.push([t(`ui-${field}`), dd]);
      }
    }
    n.meta.replaceChildren(
      ...rows.map(([term, value]) => {
        const row = el('div');
        row.append(el('dt', {}, term), typeof value === 'string' ? el('dd', { dir: 'auto' }, value) : value);
        return row;
      }),
    );
    n.meta.hidden = rows.length === 0;

    n.label.textContent = t(`ui-${STATES.includes(state) ? state : 'error'}`);
    // A file that is not a badge: say what to do; the reason is in the details.
    n.summary.textContent = report ? (missing ? t('ui-no-badge-hint') : report.summary) : '';
    n.members.hidden = held.length < 2;
    n.members.replaceChildren(
      ...held.map(({ path, report: r }) => {
        const verdict = STATES.includes(r.verdict) ? r.verdict : 'error';
        const item = el('li', { 'data-verdict': verdict, 'data-path': path });
        const who = r.issuer && (r.issuer.name || r.issuer.host || r.issuer.id);
        item.append(
          el('span', { class: 'member-verdict' }, t(`ui-${verdict}`)),
          el('span', { class: 'member-name', dir: 'auto' }, (r.badge && r.badge.name) || t('ui-untitled')),
        );
        if (who) item.append(el('span', { class: 'member-issuer', dir: 'auto' }, who));
        return item;
      }),
    );

    const open = this.hasAttribute('open');
    n.toggle.hidden = !report;
    n.toggle.textContent = t(open ? 'ui-hide-details' : 'ui-show-details');
    n.toggle.setAttribute('aria-expanded', String(open && !!report));
    n.details.hidden = !(open && report);
    if (!report) return;

    n.checksHeading.textContent = t('ui-checks');
    n.checks.replaceChildren(
      ...report.checks.map((check) => {
        const item = el('li', { 'data-check': check.id, 'data-outcome': check.outcome });
        const head = el('div');
        const outcome = OUTCOMES.includes(check.outcome) ? t(`ui-outcome-${check.outcome}`) : check.outcome;
        head.append(el('span', { class: 'check-name' }, check.name ?? check.id), el('span', { class: 'outcome', 'data-outcome': check.outcome }, outcome));
        item.append(head, el('span', { class: 'message' }, check.message), technical(t, check, check.code, messages));
        return item;
      }),
    );
    const notes = report.notes ?? [];
    n.notesHeading.hidden = n.notes.hidden = notes.length === 0;
    n.notesHeading.textContent = t('ui-notes');
    n.notes.replaceChildren(
      ...notes.map((note) => {
        const item = el('li', { 'data-note': note.code });
        item.append(el('span', { class: 'message' }, note.message), technical(t, note, note.path ? `${note.code} · ${note.path}` : note.code, messages));
        return item;
      }),
    );
    const href = safeLinkUrl(issuer.url) ?? safeLinkUrl(issuer.id);
    n.link.hidden = !href;
    n.link.replaceChildren();
    if (href) {
      n.link.append(`${t('ui-issuer-site')}: `, el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, href));
    }
    n.share.hidden = !this.#link;
    n.share.replaceChildren();
    if (this.#link) n.share.append(el('a', { href: this.#link, rel: 'noopener noreferrer', target: '_blank' }, t('ui-verification-link')));
    n.credentialHeading.textContent = t('ui-credential');
    n.credential.textContent = report.credential == null ? t('ui-no-credential') : credentialText(report.credential);
  }
}

const STATES = ['valid', 'invalid', 'indeterminate', 'error', 'pending', 'idle'];
const OUTCOMES = ['pass', 'fail', 'warn', 'skip'];

/**
 * A check's or note's technical detail and code, folded under "Technical details"; the
 * language's technical detail is downloaded the first time one is opened.
 */
function technical(t, item, code, messages) {
  const box = el('details', { class: 'technical' });
  const detail = el('p', { class: 'detail' }, item.detail ?? '');
  detail.hidden = !item.detail;
  box.append(el('summary', {}, t('ui-technical-details')), detail, el('code', { class: 'code' }, code));
  if (item.detail === undefined && messages) {
    box.addEventListener('toggle', () => {
      if (!box.open || detail.textContent) return;
      messages.main.loadDetails().then(() => {
        detail.textContent = messages.main.format(item.code, item.params ?? {}, 'detail') ?? '';
        detail.hidden = !detail.textContent;
      }, () => {});
    });
  }
  return box;
}

function recipientText(report, asked, t) {
  if (!report) return null;
  // No identifier: a name alone (credentialSubject.name) does not say whom it was issued to.
  if (report.checks.some((c) => c.code === 'recipient-not-stated')) return t('ui-not-stated');
  const r = report.recipient;
  if (!r) return null;
  if (r.matched === true && asked) return `${asked} (${t('ui-matches')})`;
  if (r.name) return r.name;
  if (r.id && !r.hashed && !/^(did|urn):/i.test(r.id)) return r.id;
  return null;
}

// Characters that display as nothing or reorder the text around them, besides the C0
// controls that JSON.stringify escapes itself (docs/report.md, "Display-safe text").
const HIDDEN = /[\x7F-\x9F\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0]/gu;

/**
 * The credential as indented JSON in which every hidden character is written as a `\uXXXX`
 * escape: the same JSON, but it cannot display as something else. (The report's other
 * strings come display-safe from the core.)
 */
function credentialText(credential) {
  return JSON.stringify(credential, null, 2).replace(HIDDEN, (c) => {
    let escaped = '';
    for (let i = 0; i < c.length; i += 1) escaped += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

// Failure codes that mean the input holds no badge at all (docs/report.md).
const NOT_A_BADGE = ['no-badge-data', 'unrecognized-input', 'payload-unrecognized', 'not-a-badge'];

/** Whether `report` says its input is not a badge (rather than a badge that failed). */
function notABadge(report) {
  return !!report && report.checks.some((c) => c.outcome === 'fail' && NOT_A_BADGE.includes(c.code));
}

// A baked PNG/SVG is itself the badge image: show it from its own bytes.
function imageFromBytes(report, bytes) {
  if (!bytes || bytes.length > MAX_INLINE_IMAGE_BYTES) return null;
  const container = report.format && report.format.container;
  if (container === 'png') return `data:image/png;base64,${base64(bytes)}`;
  if (container === 'svg') return `data:image/svg+xml;base64,${base64(bytes)}`;
  return null;
}

// Reads the badge file at `url`: {bytes} or, when it cannot be read, {report}.
async function readSource(url) {
  let response;
  try {
    response = await fetch(url);
  } catch {
    const cross = new URL(url).origin !== location.origin;
    return {
      report: failureReport(cross ? 'source-cors' : 'source-unreachable'),
    };
  }
  if (!response.ok) {
    return { report: failureReport('source-http-status', { status: response.status }) };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_SOURCE_BYTES) {
    return { report: failureReport('source-too-large') };
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { report: failureReport('source-too-large') };
  }
  return { bytes };
}

// ---------------------------------------------------------------------------------------
// scan(): upgrade plain <img> badges on a page.

/**
 * Finds `img[data-open-badge]` (plus any image matching `options.selector`) under `root`, and
 * puts a compact `<open-badge>` right after each image. The image itself is left as it is
 * (only `data-open-badge-verdict` is set once known), so the page layout barely changes. The
 * element fetches the image's bytes (usually from the cache) and verifies them. Resolves to
 * `[{image, element, report}]`. Images already scanned are skipped.
 */
export function scan(root = document, options = {}) {
  const tag = options.tag ?? 'open-badge';
  OpenBadgeElement.define(tag);
  const selector = options.selector ? `img[data-open-badge], ${options.selector}` : 'img[data-open-badge]';
  const found = [...root.querySelectorAll(selector)].filter(
    (image) => image instanceof HTMLImageElement && !image.hasAttribute('data-open-badge-verdict') && !image.hasAttribute('data-open-badge-scanned'),
  );
  return Promise.all(
    found.map(
      (image) =>
        new Promise((resolve) => {
          image.setAttribute('data-open-badge-scanned', '');
          const element = document.createElement(tag);
          element.setAttribute('compact', '');
          element.setAttribute('noimage', '');
          element.setAttribute('loading', 'eager');
          const recipient = image.getAttribute('data-recipient') ?? options.recipient;
          if (recipient) element.setAttribute('recipient', recipient);
          if (options.now) element.setAttribute('now', options.now);
          if (options.offline) element.setAttribute('offline', '');
          const done = (event) => {
            image.setAttribute('data-open-badge-verdict', event.detail.verdict);
            resolve({ image, element, report: event.detail });
          };
          element.addEventListener('open-badge:verified', done, { once: true });
          element.addEventListener('open-badge:failed', done, { once: true });
          element.setAttribute('src', image.currentSrc || image.src);
          image.after(element);
        }),
    ),
  );
}
