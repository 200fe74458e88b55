// Wycheproof through both signature backends of the npm package, in Node: wasm/js/webcrypto.js
// (OpenSSL's WebCrypto) and the fallback build's `checkSignature` (pkg/badgeverify_full.js, the
// Rust backend compiled to WebAssembly). Every vector of the files tests/wycheproof.rs runs is
// judged against Wycheproof and against the Rust backend's committed verdicts
// (tests/node/wycheproof-cases.mjs says how). The WebCrypto run in headless Chromium
// (BoringSSL): tests/browser/wycheproof-webcrypto.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { JOSE_FILES, SIGNATURE_FILES, judge, loadGroups, runGroups } from './wycheproof-cases.mjs';

const { verifySignature } = await import(join(ROOT, 'wasm/js/webcrypto.js'));

/** Runs every vector through `verifySignature` and holds it to both rules. */
async function holdsToBothRules(verifySignature) {
  const groups = loadGroups();
  const { verdicts, thrown } = await runGroups(groups, verifySignature);
  assert.deepEqual(thrown, [], 'the backend must answer false, never throw, on bad data');
  const { problems, tally } = judge(groups, verdicts);
  for (const [file, t] of Object.entries(tally)) console.log(file, JSON.stringify(t));
  assert.deepEqual(problems, []);
  // Every file ran, and the counts are the suite's (docs/conformance-suites.md).
  assert.deepEqual(Object.keys(tally).sort(), [...SIGNATURE_FILES.map(([f]) => f), ...JOSE_FILES].sort());
  assert.equal(tally['ed25519_test.json'].validAccepted, 88);
  assert.equal(tally['ed25519_test.json'].invalidRejected, 63);
  assert.equal(tally['ecdsa_secp256r1_sha256_p1363_test.json'].validAccepted, 173);
  assert.equal(tally['ecdsa_secp384r1_sha384_p1363_test.json'].vectors, 280);
  assert.deepEqual(tally['rsa_signature_2048_sha256_test.json'].acceptable, { 'MissingNull: rejected': 1 });
}

test('Wycheproof through WebCrypto in Node: the Rust backend verdict on every vector', async () => {
  await holdsToBothRules(verifySignature);
});

test("Wycheproof through the fallback build's checkSignature: the Rust backend verdict on every vector", async () => {
  const full = await import(join(ROOT, 'pkg/badgeverify_full.js'));
  full.initSync({ module: readFileSync(join(ROOT, 'pkg/badgeverify_full_bg.wasm')) });
  const b64u = (bytes) => Buffer.from(bytes).toString('base64url');
  // One element of a step's `signatures`, as the core asks it.
  await holdsToBothRules(async ({ alg, key, message, signature }) =>
    full.checkSignature(JSON.stringify({ id: 'wycheproof', alg, key, message: b64u(message), signature: b64u(signature) })),
  );
});
