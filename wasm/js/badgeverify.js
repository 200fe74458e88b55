// badgeverify: Open Badges 2.0 / 3.0 verification in WebAssembly.
//
// This module is the public entry point of the npm package. It wraps the wasm-bindgen
// output (badgeverify_core.js) and does the I/O the Rust core never does: it reads the
// clock (Date.now) and fetches the documents a badge refers to. The core itself only
// turns bytes into a report. No eval, no inline workers: it runs under
// `script-src 'self' 'wasm-unsafe-eval'`.

import coreInit, {
  initSync as coreInitSync,
  Session,
  extract as coreExtract,
  errorReport,
  limits as coreLimits,
  seedHashKeys,
} from './badgeverify_core.js';
import { catalog } from './messages.js';

export { LANGUAGES, addCatalog, catalog, negotiate, renderReport } from './messages.js';

let ready = null;
let bounds = null;

function afterInit() {
  bounds = JSON.parse(coreLimits());
  // The core's hash maps need secret keys, and WebAssembly has no entropy of its own.
  seedHashKeys(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

function isNode() {
  return typeof process !== 'undefined' && !!(process.versions && process.versions.node);
}

function inBrowser() {
  return (
    (typeof window !== 'undefined' && typeof document !== 'undefined') ||
    (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' && self instanceof WorkerGlobalScope)
  );
}

async function readFileUrl(url) {
  // Kept out of static analysis so that browser bundlers leave it alone.
  const name = 'node:fs/promises';
  const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ name);
  return fs.readFile(url);
}

/**
 * Loads the WebAssembly module once; later calls return the same promise.
 * `input` may be a URL, a Response, bytes or a WebAssembly.Module; by default the
 * `badgeverify_bg.wasm` next to this file is used (read from disk under Node).
 */
export default function init(input) {
  return load(input);
}

export { load as init };

function load(input) {
  if (!ready) {
    ready = (async () => {
      let source = input ?? new URL('./badgeverify_bg.wasm', import.meta.url);
      if (source instanceof URL && source.protocol === 'file:' && isNode()) {
        source = await readFileUrl(source);
      }
      await coreInit({ module_or_path: source });
      afterInit();
    })();
    ready.catch(() => {
      ready = null; // let a later call retry, e.g. after a network error
    });
  }
  return ready;
}

/**
 * Initialises synchronously from the module's bytes or a compiled WebAssembly.Module
 * (Node, workers). Does nothing if already initialised.
 */
export function initSync(module) {
  if (!bounds) {
    coreInitSync({ module });
    afterInit();
    ready = Promise.resolve();
  }
}

const encoder = new TextEncoder();

function toBytes(input) {
  if (typeof input === 'string') return encoder.encode(input);
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return null;
}

function toRfc3339(now) {
  if (now === undefined || now === null) return new Date().toISOString();
  if (now instanceof Date) return Number.isNaN(now.getTime()) ? 'Invalid Date' : now.toISOString();
  return String(now);
}

// A report with verdict `error` for `code` with its `params` (docs/report.md, "Parameters").
function errorOf(code, params = {}) {
  return JSON.parse(errorReport(code, JSON.stringify(params)));
}

/**
 * Verifies a badge (baked PNG/SVG bytes, JSON, a compact JWS/JWT, or a URL as text) and
 * resolves to a report whose messages are in the language negotiated from `options.lang` (a
 * BCP 47 tag or a list of them, best first; English by default). It does not reject for bad
 * badges or failed fetches: those are reported. It rejects only if the WebAssembly module or
 * the language's messages cannot be loaded.
 */
export async function verify(input, options = {}) {
  // The language's messages load while the badge verifies.
  const wanted = { details: options.details !== false };
  const [report, messages] = await Promise.all([verifyCore(input, options), catalog(options.lang, wanted)]);
  return messages.render(report);
}

async function verifyCore(input, options) {
  await init();
  const bytes = toBytes(input);
  if (bytes === null) {
    return errorOf('invalid-input'); // not a Uint8Array, an ArrayBuffer or a string
  }
  const opts = JSON.stringify({ now: toRfc3339(options.now), recipient: options.recipient ?? null });
  let session = null;
  const blocked = []; // URLs this page's own security policy did not let fetch() request
  const text = typeof input === 'string' && input.trim(); // a URL to verify is fetched as this
  try {
    session = new Session(bytes, opts);
    const deadline = Date.now() + bounds.totalTimeMs;
    for (;;) {
      const out = JSON.parse(session.step());
      // A URL to verify that this page may not fetch at all is not a badge whose server is
      // down: say that the page refused it.
      if (out.done) return blocked.includes(text) ? errorOf('source-blocked-by-policy') : out.done;
      await Promise.all(out.need.map((request) => answer(session, request, options, deadline, blocked)));
    }
  } catch (e) {
    // An unexpected exception in this glue code; the console keeps its detail.
    console.error('badgeverify failed unexpectedly', e);
    return errorOf('internal-error');
  } finally {
    if (session) session.free();
  }
}

// The `detail` of a fetch this page's own security policy (CSP, mixed content) refused.
const POLICY = 'page-security-policy';

function fail(session, url, kind) {
  session.fail(url, JSON.stringify(kind));
}

// Fetches one document for the core. Every outcome is recorded in the session; a URL this
// page's own policy refused is also added to `blocked`.
async function answer(session, request, options, deadline, blocked) {
  const { url, accept } = request;
  if (options.offline) return fail(session, url, { kind: 'offline' });
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function') {
    return fail(session, url, { kind: 'connection', detail: 'no fetch() is available here' });
  }
  const wait = Math.min(bounds.fetchTimeoutMs, deadline - Date.now());
  if (wait <= 0) return fail(session, url, { kind: 'timeout' });
  const target = options.proxy ? options.proxy + encodeURIComponent(url) : url;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), wait);
  // A browser refuses, without any request, a URL the page's CSP does not allow (reported as a
  // `securitypolicyviolation` event) and an http: URL on an https: page (mixed content).
  let refused = false;
  // (A violation's blockedURI is never empty for a fetch: the URL, or its origin.)
  const spy = (e) => {
    if (target.startsWith(e.blockedURI)) refused = true;
  };
  globalThis.addEventListener?.('securitypolicyviolation', spy);
  try {
    const response = await doFetch(target, {
      headers: { Accept: accept },
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    if (!response.ok) return fail(session, url, { kind: 'status', status: response.status });
    const body = await readCapped(response, bounds.maxResponseBytes);
    if (body === null) return fail(session, url, { kind: 'too-large' });
    // Where the document came from, for the core's origin checks: the URL asked for unless the
    // browser followed a redirect. A proxy or a caller's fetch may serve it from another
    // address (response.url), which says nothing about the document's origin.
    const finalUrl = response.redirected && !options.proxy && response.url ? response.url : url;
    session.supply(url, body, response.headers.get('content-type') ?? undefined, finalUrl);
  } catch (e) {
    if (controller.signal.aborted) return fail(session, url, { kind: 'timeout' });
    // A browser reports a CORS refusal as a bare TypeError, indistinguishable from a
    // network error; CORS is by far the likelier cause for a badge's documents.
    if (e instanceof TypeError && inBrowser()) {
      // A browser hides why a cross-origin fetch failed. An opaque (`no-cors`) request
      // tells the two cases apart: if it goes through, the server is there and only
      // refuses cross-site reads (CORS); if it fails too, the server is unreachable.
      // When that fails too, wait a task: a CSP violation is reported after fetch() fails.
      const reachable = await doFetch(target, { mode: 'no-cors', credentials: 'omit' }).then(
        () => true,
        () => new Promise((resolve) => setTimeout(resolve, 0, false)),
      );
      if (refused || (location.protocol === 'https:' && /^http:/i.test(target))) {
        blocked.push(url);
        return fail(session, url, { kind: 'refused', detail: POLICY });
      }
      return fail(
        session,
        url,
        reachable ? { kind: 'cors' } : { kind: 'connection', detail: 'the server could not be reached from this page' },
      );
    }
    fail(session, url, { kind: 'connection', detail: String(e && e.message ? e.message : e) });
  } finally {
    clearTimeout(timer);
    globalThis.removeEventListener?.('securitypolicyviolation', spy);
  }
}

// The body, or null when it is longer than `cap` bytes.
async function readCapped(response, cap) {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) return null;
  if (!response.body || typeof response.body.getReader !== 'function') {
    const all = new Uint8Array(await response.arrayBuffer());
    return all.byteLength > cap ? null : all;
  }
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/**
 * Finds the payload baked into a badge: `{container, specHint, payload: {kind, text}}`, or
 * `{error: {code, message}}`. Needs `init()` (or `initSync`) to have completed.
 */
export function extract(input) {
  if (!bounds) {
    return { error: { code: 'not-initialised', params: {} } }; // await init() (or initSync()) first
  }
  const bytes = toBytes(input);
  if (bytes === null) {
    return { error: { code: 'invalid-input', params: {} } }; // not a Uint8Array, an ArrayBuffer or a string
  }
  return JSON.parse(coreExtract(bytes));
}
