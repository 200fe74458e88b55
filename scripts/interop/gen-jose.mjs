// Group 9 (folder vcjose/): JOSE-secured OB 3.0 credentials the verifier does not support yet,
// made with `jose`: ES384 in the OB 3.0 VC-JWT form, the VC 2.0 JOSE form of "Securing VCs using
// JOSE and COSE" (typ vc+jwt, cty vc, the JWT payload IS the credential) with ES256 and ES384, and
// EnvelopedVerifiableCredential wrappers (data:application/vc+jwt,<jwt>). Issuers are did:jwk with
// kid = did:jwk:…#0, as in gen-vcjwt.mjs. Every entry is `pending` except the ES384 OB 3.0
// VC-JWT forms (SUPPORTED), which the verifier checks.
import * as jose from 'jose';
import {b64uJson, ed25519FromLabel, expect, persistedKey, producer, resolveDidJwk, NOW, VALID_FROM,
  VALID_UNTIL} from './lib/common.mjs';
import {obCredential, validityOf, OB301, OB303, VC2} from './lib/credential.mjs';
import {decodeJws, jsonBytes, stableSign} from './lib/jws.mjs';
import {jwtOracle, jwtPayload} from './gen-vcjwt.mjs';
import {PENDING} from './gen-ecdsa.mjs';

const ALGS = ['ES256', 'ES384'];
export const ENVELOPE_PREFIX = 'data:application/vc+jwt,';
/** Entries the verifier already checks (ES384 in the OB 3.0 VC-JWT form); the rest are pending. */
const SUPPORTED = new Set(['vcjose/ob-vc11-es384-didjwk.jwt', 'vcjose/ob-vc2-es384-didjwk.jwt',
  'vcjose/neg-ob-vc11-es384-tampered.jwt']);

/**
 * Oracle for the VC 2.0 JOSE form with jose: typ vc+jwt, kid = did:jwk bound to issuer(.id),
 * jwtVerify (signature, and exp/nbf if present), then the credential's own validity window.
 */
export async function vcJoseOracle(token, {now = NOW} = {}) {
  const {header, payload} = decodeJws(token);
  if(!ALGS.includes(header.alg) || header.typ !== 'vc+jwt') {
    return {verdict: 'invalid', check: 'proof', why: `header ${JSON.stringify(header)}`};
  }
  const issuerId = typeof payload.issuer === 'string' ? payload.issuer : payload.issuer?.id;
  const {jwk} = resolveDidJwk(header.kid);
  try {
    const key = await jose.importJWK(jwk, header.alg);
    await jose.jwtVerify(token, key, {algorithms: ALGS, typ: 'vc+jwt', currentDate: new Date(now)});
  } catch(e) {
    return {verdict: 'invalid', check: 'proof', why: `${e.code}: ${e.message}`};
  }
  if(header.kid.split('#')[0] !== issuerId) {
    return {verdict: 'invalid', check: 'issuer-key', why: 'kid DID is not the issuer'};
  }
  const {from, until} = validityOf(payload);
  const t = Date.parse(now);
  if(Date.parse(from) > t || (until && Date.parse(until) < t)) {
    return {verdict: 'invalid', check: 'validity-period', why: 'credential validity window'};
  }
  return {verdict: 'valid', check: null, why: 'ok'};
}

/** Oracle for an EnvelopedVerifiableCredential: shape, then the enclosed vc+jwt. */
export async function envelopeOracle(env, opts) {
  if(env.type !== 'EnvelopedVerifiableCredential' || env['@context']?.[0] !== VC2 ||
    !env.id?.startsWith(ENVELOPE_PREFIX)) {
    return {verdict: 'invalid', check: 'payload', why: 'not an EnvelopedVerifiableCredential'};
  }
  return vcJoseOracle(env.id.slice(ENVELOPE_PREFIX.length), opts);
}

