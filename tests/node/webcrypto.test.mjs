// wasm/js/webcrypto.js beyond Wycheproof (tests/node/wycheproof-webcrypto.test.mjs): the
// Ed25519 cases where WebCrypto alone disagrees with the Rust backend, the small-order
// check against the curve arithmetic, the input shape, and the capability probe.
import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

const { ALGORITHMS, isSmallOrder, platformAlgorithms, verifySignature } = await import(join(ROOT, 'wasm/js/webcrypto.js'));

const bytes = (hex) => new Uint8Array(Buffer.from(hex, 'hex'));

test('Ed25519 edge cases: the Rust verdict, where WebCrypto alone accepts forgeries', async () => {
  const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests/data/webcrypto/edge-cases.json'), 'utf8'));
  let webcryptoAloneDiffers = 0;
  for (const c of cases) {
    const check = { alg: c.alg, key: c.key, message: bytes(c.msg), signature: bytes(c.sig) };
    assert.equal(await verifySignature(check), c.rust, c.note);
    // What the platform's WebCrypto says without the module's pre-checks (recorded, not
    // required: it is the reason the pre-checks exist).
    const key = await crypto.subtle.importKey('jwk', c.key, { name: 'Ed25519' }, false, ['verify']);
    const alone = await crypto.subtle.verify({ name: 'Ed25519' }, key, check.signature, check.message);
    if (alone !== c.rust) webcryptoAloneDiffers++;
  }
  console.log(`WebCrypto alone differs from the Rust backend on ${webcryptoAloneDiffers} of ${cases.length} cases`);
});

// ---- Ed25519 arithmetic (affine twisted Edwards, a = −1), only to check isSmallOrder ------
const P = 2n ** 255n - 19n;
const mod = (a) => ((a % P) + P) % P;
const pow = (b, e) => {
  let r = 1n;
  for (b = mod(b); e > 0n; e >>= 1n, b = (b * b) % P) if (e & 1n) r = (r * b) % P;
  return r;
};
const inv = (a) => pow(a, P - 2n);
const D = mod(-121665n * inv(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);
function decompress(y, sign) {
  const u = mod((y * y - 1n) * inv(D * y * y + 1n));
  let x = pow(u, (P + 3n) / 8n);
  if (mod(x * x - u) !== 0n) x = mod(x * SQRT_M1);
  if (mod(x * x - u) !== 0n) return null;
  if ((x & 1n) !== BigInt(sign)) x = mod(-x);
  return [x, y];
}
function add([x1, y1], [x2, y2]) {
  const t = mod(D * x1 * x2 * y1 * y2);
  return [mod((x1 * y2 + y1 * x2) * inv(1n + t)), mod((y1 * y2 + x1 * x2) * inv(1n - t))];
}
const encode = ([x, y], extra = 0n) => {
  const n = (y + extra) | ((x & 1n) << 255n);
  return Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));
};
const IDENTITY = [0n, 1n];
const same = (a, b) => a[0] === b[0] && a[1] === b[1];

test('isSmallOrder is true exactly for the eight torsion points, in every encoding', () => {
  const Y8 = 2707385501144840649318225287225658788936804267575313519463743609750303402022n;
  const t8 = decompress(Y8, 0);
  const multiples = [IDENTITY];
  for (let i = 1; i < 8; i++) multiples.push(add(multiples[i - 1], t8));
  assert.ok(same(add(multiples[7], t8), IDENTITY), 'Y8 has order 8');
  assert.ok(!same(multiples[4], IDENTITY), 'order exactly 8');
  const distinct = new Set(multiples.map(([x, y]) => `${x},${y}`));
  assert.equal(distinct.size, 8, 'the torsion subgroup has eight points');
  for (const point of multiples) {
    assert.ok(isSmallOrder(encode(point)), `canonical ${point}`);
    // The other sign bit (same point when x = 0) and y + p when it still fits in 255 bits:
    // curve25519-dalek decodes both.
    assert.ok(isSmallOrder(encode([point[0] ^ 1n, point[1]])));
    if (point[1] + P < 2n ** 255n) assert.ok(isSmallOrder(encode(point, P)), `y + p for ${point}`);
  }
  // Not small order: the base point, and the base point plus a torsion point (mixed order).
  const B = decompress(mod(4n * inv(5n)), 0);
  assert.ok(!isSmallOrder(encode(B)));
  for (const t of multiples.slice(1)) assert.ok(!isSmallOrder(encode(add(B, t))));
});

