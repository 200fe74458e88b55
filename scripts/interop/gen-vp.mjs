// Groups 7 and 8: a VerifiablePresentation holding OB 3.0 credentials (folder vp/) and a CLR 2.0
// ClrCredential holding signed AchievementCredentials (folder clr/), all eddsa-rdfc-2022 (Ed25519,
// deterministic) through @digitalbazaar/vc. The verifier checks them (src/verify/several.rs).
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as rdfcSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {ed25519FromLabel, expect, flipBase58, producer, NOW, PROOF_CREATED, VALID_FROM, VALID_UNTIL}
  from './lib/common.mjs';
import {obCredential, urnUuid, OB303, VC2} from './lib/credential.mjs';
import {makeLoader} from './lib/loader.mjs';

export const CLR201 = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
export const CHALLENGE = 'badgeverify-interop-challenge-1';
export const DOMAIN = 'verifier.example';
const loader = makeLoader();
const suites = () => [new DataIntegrityProof({cryptosuite: rdfcSuite})];

async function multikey(label) {
  const k = ed25519FromLabel(label);
  const keyPair = await Ed25519Multikey.generate({seed: k.seed, id: k.vm, controller: k.did});
  return {...k, keyPair};
}
const signer = k => new DataIntegrityProof({signer: k.keyPair.signer(), cryptosuite: rdfcSuite,
  date: PROOF_CREATED});

function messages(res) {
  return [res?.error, ...(res?.results ?? []).map(r => r.error)].flat()
    .filter(Boolean).map(e => e.message ?? String(e)).join(' | ');
}

/** One credential with @digitalbazaar/vc: 'valid' or 'invalid'. */
async function credentialVerdict(credential, now = NOW) {
  const r = await vc.verifyCredential({credential, suite: suites(), documentLoader: loader, now});
  return {verdict: r.verified ? 'valid' : 'invalid', why: messages(r)};
}

/**
 * Presentation oracle: @digitalbazaar/vc verify() with challenge and domain. Returns the
 * presentation proof's verdict and each embedded credential's.
 */
export async function vpOracle(presentation, {challenge = CHALLENGE, domain = DOMAIN, now = NOW} = {}) {
  const r = await vc.verify({presentation, challenge, domain, suite: suites(), documentLoader: loader, now});
  const pres = r.presentationResult?.verified === true;
  const creds = [];
  for(const c of presentation.verifiableCredential) {
    creds.push((await credentialVerdict(c, now)).verdict);
  }
  return {presentation: pres ? 'valid' : 'invalid', credentials: creds, verified: r.verified,
    why: messages(r.presentationResult) || messages(r)};
}

