// badgeverify/webcrypto: one signature check with the platform's WebCrypto (`crypto.subtle`),
// under exactly the acceptance rules of the Rust backend (src/crypto.rs, src/crypto/rsa.rs).
//
// The Rust core will ask its driver to check signatures ("verify this: {alg, key, message,
// signature}") and read back a boolean; the npm package answers with this module, the CLI
// with the Rust crates. Verdicts must not depend on the backend, so every rule the Rust code
// applies that WebCrypto does not (or applies differently) is checked here first, in plain
// JavaScript, before `crypto.subtle` sees the input:
//
// - the JWK is read as `PublicKey::from_jwk` reads it: strict unpadded base64url, exact
//   lengths, no private or symmetric members, the key type fixed by the algorithm. Only the
//   members the key needs are handed to `importKey` (a JWK's `alg`, `use`, `key_ops` or
//   `ext` would otherwise make WebCrypto refuse keys the Rust side reads);
// - Ed25519 is RFC 8032 with ed25519-dalek's `verify_strict`: `S` < L, and neither the public
//   key A nor the signature's R may be a small-order point. OpenSSL (Node) and BoringSSL
//   (Chromium) check `S` but accept small-order A and R, so that check is made here
//   (`isSmallOrder`);
// - ES256 / ES384 take the JOSE raw `r ‖ s` form only (64 / 96 bytes; never DER), need
//   1 ≤ r, s < n, and accept high-S signatures, as the p256 crate does; the public point
//   is checked to have coordinates below p and to lie on the curve;
// - RS256 / PS256 need an odd modulus of 2048 to 8192 bits without the ROCA structure
//   (CVE-2017-15361), an odd exponent 3 ≤ e ≤ 2^33 − 1 below n, and a signature of exactly
//   the modulus length whose value is below n; PSS uses SHA-256, MGF1-SHA-256 and a salt of
//   exactly 32 bytes; PKCS#1 v1.5 accepts only the DigestInfo with NULL parameters. (These
//   last two are left to WebCrypto, which with `saltLength: 32` and in PKCS#1 v1.5 decoding
//   behaves so in OpenSSL and BoringSSL: the Wycheproof runs check it, e.g. the
//   `MissingNull` vectors.)
//
// `verifySignature` never throws on bad data: anything malformed is `false`. It does throw
// (rejects) when the platform has no `crypto.subtle` at all, or does not implement the
// algorithm, since "cannot check" must not look like "forged"; `platformAlgorithms()` tells
// the package beforehand which algorithms it can leave to this module.
//
// No dependencies, no eval; runs in browsers (secure contexts: `crypto.subtle` is absent on
// plain-http pages other than localhost), workers and Node ≥ 20.

/**
 * The algorithm names {@link verifySignature} accepts: the JOSE names of the Rust backend's
 * `crypto::Alg` (`Alg::name()`: `RS256`, `PS256`, `ES256`, `EdDSA`) plus `ES384`, which only
 * this backend implements (the Rust core refuses P-384 keys, so it never asks for ES384).
 * `Ed25519` is accepted as another name for `EdDSA`.
 */
export const ALGORITHMS = Object.freeze(['EdDSA', 'ES256', 'ES384', 'RS256', 'PS256']);

/**
 * One signature check. JSON-friendly apart from the two byte strings.
 *
 * @typedef {object} SignatureCheck
 * @property {'EdDSA' | 'Ed25519' | 'ES256' | 'ES384' | 'RS256' | 'PS256'} alg
 *   JOSE algorithm: EdDSA (Ed25519 keys), ES256 (P-256, SHA-256), ES384 (P-384, SHA-384),
 *   RS256 (RSASSA-PKCS1-v1_5, SHA-256), PS256 (RSASSA-PSS, SHA-256, MGF1-SHA-256, salt 32).
 * @property {JsonWebKey} key
 *   The public key as a JWK (RFC 7517): `{kty: 'OKP', crv: 'Ed25519', x}`,
 *   `{kty: 'EC', crv: 'P-256' | 'P-384', x, y}` or `{kty: 'RSA', n, e}`. Other members
 *   (`kid`, `alg`, `use`, …) are ignored, except that a private member (`d`, `p`, `q`, `dp`,
 *   `dq`, `qi`, `oth`, `k`) makes the check fail.
 * @property {Uint8Array} message The signed bytes (not a digest).
 * @property {Uint8Array} signature Ed25519: 64 bytes; ES256 / ES384: raw `r ‖ s` (64 / 96
 *   bytes); RS256 / PS256: exactly as many bytes as the modulus.
 */

