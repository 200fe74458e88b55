// Group 1: OB 3.0 VC-JWT fixtures made with `jose`.
import * as jose from 'jose';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {
  b64u, b64uJson, ed25519FromLabel, expect, persistedKey, producer, resolveDidJwk,
  NOW, VALID_FROM, VALID_UNTIL, EXPIRED_FROM, EXPIRED_UNTIL, FUTURE_FROM,
  RECIPIENT_EMAIL, OTHER_EMAIL
} from './lib/common.mjs';
import {obCredential, recipientMatches, validityOf, OB301, OB303} from './lib/credential.mjs';
import {decodeJws, jsonBytes, stableSign} from './lib/jws.mjs';
import {resolveDidKey} from './lib/loader.mjs';

const ALGS = ['RS256', 'ES256', 'EdDSA', 'PS256'];
const seconds = iso => Math.floor(Date.parse(iso) / 1000);

/** JWT claims + credential, in the VC 2.0 (root) or VC 1.1 (`vc` claim) form. */
export function jwtPayload(cred) {
  const {from, until} = validityOf(cred);
  const claims = {
    iss: cred.issuer.id, sub: cred.credentialSubject.id, jti: cred.id, nbf: seconds(from)
  };
  if(until) {
    claims.exp = seconds(until);
  }
  return cred['@context'][0].includes('2018') ? {...claims, vc: cred} : {...cred, ...claims};
}

function result(verdict, check, why) {
  return {verdict, check, why};
}

/**
 * Independent judgement of a VC-JWT with jose: header policy, key resolution and binding,
 * signature + registered claims (jwtVerify), claim/credential consistency, validity, recipient.
 */
export async function jwtOracle(token, {now = NOW, recipient = null, algs = ALGS} = {}) {
  const {header, payload} = decodeJws(token);
  if(!algs.includes(header.alg)) {
    return result('invalid', 'proof', `alg ${header.alg} not allowed`);
  }
  const cred = payload.vc ?? payload;
  const issuerId = typeof cred.issuer === 'string' ? cred.issuer : cred.issuer?.id;
  let jwk;
  let bound;
  if(header.jwk) {
    if('d' in header.jwk) {
      return result('invalid', 'proof', 'jwk header carries a private key');
    }
    jwk = header.jwk;
    bound = false;
  } else if(header.kid?.startsWith('did:key:')) {
    const vm = await resolveDidKey(header.kid);
    jwk = await Ed25519Multikey.toJwk({keyPair: await Ed25519Multikey.from(vm)});
    bound = header.kid.split('#')[0] === issuerId;
  } else if(header.kid?.startsWith('did:jwk:')) {
    jwk = resolveDidJwk(header.kid).jwk;
    bound = header.kid.split('#')[0] === issuerId;
  } else {
    return result('indeterminate', 'issuer-key', 'no resolvable key');
  }
  let key;
  try {
    key = await jose.importJWK(jwk, header.alg);
  } catch(e) {
    return result('invalid', 'proof', `key does not fit alg: ${e.message}`);
  }
  try {
    await jose.jwtVerify(token, key, {algorithms: algs, currentDate: new Date(now)});
  } catch(e) {
    if(e.code === 'ERR_JWT_EXPIRED' ||
      (e.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && e.claim === 'nbf')) {
      return result('invalid', 'validity-period', e.message);
    }
    return result('invalid', 'proof', `${e.code}: ${e.message}`);
  }
  if(!bound && !header.jwk) {
    return result('invalid', 'issuer-key', 'kid DID is not the issuer');
  }
  if(payload.iss !== issuerId || (payload.jti && payload.jti !== cred.id) ||
    (payload.sub && payload.sub !== cred.credentialSubject?.id)) {
    return result('invalid', 'payload', 'JWT claims disagree with the credential');
  }
  const {from, until} = validityOf(cred);
  const t = Date.parse(now);
  if(Date.parse(from) > t || (until && Date.parse(until) < t)) {
    return result('invalid', 'validity-period', 'credential validity window');
  }
  if(!bound) {
    return result('indeterminate', 'issuer-key', 'jwk header key not bound to the issuer');
  }
  if(recipient && !recipientMatches(cred, recipient)) {
    return result('invalid', 'recipient', 'recipient does not match');
  }
  return result('valid', null, 'ok');
}

