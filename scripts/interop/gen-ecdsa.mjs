// Groups 5 and 6: OB 3.0 credentials with ECDSA Data Integrity proofs made with Digital Bazaar's
// stack: ecdsa-rdfc-2019 and ecdsa-jcs-2019 with P-256 and P-384 did:keys (folder ecdsa/), and
// ecdsa-sd-2023 base and derived proofs (folder ecdsa-sd/). The verifier checks the P-256 and
// P-384 ecdsa-rdfc-2019 / ecdsa-jcs-2019 ones; the ecdsa-sd-2023 entries are marked `pending`
// until it supports them (issue 15).
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {createSignCryptosuite as ecdsaJcsSign, createVerifyCryptosuite as ecdsaJcsVerify} from
  '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import * as ecdsaSd from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import {ed25519FromLabel, expect, flipBase58, producer, NOW, PROOF_CREATED, VALID_FROM, VALID_UNTIL}
  from './lib/common.mjs';
import {obCredential, OB303} from './lib/credential.mjs';
import {makeLoader} from './lib/loader.mjs';
import {ecdsaDidKey, stableDi, verdictOf} from './lib/di.mjs';
import {independentEcdsaVerify} from './lib/ecdsa-check.mjs';

export const PENDING = 'issue 15';
const loader = makeLoader();

const verifySuites = () => [
  new DataIntegrityProof({cryptosuite: ecdsaRdfc}),
  new DataIntegrityProof({cryptosuite: ecdsaJcsVerify()}),
  new DataIntegrityProof({cryptosuite: ecdsaSd.createVerifyCryptosuite()})
];

/** @digitalbazaar/vc verifyCredential at `now` with the ECDSA suites; maps the outcome to a check. */
export async function ecdsaOracle(credential, {now = NOW} = {}) {
  const res = await vc.verifyCredential({credential, suite: verifySuites(), documentLoader: loader, now});
  return verdictOf(res);
}

const CURVES = {'p256': {kind: 'ec', label: 'di-issuer-p256'}, 'p384': {kind: 'p384', label: 'di-issuer-p384'}};

