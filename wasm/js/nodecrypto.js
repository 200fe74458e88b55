// badgeverify/nodecrypto: under Node, the `subtle` that webcrypto.js's `verifySignature`
// is given. It makes the same two calls, `importKey` of a public JWK and `verify`, with
// node:crypto's synchronous functions: the same OpenSSL that Node's `crypto.subtle` calls,
// without its detour. Node's `crypto.subtle.verify` runs each check as a job on libuv's
// thread pool and resolves afterwards, which cost ~200 µs per Ed25519 check against ~110 µs
// for `crypto.verify`, and left the main thread idle for about a third of a verification
// (BENCHMARKS.md, "Verification speed"). The acceptance rules are not here: webcrypto.js
// applies them before either `subtle` sees the input, and the core applies them first.
// Browsers, workers and bundles for them never load this file (badgeverify.js imports it
// only when `process.versions.node` is set).

import { constants, createPublicKey, verify as nodeVerify } from 'node:crypto';

/** WebCrypto's hash names to OpenSSL's. */
const DIGESTS = { 'SHA-256': 'sha256', 'SHA-384': 'sha384' };

/** An imported key: the KeyObject and the import parameters (RSA keys carry their hash). */
async function importKey(format, jwk, importParams) {
  if (format !== 'jwk') throw new TypeError(`nodecrypto: only JWK keys, not ${format}`);
  return { key: createPublicKey({ key: jwk, format: 'jwk' }), importParams };
}

/** `verify` of WebCrypto for the algorithms webcrypto.js asks about. */
async function verify(verifyParams, { key, importParams }, signature, message) {
  switch (verifyParams.name) {
    case 'Ed25519':
      return nodeVerify(null, message, key, signature);
    case 'ECDSA':
      return nodeVerify(DIGESTS[verifyParams.hash], message, { key, dsaEncoding: 'ieee-p1363' }, signature);
    case 'RSASSA-PKCS1-v1_5':
      return nodeVerify(DIGESTS[importParams.hash], message, key, signature);
    case 'RSA-PSS':
      // MGF1 uses the message digest, as WebCrypto's RSA-PSS does.
      return nodeVerify(
        DIGESTS[importParams.hash],
        message,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: verifyParams.saltLength },
        signature,
      );
    default:
      throw new DOMException(`nodecrypto: ${verifyParams.name} is not implemented`, 'NotSupportedError');
  }
}

/** The subset of `SubtleCrypto` that webcrypto.js uses, on node:crypto. */
export const subtle = Object.freeze({ importKey, verify });

/**
 * Whether this runtime's node:crypto checks Ed25519 as Node does: RFC 8032 §7.1 TEST 1 (the
 * empty message) verifies and the same signature with one bit changed does not. Runtimes
 * that imitate Node (`process.versions.node`) may lack Ed25519 there; a check that then
 * failed would call a genuine badge forged, so the package keeps WebCrypto instead.
 */
export async function worksHere() {
  const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
  const hex =
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
  const signature = Uint8Array.from(hex.match(/../g), (byte) => parseInt(byte, 16));
  const params = { name: 'Ed25519' };
  try {
    const imported = await importKey('jwk', key, params);
    const good = await verify(params, imported, signature, new Uint8Array(0));
    signature[0] ^= 1;
    const bad = await verify(params, imported, signature, new Uint8Array(0));
    return good === true && bad === false;
  } catch {
    return false;
  }
}
