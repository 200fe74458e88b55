// Compact JWS signing with `jose`, byte-stable across regenerations.
import * as jose from 'jose';
import {b64u, b64uJson} from './common.mjs';

/**
 * Signs `payloadBytes` under `header` with jose's CompactSign. ES256/PS256 signatures are
 * randomized, so when the committed file `rel` already holds a token with the identical
 * signing input and that token verifies under `verifyKey`, the committed token is reused.
 */
export async function stableSign(output, rel, header, payloadBytes, signKey, {
  verifyKey, signOptions = {}, verifyOptions = {}
} = {}) {
  const signingInput = `${b64uJson(header)}.${b64u(payloadBytes)}`;
  const prev = output.committed(rel)?.toString('utf8').trim();
  if(prev && prev.startsWith(signingInput + '.') && verifyKey) {
    try {
      await jose.compactVerify(prev, verifyKey, {algorithms: [header.alg], ...verifyOptions});
      return prev;
    } catch {
      // fall through and sign afresh
    }
  }
  const token = await new jose.CompactSign(payloadBytes)
    .setProtectedHeader(header)
    .sign(signKey, signOptions);
  if(!token.startsWith(signingInput + '.')) {
    throw new Error(`jose serialized the header differently than expected for ${rel}`);
  }
  return token;
}

export const jsonBytes = obj => Buffer.from(JSON.stringify(obj), 'utf8');

/** Splits a compact JWS and decodes header and payload JSON (no verification). */
export function decodeJws(token) {
  const [h, p, s] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')),
    payload: JSON.parse(Buffer.from(p, 'base64url').toString('utf8')),
    h, p, s
  };
}