/**
 * Checks one signature with WebCrypto, under the Rust backend's rules (module comment).
 *
 * @param {SignatureCheck} check
 * @param {SubtleCrypto} [subtle] defaults to `globalThis.crypto.subtle`
 * @returns {Promise<boolean>} `true` only for a signature that verifies; `false` for one that
 *   does not and for any malformed or refused input (wrong shapes, a key of another type than
 *   the algorithm's, a small RSA key, an unknown algorithm name, …).
 * @throws {Error} only when `subtle` is missing or the platform does not implement the
 *   algorithm (see {@link platformAlgorithms}).
 */
export async function verifySignature(check, subtle = globalThis.crypto?.subtle) {
  if (!subtle) throw new Error('webcrypto: crypto.subtle is not available (not a secure context?)');
  const plan = prepare(check);
  if (!plan) return false;
  let key;
  try {
    key = await importKey(subtle, plan);
  } catch (e) {
    // The inputs were checked above the way the Rust side checks them, so a refusal here is
    // either a key WebCrypto alone finds wrong (then false, like a bad signature) or a
    // missing algorithm (then the caller must know: it is not a verdict).
    if (e?.name === 'NotSupportedError') throw e;
    return false;
  }
  try {
    return await subtle.verify(plan.verifyParams, key, plan.signature, plan.message);
  } catch {
    return false;
  }
}

/** Keys imported lately, per `subtle`: a page's badges often share an issuer key. */
const imported = new WeakMap();
/** How many imported keys are kept (the oldest goes first). */
const KEY_CACHE_SIZE = 16;

/** `plan`'s public key as a CryptoKey, imported once while it stays among the latest. */
function importKey(subtle, plan) {
  let cache = imported.get(subtle);
  if (!cache) imported.set(subtle, (cache = new Map()));
  const id = JSON.stringify([plan.importParams, plan.jwk]);
  let key = cache.get(id);
  if (key) {
    cache.delete(id); // most recently used last
  } else {
    key = subtle.importKey('jwk', plan.jwk, plan.importParams, false, ['verify']);
    key.catch(() => cache.delete(id)); // a refusal is not kept
    if (cache.size >= KEY_CACHE_SIZE) cache.delete(cache.keys().next().value);
  }
  cache.set(id, key);
  return key;
}

/**
 * Which of {@link ALGORITHMS} this platform's WebCrypto can check, in that order. Each is
 * tried by importing a known public key (for Ed25519, the RFC 8032 §7.1 test key): a
 * platform that does not know the algorithm refuses the import. An empty list when there is
 * no `crypto.subtle` (e.g. a plain-http page).
 *
 * @param {SubtleCrypto} [subtle] defaults to `globalThis.crypto.subtle`
 * @returns {Promise<string[]>}
 */
export async function platformAlgorithms(subtle = globalThis.crypto?.subtle) {
  if (!subtle) return [];
  // All probes at once: this runs while a page downloads the module.
  const supported = await Promise.all(
    ALGORITHMS.map((alg) => {
      const { jwk, importParams } = PROBES[alg]();
      return subtle.importKey('jwk', jwk, importParams, false, ['verify']).then(
        () => true,
        () => false, // not supported here
      );
    }),
  );
  return ALGORITHMS.filter((_, i) => supported[i]);
}

// ---- Preparation: the Rust backend's rules --------------------------------------------------

/** JWK members only a private or symmetric key has (RFC 7517 §9.3, RFC 7518 §6). */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * Checks the input's shape and every rule the Rust backend applies before the arithmetic;
 * returns what `importKey` and `verify` need, or null when the answer is already `false`.
 */
function prepare(check) {
  if (!isObject(check)) return null;
  const message = bytes(check.message);
  const signature = bytes(check.signature);
  if (!message || !signature) return null;
  const alg = check.alg === 'Ed25519' ? 'EdDSA' : check.alg;
  const jwk = readJwk(check.key);
  if (!jwk) return null;
  switch (alg) {
    case 'EdDSA':
      return jwk.kty === 'OKP' ? prepareEd25519(jwk, message, signature) : null;
    case 'ES256':
      return jwk.kty === 'EC' && jwk.curve === P256 ? prepareEcdsa(jwk, message, signature) : null;
    case 'ES384':
      return jwk.kty === 'EC' && jwk.curve === P384 ? prepareEcdsa(jwk, message, signature) : null;
    case 'RS256':
    case 'PS256':
      return jwk.kty === 'RSA' ? prepareRsa(alg, jwk, message, signature) : null;
    default:
      return null; // unknown algorithm, or not a string
  }
}

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A private copy of a Uint8Array (so a caller cannot change it while WebCrypto works, and
 * views of a SharedArrayBuffer or of WebAssembly memory, which WebCrypto may refuse or see
 * change, work too); null for anything else. `new Uint8Array(v)` rather than `v.slice()`:
 * Node's `Buffer.prototype.slice` returns a view, not a copy.
 */
