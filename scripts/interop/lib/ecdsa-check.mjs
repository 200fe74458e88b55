// A second, suite-independent check of ecdsa-rdfc-2019 / ecdsa-jcs-2019 proofs, written from the
// W3C vc-di-ecdsa algorithms with jsonld (RDFC-1.0) and node:crypto only: hash = H(canonical proof
// options) || H(canonical document without proof), H = SHA-256 for P-256 and SHA-384 for P-384,
// ECDSA (IEEE P1363 r||s) over that with the same hash. It guards against a cryptosuite library
// that would, for instance, pick the wrong hash for P-384. When written it was run once against the
// four signed credentials of the W3C vc-di-ecdsa TestVectors (commit 00781de5, ecdsa-rdfc-2019 and
// ecdsa-jcs-2019 on P-256 and P-384) and verified all of them.
import crypto from 'node:crypto';
import jsonld from 'jsonld';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {base58btcDecode} from './common.mjs';

/** JCS (RFC 8785) for documents made only of strings, booleans, arrays and objects. */
export function jcs(v) {
  if(Array.isArray(v)) {
    return `[${v.map(jcs).join(',')}]`;
  }
  if(v && typeof v === 'object') {
    // RFC 8785 sorts by UTF-16 code units, which is what JS string comparison does.
    return `{${Object.keys(v).sort().map(k => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`;
  }
  if(typeof v === 'number') {
    throw new Error('jcs: numbers are not expected in these fixtures');
  }
  return JSON.stringify(v);
}

export async function independentEcdsaVerify(credential, documentLoader) {
  const {proof, ...doc} = credential;
  const {proofValue, ...options} = proof;
  const vm = await EcdsaMultikey.from({
    publicKeyMultibase: options.verificationMethod.split('#')[1], id: options.verificationMethod,
    controller: options.verificationMethod.split('#')[0], type: 'Multikey'});
  const jwk = await EcdsaMultikey.toJwk({keyPair: vm});
  const hash = jwk.crv === 'P-384' ? 'sha384' : 'sha256';
  let canonOptions;
  let canonDoc;
  if(options.cryptosuite === 'ecdsa-rdfc-2019') {
    const rdfc = d => jsonld.canonize(d, {algorithm: 'RDFC-1.0', format: 'application/n-quads',
      documentLoader, safe: true});
    canonOptions = await rdfc({...options, '@context': doc['@context']});
    canonDoc = await rdfc(doc);
  } else if(options.cryptosuite === 'ecdsa-jcs-2019') {
    // The proof options carry the document's @context (vc-di-ecdsa §3.4.x, ecdsa-jcs-2019).
    canonOptions = jcs({...options, '@context': options['@context'] ?? doc['@context']});
    canonDoc = jcs(doc);
  } else {
    throw new Error(`not an ECDSA rdfc/jcs proof: ${options.cryptosuite}`);
  }
  const h = s => crypto.createHash(hash).update(s, 'utf8').digest();
  const data = Buffer.concat([h(canonOptions), h(canonDoc)]);
  if(!proofValue.startsWith('z')) {
    return false;
  }
  const sig = base58btcDecode(proofValue.slice(1));
  return crypto.verify(hash, data, {key: crypto.createPublicKey({key: jwk, format: 'jwk'}),
    dsaEncoding: 'ieee-p1363'}, sig);
}