export async function generate(output) {
  const JOSE = producer('jose');
  const ed = ed25519FromLabel('vcjwt-issuer-ed25519');
  const edOther = ed25519FromLabel('vcjwt-other-ed25519');
  const learner = ed25519FromLabel('learner');
  const rsa = persistedKey(output, 'vcjwt-issuer-rsa', 'rsa');
  const p256 = persistedKey(output, 'vcjwt-issuer-p256', 'ec');
  const keyFor = {EdDSA: ed, RS256: rsa, PS256: rsa, ES256: p256};
  const cases = [];

  // Writes a token, runs the oracle and records the manifest entry.
  async function emit(rel, token, {expectation, recipient = null, now = NOW, prod = JOSE}) {
    output.write(rel, token);
    cases.push({rel, token, expectation, recipient, now});
    output.add({file: rel, now, recipient, expect: expectation, producer: prod});
  }
  async function sign(rel, header, payload, k, opts = {}) {
    const bytes = Buffer.isBuffer(payload) ? payload : jsonBytes(payload);
    return stableSign(output, rel, header, bytes, opts.signKey ?? k.privateKey,
      {verifyKey: opts.verifyKey ?? k.publicKey, ...opts});
  }
  const cred = (label, model, k, extra = {}) => obCredential({
    label, model, contexts: [model === '1.1' ? OB301 : OB303], issuerId: k.did,
    subjectId: learner.did, from: VALID_FROM, until: VALID_UNTIL, ...extra
  });

  // Valid: every alg in both payload forms.
  for(const alg of ALGS) {
    const k = keyFor[alg];
    const method = alg === 'EdDSA' ? 'didkey' : 'didjwk';
    for(const model of ['2.0', '1.1']) {
      const tag = model === '2.0' ? 'vc2' : 'vc11';
      const rel = `vcjwt/${tag}-${alg.toLowerCase()}-${method}.jwt`;
      const c = cred(`jwt ${tag} ${alg}`, model, k);
      const token = await sign(rel, {alg, kid: k.vm, typ: 'JWT'}, jwtPayload(c), k);
      await emit(rel, token, {expectation: expect('valid', null,
        `${alg} VC-JWT, VC ${model} ${model === '2.0' ? 'payload root' : '`vc` claim'}, ` +
        `issuer ${method === 'didkey' ? 'did:key' : 'did:jwk'} = kid DID`)});
    }
  }

  // Recipient given and matching.
  {
    const rel = 'vcjwt/vc2-eddsa-didkey-recipient-match.jwt';
    const c = cred('jwt recipient match', '2.0', ed);
    const token = await sign(rel, {alg: 'EdDSA', kid: ed.vm, typ: 'JWT'}, jwtPayload(c), ed);
    await emit(rel, token, {recipient: RECIPIENT_EMAIL, expectation: expect('valid', null,
      'recipient email matches the salted sha256 identityHash')});
  }
  // Wrong recipient.
  {
    const rel = 'vcjwt/neg-wrong-recipient.jwt';
    const c = cred('jwt recipient mismatch', '2.0', ed);
    const token = await sign(rel, {alg: 'EdDSA', kid: ed.vm, typ: 'JWT'}, jwtPayload(c), ed);
    await emit(rel, token, {recipient: OTHER_EMAIL, expectation: expect('invalid', 'recipient',
      'valid signature, but the given recipient does not match the identityHash')});
  }
  // jwk header only, https issuer: signature fine, key not bound to the issuer.
  {
    const rel = 'vcjwt/vc2-rs256-jwk-header-https-issuer.jwt';
    const c = cred('jwt jwk header', '2.0', rsa, {issuerId: 'https://issuer.example/issuers/1'});
    const token = await sign(rel, {alg: 'RS256', typ: 'JWT', jwk: rsa.publicJwk}, jwtPayload(c), rsa);
    await emit(rel, token, {expectation: expect('indeterminate', 'issuer-key',
      'signature verifies with the embedded jwk, but nothing binds that key to the https issuer')});
  }
  // Tampered payload: claims re-encoded, original signature kept.
  {
    const rel = 'vcjwt/neg-tampered-payload.jwt';
    const c = cred('jwt tampered', '2.0', rsa);
    const good = await sign(rel, {alg: 'RS256', kid: rsa.vm, typ: 'JWT'}, jwtPayload(c), rsa);
    const {h, s, payload} = decodeJws(good);
    payload.credentialSubject.achievement.name = 'Tampered';
    await emit(rel, `${h}.${b64uJson(payload)}.${s}`, {expectation: expect('invalid', 'proof',
      'payload re-encoded after signing (achievement name changed), RS256 signature kept')});
  }
  // alg none.
  {
    const rel = 'vcjwt/neg-alg-none.jwt';
    const c = cred('jwt alg none', '2.0', rsa);
    const token = `${b64uJson({alg: 'none', typ: 'JWT'})}.${b64uJson(jwtPayload(c))}.`;
    await emit(rel, token, {prod: 'hand-made (node:crypto base64url)', expectation: expect(
      'invalid', 'proof', 'alg none, empty signature')});
  }
  // HS256 keyed with the issuer's RSA public key PEM (algorithm confusion).
  {
    const rel = 'vcjwt/neg-hs256-rsa-pem-secret.jwt';
    const c = cred('jwt hs256 confusion', '2.0', rsa);
    const pem = Buffer.from(rsa.publicKey.export({format: 'pem', type: 'spki'}), 'utf8');
    const token = await sign(rel, {alg: 'HS256', kid: rsa.vm, typ: 'JWT'}, jwtPayload(c), rsa,
      {signKey: pem, verifyKey: pem});
    // The attack is real: the token is a valid HMAC under the public PEM.
    await jose.compactVerify(token, pem, {algorithms: ['HS256']});
    await emit(rel, token, {expectation: expect('invalid', 'proof',
      'HS256 MAC keyed with the issuer RSA public key PEM (SPKI); HS* must never be accepted')});
  }
  // kty/alg mismatch: ES256 header, kid points at the issuer's RSA did:jwk.
  {
    const rel = 'vcjwt/neg-kty-alg-mismatch.jwt';
    const c = cred('jwt kty alg mismatch', '2.0', rsa);
    const token = await sign(rel, {alg: 'ES256', kid: rsa.vm, typ: 'JWT'}, jwtPayload(c), p256);
    await emit(rel, token, {expectation: expect('invalid', 'proof',
      'header alg ES256 but kid resolves to an RSA key (signed with an unrelated P-256 key)')});
  }
  // jwk header containing the private part.
  {
    const rel = 'vcjwt/neg-jwk-header-with-d.jwt';
    const c = cred('jwt jwk with d', '2.0', p256);
    const {kty, crv, x, y, d} = p256.privateJwk;
    const token = await sign(rel, {alg: 'ES256', typ: 'JWT', jwk: {kty, crv, x, y, d}},
      jwtPayload(c), p256);
    await emit(rel, token, {expectation: expect('invalid', 'proof',
      'jwk header contains "d" (private key); issuer is the did:jwk of the same key')});
  }
  // Unknown critical header.
  {
    const rel = 'vcjwt/neg-unknown-crit.jwt';
    const c = cred('jwt crit', '2.0', rsa);
    const ext = 'https://badgeverify.example/unknown-ext';
    const token = await sign(rel, {alg: 'RS256', kid: rsa.vm, typ: 'JWT', crit: [ext], [ext]: true},
      jwtPayload(c), rsa, {signOptions: {crit: {[ext]: true}}, verifyOptions: {crit: {[ext]: true}}});
    await emit(rel, token, {expectation: expect('invalid', 'proof',
      'crit lists an extension header no verifier understands')});
  }
  // iss differs from issuer.id (kid and issuer.id agree, signature valid).
  {
    const rel = 'vcjwt/neg-iss-mismatch.jwt';
    const c = cred('jwt iss mismatch', '2.0', rsa);
    const payload = {...jwtPayload(c), iss: p256.did};
    const token = await sign(rel, {alg: 'RS256', kid: rsa.vm, typ: 'JWT'}, payload, rsa);
    await emit(rel, token, {expectation: expect('invalid', 'payload',
      'JWT iss is another DID than credential issuer.id')});
  }
  // kid DID is not the issuer (signed by another did:key).
  {
    const rel = 'vcjwt/neg-kid-not-issuer.jwt';
    const c = cred('jwt kid not issuer', '2.0', ed);
    const token = await sign(rel, {alg: 'EdDSA', kid: edOther.vm, typ: 'JWT'}, jwtPayload(c), edOther);
    await emit(rel, token, {expectation: expect('invalid', 'issuer-key',
      'valid EdDSA signature by a did:key that is not the issuer did:key')});
  }
  // Expired and not yet valid, both payload forms.
  for(const model of ['2.0', '1.1']) {
    const tag = model === '2.0' ? 'vc2' : 'vc11';
    {
      const rel = `vcjwt/neg-expired-${tag}.jwt`;
      const c = cred(`jwt expired ${tag}`, model, ed, {from: EXPIRED_FROM, until: EXPIRED_UNTIL});
      const token = await sign(rel, {alg: 'EdDSA', kid: ed.vm, typ: 'JWT'}, jwtPayload(c), ed);
      await emit(rel, token, {expectation: expect('invalid', 'validity-period',
        `exp and ${model === '2.0' ? 'validUntil' : 'expirationDate'} ${EXPIRED_UNTIL} < now`)});
    }
    {
      const rel = `vcjwt/neg-not-yet-valid-${tag}.jwt`;
      const c = cred(`jwt future ${tag}`, model, ed, {from: FUTURE_FROM});
      const token = await sign(rel, {alg: 'EdDSA', kid: ed.vm, typ: 'JWT'}, jwtPayload(c), ed);
      await emit(rel, token, {expectation: expect('invalid', 'validity-period',
        `nbf and ${model === '2.0' ? 'validFrom' : 'issuanceDate'} ${FUTURE_FROM} > now`)});
    }
  }

  // Self-check: the oracle built on jose must agree with every expectation.
  for(const c of cases) {
    const r = await jwtOracle(c.token, {now: c.now, recipient: c.recipient});
    if(r.verdict !== c.expectation.verdict || r.check !== c.expectation.check) {
      throw new Error(`self-check ${c.rel}: expected ${c.expectation.verdict}/${c.expectation.check}, ` +
        `jose says ${r.verdict}/${r.check} (${r.why})`);
    }
  }
  return {count: cases.length, tokens: Object.fromEntries(cases.map(c => [c.rel, c.token]))};
}
