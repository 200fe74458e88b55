// Group 10 (folder unsupported/): OB 3.0 VC-JWTs signed with registered public-key algorithms or
// key types badgeverify does not implement: ES512 (P-521), RS512 and PS384 made with `jose`;
// ES256K (secp256k1) and EdDSA with Ed448 signed with node:crypto (jose 6 signs neither). Issuers
// are did:jwk (or did:key) with kid = the issuer's verification method, as in gen-vcjwt.mjs.
//
// The verifier cannot check these signatures, and nothing else about the badges is wrong, so
// each is `indeterminate`/`proof`: never `invalid` (that would call a real badge a forgery) and
// never `valid`. A tampered twin is `indeterminate` too, for the same reason: a signature that
// is not checked is neither confirmed nor refused. The self-check below confirms with jose /
// node:crypto that every untampered token verifies and every tampered one does not.
// One control case is `invalid`: an ES256 header whose key is secp256k1 (ES256 means P-256),
// a wrong binding whatever the verifier implements.
import crypto from 'node:crypto';
import * as jose from 'jose';
import {b64u, b64uJson, base58btc, ed25519FromLabel, expect, persistedKey, producer, NOW,
  VALID_FROM, VALID_UNTIL} from './lib/common.mjs';
import {obCredential, OB303} from './lib/credential.mjs';
import {decodeJws, jsonBytes, stableSign} from './lib/jws.mjs';
import {jwtPayload} from './gen-vcjwt.mjs';

const HAND = 'hand-made (node:crypto sign)';

/** node:crypto parameters for the algorithms jose 6 does not sign. */
const NODE_ALG = {
  ES256K: {hash: 'sha256', dsaEncoding: 'ieee-p1363'},
  // A P-256 signature algorithm over a secp256k1 key: the mismatch control case.
  ES256: {hash: 'sha256', dsaEncoding: 'ieee-p1363'},
  EdDSA: {hash: null}
};

function nodeVerify(token, alg, publicKey) {
  const [h, p, s] = token.split('.');
  const {hash, dsaEncoding} = NODE_ALG[alg];
  return crypto.verify(hash, Buffer.from(`${h}.${p}`), {key: publicKey, dsaEncoding},
    Buffer.from(s, 'base64url'));
}

/**
 * Signs with node:crypto; a randomized (ECDSA) signature already committed for the identical
 * signing input is reused when it still verifies, as `stableSign` does for jose.
 */
function handSign(output, rel, header, payload, k) {
  const signingInput = `${b64uJson(header)}.${b64u(jsonBytes(payload))}`;
  const prev = output.committed(rel)?.toString('utf8').trim();
  if(prev?.startsWith(signingInput + '.') && nodeVerify(prev, header.alg, k.publicKey)) {
    return prev;
  }
  const {hash, dsaEncoding} = NODE_ALG[header.alg];
  const sig = crypto.sign(hash, Buffer.from(signingInput), {key: k.privateKey, dsaEncoding});
  return `${signingInput}.${b64u(sig)}`;
}

/** The did:key of a secp256k1 (0xe7) or Ed448 (0x1203) public key. */
function didKeyOf(k) {
  const jwk = k.publicJwk;
  const [codec, raw] = jwk.crv === 'Ed448' ?
    [[0x83, 0x24], Buffer.from(jwk.x, 'base64url')] :
    [[0xe7, 0x01], Buffer.concat([
      Buffer.from([Buffer.from(jwk.y, 'base64url').at(-1) & 1 ? 0x03 : 0x02]),
      Buffer.from(jwk.x, 'base64url')])];
  const mb = 'z' + base58btc(Buffer.concat([Buffer.from(codec), raw]));
  return {...k, did: `did:key:${mb}`, vm: `did:key:${mb}#${mb}`};
}

