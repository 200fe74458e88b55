// Group 3: OB 3.0 Data Integrity credentials made with Digital Bazaar's stack.
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {Ed25519VerificationKey2020} from '@digitalbazaar/ed25519-verification-key-2020';
import {Ed25519Signature2020} from '@digitalbazaar/ed25519-signature-2020';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as rdfcSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {createSignCryptosuite as jcsSign, createVerifyCryptosuite as jcsVerify} from
  '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import {
  ed25519FromLabel, expect, flipBase58, producer, NOW, PROOF_CREATED, VALID_FROM, VALID_UNTIL,
  EXPIRED_FROM, EXPIRED_UNTIL, FUTURE_FROM
} from './lib/common.mjs';
import {obCredential, OB300, OB301, OB303, DI_V1, DI_V2, ED2020} from './lib/credential.mjs';
import {makeLoader} from './lib/loader.mjs';
import {verdictOf} from './lib/di.mjs';

const SUITES = ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'Ed25519Signature2020'];
const PRODUCER_OF = {
  'eddsa-rdfc-2022': '@digitalbazaar/eddsa-rdfc-2022-cryptosuite',
  'eddsa-jcs-2022': '@digitalbazaar/eddsa-jcs-2022-cryptosuite',
  Ed25519Signature2020: '@digitalbazaar/ed25519-signature-2020'
};
const SHAPES = {
  'vc11-ob300': {model: '1.1', contexts: [OB300]},
  'vc11-ob301': {model: '1.1', contexts: [OB301]},
  'vc2-ob303': {model: '2.0', contexts: [OB303]}
};

async function keysFor(label) {
  const k = ed25519FromLabel(label);
  const multikey = await Ed25519Multikey.generate({seed: k.seed, id: k.vm, controller: k.did});
  const key2020 = await Ed25519VerificationKey2020.generate({seed: k.seed, id: k.vm, controller: k.did});
  if(multikey.publicKeyMultibase !== k.publicKeyMultibase ||
    key2020.publicKeyMultibase !== k.publicKeyMultibase) {
    throw new Error('Digital Bazaar and node:crypto disagree on the Ed25519 public key');
  }
  return {...k, multikey, key2020};
}

function signSuite(suiteName, keys, {legacyContext = false} = {}) {
  const date = PROOF_CREATED;
  if(suiteName === 'Ed25519Signature2020') {
    return new Ed25519Signature2020({key: keys.key2020, date});
  }
  const cryptosuite = suiteName === 'eddsa-rdfc-2022' ? rdfcSuite : jcsSign();
  return new DataIntegrityProof({signer: keys.multikey.signer(), cryptosuite, date, legacyContext});
}

const verifySuites = legacyContext => [
  new DataIntegrityProof({cryptosuite: rdfcSuite, legacyContext}),
  new DataIntegrityProof({cryptosuite: jcsVerify(), legacyContext}),
  new Ed25519Signature2020()
];

/** Adds the suite context a VC 1.1 document needs, so it is explicit in the input. */
function suiteContexts(model, suiteName, legacy) {
  if(suiteName === 'Ed25519Signature2020') {
    return [ED2020];
  }
  return model === '1.1' ? [legacy ? DI_V1 : DI_V2] : [];
}

/**
 * Verifies with @digitalbazaar/vc and maps the outcome to a check id.
 * Proofs of type Ed25519Signature2020 need Ed25519VerificationKey2020 verification methods.
 */
export async function diOracle(credential, {now = NOW} = {}) {
  const proofs = [credential.proof].flat();
  const keyType = proofs.every(p => p.type === 'Ed25519Signature2020') ?
    'Ed25519VerificationKey2020' : 'Multikey';
  const res = await vc.verifyCredential({
    credential, suite: verifySuites(credential['@context'].includes(DI_V1)), documentLoader: makeLoader({keyType}), now
  });
  return verdictOf(res);
}

