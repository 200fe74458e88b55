// Helpers for the ECDSA Data Integrity generators: P-256 / P-384 Multikeys from the committed
// PEM keys, and reuse of committed credentials whose randomized ECDSA signatures still verify.
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {persistedKey, KEY_REGISTRY} from './common.mjs';

/**
 * The P-256 ('ec') or P-384 ('p384') key `label` (PEM under keys/) as an ECDSA Multikey whose
 * controller is its did:key (zDn… / z82…). keys/index.json records the did:key next to the did:jwk.
 */
export async function ecdsaDidKey(output, label, kind) {
  const k = persistedKey(output, label, kind);
  const bare = await EcdsaMultikey.fromJwk({jwk: k.privateJwk, secretKey: true});
  const did = `did:key:${bare.publicKeyMultibase}`;
  const vm = `${did}#${bare.publicKeyMultibase}`;
  const keyPair = await EcdsaMultikey.fromJwk({jwk: k.privateJwk, secretKey: true, id: vm, controller: did});
  KEY_REGISTRY.set(label, {...KEY_REGISTRY.get(label), didKey: did,
    publicKeyMultibase: keyPair.publicKeyMultibase});
  return {...k, keyPair, did, vm, didJwk: k.did};
}

const withoutProofValues = doc => JSON.stringify(doc, (key, v) => key === 'proofValue' ? undefined : v);

/**
 * ECDSA signatures (and ecdsa-sd-2023 base proofs) are randomized. When the committed file `rel`
 * equals `fresh` except for proofValue(s) and `stillGood(committed)` resolves true, the committed
 * document is returned so regeneration is byte-stable; otherwise `fresh`.
 */
export async function stableDi(output, rel, fresh, stillGood) {
  const prev = output.committed(rel);
  if(prev) {
    const doc = JSON.parse(prev.toString('utf8'));
    if(withoutProofValues(doc) === withoutProofValues(fresh) && await stillGood(doc)) {
      return doc;
    }
  }
  return fresh;
}

/**
 * A @digitalbazaar/vc verification result as a manifest verdict: `valid`, or `invalid` with
 * the check its errors point to (`validity-period`, `issuer-key`, else `proof`).
 */
export function verdictOf(res) {
  if(res.verified) {
    return {verdict: 'valid', check: null, why: 'verified'};
  }
  const msgs = [res.error, ...(res.results ?? []).map(r => r.error)].flat()
    .filter(Boolean).map(e => e.message ?? String(e)).join(' | ');
  let check = 'proof';
  if(/expired|is after "validUntil"|is before (the )?"(issuanceDate|validFrom)"/.test(msgs)) {
    check = 'validity-period';
  } else if(/issuer must match the verification method controller/.test(msgs)) {
    check = 'issuer-key';
  }
  return {verdict: 'invalid', check, why: msgs};
}