function bytes(v) {
  return v instanceof Uint8Array ? new Uint8Array(v) : null;
}

/**
 * Reads a public JWK as `PublicKey::from_jwk` does: `{kty: 'OKP', x}` (Ed25519),
 * `{kty: 'EC', curve, x, y}` or `{kty: 'RSA', n, e}` with decoded bytes; null when the Rust
 * reader refuses it (`jwk-invalid`, `jwk-symmetric`, `jwk-private-key`, `key-unsupported`,
 * `key-invalid`).
 */
function readJwk(jwk) {
  if (!isObject(jwk)) return null;
  const kty = jwk.kty;
  if (typeof kty !== 'string' || kty === 'oct') return null;
  if (PRIVATE_JWK_MEMBERS.some((m) => Object.hasOwn(jwk, m))) return null;
  switch (kty) {
    case 'OKP': {
      if (jwk.crv !== 'Ed25519') return null;
      const x = member(jwk, 'x', 32);
      return x && { kty, x };
    }
    case 'EC': {
      const curve = jwk.crv === 'P-256' ? P256 : jwk.crv === 'P-384' ? P384 : null;
      if (!curve) return null;
      const x = member(jwk, 'x', curve.size);
      const y = member(jwk, 'y', curve.size);
      if (!x || !y || !onCurve(curve, toBigInt(x), toBigInt(y))) return null;
      return { kty, curve, x, y };
    }
    case 'RSA': {
      const n = member(jwk, 'n');
      const e = member(jwk, 'e');
      return n && e && readRsa(n, e);
    }
    default:
      return null;
  }
}

/** A JWK member's bytes: a string of strict unpadded base64url, of `length` bytes if given. */
function member(jwk, name, length) {
  const value = jwk[name];
  if (typeof value !== 'string') return null;
  const decoded = base64url(value);
  if (!decoded || (length !== undefined && decoded.length !== length)) return null;
  return decoded;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEXTETS = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * Strict RFC 4648 §5 base64url without padding, as `encoding::base64url` decodes: only the
 * url alphabet, no `=`, no whitespace, no length ≡ 1 (mod 4), and the unused bits of the
 * last symbol zero (so each byte string has exactly one spelling). Null when not.
 */
function base64url(text) {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const c of text) {
    const v = SEXTETS.get(c);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = acc >> bits;
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) return null;
  return out;
}

function base64urlEncode(data) {
  let text = '';
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i] << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const symbols = Math.min(4, data.length - i + 1);
    for (let j = 0; j < symbols; j++) text += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return text;
}

/** Big-endian bytes as a BigInt. */
function toBigInt(data) {
  let n = 0n;
  for (const b of data) n = (n << 8n) | BigInt(b);
  return n;
}

