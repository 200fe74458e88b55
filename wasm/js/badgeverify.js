// badgeverify: Open Badges 2.0 / 3.0 verification in WebAssembly.
//
// This module is the public entry point of the npm package. It wraps the wasm-bindgen
// output and does what the Rust core never does: it reads the clock (Date.now), fetches the
// documents a badge refers to, and checks the signatures the core asks about. The core only
// turns bytes (and the answers to its questions) into a report. No eval, no inline workers:
// it runs under `script-src 'self' 'wasm-unsafe-eval'`.
//
// Two builds of the core ship (scripts/build-pkg.sh):
// - the lean module (badgeverify_core.js + badgeverify_bg.wasm) has no signature arithmetic;
//   its signature checks are answered with the platform's WebCrypto (webcrypto.js, which
//   applies the Rust backend's acceptance rules first);
// - the fallback (badgeverify_full.js + badgeverify_full_bg.wasm) carries the Rust backend
//   (cargo feature `builtin-crypto`) and answers them itself (`checkSignature`).
// By default the package asks the platform once which algorithms WebCrypto has; only where
// one is missing (e.g. a browser without Ed25519) does it download the fallback, so that no
// badge gets a different verdict because of the browser. `crypto: 'builtin'` forces it.

import * as leanCore from './badgeverify_core.js';
import { ALGORITHMS, platformAlgorithms, verifySignature } from './webcrypto.js';
import { catalog } from './messages.js';

export { LANGUAGES, addCatalog, catalog, negotiate, renderReport } from './messages.js';

// An engine is one initialised build: `{core, bounds, check}`, where `check(signature)`
// answers one element of a step's `signatures` (a promise of a boolean).
let leanEngine = null; // promise of the lean engine
let fullEngine = null; // promise of the fallback engine
let leanSource; // where init() was told the lean .wasm is (undefined: beside this file)
let fallbackSource; // the fallback's glue (a URL or the module itself), if init() was told
let mode = 'auto'; // the package's default `crypto` option, set by init()
let complete = null; // promise: does WebCrypto have every algorithm? (asked once)
let syncEngine = null; // the first engine ready, for extract()
let subtle = null; // promise of what signature checks go to (chosen once)

