// Group 10 (folder api/): the OB 3.0 API's GetOpenBadgeCredentialsResponse
// ({"credential": [...], "compactJwsString": [...]}) built from credentials the other generators
// made (Data Integrity eddsa-rdfc-2022 / ecdsa-rdfc-2019, VC-JWT ES256 / ES384); `items` gives
// the verdict of each member.
import {b64uJson, expect} from './lib/common.mjs';
import {decodeJws} from './lib/jws.mjs';
import {diOracle} from './gen-di.mjs';
import {ecdsaOracle} from './gen-ecdsa.mjs';
import {jwtOracle} from './gen-vcjwt.mjs';

const isEcdsa = c => [c.proof].flat().some(p => p.cryptosuite?.startsWith('ecdsa-'));

/** Each member judged by its producing library: DI with @digitalbazaar/vc, JWS with jose. */
export async function apiOracle(response) {
  const items = [];
  for(const [i, c] of response.credential.entries()) {
    const r = isEcdsa(c) ? await ecdsaOracle(c) : await diOracle(c);
    items.push({path: `credential[${i}]`, verdict: r.verdict, check: r.check});
  }
  for(const [i, t] of response.compactJwsString.entries()) {
    const r = await jwtOracle(t, {algs: ['RS256', 'ES256', 'ES384', 'EdDSA', 'PS256']});
    items.push({path: `compactJwsString[${i}]`, verdict: r.verdict, check: r.check});
  }
  return items;
}

/** `di`: {file: credential}, `jwts`: {file: token} (valid members, taken from the other groups). */
export async function generate(output, {di, jwts, producers}) {
  const cases = [];
  const credential = Object.values(di);
  const compactJwsString = Object.values(jwts);
  const from = `members: ${[...Object.keys(di), ...Object.keys(jwts)].join(', ')}`;
  function emit(rel, response, expectation, items) {
    output.writeJson(rel, response);
    cases.push({rel, response, items});
    output.add({file: rel, expect: expectation, producer: producers,
      container: 'api-response', items});
  }
  const ok = (n, key) => Array.from({length: n}, (_, i) => ({path: `${key}[${i}]`, verdict: 'valid', check: null}));
  emit('api/get-credentials-response-valid.json', {credential, compactJwsString}, expect('valid', null,
    `GetOpenBadgeCredentialsResponse with ${credential.length} Data Integrity credentials and ` +
    `${compactJwsString.length} VC-JWTs, all valid; ${from}`),
  [...ok(credential.length, 'credential'), ...ok(compactJwsString.length, 'compactJwsString')]);
  {
    const bad = structuredClone(credential);
    bad[1].credentialSubject.achievement.name = 'Tampered';
    const items = [...ok(credential.length, 'credential'), ...ok(compactJwsString.length, 'compactJwsString')];
    items[1] = {path: 'credential[1]', verdict: 'invalid', check: 'proof'};
    emit('api/neg-get-credentials-response-tampered-credential.json', {credential: bad, compactJwsString},
      expect('invalid', 'proof', 'credential[1] had achievement.name changed after signing; every other ' +
        `member valid; ${from}`), items);
  }
  {
    const bad = [...compactJwsString];
    const {h, s, payload} = decodeJws(bad[1]);
    (payload.vc ?? payload).credentialSubject.achievement.name = 'Tampered';
    bad[1] = `${h}.${b64uJson(payload)}.${s}`;
    const items = [...ok(credential.length, 'credential'), ...ok(compactJwsString.length, 'compactJwsString')];
    items[credential.length + 1] = {path: 'compactJwsString[1]', verdict: 'invalid', check: 'proof'};
    emit('api/neg-get-credentials-response-tampered-jws.json', {credential, compactJwsString: bad},
      expect('invalid', 'proof', 'compactJwsString[1] payload re-encoded after signing (achievement.name ' +
        `changed); every other member valid; ${from}`), items);
  }
  // Self-check: every member's verdict as recorded.
  for(const c of cases) {
    const got = await apiOracle(c.response);
    if(JSON.stringify(got) !== JSON.stringify(c.items)) {
      throw new Error(`self-check ${c.rel}: expected ${JSON.stringify(c.items)}, libraries say ${JSON.stringify(got)}`);
    }
  }
  return {count: cases.length};
}
