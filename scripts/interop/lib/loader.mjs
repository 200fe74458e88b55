// Offline JSON-LD document loader: vendored contexts + local did:key / did:jwk resolution.
// Nothing here touches the network; unknown URLs throw.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {Ed25519VerificationKey2020} from '@digitalbazaar/ed25519-verification-key-2020';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';
import {loadContexts, resolveDidJwk} from './common.mjs';

export const CONTEXTS = loadContexts();

const multikeyDriver = didKeyDriver();
multikeyDriver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
// P-256 (zDna…) and P-384 (z82L…) did:keys for the ECDSA Data Integrity suites.
multikeyDriver.use({multibaseMultikeyHeader: 'zDna', fromMultibase: EcdsaMultikey.from});
multikeyDriver.use({multibaseMultikeyHeader: 'z82L', fromMultibase: EcdsaMultikey.from});
const key2020Driver = didKeyDriver();
key2020Driver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519VerificationKey2020.from});

/** Resolves a did:key URL (DID or DID URL) with Digital Bazaar's driver. */
export async function resolveDidKey(url, {keyType = 'Multikey'} = {}) {
  const d = keyType === 'Multikey' ? multikeyDriver : key2020Driver;
  return d.get({url});
}

/**
 * documentLoader for jsonld / jsonld-signatures. `keyType` picks how did:key
 * verification methods are expressed (Multikey for DataIntegrityProof,
 * Ed25519VerificationKey2020 for Ed25519Signature2020).
 */
export function makeLoader({keyType = 'Multikey', extra = new Map()} = {}) {
  return async url => {
    const hit = extra.get(url) ?? CONTEXTS.get(url);
    if(hit) {
      return {contextUrl: null, documentUrl: url, document: structuredClone(hit.document)};
    }
    if(url.startsWith('did:key:')) {
      const document = await resolveDidKey(url, {keyType});
      return {contextUrl: null, documentUrl: url, document};
    }
    if(url.startsWith('did:jwk:')) {
      const {doc, vm} = resolveDidJwk(url);
      const document = url.includes('#') ?
        {'@context': doc['@context'], ...doc.verificationMethod.find(v => v.id === vm)} : doc;
      return {contextUrl: null, documentUrl: url, document};
    }
    throw new Error(`offline document loader: no local copy of ${url}`);
  };
}