export async function generate(output) {
  const issuer = await multikey('di-issuer-ed25519');
  const holder = await multikey('learner');
  const cases = [];
  const RDFC = [producer('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'), producer('@digitalbazaar/vc')]
    .join(' + ');
  const obCred = (label, {type = 'OpenBadgeCredential', name} = {}) => {
    const c = obCredential({label, model: '2.0', contexts: [OB303], issuerId: issuer.did,
      subjectId: holder.did, from: VALID_FROM, until: VALID_UNTIL, achievementName: name});
    c.type = ['VerifiableCredential', type];
    return c;
  };
  const issue = credential => vc.issue({credential, suite: signer(issuer), documentLoader: loader});

  // ---- Verifiable presentations.
  const good1 = await issue(obCred('vp member 1', {name: 'Presentation One'}));
  const good2 = await issue(obCred('vp member 2', {type: 'AchievementCredential', name: 'Presentation Two'}));
  const tampered2 = structuredClone(good2);
  tampered2.credentialSubject.achievement.name = 'Tampered';
  const present = (label, creds) => vc.signPresentation({
    presentation: vc.createPresentation({verifiableCredential: creds, holder: holder.did,
      id: urnUuid(`presentation ${label}`), version: 2.0}),
    suite: signer(holder), challenge: CHALLENGE, domain: DOMAIN, documentLoader: loader
  });
  const vpEntry = (rel, vp, expectation, want) => {
    output.writeJson(rel, vp);
    cases.push({rel, kind: 'vp', doc: vp, want});
    output.add({file: rel, expect: expectation, producer: RDFC,
      suite: 'eddsa-rdfc-2022', container: 'presentation', challenge: CHALLENGE, domain: DOMAIN,
      holder: holder.did,
      items: want.credentials.map((v, i) => ({path: `verifiableCredential[${i}]`, verdict: v,
        check: v === 'valid' ? null : 'proof'}))});
  };
  {
    const vp = await present('two valid', [good1, good2]);
    vpEntry('vp/vp-two-valid.json', vp, expect('valid', null,
      'VP 2.0 signed by the holder (= credentialSubject.id of both credentials, did:key) with ' +
      'eddsa-rdfc-2022, proofPurpose authentication, challenge and domain as recorded; both OB 3.0 ' +
      'credentials valid'), {presentation: 'valid', credentials: ['valid', 'valid']});
  }
  {
    const vp = await present('one tampered', [good1, tampered2]);
    vpEntry('vp/neg-vp-one-tampered-credential.json', vp, expect('invalid', 'proof',
      'presentation proof valid (signed over the tampered member), but verifiableCredential[1] had ' +
      'achievement.name changed after the issuer signed it: its proof fails; [0] is valid'),
    {presentation: 'valid', credentials: ['valid', 'invalid']});
  }
  {
    const vp = await present('proof tampered', [good1, good2]);
    vp.proof.proofValue = flipBase58(vp.proof.proofValue, 10);
    vpEntry('vp/neg-vp-proof-tampered.json', vp, expect('invalid', 'proof',
      'both credentials valid, but one base58 character of the presentation proofValue replaced'),
    {presentation: 'invalid', credentials: ['valid', 'valid']});
  }
  {
    const vp = await present('holder changed', [good1, good2]);
    vp.holder = issuer.did;
    vpEntry('vp/neg-vp-holder-changed.json', vp, expect('invalid', 'proof',
      'presentation holder replaced by another DID after the holder signed: the presentation proof fails'),
    {presentation: 'invalid', credentials: ['valid', 'valid']});
  }

  // ---- CLR 2.0.
  const clr = {};
  {
    const ac1 = await issue(obCred('clr member 1', {type: 'AchievementCredential', name: 'CLR Part One'}));
    const ac2 = await issue(obCred('clr member 2', {type: 'AchievementCredential', name: 'CLR Part Two'}));
    const ac2bad = structuredClone(ac2);
    ac2bad.credentialSubject.achievement.name = 'Tampered';
    const clrCred = (label, members) => ({
      '@context': [VC2, CLR201, OB303],
      id: urnUuid(`clr ${label}`),
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer: {id: issuer.did, type: ['Profile'], name: 'Interop Test Issuer'},
      name: 'Interop comprehensive learner record',
      validFrom: VALID_FROM,
      validUntil: VALID_UNTIL,
      credentialSubject: {
        id: holder.did,
        type: ['ClrSubject'],
        verifiableCredential: members,
        achievement: members.map(m => structuredClone(m.credentialSubject.achievement))
      }
    });
    const clrEntry = (rel, doc, expectation, want) => {
      output.writeJson(rel, doc);
      cases.push({rel, kind: 'clr', doc, want});
      output.add({file: rel, expect: expectation, producer: RDFC,
        suite: 'eddsa-rdfc-2022', container: 'clr',
        items: want.credentials.map((v, i) => ({path: `credentialSubject.verifiableCredential[${i}]`,
          verdict: v, check: v === 'valid' ? null : 'proof'}))});
    };
    clr.valid = await issue(clrCred('valid', [ac1, ac2]));
    clrEntry('clr/clr-valid.json', clr.valid, expect('valid', null,
      `ClrCredential (VC 2.0 + CLR 2.0.1 + OB 3.0.3) by the issuer did:key, eddsa-rdfc-2022, ` +
      'holding two AchievementCredentials each signed by the same issuer with eddsa-rdfc-2022'),
    {outer: 'valid', credentials: ['valid', 'valid']});
    const nested = await issue(clrCred('tampered nested', [ac1, ac2bad]));
    clrEntry('clr/neg-clr-tampered-nested.json', nested, expect('invalid', 'proof',
      'outer ClrCredential proof valid (signed over the tampered member), but ' +
      'credentialSubject.verifiableCredential[1] had achievement.name changed after its issuer signed it'),
    {outer: 'valid', credentials: ['valid', 'invalid']});
    const outer = structuredClone(clr.valid);
    outer.name = 'Tampered record';
    clrEntry('clr/neg-clr-tampered-outer.json', outer, expect('invalid', 'proof',
      'both nested AchievementCredentials valid, but the ClrCredential name changed after signing: ' +
      'the outer proof fails'), {outer: 'invalid', credentials: ['valid', 'valid']});
  }

  // Self-check with @digitalbazaar/vc.
  for(const c of cases) {
    let got;
    if(c.kind === 'vp') {
      const r = await vpOracle(c.doc);
      got = {presentation: r.presentation, credentials: r.credentials};
      // vc.verify must agree: verified only when everything is.
      const all = r.presentation === 'valid' && r.credentials.every(v => v === 'valid');
      if(r.verified !== all) {
        throw new Error(`self-check ${c.rel}: vc.verify says ${r.verified}, parts ${JSON.stringify(got)}`);
      }
    } else {
      got = {outer: (await credentialVerdict(c.doc)).verdict, credentials: []};
      for(const m of c.doc.credentialSubject.verifiableCredential) {
        got.credentials.push((await credentialVerdict(m)).verdict);
      }
    }
    if(JSON.stringify(got) !== JSON.stringify(c.want)) {
      throw new Error(`self-check ${c.rel}: expected ${JSON.stringify(c.want)}, @digitalbazaar/vc says ` +
        JSON.stringify(got));
    }
  }
  // A valid presentation must not verify under another challenge or domain.
  {
    const vp = cases.find(c => c.rel === 'vp/vp-two-valid.json').doc;
    for(const opts of [{challenge: 'another-challenge'}, {domain: 'other.example'}]) {
      if((await vpOracle(vp, opts)).presentation !== 'invalid') {
        throw new Error(`self-check vp/vp-two-valid.json verifies with ${JSON.stringify(opts)}`);
      }
    }
  }
  return {count: cases.length, good: [good1, good2], tampered: tampered2, clr};
}