export async function generate(output) {
  const learner = ed25519FromLabel('learner');
  const keys = {};
  for(const [c, {kind, label}] of Object.entries(CURVES)) {
    keys[c] = await ecdsaDidKey(output, label, kind);
  }
  const cases = [];
  const valid = {};
  const cred = (label, k) => obCredential({
    label, model: '2.0', contexts: [OB303], issuerId: k.did, subjectId: learner.did,
    from: VALID_FROM, until: VALID_UNTIL
  });
  function emit(rel, credential, expectation, prod, extra) {
    output.writeJson(rel, credential);
    cases.push({rel, credential, expectation});
    const supported = /^ecdsa\/.*-p(256|384)\.json$/.test(rel);
    output.add({file: rel, expect: expectation, producer: prod, ...(supported ? {} : {pending: PENDING}), ...extra});
  }
  const isValid = async doc => (await ecdsaOracle(doc)).verdict === 'valid';
  const VC = producer('@digitalbazaar/vc');
  const MK = producer('@digitalbazaar/ecdsa-multikey');

  // 1 + 2: ecdsa-rdfc-2019 and ecdsa-jcs-2019 × P-256 / P-384, each with a tampered twin.
  const SUITES = {
    'ecdsa-rdfc-2019': {make: () => ecdsaRdfc, pkg: '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite'},
    'ecdsa-jcs-2019': {make: () => ecdsaJcsSign(), pkg: '@digitalbazaar/ecdsa-jcs-2019-cryptosuite'}
  };
  for(const [suite, {make, pkg}] of Object.entries(SUITES)) {
    const prod = [producer(pkg), MK, VC].join(' + ');
    for(const [curve, k] of Object.entries(keys)) {
      const rel = `ecdsa/vc2-ob303-${suite}-${curve}.json`;
      const fresh = await vc.issue({
        credential: cred(`ecdsa ${suite} ${curve}`, k),
        suite: new DataIntegrityProof({signer: k.keyPair.signer(), cryptosuite: make(), date: PROOF_CREATED}),
        documentLoader: loader
      });
      const c = await stableDi(output, rel, fresh, isValid);
      valid[`${suite} ${curve}`] = c;
      const curveName = curve === 'p256' ? 'P-256' : 'P-384';
      emit(rel, c, expect('valid', null,
        `${suite} (${curveName}, ${curve === 'p256' ? 'SHA-256' : 'SHA-384'}) by the issuer did:key ` +
        `(${k.did.slice(8, 11)}…); VC 2.0 + OB 3.0.3`), prod, {suite});
      const t = structuredClone(c);
      t.credentialSubject.achievement.name = 'Tampered';
      emit(`ecdsa/neg-tampered-field-${suite}-${curve}.json`, t, expect('invalid', 'proof',
        'credentialSubject.achievement.name changed after signing'), prod, {suite});
    }
  }
  // One tampered proofValue and one issuer mismatch, on the P-256 rdfc case.
  {
    const prod = [producer('@digitalbazaar/ecdsa-rdfc-2019-cryptosuite'), MK, VC].join(' + ');
    const t = structuredClone(valid['ecdsa-rdfc-2019 p256']);
    t.proof.proofValue = flipBase58(t.proof.proofValue, 10);
    emit('ecdsa/neg-tampered-proofvalue-ecdsa-rdfc-2019-p256.json', t, expect('invalid', 'proof',
      'one base58 character of proofValue replaced (index 10)'), prod, {suite: 'ecdsa-rdfc-2019'});
    const rel = 'ecdsa/neg-issuer-not-controller-ecdsa-rdfc-2019-p256.json';
    const fresh = await vc.issue({
      credential: cred('ecdsa issuer mismatch', keys.p384),
      suite: new DataIntegrityProof({signer: keys.p256.keyPair.signer(), cryptosuite: ecdsaRdfc,
        date: PROOF_CREATED}),
      documentLoader: loader
    });
    const c = await stableDi(output, rel, fresh,
      async doc => (await ecdsaOracle(doc)).check === 'issuer-key');
    emit(rel, c, expect('invalid', 'issuer-key',
      'valid P-256 signature by did:key zDn…, issuer.id is the P-384 did:key z82…'), prod,
    {suite: 'ecdsa-rdfc-2019'});
  }

  // 3: ecdsa-sd-2023. The base proof is what an issuer hands to the holder; only derived proofs
  // are meant for verifiers.
  const sd = {};
  {
    const prod = [producer('@digitalbazaar/ecdsa-sd-2023-cryptosuite'), MK, VC].join(' + ');
    const suite = 'ecdsa-sd-2023';
    const k = keys.p256;
    const mandatoryPointers = ['/issuer', '/name', '/validFrom', '/validUntil',
      '/credentialSubject/type', '/credentialSubject/achievement'];
    const baseRel = 'ecdsa-sd/base-proof-p256.json';
    const fresh = await vc.issue({
      credential: cred('ecdsa-sd base', k),
      suite: new DataIntegrityProof({signer: k.keyPair.signer(),
        cryptosuite: ecdsaSd.createSignCryptosuite({mandatoryPointers}), date: PROOF_CREATED}),
      documentLoader: loader
    });
    // A committed base proof is reused when the document is unchanged; the derived cases made
    // from it are checked below, so a broken one cannot slip through.
    const base = await stableDi(output, baseRel, fresh, async () => true);
    emit(baseRel, base, expect('invalid', 'proof',
      'ecdsa-sd-2023 BASE proof (issuer → holder, proofValue header 0xd9 0x5d 0x00); only derived ' +
      'proofs (header 0xd9 0x5d 0x01) are verifiable: the verifier must say clearly that this is a ' +
      `base proof, not a bad signature. Mandatory pointers: ${mandatoryPointers.join(', ')}`),
    prod, {suite, sdProof: 'base', mandatoryPointers});
    const derive = selectivePointers => vc.derive({
      verifiableCredential: base,
      suite: new DataIntegrityProof({cryptosuite: ecdsaSd.createDiscloseCryptosuite({selectivePointers})}),
      documentLoader: loader
    });
    const DERIVED = {
      'derived-subject-id': ['/credentialSubject/id'],
      'derived-subject-identifier': ['/credentialSubject/id', '/credentialSubject/identifier']
    };
    for(const [name, selectivePointers] of Object.entries(DERIVED)) {
      const c = await derive(selectivePointers);
      sd[name] = c;
      emit(`ecdsa-sd/${name}-p256.json`, c, expect('valid', null,
        `ecdsa-sd-2023 derived proof disclosing the mandatory statements plus ${selectivePointers.join(', ')}` +
        (name === 'derived-subject-id' ? ' (the recipient identifier is withheld)' : '')),
      prod, {suite, sdProof: 'derived', mandatoryPointers, selectivePointers});
    }
    {
      const t = structuredClone(sd['derived-subject-identifier']);
      t.credentialSubject.achievement.name = 'Tampered';
      emit('ecdsa-sd/neg-derived-tampered-mandatory-p256.json', t, expect('invalid', 'proof',
        'derived proof; mandatory statement credentialSubject.achievement.name changed after derivation ' +
        '(the base signature over the mandatory hash fails)'), prod,
      {suite, sdProof: 'derived', mandatoryPointers, selectivePointers: DERIVED['derived-subject-identifier']});
    }
    {
      const t = structuredClone(sd['derived-subject-identifier']);
      t.credentialSubject.identifier[0].salt = 'tampered-salt';
      emit('ecdsa-sd/neg-derived-tampered-selective-p256.json', t, expect('invalid', 'proof',
        'derived proof; selectively disclosed credentialSubject.identifier[0].salt changed after ' +
        'derivation (its per-statement signature fails)'), prod,
      {suite, sdProof: 'derived', mandatoryPointers, selectivePointers: DERIVED['derived-subject-identifier']});
    }
  }

  // Self-check with @digitalbazaar/vc.
  for(const c of cases) {
    const r = await ecdsaOracle(c.credential);
    if(r.verdict !== c.expectation.verdict || r.check !== c.expectation.check) {
      throw new Error(`self-check ${c.rel}: expected ${c.expectation.verdict}/${c.expectation.check}, ` +
        `@digitalbazaar/vc says ${r.verdict}/${r.check} (${r.why})`);
    }
  }
  // ecdsa-rdfc-2019 / ecdsa-jcs-2019 signatures once more, without the cryptosuite packages
  // (lib/ecdsa-check.mjs): the signature holds exactly for the valid and issuer-key cases.
  for(const c of cases.filter(x => x.rel.startsWith('ecdsa/'))) {
    const want = c.expectation.verdict === 'valid' || c.expectation.check === 'issuer-key';
    if(await independentEcdsaVerify(c.credential, loader) !== want) {
      throw new Error(`self-check ${c.rel}: jsonld + node:crypto disagree with the cryptosuite (want ${want})`);
    }
  }
  // The base proof must be refused *as a base proof*, and the derived ones must really withhold.
  {
    const r = await ecdsaOracle(cases.find(c => c.rel === 'ecdsa-sd/base-proof-p256.json').credential);
    // ecdsa-sd-2023-cryptosuite 3.4.1 refuses it while parsing: 'The proof does not include a
    // valid "proofValue" property.' (it only accepts the derived header 0xd95d01).
    if(!/base proof|derived|"proofValue"/i.test(r.why)) {
      throw new Error(`self-check ecdsa-sd base proof: unexpected failure reason ${r.why}`);
    }
    const header = Buffer.from(cases.find(c => c.rel === 'ecdsa-sd/base-proof-p256.json')
      .credential.proof.proofValue.slice(1), 'base64url').subarray(0, 3).toString('hex');
    if(header !== 'd95d00') {
      throw new Error(`self-check ecdsa-sd base proof header ${header}`);
    }
    if('identifier' in sd['derived-subject-id'].credentialSubject) {
      throw new Error('self-check: derived-subject-id discloses the identifier');
    }
  }
  return {count: cases.length, valid, sd};
}
