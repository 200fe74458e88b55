// Group 11 (folder didweb/): OB 3.0 credentials whose issuer is a did:web, with the DID document
// written as a fixture (didweb/site/did.json, served per didweb/site/routes.json on the origin
// https://badges.issuer.example). #key-1 is a P-256 Multikey used by an ecdsa-rdfc-2019 Data
// Integrity proof (@digitalbazaar/vc); #key-2 a P-384 JsonWebKey used by a vc+jwt ES384 token
// (jose). Offline the key cannot be resolved, so the signature cannot be checked
// (indeterminate / proof, `key-unresolved`, as for every key that must be fetched); `online`
// gives the verdict once the document is fetched (tests serve didweb/site on 127.0.0.1).
import * as vc from '@digitalbazaar/vc';
import * as jose from 'jose';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {b64uJson, ed25519FromLabel, expect, persistedKey, producer, NOW, PROOF_CREATED, VALID_FROM,
  VALID_UNTIL} from './lib/common.mjs';
import {obCredential, validityOf, OB303} from './lib/credential.mjs';
import {decodeJws, jsonBytes, stableSign} from './lib/jws.mjs';
import {makeLoader} from './lib/loader.mjs';
import {stableDi} from './lib/di.mjs';

export const ORIGIN = 'https://badges.issuer.example';
export const DID = 'did:web:badges.issuer.example';
const DOC_PATH = '/.well-known/did.json';
const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
const JWK_V1 = 'https://w3id.org/security/jwk/v1';

function didDocument(mk, jwk) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_V1, JWK_V1],
    id: DID,
    verificationMethod: [
      {id: `${DID}#key-1`, type: 'Multikey', controller: DID, publicKeyMultibase: mk.publicKeyMultibase},
      {id: `${DID}#key-2`, type: 'JsonWebKey', controller: DID, publicKeyJwk: jwk}
    ],
    assertionMethod: [`${DID}#key-1`, `${DID}#key-2`]
  };
}

/** Offline loader that also knows the did:web document (as if fetched from ORIGIN + DOC_PATH). */
function loaderWith(doc) {
  const extra = new Map([[DID, {document: doc}]]);
  for(const vm of doc.verificationMethod) {
    extra.set(vm.id, {document: {'@context': vm.type === 'Multikey' ? MULTIKEY_V1 : JWK_V1, ...vm}});
  }
  return makeLoader({extra});
}

