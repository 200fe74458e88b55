// Makes edge-cases.json: Ed25519 signatures that OpenSSL's and BoringSSL's Ed25519 (and so
// WebCrypto in Node and Chromium) accept but ed25519-dalek's `verify_strict` (the Rust
// backend) refuses, plus controls. Wycheproof has no vector where the two differ, so these
// keep wasm/js/webcrypto.js's small-order pre-check honest. Each case's `rust` verdict is
// checked against the native code by tests/wycheproof.rs (`webcrypto_edge_cases_match_rust`),
// and tests/node/webcrypto.test.mjs holds webcrypto.js to it.
//
//   node tests/data/webcrypto/make.mjs > tests/data/webcrypto/edge-cases.json
//
// Deterministic: the key is RFC 8032 §7.1 TEST 1's (its secret seed is public).
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';

const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const Y8 = 2707385501144840649318225287225658788936804267575313519463743609750303402022n;
const hex = (b) => Buffer.from(b).toString('hex');
const le = (n, len = 32) => Buffer.from(Array.from({ length: len }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn)));
const fromLe = (b) => [...b].reverse().reduce((n, x) => (n << 8n) | BigInt(x), 0n);
const sha512 = (...parts) => createHash('sha512').update(Buffer.concat(parts)).digest();
const b64u = (b) => Buffer.from(b).toString('base64url');

const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const h = sha512(seed);
h[0] &= 248;
h[31] &= 127;
h[31] |= 64;
const a = fromLe(h.subarray(0, 32));
const privateKey = createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
  format: 'der',
  type: 'pkcs8',
});
// The public key A, as 32 bytes (the end of its SubjectPublicKeyInfo).
const A = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);

const IDENTITY = le(1n); // the neutral element (0, 1)
const ZERO = le(0n);
const cases = [];
const add = (note, x, msg, sig, rust) =>
  cases.push({ note, alg: 'EdDSA', key: { kty: 'OKP', crv: 'Ed25519', x: b64u(x) }, msg: hex(msg), sig: hex(sig), rust });

const msg = Buffer.from('an Open Badge');
add('control: a valid signature by the RFC 8032 TEST 1 key', A, msg, sign(null, msg, privateKey), true);

// The identity as public key: R = identity, S = 0 gives R' = [0]B − [k]O = O = R for any
// message, so this "signature" verifies every message under cofactorless verification.
add('small-order public key (the identity), signature identity ‖ 0: matches any message', IDENTITY, msg, Buffer.concat([IDENTITY, ZERO]), false);

// A public key of order 8 (y = Y8): with R = identity and S = 0, R' = −[k]A is the identity
// when k = H(R ‖ A ‖ M) mod L is a multiple of 8, i.e. for one message in eight.
const A8 = le(Y8);
for (let i = 0; ; i++) {
  const m = Buffer.from(`an Open Badge #${i}`);
  if ((fromLe(sha512(IDENTITY, A8, m)) % L) % 8n === 0n) {
    add('small-order public key (order 8), signature identity ‖ 0 over a message whose k ≡ 0 mod 8', A8, m, Buffer.concat([IDENTITY, ZERO]), false);
    break;
  }
}

// A real key and a small-order R: R = identity, S = k·a mod L gives [S]B − [k]A = O = R.
// Whoever holds the private key can make such signatures; verify_strict refuses them (RFC
// 8032 §5.1.7 allows it) because R is not a point a signer following RFC 8032 could make.
{
  const k = fromLe(sha512(IDENTITY, A, msg)) % L;
  add('small-order R (the identity) with S = k·a by the key holder', A, msg, Buffer.concat([IDENTITY, le((k * a) % L)]), false);
}

// S not reduced: the control signature with S + L (both backends refuse).
{
  const good = sign(null, msg, privateKey);
  const s = fromLe(good.subarray(32)) + L;
  add('control: non-canonical S (S + L)', A, msg, Buffer.concat([good.subarray(0, 32), le(s)]), false);
}

process.stdout.write(`${JSON.stringify({ about: 'Made by make.mjs in this folder; see there.', cases }, null, 1)}\n`);