/** Little-endian bytes as a BigInt. */
function toBigIntLE(data) {
  let n = 0n;
  for (let i = data.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(data[i]);
  return n;
}

// ---- Ed25519 -------------------------------------------------------------------------------

/** 2^255 − 19, the field prime of Curve25519. */
const ED_P = 2n ** 255n - 19n;
/** The order of the Ed25519 base point, L = 2^252 + 27742317777372353535851937790883648493. */
const ED_L = 2n ** 252n + 27742317777372353535851937790883648493n;
/**
 * The y coordinates of Ed25519's eight small-order points (the torsion subgroup of order
 * 8), reduced mod p: the identity (y = 1, order 1), (0, −1) (y = p − 1, order 2), (±√−1, 0)
 * (y = 0, order 4) and the four points of order 8, whose y are ±Y8 (with both signs of x).
 * Y8 is the root of d·y⁴ + 2y² − 1 = 0 (from y([2]P) = 0, the order-4 points); libsodium's
 * blocklist (`ge25519_has_small_order`) lists the same values. tests/node/webcrypto.test.mjs
 * checks this list against the curve arithmetic.
 */
const Y8 = 2707385501144840649318225287225658788936804267575313519463743609750303402022n;
const SMALL_ORDER_Y = new Set([0n, 1n, ED_P - 1n, Y8, ED_P - Y8]);

/**
 * Whether a 32-byte Ed25519 point encoding decodes to a small-order point, as
 * curve25519-dalek's `decompress` then `is_small_order` decide. dalek reads y as the low 255
 * bits and reduces it mod p (a non-canonical y ≥ p is accepted), and the sign bit only picks
 * ±x, which does not change whether the point has small order; every y in the list is on
 * the curve, so no encoding with such a y fails to decompress.
 */
export function isSmallOrder(encoding) {
  const y = toBigIntLE(encoding) & (2n ** 255n - 1n);
  return SMALL_ORDER_Y.has(y % ED_P);
}

function prepareEd25519(jwk, message, signature) {
  // ed25519_dalek::Signature::from_slice: exactly 64 bytes.
  if (signature.length !== 64) return null;
  // verify_strict, in its order: S must be canonical (S < L) ...
  if (toBigIntLE(signature.subarray(32)) >= ED_L) return null;
  // ... and neither R nor A may have small order (RFC 8032 §5.1.7 allows this refusal;
  // OpenSSL and BoringSSL do not make it, so WebCrypto alone would accept e.g. the key
  // 0100…00 with the signature 0100…00 ‖ 00…00 over any message).
  if (isSmallOrder(signature.subarray(0, 32)) || isSmallOrder(jwk.x)) return null;
  return {
    jwk: { kty: 'OKP', crv: 'Ed25519', x: base64urlEncode(jwk.x) },
    importParams: { name: 'Ed25519' },
    verifyParams: { name: 'Ed25519' },
    message,
    signature,
  };
}

// ---- ECDSA ---------------------------------------------------------------------------------

/** A short-Weierstrass curve y² = x³ − 3x + b over F_p with group order n (FIPS 186-4 D.1.2). */
const P256 = {
  name: 'P-256',
  hash: 'SHA-256',
  size: 32,
  p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
  b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
};
const P384 = {
  name: 'P-384',
  hash: 'SHA-384',
  size: 48,
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
  b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
};

/**
 * Whether (x, y) is a point of the curve, as `VerifyingKey::from_sec1_bytes` requires:
 * both coordinates canonical (below p) and the curve equation holding. (The point at
 * infinity has no affine coordinates, so it cannot be given.)
 */
function onCurve(curve, x, y) {
  const { p, b } = curve;
  if (x >= p || y >= p) return false;
  return (y * y - (x * x * x - 3n * x + b)) % p === 0n;
}

function prepareEcdsa(jwk, message, signature) {
  const { curve } = jwk;
  // The JOSE form only (RFC 7518 §3.4): r ‖ s, each exactly the curve's size. A DER
  // signature is refused, also when it happens to have that length.
  if (signature.length !== 2 * curve.size) return null;
  // p256::ecdsa::Signature::from_slice: r and s in [1, n − 1]. High S is accepted.
  const r = toBigInt(signature.subarray(0, curve.size));
  const s = toBigInt(signature.subarray(curve.size));
  if (r === 0n || s === 0n || r >= curve.n || s >= curve.n) return null;
  return {
    jwk: { kty: 'EC', crv: curve.name, x: base64urlEncode(jwk.x), y: base64urlEncode(jwk.y) },
    importParams: { name: 'ECDSA', namedCurve: curve.name },
    verifyParams: { name: 'ECDSA', hash: curve.hash },
    message,
    signature,
  };
}

// ---- RSA -----------------------------------------------------------------------------------

/** RSA modulus bounds in bits (crypto::MIN_RSA_BITS, crypto::MAX_RSA_BITS). */
const MIN_RSA_BITS = 2048;
const MAX_RSA_BITS = 8192;
/** Largest public exponent accepted, 2^33 − 1 (crypto/rsa.rs MAX_PUBLIC_EXPONENT). */
const MAX_PUBLIC_EXPONENT = 2n ** 33n - 1n;
/** PS256's salt length in bytes (RFC 7518 §3.5). */
const PSS_SALT_LENGTH = 32;

function stripZeros(data) {
  const start = data.findIndex((b) => b !== 0);
  return start < 0 ? data.subarray(data.length) : data.subarray(start);
}

/**
 * `RsaPublicKey::new`: leading zero bytes dropped; at most 8192 bits; the exponent at most
 * 64 bits (else too large), an odd non-zero modulus, e < n, e odd, 3 ≤ e ≤ 2^33 − 1.
 */
function readRsa(nBytes, eBytes) {
  const n = stripZeros(nBytes);
  const e = stripZeros(eBytes);
  const bits = n.length === 0 ? 0 : 8 * n.length - Math.clz32(n[0]) + 24;
  if (bits > MAX_RSA_BITS || e.length > 8) return null;
  if (n.length === 0 || (n[n.length - 1] & 1) === 0) return null;
  const eValue = toBigInt(e);
  if (n.length <= 8 && eValue >= toBigInt(n)) return null;
  if ((eValue & 1n) === 0n || eValue < 3n || eValue > MAX_PUBLIC_EXPONENT) return null;
  return { kty: 'RSA', n, e, bits };
}

/**
 * `RsaPublicKey::has_roca_structure`: whether n modulo each of the 38 small primes lies in
 * the subgroup generated by 65537 — the fingerprint of Infineon RSALib keys (ROCA,
 * CVE-2017-15361), whose private key can be computed from the public one.
 */
function hasRocaStructure(n) {
  const primes = [
    3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89,
    97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167,
  ];
  return primes.every((p) => {
    const residue = n.reduce((r, b) => (r * 256 + b) % p, 0);
    const generator = 65537 % p;
    let power = 1;
    for (;;) {
      if (power === residue) return true;
      power = (power * generator) % p;
      if (power === 1) return false;
    }
  });
}

function prepareRsa(alg, jwk, message, signature) {
  // PublicKey::verify: 2048 bits at least (RFC 7518 §3.3), no ROCA key.
  if (jwk.bits < MIN_RSA_BITS || hasRocaStructure(jwk.n)) return null;
  // RFC 8017 §8.1.2 / §8.2.2 step 1 and RSAVP1 (§5.2.2): exactly k bytes, s < n. OpenSSL
  // and BoringSSL check both too; made explicit so no platform can differ.
  if (signature.length !== jwk.n.length || compareBytes(signature, jwk.n) >= 0) return null;
  const name = alg === 'RS256' ? 'RSASSA-PKCS1-v1_5' : 'RSA-PSS';
  return {
    jwk: { kty: 'RSA', n: base64urlEncode(jwk.n), e: base64urlEncode(jwk.e) },
    importParams: { name, hash: 'SHA-256' },
    // PSS: MGF1 uses the key's hash (SHA-256) in WebCrypto, and the salt length must be
    // exactly 32 bytes (RFC 8017 §9.1.2 with sLen fixed, as crypto/rsa.rs checks).
    verifyParams: alg === 'RS256' ? { name } : { name, saltLength: PSS_SALT_LENGTH },
    message,
    signature,
  };
}

/** Compares equal-length big-endian byte strings as the integers they encode. */
function compareBytes(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// ---- Capability probes ---------------------------------------------------------------------

/** A known valid public key per algorithm, as `importKey` parameters. */
const PROBES = {
  // RFC 8032 §7.1, TEST 1.
  EdDSA: () => ({
    jwk: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' },
    importParams: { name: 'Ed25519' },
  }),
  // RFC 7515 Appendix A.3.
  ES256: () => ({
    jwk: {
      kty: 'EC',
      crv: 'P-256',
      x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
      y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
    },
    importParams: { name: 'ECDSA', namedCurve: 'P-256' },
  }),
  // The base point G of P-384 (FIPS 186-4 D.1.2.4): a valid public key (that of d = 1).
  ES384: () => ({
    jwk: {
      kty: 'EC',
      crv: 'P-384',
      x: 'qofKIr6LBTeOscce8yCtdG4dO2KLp5uYWfdB4IJUKjhVAvJdv1UpbDpUXjhydgq3',
      y: 'NhfeSpYmLG9dnpi_kpLcKfj0Hb0omhR86doxE7XwuMAKYLHOHX6BnXpDHXyQ6g5f',
    },
    importParams: { name: 'ECDSA', namedCurve: 'P-384' },
  }),
  // RFC 7638 §3.1's example RSA key (2048 bits).
  RS256: () => ({ jwk: RFC7638_RSA, importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } }),
  PS256: () => ({ jwk: RFC7638_RSA, importParams: { name: 'RSA-PSS', hash: 'SHA-256' } }),
};

const RFC7638_RSA = {
  kty: 'RSA',
  e: 'AQAB',
  n:
    '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
};
