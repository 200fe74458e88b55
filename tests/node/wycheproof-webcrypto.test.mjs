// Wycheproof through every signature backend of the npm package, in Node: wasm/js/webcrypto.js
// on OpenSSL's WebCrypto and on node:crypto (wasm/js/nodecrypto.js, what the package uses
// under Node), and the fallback build's `checkSignature` (pkg/badgeverify_full.js, the
// Rust backend compiled to WebAssembly). Every vector of the files tests/wycheproof.rs runs is
// judged against Wycheproof and against the Rust backend's committed verdicts
// (tests/node/wycheproof-cases.mjs says how). Both again in headless Chromium (BoringSSL's
// WebCrypto; the fallback under V8's WebAssembly in a page): tests/browser/wycheproof-webcrypto.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { assertHoldsToBothRules, loadGroups, runGroups, viaCheckSignature } from './wycheproof-cases.mjs';

const { verifySignature } = await import(join(ROOT, 'wasm/js/webcrypto.js'));
const node = await import(join(ROOT, 'wasm/js/nodecrypto.js'));

/** Runs every vector through `verifySignature` and holds it to both rules. */
async function holdsToBothRules(verifySignature) {
  const groups = loadGroups();
  assertHoldsToBothRules(groups, await runGroups(groups, verifySignature));
}

test('Wycheproof through WebCrypto in Node: the Rust backend verdict on every vector', async () => {
  await holdsToBothRules(verifySignature);
});

test("node:crypto's self-test (nodecrypto.js worksHere) passes in Node, so the package uses it here", async () => {
  assert.equal(await node.worksHere(), true);
});

test('Wycheproof through node:crypto (nodecrypto.js): the Rust backend verdict on every vector', async () => {
  await holdsToBothRules((check) => verifySignature(check, node.subtle));
});

test("Wycheproof through the fallback build's checkSignature: the Rust backend verdict on every vector", async () => {
  const full = await import(join(ROOT, 'pkg/badgeverify_full.js'));
  full.initSync({ module: readFileSync(join(ROOT, 'pkg/badgeverify_full_bg.wasm')) });
  await holdsToBothRules(viaCheckSignature(full));
});
