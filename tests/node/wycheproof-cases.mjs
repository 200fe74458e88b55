// The Wycheproof vectors of tests/wycheproof.rs as input for wasm/js/webcrypto.js, and the
// rules its verdicts are judged by, shared by tests/node/wycheproof-webcrypto.test.mjs (Node)
// and tests/browser/wycheproof-webcrypto.test.mjs (headless Chromium).
//
// Every vector is judged twice:
// - against Wycheproof: every `valid` vector accepted, every `invalid` one rejected,
//   `acceptable` ones recorded with their flags;
// - against the Rust backend (src/crypto.rs): the same verdict as the one committed in
//   tests/data/wycheproof-rust-verdicts.json, which tests/wycheproof.rs
//   (`rust_verdicts_file_is_current`) recomputes with the native code on every `cargo test`
//   and fails when it differs. Together the two tests hold both backends to one verdict.
//
// Exceptions, each a property of the input:
// - ecdsa_secp384r1_sha384_p1363_test.json: ES384 exists only in the WebCrypto backend (the
//   Rust core refuses P-384 keys and never asks for it), so only the Wycheproof rule applies;
// - the JOSE files are run at the signature level (the level this module answers at): the
//   signing input and signature of each compact JWS under its header's `alg`, with each
//   public key of the group. A vector Wycheproof calls invalid for a JWS rule (a `crit`
//   header, a key's `alg`, …) can still carry a good signature, so only the comparison with
//   the Rust backend and "valid ⇒ accepted" (for the algorithms both implement) apply.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './helpers.mjs';

export { runGroups, viaCheckSignature } from './wycheproof-run.mjs';

/** The signature files of tests/wycheproof.rs, and the `alg` each is checked under. */
export const SIGNATURE_FILES = [
  ['ed25519_test.json', 'EdDSA'],
  ['ecdsa_secp256r1_sha256_p1363_test.json', 'ES256'],
  ['ecdsa_secp384r1_sha384_p1363_test.json', 'ES384'],
  ['rsa_signature_2048_sha256_test.json', 'RS256'],
  ['rsa_signature_3072_sha256_test.json', 'RS256'],
  ['rsa_signature_4096_sha256_test.json', 'RS256'],
  ['rsa_pss_2048_sha256_mgf1_32_test.json', 'PS256'],
  ['rsa_pss_3072_sha256_mgf1_32_test.json', 'PS256'],
  ['rsa_pss_4096_sha256_mgf1_32_test.json', 'PS256'],
];
export const JOSE_FILES = ['json_web_signature_test.json', 'json_web_key_test.json'];

/** Files whose algorithm the Rust backend does not implement (no comparison with it). */
const BEYOND_RUST = new Set(['ecdsa_secp384r1_sha384_p1363_test.json']);
/** Algorithms the Rust backend implements (crypto::Alg). */
const RUST_ALGS = new Set(['RS256', 'PS256', 'ES256', 'EdDSA']);

/**
 * The shared fixtures folder, found as tests/common/mod.rs `shared_fixtures` finds it:
 * `$BADGEVERIFY_SHARED_FIXTURES/wycheproof`, else `shared/fixtures/wycheproof` in the
 * nearest ancestor of the repository root that has one (`../shared` beside a clone, further
 * up for a git worktree). Throws when missing: a suite that cannot be read must fail.
 */
export function wycheproofDir() {
  if (process.env.BADGEVERIFY_SHARED_FIXTURES) {
    return join(process.env.BADGEVERIFY_SHARED_FIXTURES, 'wycheproof');
  }
  for (let dir = dirname(ROOT); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'fixtures', 'wycheproof');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) {
      throw new Error('shared/fixtures/wycheproof not found above the repository; set BADGEVERIFY_SHARED_FIXTURES');
    }
  }
}

const b64u = (hex) => Buffer.from(hex, 'hex').toString('base64url');

/** A signature file group's public key as a JWK (the group's own, else from its point). */
function groupJwk(group) {
  const jwk = group.publicKeyJwk ?? group.keyJwk;
  if (jwk) return jwk;
  // Some ECDSA groups have no JWK; their key is the uncompressed point 04 ‖ x ‖ y.
  const { curve, uncompressed } = group.publicKey;
  const size = (uncompressed.length - 2) / 4;
  return {
    kty: 'EC',
    crv: { secp256r1: 'P-256', secp384r1: 'P-384' }[curve],
    x: b64u(uncompressed.slice(2, 2 + 2 * size)),
    y: b64u(uncompressed.slice(2 + 2 * size)),
  };
}

/** Strict unpadded base64url (as the Rust `encoding::base64url`) to hex, or null. */
function strictBase64url(text) {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes.toString('hex') : null;
}

/**
 * All vectors as JSON-friendly groups (bytes in hex), ready to cross into a page:
 * `{file, keys: [jwk], tests: [{tcId, result, flags, comment, alg, msg, sig}]}`; a test
 * with `sig: null` is rejected without asking the backend (its signature segment is not
 * base64url), as the Rust side does.
 */