// ---- Input shape ----------------------------------------------------------------------
// RFC 8032 §7.1 TEST 1's key: fixed, so that its `x` has a `_` for the alphabet check below.
const ed = {
  privateKey: createPrivateKey({
    key: Buffer.from('302e020100300506032b6570042204209d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'),
    format: 'der',
    type: 'pkcs8',
  }),
};
const edJwk = createPublicKey(ed.privateKey).export({ format: 'jwk' });
assert.equal(edJwk.x, '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo');
const message = new TextEncoder().encode('an Open Badge');
const edSig = new Uint8Array(sign(null, message, ed.privateKey));
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ecJwk = ec.publicKey.export({ format: 'jwk' });
const ecSig = new Uint8Array(sign('sha256', message, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' }));
const ecDer = new Uint8Array(sign('sha256', message, ec.privateKey));

test('a valid check is true; its names, JWK extras and byte copies do not matter', async () => {
  assert.equal(await verifySignature({ alg: 'EdDSA', key: edJwk, message, signature: edSig }), true);
  assert.equal(await verifySignature({ alg: 'Ed25519', key: edJwk, message, signature: edSig }), true);
  // kid, use, alg (even a wrong one), key_ops, ext are ignored, as by PublicKey::from_jwk.
  const extras = { ...edJwk, kid: 'k1', use: 'sig', alg: 'RS256', key_ops: ['encrypt'], ext: false };
  assert.equal(await verifySignature({ alg: 'EdDSA', key: extras, message, signature: edSig }), true);
  assert.equal(await verifySignature({ alg: 'ES256', key: ecJwk, message, signature: ecSig }), true);
});

test('ES256: raw r‖s only, high S accepted', async () => {
  assert.equal(await verifySignature({ alg: 'ES256', key: ecJwk, message, signature: ecDer }), false);
  const n = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
  const s = BigInt(`0x${Buffer.from(ecSig.subarray(32)).toString('hex')}`);
  const high = Uint8Array.from([...ecSig.subarray(0, 32), ...Buffer.from((n - s).toString(16).padStart(64, '0'), 'hex')]);
  assert.equal(await verifySignature({ alg: 'ES256', key: ecJwk, message, signature: high }), true);
});

test('bad data is false, never an exception', async () => {
  const good = { alg: 'EdDSA', key: edJwk, message, signature: edSig };
  const bad = [
    null,
    undefined,
    'EdDSA',
    [],
    {},
    { ...good, alg: 'none' },
    { ...good, alg: 'HS256' },
    { ...good, alg: 'eddsa' },
    { ...good, alg: 'ES256' }, // key type of another algorithm
    { ...good, alg: 'RS256' },
    { ...good, key: null },
    { ...good, key: [] },
    { ...good, key: 'x' },
    { ...good, key: { ...edJwk, d: 'AAAA' } }, // a private member
    { ...good, key: { ...edJwk, k: 'AAAA' } },
    { ...good, key: { kty: 'oct', k: 'AAAA' } },
    { ...good, key: { ...edJwk, crv: 'X25519' } },
    { ...good, key: { ...edJwk, x: `${edJwk.x}=` } }, // padded
    { ...good, key: { ...edJwk, x: edJwk.x.replace(/_/g, '/') } }, // the standard alphabet
    { ...good, key: { ...edJwk, x: edJwk.x.slice(0, -1) } },
    { ...good, key: { ...edJwk, x: 42 } },
    { ...good, message: 'an Open Badge' },
    { ...good, message: Array.from(message) },
    { ...good, signature: edSig.buffer },
    { ...good, signature: edSig.subarray(1) },
    { ...good, signature: new Uint8Array(0) },
    { alg: 'ES256', key: { ...ecJwk, y: ecJwk.x }, message, signature: ecSig }, // off the curve
    { alg: 'ES256', key: { ...ecJwk, crv: 'P-384' }, message, signature: ecSig },
    { alg: 'ES384', key: ecJwk, message, signature: ecSig },
    { alg: 'RS256', key: { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, message, signature: new Uint8Array(3) },
    { alg: 'RS256', key: { kty: 'RSA', n: '', e: '' }, message, signature: new Uint8Array(0) },
  ];
  for (const check of bad) {
    assert.equal(await verifySignature(check), false, JSON.stringify(check, (k, v) => (v instanceof Uint8Array ? `u8[${v.length}]` : v instanceof ArrayBuffer ? "AB" : v)));
  }
  // The good one still verifies, so the refusals above are about what was changed.
  assert.equal(await verifySignature(good), true);
});

test('no crypto.subtle is an error, not a verdict', async () => {
  await assert.rejects(verifySignature({ alg: 'EdDSA', key: edJwk, message, signature: edSig }, null), /crypto\.subtle/);
  assert.deepEqual(await platformAlgorithms(null), []);
});

test('platformAlgorithms: Node 20 has all of them', async () => {
  assert.deepEqual(ALGORITHMS, ['EdDSA', 'ES256', 'ES384', 'RS256', 'PS256']);
  assert.deepEqual(await platformAlgorithms(), ALGORITHMS);
});

test('the bytes are copied before WebCrypto runs: changing them afterwards changes nothing', async () => {
  for (const wrap of [(b) => new Uint8Array(b), (b) => Buffer.from(b)]) {
    const msg = wrap(message);
    const sig = wrap(edSig);
    const pending = verifySignature({ alg: 'EdDSA', key: edJwk, message: msg, signature: sig });
    msg[0] ^= 1;
    sig[0] ^= 1;
    assert.equal(await pending, true);
  }
});