export async function generate(output) {
  const JOSE = producer('jose');
  const learner = ed25519FromLabel('learner');
  const keys = {
    ES512: persistedKey(output, 'vcjwt-issuer-p521', 'p521'),
    RS512: persistedKey(output, 'vcjwt-issuer-rsa', 'rsa'),
    PS384: persistedKey(output, 'vcjwt-issuer-rsa', 'rsa'),
    k1: persistedKey(output, 'vcjwt-issuer-secp256k1', 'secp256k1'),
    ed448: persistedKey(output, 'vcjwt-issuer-ed448', 'ed448')
  };
  const cases = [];
  const cred = (label, k) => obCredential({
    label, model: '2.0', contexts: [OB303], issuerId: k.did, subjectId: learner.did,
    from: VALID_FROM, until: VALID_UNTIL
  });
  const tamper = token => {
    const {h, s, payload} = decodeJws(token);
    payload.credentialSubject.achievement.name = 'Tampered';
    return `${h}.${b64uJson(payload)}.${s}`;
  };
  function emit(rel, token, {alg, k, genuine, prod, expectation}) {
    output.write(rel, token);
    cases.push({rel, token, alg, k, genuine, prod});
    output.add({file: rel, now: NOW, recipient: null, expect: expectation, producer: prod});
  }
  const notChecked = (what, why) => expect('indeterminate', 'proof',
    `${what}; badgeverify does not implement ${why}, so the signature is not checked ` +
    '(indeterminate, never invalid: nothing is shown broken)');
  const tamperedNote = (what, why) => expect('indeterminate', 'proof',
    `${what}, payload re-encoded after signing (achievement name changed; the producer rejects it); ` +
    `badgeverify does not implement ${why}, so, like its untampered twin, it is indeterminate: ` +
    'a signature that is not checked is neither confirmed nor refused');

  // jose: ES512, RS512, PS384 by a did:jwk issuer, valid and tampered.
  for(const alg of ['ES512', 'RS512', 'PS384']) {
    const k = keys[alg];
    const curve = alg === 'ES512' ? 'P-521' : 'RSA 2048';
    const rel = `unsupported/vc2-${alg.toLowerCase()}-didjwk.jwt`;
    const token = await stableSign(output, rel, {alg, kid: k.vm, typ: 'JWT'},
      jsonBytes(jwtPayload(cred(`jwt unsupported ${alg}`, k))), k.privateKey, {verifyKey: k.publicKey});
    const what = `${alg} (${curve}) VC-JWT, VC 2.0 payload root, issuer did:jwk = kid DID`;
    emit(rel, token, {alg, k, genuine: true, prod: JOSE,
      expectation: notChecked(`${what}; jose verifies it`, alg)});
    emit(`unsupported/neg-vc2-${alg.toLowerCase()}-tampered.jwt`, tamper(token),
      {alg, k, genuine: false, prod: JOSE, expectation: tamperedNote(what, alg)});
  }

  // node:crypto: ES256K by a did:key secp256k1 issuer (zQ3s…).
  {
    const k = didKeyOf(keys.k1);
    const rel = 'unsupported/vc2-es256k-didkey-secp256k1.jwt';
    const token = handSign(output, rel, {alg: 'ES256K', kid: k.vm, typ: 'JWT'},
      jwtPayload(cred('jwt unsupported ES256K', k)), k);
    emit(rel, token, {alg: 'ES256K', k, genuine: true, prod: HAND, expectation: notChecked(
      'ES256K (secp256k1, RFC 8812) VC-JWT, issuer did:key zQ3s… = kid DID; node:crypto verifies it',
      'ES256K')});
  }
  // node:crypto: EdDSA with an Ed448 key (RFC 8037), did:jwk and did:key issuers.
  for(const method of ['didjwk', 'didkey']) {
    const k = method === 'didkey' ? didKeyOf(keys.ed448) : keys.ed448;
    const rel = `unsupported/vc2-eddsa-ed448-${method}.jwt`;
    const token = handSign(output, rel, {alg: 'EdDSA', kid: k.vm, typ: 'JWT'},
      jwtPayload(cred(`jwt unsupported Ed448 ${method}`, k)), k);
    const what = `EdDSA VC-JWT signed with an Ed448 key (RFC 8037), issuer ${
      method === 'didkey' ? 'did:key (ed448-pub multicodec)' : 'did:jwk'} = kid DID`;
    emit(rel, token, {alg: 'EdDSA', k, genuine: true, prod: HAND,
      expectation: notChecked(`${what}; node:crypto verifies it`, 'Ed448 keys')});
    if(method === 'didjwk') {
      emit('unsupported/neg-vc2-eddsa-ed448-didjwk-tampered.jwt', tamper(token),
        {alg: 'EdDSA', k, genuine: false, prod: HAND, expectation: tamperedNote(what, 'Ed448 keys')});
    }
  }
  // Control: header ES256, key secp256k1 (signed with it over SHA-256). ES256 is P-256 only
  // (RFC 7518 §3.4), so the key cannot be the token's: invalid whatever is implemented.
  {
    const k = keys.k1;
    const rel = 'unsupported/neg-es256-secp256k1-didjwk.jwt';
    const token = handSign(output, rel, {alg: 'ES256', kid: k.vm, typ: 'JWT'},
      jwtPayload(cred('jwt ES256 with secp256k1', k)), k);
    emit(rel, token, {alg: 'ES256', k, genuine: false, prod: HAND, expectation: expect('invalid',
      'proof', 'header alg ES256 (P-256 only), but the kid did:jwk is a secp256k1 key: the key ' +
      'cannot be the one an ES256 token is signed with (key-alg-mismatch); jose refuses to import it for ES256')});
  }

  // Self-check: untampered tokens verify with their producer, tampered ones do not; the
  // mismatch control is refused by jose.
  for(const c of cases) {
    const {header} = decodeJws(c.token);
    let ok;
    if(c.prod === JOSE) {
      ok = await jose.compactVerify(c.token, c.k.publicKey, {algorithms: [c.alg]}).then(() => true,
        () => false);
    } else if(c.rel.includes('es256-secp256k1')) {
      ok = await jose.importJWK(c.k.publicJwk, 'ES256').then(() => true, () => false);
      if(!ok && !nodeVerify(c.token, header.alg, c.k.publicKey)) {
        throw new Error(`self-check ${c.rel}: the control token must carry a real secp256k1 signature`);
      }
    } else {
      ok = nodeVerify(c.token, header.alg, c.k.publicKey);
    }
    if(ok !== c.genuine) {
      throw new Error(`self-check ${c.rel}: expected the signature to ${c.genuine ? '' : 'not '}verify`);
    }
  }
  return {count: cases.length};
}