export async function generate(output) {
  const learner = ed25519FromLabel('learner');
  const p256 = persistedKey(output, 'didweb-issuer-p256', 'ec');
  const p384 = persistedKey(output, 'didweb-issuer-p384', 'p384');
  const mk = await EcdsaMultikey.fromJwk({jwk: p256.privateJwk, secretKey: true, id: `${DID}#key-1`,
    controller: DID});
  const doc = didDocument(mk, p384.publicJwk);
  const loader = loaderWith(doc);
  output.writeJson('didweb/site/did.json', doc);
  output.writeJson('didweb/site/routes.json', {[DOC_PATH]: 'did.json'});
  const site = {origin: ORIGIN, root: 'didweb/site', routes: 'didweb/site/routes.json'};
  const cases = [];
  const offline = expect('indeterminate', 'proof',
    `issuer ${DID}: its DID document (${ORIGIN}${DOC_PATH}) must be fetched to get the key`);
  function emit(rel, data, kind, online, prod, suite) {
    if(typeof data === 'string') {
      output.write(rel, data);
    } else {
      output.writeJson(rel, data);
    }
    cases.push({rel, data, kind, online});
    output.add({file: rel, expect: offline, online, producer: prod, suite, site});
  }
  const cred = label => obCredential({label, model: '2.0', contexts: [OB303], issuerId: DID,
    subjectId: learner.did, from: VALID_FROM, until: VALID_UNTIL});

  // ecdsa-rdfc-2019 with #key-1.
  const diOracle = async c => {
    const r = await vc.verifyCredential({credential: c, suite: [new DataIntegrityProof({cryptosuite: ecdsaRdfc})],
      documentLoader: loader, now: NOW});
    return r.verified ? 'valid' : 'invalid';
  };
  {
    const prod = ['@digitalbazaar/ecdsa-rdfc-2019-cryptosuite', '@digitalbazaar/ecdsa-multikey',
      '@digitalbazaar/vc'].map(producer).join(' + ');
    const rel = 'didweb/vc2-ob303-ecdsa-rdfc-2019-didweb.json';
    const fresh = await vc.issue({credential: cred('didweb ecdsa-rdfc-2019'),
      suite: new DataIntegrityProof({signer: mk.signer(), cryptosuite: ecdsaRdfc, date: PROOF_CREATED}),
      documentLoader: loader});
    const c = await stableDi(output, rel, fresh, async d => (await diOracle(d)) === 'valid');
    emit(rel, c, 'di', expect('valid', null, `ecdsa-rdfc-2019 (P-256) by ${DID}#key-1 (Multikey in the ` +
      'did:web document)'), prod, 'ecdsa-rdfc-2019');
    const t = structuredClone(c);
    t.credentialSubject.achievement.name = 'Tampered';
    emit('didweb/neg-tampered-field-ecdsa-rdfc-2019-didweb.json', t, 'di', expect('invalid', 'proof',
      'credentialSubject.achievement.name changed after signing'), prod, 'ecdsa-rdfc-2019');
  }
  // vc+jwt ES384 with #key-2.
  const jwtOracle = async token => {
    const {header, payload} = decodeJws(token);
    const vm = doc.verificationMethod.find(v => v.id === header.kid);
    if(!vm || header.kid.split('#')[0] !== payload.issuer.id) {
      return 'invalid';
    }
    try {
      await jose.jwtVerify(token, await jose.importJWK(vm.publicKeyJwk, header.alg),
        {algorithms: ['ES384'], typ: 'vc+jwt', currentDate: new Date(NOW)});
    } catch {
      return 'invalid';
    }
    const {from, until} = validityOf(payload);
    return Date.parse(from) <= Date.parse(NOW) && Date.parse(NOW) <= Date.parse(until) ? 'valid' : 'invalid';
  };
  {
    const rel = 'didweb/vc-jose-es384-didweb.jwt';
    const token = await stableSign(output, rel, {alg: 'ES384', kid: `${DID}#key-2`, typ: 'vc+jwt', cty: 'vc'},
      jsonBytes(cred('didweb vc+jwt es384')), p384.privateKey, {verifyKey: p384.publicKey});
    emit(rel, token, 'jwt', expect('valid', null, `vc+jwt ES384, kid ${DID}#key-2 (JsonWebKey in the ` +
      'did:web document), payload = the credential'), producer('jose'), 'vc+jwt-es384');
    const {h, s, payload} = decodeJws(token);
    payload.credentialSubject.achievement.name = 'Tampered';
    emit('didweb/neg-vc-jose-es384-didweb-tampered.jwt', `${h}.${b64uJson(payload)}.${s}`, 'jwt',
      expect('invalid', 'proof', 'payload re-encoded after signing (achievement.name changed)'),
      producer('jose'), 'vc+jwt-es384');
  }

  // Self-check: with the fetched document the libraries agree with `online`; without it the
  // offline loader cannot even resolve the key.
  for(const c of cases) {
    const got = c.kind === 'di' ? await diOracle(c.data) : await jwtOracle(c.data);
    if(got !== c.online.verdict) {
      throw new Error(`self-check ${c.rel}: expected online ${c.online.verdict}, libraries say ${got}`);
    }
    if(c.kind === 'di') {
      const r = await vc.verifyCredential({credential: c.data, documentLoader: makeLoader(), now: NOW,
        suite: [new DataIntegrityProof({cryptosuite: ecdsaRdfc})]});
      if(r.verified) {
        throw new Error(`self-check ${c.rel}: verifies without the did:web document`);
      }
    }
  }
  return {count: cases.length};
}
