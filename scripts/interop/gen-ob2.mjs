// Group 2: OB 2.0 signed (RS256 compact JWS, `jose`; one ES256, an algorithm the spec does
// not name, which the verifier checks all the same with a note) and hosted assertions, plus the
// issuer-side documents a network test serves from 127.0.0.1 (ob2/site + routes.json).
import crypto from 'node:crypto';
import * as jose from 'jose';
import {
  expect, hashHex, persistedKey, producer, NOW, RECIPIENT_EMAIL, OTHER_EMAIL, SALT, b64uJson
} from './lib/common.mjs';
import {urnUuid} from './lib/credential.mjs';
import {decodeJws, jsonBytes, stableSign} from './lib/jws.mjs';
import {basePng} from './lib/png.mjs';

export const ORIGIN = 'https://issuer.example';
const OB2 = 'https://w3id.org/openbadges/v2';
const u = p => `${ORIGIN}/ob2/${p}`;
const ISSUED_ON = '2025-01-01T00:00:00Z';
// The spec names RS256; ES256 is as strong, and the verifier checks it with a note.
const SIGNED_ALGS = ['RS256', 'ES256'];

function recipient(kind, email = RECIPIENT_EMAIL) {
  if(kind === 'sha256') {
    return {type: 'email', hashed: true, salt: SALT, identity: `sha256$${hashHex('sha256', email + SALT)}`};
  }
  if(kind === 'md5') {
    return {type: 'email', hashed: true, identity: `md5$${hashHex('md5', email)}`};
  }
  return {type: 'email', hashed: false, identity: email};
}

function recipientMatches(r, email) {
  if(!r.hashed) {
    return r.identity.toLowerCase() === email.toLowerCase();
  }
  const [alg, hex] = r.identity.split('$');
  return hashHex(alg, email + (r.salt ?? '')) === hex.toLowerCase();
}

/**
 * Online judgement of an OB 2.0 input against the site documents (simulated fetch), with jose
 * for the RS256 (or ES256) check: creator ∈ issuer.publicKey, key.owner == issuer.id, signature,
 * revocation list, hosted scope (startsWith / allowedOrigins), recipient.
 */
export async function ob2Oracle(input, site, {recipient: email = null} = {}) {
  const fetch = url => {
    if(!url.startsWith(ORIGIN + '/')) {
      return null;
    }
    const file = site.routes[url.slice(ORIGIN.length)];
    return file ? site.docs[file] : null;
  };
  const r = (verdict, check, why) => ({verdict, check, why});
  let assertion;
  if(typeof input === 'string') {
    const {header, payload} = decodeJws(input);
    if(!SIGNED_ALGS.includes(header.alg)) {
      return r('invalid', 'proof', 'alg');
    }
    assertion = payload;
    const badge = fetch(assertion.badge);
    const issuer = fetch(badge.issuer);
    const creator = assertion.verification.creator;
    if(![issuer.publicKey].flat().includes(creator)) {
      return r('invalid', 'issuer-key', 'creator not in issuer.publicKey');
    }
    const keyDoc = fetch(creator);
    if(!keyDoc || keyDoc.owner !== issuer.id) {
      return r('invalid', 'issuer-key', 'key owner is not the issuer');
    }
    const key = crypto.createPublicKey({key: keyDoc.publicKeyPem, format: 'pem',
      type: keyDoc.publicKeyPem.includes('BEGIN RSA PUBLIC KEY') ? 'pkcs1' : 'spki'});
    try {
      await jose.compactVerify(input, key, {algorithms: [header.alg]});
    } catch(e) {
      return r('invalid', 'proof', e.message);
    }
    const list = fetch(issuer.revocationList);
    if(list?.revokedAssertions.some(x => (x.id ?? x) === assertion.id)) {
      return r('invalid', 'revocation', 'listed');
    }
  } else {
    // Hosted: only the id of the given JSON is trusted; fetch it.
    assertion = fetch(input.id);
    if(!assertion) {
      return r('invalid', 'hosted-origin', 'assertion not found at its id');
    }
    const badge = fetch(assertion.badge);
    const issuer = fetch(badge.issuer);
    const policy = issuer.verification ?? {};
    const starts = [policy.startsWith ?? []].flat();
    if(starts.length && !starts.some(s => assertion.id.startsWith(s))) {
      return r('invalid', 'hosted-origin', 'id outside startsWith');
    }
    if(![policy.allowedOrigins ?? new URL(issuer.id).host].flat().includes(new URL(assertion.id).host)) {
      return r('invalid', 'hosted-origin', 'origin not allowed');
    }
    if(assertion.revoked) {
      return r('invalid', 'revocation', 'revoked');
    }
  }
  if(email && !recipientMatches(assertion.recipient, email)) {
    return r('invalid', 'recipient', 'recipient mismatch');
  }
  return r('valid', null, 'ok');
}