export async function generate(output) {
  const JOSE = producer('jose');
  const learner = ed25519FromLabel('learner');
  const keys = {
    ES256: persistedKey(output, 'vcjwt-issuer-p256', 'ec'),
    ES384: persistedKey(output, 'vcjwt-issuer-p384', 'p384')
  };
  const cases = [];
  const tokens = {};
  const cred = (label, model, k) => obCredential({
    label, model, contexts: [model === '1.1' ? OB301 : OB303], issuerId: k.did,
    subjectId: learner.did, from: VALID_FROM, until: VALID_UNTIL
  });
  const sign = (rel, header, payload, k) =>
    stableSign(output, rel, header, jsonBytes(payload), k.privateKey, {verifyKey: k.publicKey});
  const tamper = token => {
    const {h, s, payload} = decodeJws(token);
    (payload.vc ?? payload).credentialSubject.achievement.name = 'Tampered';
    return `${h}.${b64uJson(payload)}.${s}`;
  };
  function emit(rel, data, kind, expectation, extra = {}) {
    if(typeof data === 'string') {
      output.write(rel, data);
      tokens[rel] = data;
    } else {
      output.writeJson(rel, data);
    }
    cases.push({rel, data, kind, expectation});
    output.add({file: rel, expect: expectation, producer: JOSE,
      ...(SUPPORTED.has(rel) ? {} : {pending: PENDING}), ...extra});
  }

  // ES384 in the OB 3.0 VC-JWT forms (typ JWT, registered claims; `vc` claim and payload root).
  const k384 = keys.ES384;
  for(const model of ['1.1', '2.0']) {
    const tag = model === '2.0' ? 'vc2' : 'vc11';
    const rel = `vcjose/ob-${tag}-es384-didjwk.jwt`;
    const token = await sign(rel, {alg: 'ES384', kid: k384.vm, typ: 'JWT'},
      jwtPayload(cred(`jose ob ${tag} es384`, model, k384)), k384);
    emit(rel, token, 'ob', expect('valid', null, `ES384 (P-384) OB 3.0 VC-JWT, VC ${model} ` +
      `${model === '2.0' ? 'payload root' : '`vc` claim'} with iss/sub/jti/nbf/exp, issuer did:jwk = kid DID`),
    {suite: 'vc-jwt-es384'});
    if(model === '1.1') {
      emit('vcjose/neg-ob-vc11-es384-tampered.jwt', tamper(token), 'ob', expect('invalid', 'proof',
        'payload re-encoded after signing (vc.credentialSubject.achievement.name changed), ES384 signature kept'),
      {suite: 'vc-jwt-es384'});
    }
  }

  // VC 2.0 JOSE form: header typ vc+jwt, cty vc; the payload is exactly the credential.
  const vcJose = {};
  for(const alg of ALGS) {
    const k = keys[alg];
    const rel = `vcjose/vc-jose-${alg.toLowerCase()}-didjwk.jwt`;
    const c = cred(`jose vc+jwt ${alg}`, '2.0', k);
    const token = await sign(rel, {alg, kid: k.vm, typ: 'vc+jwt', cty: 'vc'}, c, k);
    vcJose[alg] = token;
    emit(rel, token, 'vc+jwt', expect('valid', null, `VC-JOSE-COSE: ${alg}, typ vc+jwt, cty vc, payload = ` +
      'the OB 3.0 credential (VC 2.0 + OB 3.0.3, no JWT claims), issuer did:jwk = kid DID'),
    {suite: `vc+jwt-${alg.toLowerCase()}`});
    emit(`vcjose/neg-vc-jose-${alg.toLowerCase()}-tampered.jwt`, tamper(token), 'vc+jwt', expect('invalid',
      'proof', `payload re-encoded after signing (credentialSubject.achievement.name changed), ${alg} ` +
      'signature kept'), {suite: `vc+jwt-${alg.toLowerCase()}`});
  }

  // EnvelopedVerifiableCredential (VC 2.0 §4.13) around the vc+jwt tokens.
  const envelope = token => ({'@context': [VC2], id: `${ENVELOPE_PREFIX}${token}`,
    type: 'EnvelopedVerifiableCredential'});
  emit('vcjose/enveloped-es256.json', envelope(vcJose.ES256), 'envelope', expect('valid', null,
    'EnvelopedVerifiableCredential whose id is data:application/vc+jwt,<vcjose/vc-jose-es256-didjwk.jwt>'),
  {suite: 'vc+jwt-es256', container: 'enveloped'});
  emit('vcjose/neg-enveloped-es256-tampered.json', envelope(tamper(vcJose.ES256)), 'envelope',
    expect('invalid', 'proof', 'EnvelopedVerifiableCredential around vcjose/neg-vc-jose-es256-tampered.jwt ' +
      '(payload changed after signing)'), {suite: 'vc+jwt-es256', container: 'enveloped'});

  // Self-check with jose.
  for(const c of cases) {
    const r = c.kind === 'ob' ? await jwtOracle(c.data, {algs: ALGS}) :
      c.kind === 'vc+jwt' ? await vcJoseOracle(c.data) : await envelopeOracle(c.data);
    if(r.verdict !== c.expectation.verdict || r.check !== c.expectation.check) {
      throw new Error(`self-check ${c.rel}: expected ${c.expectation.verdict}/${c.expectation.check}, ` +
        `jose says ${r.verdict}/${r.check} (${r.why})`);
    }
  }
  return {count: cases.length, tokens};
}