function engineOf(core) {
  // The core's hash maps need secret keys, and WebAssembly has no entropy of its own.
  core.seedHashKeys(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  return { core, bounds: JSON.parse(core.limits()) };
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

/** `source`, or its bytes when it is a file: URL under Node (Node's fetch cannot read files). */
async function readable(source) {
  return source instanceof URL && source.protocol === 'file:' && isNode() ? readFileUrl(source) : source;
}

/** Runs `start` once; a failure (e.g. a network error) lets a later call try again. */
function once(start, forget) {
  const promise = start();
  promise.catch(forget);
  return promise;
}

function lean() {
  leanEngine ??= once(
    async () => {
      await leanCore.default({ module_or_path: await readable(leanSource ?? new URL('./badgeverify_bg.wasm', import.meta.url)) });
      return leanInitialised();
    },
    () => (leanEngine = null),
  );
  return leanEngine;
}

/** The lean engine, once its module is instantiated: signatures go to WebCrypto. */
function leanInitialised() {
  const engine = { ...engineOf(leanCore), check: checkWithWebCrypto };
  syncEngine ??= engine;
  return engine;
}

function full() {
  fullEngine ??= once(
    async () => {
      const { glue, wasm } = await fallbackGlue();
      await glue.default(wasm && { module_or_path: await readable(wasm) });
      const engine = { ...engineOf(glue), check: (signature) => glue.checkSignature(JSON.stringify(signature)) };
      syncEngine ??= engine;
      return engine;
    },
    () => (fullEngine = null),
  );
  return fullEngine;
}

/**
 * The fallback's glue module and where its .wasm is (undefined: the glue's own default,
 * beside the glue). By default both sit beside this file; bundlers follow this import and
 * the URL, and emit them as files loaded only when this runs.
 */
async function fallbackGlue() {
  if (fallbackSource && typeof fallbackSource === 'object' && !(fallbackSource instanceof URL)) {
    return { glue: fallbackSource, wasm: undefined };
  }
  if (fallbackSource) {
    const url = new URL(fallbackSource, globalThis.location?.href);
    const glue = await import(/* webpackIgnore: true */ /* @vite-ignore */ url.href);
    return { glue, wasm: new URL('badgeverify_full_bg.wasm', url) };
  }
  const glue = await import('./badgeverify_full.js');
  return { glue, wasm: new URL('./badgeverify_full_bg.wasm', import.meta.url) };
}

/**
 * What signature checks go to: WebCrypto (`crypto.subtle`), or under Node the same calls on
 * node:crypto's synchronous functions (nodecrypto.js, beside this file: Node's WebCrypto
 * resolves each check on a worker thread, which costs more than the check). Where that file
 * cannot be loaded (e.g. a bundle made for Node), or its self-test fails (a runtime that
 * imitates Node without Ed25519), WebCrypto.
 */
function platformSubtle() {
  const webCrypto = globalThis.crypto?.subtle;
  subtle ??= isNode()
    ? import(/* webpackIgnore: true */ /* @vite-ignore */ new URL('./nodecrypto.js', import.meta.url).href)
        .then(async (node) => ((await node.worksHere()) ? node.subtle : webCrypto))
        .catch(() => webCrypto)
    : Promise.resolve(webCrypto);
  return subtle;
}

/** Whether the platform here checks every algorithm the core may ask about (asked once). */
function platformIsComplete() {
  complete ??= platformSubtle().then(platformAlgorithms).then(
    (found) => ALGORITHMS.every((alg) => found.includes(alg)),
    () => false,
  );
  return complete;
}

/** The engine for the `crypto` option `choice` ('auto' or 'builtin'). */
async function engineFor(choice) {
  if (choice === 'builtin') return full();
  return (await platformIsComplete()) ? lean() : full();
}

/**
 * Loads the WebAssembly module once; later calls return the same promise. `input` may be a
 * URL, a Response, bytes or a WebAssembly.Module of the lean module (by default the
 * `badgeverify_bg.wasm` next to this file, read from disk under Node). `options.crypto`:
 * `'auto'` (default) checks signatures with WebCrypto where it has every algorithm and
 * otherwise loads the fallback build; `'builtin'` always uses the fallback. `options.fallback`
 * says where the fallback is: the URL of its glue (`badgeverify_full.js`, with
 * `badgeverify_full_bg.wasm` beside it) or the glue module itself.
 */
export default function init(input, options = {}) {
  return load(input, options);
}

export { load as init };

async function load(input, options = {}) {
  if (input !== undefined && !leanEngine) leanSource = input;
  if (options.fallback !== undefined && !fullEngine) fallbackSource = options.fallback;
  if (options.crypto !== undefined) mode = cryptoChoice(options.crypto);
  await engineFor(mode);
}

/** The values of the `crypto` option. */
const CRYPTO_CHOICES = ['auto', 'builtin'];

function cryptoChoice(value) {
  if (CRYPTO_CHOICES.includes(value)) return value;
  throw new TypeError(`badgeverify: crypto must be 'auto' or 'builtin', not ${String(value)}`);
}

/**
 * Initialises the lean module synchronously from its bytes or a compiled WebAssembly.Module
 * (Node, workers). Does nothing if already initialised. Signature checks still go to the
 * fallback build (loaded by the first verify()) where WebCrypto lacks an algorithm.
 */
export function initSync(module) {
  if (!leanEngine) {
    leanCore.initSync({ module });
    leanEngine = Promise.resolve(leanInitialised());
  }
}

/** Bytes from unpadded base64url (the core writes it, so it is well-formed). */
function fromBase64url(text) {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

async function checkWithWebCrypto({ alg, key, message, signature }) {
  const check = { alg, key, message: fromBase64url(message), signature: fromBase64url(signature) };
  return verifySignature(check, await platformSubtle());
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
function errorOf(engine, code, params = {}) {
  return JSON.parse(engine.core.errorReport(code, JSON.stringify(params)));
}

/**
 * Verifies a badge (baked PNG/SVG bytes, JSON, a compact JWS/JWT, or a URL as text) and
 * resolves to a report whose messages are in the language negotiated from `options.lang` (a
 * BCP 47 tag or a list of them, best first; English by default). It does not reject for bad
 * badges or failed fetches: those are reported. It rejects only if the WebAssembly module or
 * the language's messages cannot be loaded. `options.crypto: 'builtin'` checks signatures
 * with the fallback build's own code instead of WebCrypto (see {@link init}); another value
 * is reported (`invalid-options`, reason `crypto-unknown`).
 */
export async function verify(input, options = {}) {
  // The language's messages load while the badge verifies.
  const wanted = { details: options.details !== false };
  const [report, messages] = await Promise.all([verifyCore(input, options), catalog(options.lang, wanted)]);
  return messages.render(report);
}

async function verifyCore(input, options) {
  const choice = options.crypto ?? mode;
  if (!CRYPTO_CHOICES.includes(choice)) {
    return errorOf(await engineFor(mode), 'invalid-options', { reason: 'crypto-unknown' });
  }
  const engine = await engineFor(choice);
  const { core, bounds } = engine;
  const bytes = toBytes(input);
  if (bytes === null) {
    return errorOf(engine, 'invalid-input'); // not a Uint8Array, an ArrayBuffer or a string
  }
  const opts = JSON.stringify({ now: toRfc3339(options.now), recipient: options.recipient ?? null });
  let session = null;
  const blocked = []; // URLs this page's own security policy did not let fetch() request
  const text = typeof input === 'string' && input.trim(); // a URL to verify is fetched as this
  try {
    session = new core.Session(bytes, opts);
    const deadline = Date.now() + bounds.totalTimeMs;
    for (;;) {
      const out = JSON.parse(session.step());
      // A URL to verify that this page may not fetch at all is not a badge whose server is
      // down: say that the page refused it.
      if (out.done) return blocked.includes(text) ? errorOf(engine, 'source-blocked-by-policy') : out.done;
      // The documents and the signatures of this round, all at once.
      await Promise.all([
        ...out.need.map((request) => answer(session, request, options, bounds, deadline, blocked)),
        ...out.signatures.map(async (s) => session.answer(s.id, await engine.check(s))),
      ]);
    }
  } catch (e) {
    // An unexpected exception in this glue code; the console keeps its detail.
    console.error('badgeverify failed unexpectedly', e);
    return errorOf(engine, 'internal-error');
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
async function answer(session, request, options, bounds, deadline, blocked) {
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
  if (!syncEngine) {
    return { error: { code: 'not-initialised', params: {} } }; // await init() (or initSync()) first
  }
  const bytes = toBytes(input);
  if (bytes === null) {
    return { error: { code: 'invalid-input', params: {} } }; // not a Uint8Array, an ArrayBuffer or a string
  }
  return JSON.parse(syncEngine.core.extract(bytes));
}