export async function generate(output) {
  const JOSE = producer('jose');
  const key1 = persistedKey(output, 'ob2-issuer-rsa-1', 'rsa');
  const key2 = persistedKey(output, 'ob2-issuer-rsa-2', 'rsa');
  const keyUnlisted = persistedKey(output, 'ob2-issuer-rsa-unlisted', 'rsa');
  const keyForeign = persistedKey(output, 'ob2-foreign-rsa', 'rsa');
  const keyP256 = persistedKey(output, 'ob2-issuer-p256', 'ec');
  const site = {routes: {}, docs: {}};
  const put = (urlPath, file, doc) => {
    site.routes[urlPath] = file;
    site.docs[file] = doc;
    if(Buffer.isBuffer(doc)) {
      output.write(`ob2/site/${file}`, doc);
    } else {
      output.writeJson(`ob2/site/${file}`, doc);
    }
  };
  const pathOf = url => url.slice(ORIGIN.length);

  const issuerId = u('issuer.json');
  const strictIssuerId = u('issuer-strict.json');
  const keyUrl = {
    key1: u('keys/key-1.json'), key2: u('keys/key-2-pkcs1.json'),
    unlisted: u('keys/key-unlisted.json'), foreign: u('keys/key-foreign-owner.json'),
    p256: u('keys/key-3-p256.json')
  };
  const spki = k => k.publicKey.export({format: 'pem', type: 'spki'});
  const pkcs1 = k => k.publicKey.export({format: 'pem', type: 'pkcs1'});
  const keyDoc = (id, owner, pem) => ({'@context': OB2, type: 'CryptographicKey', id, owner,
    publicKeyPem: pem});
  put(pathOf(keyUrl.key1), 'keys/key-1.json', keyDoc(keyUrl.key1, issuerId, spki(key1)));
  put(pathOf(keyUrl.key2), 'keys/key-2-pkcs1.json', keyDoc(keyUrl.key2, issuerId, pkcs1(key2)));
  put(pathOf(keyUrl.p256), 'keys/key-3-p256.json', keyDoc(keyUrl.p256, issuerId, spki(keyP256)));
  put(pathOf(keyUrl.unlisted), 'keys/key-unlisted.json', keyDoc(keyUrl.unlisted, issuerId, spki(keyUnlisted)));
  put(pathOf(keyUrl.foreign), 'keys/key-foreign-owner.json',
    keyDoc(keyUrl.foreign, 'https://other.example/issuer.json', spki(keyForeign)));
  put('/ob2/issuer.json', 'issuer.json', {
    '@context': OB2, type: 'Issuer', id: issuerId, name: 'Interop OB 2.0 Issuer',
    url: ORIGIN, email: 'badges@issuer.example',
    publicKey: [keyUrl.key1, keyUrl.key2, keyUrl.foreign, keyUrl.p256],
    revocationList: u('revocations.json')
  });
  put('/ob2/issuer-strict.json', 'issuer-strict.json', {
    '@context': OB2, type: 'Issuer', id: strictIssuerId, name: 'Interop OB 2.0 Strict Issuer',
    url: ORIGIN, email: 'badges@issuer.example',
    verification: {type: 'VerificationObject', startsWith: u('assertions/strict/')}
  });
  const badgeClass = (id, issuer) => ({
    '@context': OB2, type: 'BadgeClass', id, name: 'Interop OB 2.0 Badge',
    description: 'Awarded to OB 2.0 assertions made by an independent implementation.',
    image: u('badge.png'), criteria: {narrative: 'Be produced by the badgeverify interop generator.'},
    issuer
  });
  put('/ob2/badge.json', 'badge.json', badgeClass(u('badge.json'), issuerId));
  put('/ob2/badge-strict.json', 'badge-strict.json', badgeClass(u('badge-strict.json'), strictIssuerId));
  put('/ob2/badge.png', 'badge.png', basePng());
  const revokedId = urnUuid('ob2 revoked');
  put('/ob2/revocations.json', 'revocations.json', {
    '@context': OB2, id: u('revocations.json'), type: 'RevocationList', issuer: issuerId,
    revokedAssertions: [
      {id: revokedId, revocationReason: 'Issued in error (interop fixture)'},
      urnUuid('ob2 some other revoked')
    ]
  });
  // Hosted assertions.
  const hosted = (id, badge, rkind = 'sha256') => ({
    '@context': OB2, type: 'Assertion', id, recipient: recipient(rkind), badge,
    verification: {type: 'HostedBadge'}, issuedOn: ISSUED_ON
  });
  const hostedValid = hosted(u('assertions/hosted-1.json'), u('badge.json'));
  put('/ob2/assertions/hosted-1.json', 'assertions/hosted-1.json', hostedValid);
  const hostedOutside = hosted(u('assertions/hosted-outside-scope.json'), u('badge-strict.json'));
  put('/ob2/assertions/hosted-outside-scope.json', 'assertions/hosted-outside-scope.json', hostedOutside);
  output.writeJson('ob2/site/routes.json', site.routes);

  const cases = [];
  const OFFLINE_SIGNED = expect('indeterminate', 'proof',
    'offline: the BadgeClass, issuer Profile and CryptographicKey must be fetched');
  function emit(rel, input, {online, recipient: email = RECIPIENT_EMAIL, offline = OFFLINE_SIGNED,
    prod = JOSE}) {
    if(typeof input === 'string') {
      output.write(rel, input);
    } else {
      output.writeJson(rel, input);
    }
    cases.push({rel, input, online, email});
    output.add({file: rel, now: NOW, recipient: email, expect: offline, producer: prod, online});
  }
  const signed = (label, rkind, creator, email = RECIPIENT_EMAIL) => ({
    '@context': OB2, type: 'Assertion', id: label === 'revoked' ? revokedId : urnUuid(`ob2 ${label}`),
    recipient: recipient(rkind, email), badge: u('badge.json'),
    verification: {type: 'SignedBadge', creator}, issuedOn: ISSUED_ON
  });
  const sign = (rel, a, k, alg = 'RS256') => stableSign(output, rel, {alg}, jsonBytes(a), k.privateKey,
    {verifyKey: k.publicKey});

  const valid = {};
  for(const rkind of ['sha256', 'md5', 'plaintext']) {
    const rel = `ob2/signed-${rkind}${rkind === 'sha256' ? '-salted' : ''}.jws`;
    const tok = await sign(rel, signed(`valid ${rkind}`, rkind, keyUrl.key1), key1);
    valid[rkind] = tok;
    emit(rel, tok, {online: expect('valid', null,
      `RS256 by key-1 (SPKI PEM), recipient identity ${rkind}`)});
  }
  {
    const rel = 'ob2/signed-pkcs1-key.jws';
    const tok = await sign(rel, signed('valid pkcs1', 'sha256', keyUrl.key2), key2);
    emit(rel, tok, {online: expect('valid', null, 'RS256 by key-2 whose publicKeyPem is PKCS#1 (BEGIN RSA PUBLIC KEY)')});
  }
  {
    const rel = 'ob2/signed-es256-p256-key.jws';
    const tok = await sign(rel, signed('valid es256', 'sha256', keyUrl.p256), keyP256, 'ES256');
    emit(rel, tok, {online: expect('valid', null, 'ES256 by key-3 (P-256 SPKI PEM): the spec names ' +
      'RS256 only, but ES256 weakens nothing; verified with the note jws-alg-unlisted')});
  }
  {
    const rel = 'ob2/neg-signed-tampered.jws';
    const tok = await sign(rel, signed('tampered', 'sha256', keyUrl.key1), key1);
    const {h, s, payload} = decodeJws(tok);
    payload.issuedOn = '2024-06-01T00:00:00Z';
    emit(rel, `${h}.${b64uJson(payload)}.${s}`, {online: expect('invalid', 'proof',
      'payload re-encoded after signing (issuedOn changed), signature kept')});
  }
  {
    const rel = 'ob2/neg-signed-revoked.jws';
    const tok = await sign(rel, signed('revoked', 'sha256', keyUrl.key1), key1);
    emit(rel, tok, {online: expect('invalid', 'revocation', 'assertion id is in the issuer RevocationList')});
  }
  {
    const rel = 'ob2/neg-signed-key-not-in-issuer.jws';
    const tok = await sign(rel, signed('unlisted key', 'sha256', keyUrl.unlisted), keyUnlisted);
    emit(rel, tok, {online: expect('invalid', 'issuer-key',
      'creator key (owner = issuer) is not listed in issuer publicKey')});
  }
  {
    const rel = 'ob2/neg-signed-key-owner-mismatch.jws';
    const tok = await sign(rel, signed('foreign key', 'sha256', keyUrl.foreign), keyForeign);
    emit(rel, tok, {online: expect('invalid', 'issuer-key',
      'creator key is listed in issuer publicKey but its owner is another issuer')});
  }
  {
    const rel = 'ob2/neg-signed-wrong-recipient.jws';
    const tok = await sign(rel, signed('wrong recipient', 'sha256', keyUrl.key1), key1);
    const why = 'signature fine, recipient given does not match the salted sha256 identity';
    emit(rel, tok, {recipient: OTHER_EMAIL, online: expect('invalid', 'recipient', why),
      offline: expect('invalid', 'recipient', `${why} (decidable offline)`)});
  }
  const OFFLINE_HOSTED = expect('indeterminate', 'proof',
    'offline: a hosted assertion is only a pointer; it must be fetched from its id');
  emit('ob2/hosted-valid.json', hostedValid, {offline: OFFLINE_HOSTED, prod: 'hand-made JSON',
    online: expect('valid', null, 'hosted at its id on the issuer origin (default allowedOrigins)')});
  emit('ob2/neg-hosted-outside-scope.json', hostedOutside, {offline: OFFLINE_HOSTED,
    prod: 'hand-made JSON', online: expect('invalid', 'hosted-origin',
      'issuer verification.startsWith is .../assertions/strict/, assertion id is not below it')});

  for(const c of cases) {
    const r = await ob2Oracle(c.input, site, {recipient: c.email});
    if(r.verdict !== c.online.verdict || r.check !== c.online.check) {
      throw new Error(`self-check ${c.rel}: expected ${c.online.verdict}/${c.online.check}, ` +
        `jose-based check says ${r.verdict}/${r.check} (${r.why})`);
    }
  }
  return {count: cases.length, signed: valid.sha256, hosted: hostedValid, site};
}