export function loadGroups() {
  const dir = wycheproofDir();
  const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const groups = [];
  for (const [file, alg] of SIGNATURE_FILES) {
    for (const group of read(file).testGroups) {
      groups.push({
        file,
        keys: [groupJwk(group)],
        tests: group.tests.map((t) => ({ ...pick(t), alg, msg: t.msg, sig: t.sig })),
      });
    }
  }
  for (const file of JOSE_FILES) {
    for (const group of read(file).testGroups) {
      const set = group.public ?? group.private;
      groups.push({
        file,
        keys: set.keys ?? [set],
        tests: group.tests.map((t) => {
          const segments = t.jws.split('.');
          let alg = null;
          try {
            alg = JSON.parse(Buffer.from(segments[0], 'base64url').toString('utf8')).alg ?? null;
          } catch {
            // not JSON: no algorithm
          }
          const ok = segments.length === 3 && typeof alg === 'string';
          return {
            ...pick(t),
            alg,
            msg: ok ? Buffer.from(segments.slice(0, 2).join('.'), 'ascii').toString('hex') : '',
            sig: ok ? strictBase64url(segments[2]) : null,
          };
        }),
      });
    }
  }
  return groups;
}

function pick(t) {
  return { tcId: t.tcId, result: t.result, flags: t.flags ?? [], comment: t.comment };
}

/** The Rust backend's committed verdicts: `{file: Set(accepted tcIds)}` and vector counts. */
export function rustVerdicts() {
  const doc = JSON.parse(readFileSync(join(ROOT, 'tests/data/wycheproof-rust-verdicts.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries(doc.files).map(([file, f]) => [file, { accepted: new Set(f.accepted), vectors: f.vectors }]),
  );
}

/**
 * Judges the verdicts (module comment). Returns `{problems, tally}`: problems are strings,
 * none expected; tally counts per file what was checked.
 */
export function judge(groups, verdicts) {
  const rust = rustVerdicts();
  const problems = [];
  const tally = {};
  for (const group of groups) {
    const { file } = group;
    const t = (tally[file] ??= { vectors: 0, validAccepted: 0, invalidRejected: 0, acceptable: {}, sameAsRust: 0 });
    const jose = JOSE_FILES.includes(file);
    for (const test of group.tests) {
      const got = verdicts[file][test.tcId];
      const what = `${file} tcId ${test.tcId} (${test.comment}; ${test.alg})`;
      t.vectors++;
      if (typeof got !== 'boolean') {
        problems.push(`${what}: no verdict`);
        continue;
      }
      if (!BEYOND_RUST.has(file) && (!jose || RUST_ALGS.has(test.alg) || got)) {
        const want = rust[file].accepted.has(test.tcId);
        if (got === want) t.sameAsRust++;
        else problems.push(`${what}: WebCrypto ${got ? 'accepts' : 'rejects'}, the Rust backend ${want ? 'accepts' : 'rejects'}`);
      }
      if (test.result === 'acceptable') {
        const key = `${test.flags.join('+')}: ${got ? 'accepted' : 'rejected'}`;
        t.acceptable[key] = (t.acceptable[key] ?? 0) + 1;
      } else if (test.result === 'valid' && (!jose || RUST_ALGS.has(test.alg))) {
        if (got) t.validAccepted++;
        else if (!jose) problems.push(`${what}: valid vector rejected`);
      } else if (test.result === 'invalid' && !jose) {
        if (!got) t.invalidRejected++;
        else problems.push(`${what}: INVALID VECTOR ACCEPTED (a forgery)`);
      }
    }
  }
  for (const [file, f] of Object.entries(rust)) {
    if (tally[file]?.vectors !== f.vectors) {
      problems.push(`${file}: ${tally[file]?.vectors} vectors run, the Rust verdicts file has ${f.vectors}`);
    }
  }
  return { problems, tally };
}

/**
 * Holds a run's verdicts (`runGroups`) to both rules: no exception, no problem found by
 * `judge`, every file run, and the suite's counts (docs/conformance-suites.md).
 */
export function assertHoldsToBothRules(groups, { verdicts, thrown }) {
  assert.deepEqual(thrown, [], 'the backend must answer false, never throw, on bad data');
  const { problems, tally } = judge(groups, verdicts);
  for (const [file, t] of Object.entries(tally)) console.log(file, JSON.stringify(t));
  assert.deepEqual(problems, []);
  assert.deepEqual(Object.keys(tally).sort(), [...SIGNATURE_FILES.map(([f]) => f), ...JOSE_FILES].sort());
  assert.equal(tally['ed25519_test.json'].validAccepted, 88);
  assert.equal(tally['ed25519_test.json'].invalidRejected, 63);
  assert.equal(tally['ecdsa_secp256r1_sha256_p1363_test.json'].validAccepted, 173);
  assert.equal(tally['ecdsa_secp384r1_sha384_p1363_test.json'].vectors, 280);
  assert.deepEqual(tally['rsa_signature_2048_sha256_test.json'].acceptable, { 'MissingNull: rejected': 1 });
}