export async function generate(output) {
  const issuer = await keysFor('di-issuer-ed25519');
  const other = await keysFor('di-other-ed25519');
  const learner = ed25519FromLabel('learner');
  const cases = [];

  async function sign(label, shape, suites, {legacy = false, issuerId = issuer.did, from = VALID_FROM,
    until = VALID_UNTIL, keys = issuer} = {}) {
    const {model, contexts} = SHAPES[shape];
    const extraCtx = [...new Set(suites.flatMap(s => suiteContexts(model, s, legacy)))];
    let credential = obCredential({
      label, model, contexts: [...contexts, ...extraCtx], issuerId,
      subjectId: learner.did, from, until
    });
    for(const s of suites) {
      credential = await vc.issue({
        credential, suite: signSuite(s, keys, {legacyContext: legacy}),
        documentLoader: makeLoader({keyType: s === 'Ed25519Signature2020' ?
          'Ed25519VerificationKey2020' : 'Multikey'})
      });
    }
    return credential;
  }
  function emit(rel, credential, expectation, prod) {
    output.writeJson(rel, credential);
    cases.push({rel, credential, expectation});
    output.add({file: rel, expect: expectation, producer: prod});
  }
  const prodOf = suites => suites.map(s => producer(PRODUCER_OF[s])).concat(
    producer('@digitalbazaar/vc')).join(' + ');

  // Valid: each data model / OB context × each suite.
  const valid = {};
  for(const shape of Object.keys(SHAPES)) {
    for(const s of SUITES) {
      const c = await sign(`di ${shape} ${s}`, shape, [s]);
      valid[`${shape} ${s}`] = c;
      const rel = `di/${shape}-${s}.json`;
      const ctxNote = c['@context'].slice(1).join(', ');
      emit(rel, c, expect('valid', null, `${s} by the issuer did:key; contexts after VC: ${ctxNote}`),
        prodOf([s]));
    }
  }
  // VC 1.1 with the older data-integrity/v1 context (eddsa-2022 era layout, final suite name).
  {
    const c = await sign('di vc11 di-v1', 'vc11-ob301', ['eddsa-rdfc-2022'], {legacy: true});
    emit('di/vc11-ob301-eddsa-rdfc-2022-di-v1-context.json', c, expect('valid', null,
      'VC 1.1 + OB 3.0.1 + https://w3id.org/security/data-integrity/v1 (cryptosuite is an untyped literal there)'),
    prodOf(['eddsa-rdfc-2022']));
  }

  for(const s of SUITES) {
    const base = valid[`vc2-ob303 ${s}`];
    // Tampered field after signing.
    {
      const c = structuredClone(base);
      c.credentialSubject.achievement.name = 'Tampered';
      emit(`di/neg-tampered-field-${s}.json`, c, expect('invalid', 'proof',
        'credentialSubject.achievement.name changed after signing'), prodOf([s]));
    }
    // Tampered proofValue (one base58 character replaced).
    {
      const c = structuredClone(base);
      c.proof.proofValue = flipBase58(c.proof.proofValue, 10);
      emit(`di/neg-tampered-proofvalue-${s}.json`, c, expect('invalid', 'proof',
        'one base58 character of proofValue replaced (index 10)'), prodOf([s]));
    }
    // Issuer is another did:key than the verification method's controller.
    {
      const c = await sign(`di issuer mismatch ${s}`, 'vc2-ob303', [s], {issuerId: other.did});
      emit(`di/neg-issuer-not-controller-${s}.json`, c, expect('invalid', 'issuer-key',
        'valid signature by did:key A, issuer.id is did:key B'), prodOf([s]));
    }
  }
  // Expired / not yet valid in both data models.
  {
    const c = await sign('di expired vc2', 'vc2-ob303', ['eddsa-rdfc-2022'],
      {from: EXPIRED_FROM, until: EXPIRED_UNTIL});
    emit('di/neg-expired-vc2-eddsa-rdfc-2022.json', c, expect('invalid', 'validity-period',
      `validUntil ${EXPIRED_UNTIL} < now`), prodOf(['eddsa-rdfc-2022']));
  }
  {
    const c = await sign('di expired vc11', 'vc11-ob301', ['Ed25519Signature2020'],
      {from: EXPIRED_FROM, until: EXPIRED_UNTIL});
    emit('di/neg-expired-vc11-Ed25519Signature2020.json', c, expect('invalid', 'validity-period',
      `expirationDate ${EXPIRED_UNTIL} < now`), prodOf(['Ed25519Signature2020']));
  }
  {
    const c = await sign('di future vc2', 'vc2-ob303', ['eddsa-rdfc-2022'], {from: FUTURE_FROM});
    emit('di/neg-not-yet-valid-vc2-eddsa-rdfc-2022.json', c, expect('invalid', 'validity-period',
      `validFrom ${FUTURE_FROM} > now`), prodOf(['eddsa-rdfc-2022']));
  }
  {
    const c = await sign('di future vc11', 'vc11-ob301', ['eddsa-jcs-2022'], {from: FUTURE_FROM});
    emit('di/neg-not-yet-valid-vc11-eddsa-jcs-2022.json', c, expect('invalid', 'validity-period',
      `issuanceDate ${FUTURE_FROM} > now`), prodOf(['eddsa-jcs-2022']));
  }
  // Proof sets.
  {
    const both = await sign('di proof set', 'vc2-ob303', ['eddsa-rdfc-2022', 'eddsa-jcs-2022']);
    emit('di/proofset-vc2-rdfc-and-jcs.json', both, expect('valid', null,
      'proof set: eddsa-rdfc-2022 + eddsa-jcs-2022, both valid, each over the proof-less document'),
    prodOf(['eddsa-rdfc-2022', 'eddsa-jcs-2022']));
    const broken = await sign('di proof set broken', 'vc2-ob303', ['eddsa-rdfc-2022', 'eddsa-jcs-2022']);
    broken.proof[1].proofValue = flipBase58(broken.proof[1].proofValue, 10);
    emit('di/proofset-vc2-one-broken.json', broken, expect('valid', null,
      'proof set: eddsa-rdfc-2022 valid + eddsa-jcs-2022 with a corrupted proofValue; one valid proof suffices'),
    prodOf(['eddsa-rdfc-2022', 'eddsa-jcs-2022']));
    const dcc = await sign('di proof set 2020', 'vc11-ob301', ['Ed25519Signature2020', 'eddsa-rdfc-2022']);
    emit('di/proofset-vc11-ed2020-and-rdfc.json', dcc, expect('valid', null,
      'proof set as DCC issues it: Ed25519Signature2020 + eddsa-rdfc-2022, both valid'),
    prodOf(['Ed25519Signature2020', 'eddsa-rdfc-2022']));
  }

  // Self-check with @digitalbazaar/vc.
  for(const c of cases) {
    const r = await diOracle(c.credential);
    if(r.verdict !== c.expectation.verdict || r.check !== c.expectation.check) {
      throw new Error(`self-check ${c.rel}: expected ${c.expectation.verdict}/${c.expectation.check}, ` +
        `@digitalbazaar/vc says ${r.verdict}/${r.check} (${r.why})`);
    }
  }
  // Proof-set members individually: both proofs of the "both valid" set must verify alone.
  for(const rel of ['di/proofset-vc2-rdfc-and-jcs.json', 'di/proofset-vc11-ed2020-and-rdfc.json']) {
    const {credential} = cases.find(c => c.rel === rel);
    for(const p of credential.proof) {
      const r = await diOracle({...credential, proof: p});
      if(r.verdict !== 'valid') {
        throw new Error(`self-check ${rel}: proof ${p.type}/${p.cryptosuite} alone: ${r.why}`);
      }
    }
  }
  {
    const {credential} = cases.find(c => c.rel === 'di/proofset-vc2-one-broken.json');
    const r = await diOracle({...credential, proof: credential.proof[1]});
    if(r.verdict !== 'invalid') {
      throw new Error('self-check di/proofset-vc2-one-broken.json: the broken proof verifies alone');
    }
  }
  return {count: cases.length, valid};
}
