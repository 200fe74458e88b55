// Open Badges 3.0 credential templates shared by the VC-JWT and Data Integrity generators.
import {hashHex, sha256, RECIPIENT_EMAIL, SALT} from './common.mjs';

export const VC1 = 'https://www.w3.org/2018/credentials/v1';
export const VC2 = 'https://www.w3.org/ns/credentials/v2';
export const OB300 = 'https://purl.imsglobal.org/spec/ob/v3p0/context.json';
export const OB301 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json';
export const OB303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const DI_V1 = 'https://w3id.org/security/data-integrity/v1';
export const DI_V2 = 'https://w3id.org/security/data-integrity/v2';
export const ED2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';

/** Deterministic urn:uuid (version-4 layout) from a label. */
export function urnUuid(label) {
  const h = sha256(Buffer.from(`badgeverify interop uuid ${label}`, 'utf8'));
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** OB 3.0 IdentityObject for the fixture recipient (salted SHA-256 of the email). */
export function emailIdentifier(email = RECIPIENT_EMAIL) {
  return {
    type: 'IdentityObject',
    identityHash: `sha256$${hashHex('sha256', email + SALT)}`,
    identityType: 'emailAddress',
    hashed: true,
    salt: SALT
  };
}

/**
 * An OpenBadgeCredential. `model` is '1.1' (issuanceDate/expirationDate) or '2.0'
 * (validFrom/validUntil). `contexts` are the @context entries after the VC one.
 */
export function obCredential({
  label, model, contexts, issuerId, issuerName = 'Interop Test Issuer',
  subjectId, from, until, achievementName = 'Interoperability'
}) {
  const cred = {
    '@context': [model === '1.1' ? VC1 : VC2, ...contexts],
    id: urnUuid(`credential ${label}`),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {id: issuerId, type: ['Profile'], name: issuerName},
    name: `${achievementName} badge`
  };
  if(model === '1.1') {
    cred.issuanceDate = from;
    if(until) {
      cred.expirationDate = until;
    }
  } else {
    cred.validFrom = from;
    if(until) {
      cred.validUntil = until;
    }
  }
  cred.credentialSubject = {
    id: subjectId,
    type: ['AchievementSubject'],
    identifier: [emailIdentifier()],
    achievement: {
      id: `https://issuer.example/achievements/${encodeURIComponent(achievementName.toLowerCase())}`,
      type: ['Achievement'],
      name: achievementName,
      description: 'Awarded to credentials produced by an independent implementation for interoperability tests.',
      criteria: {narrative: 'Be produced by the badgeverify interop generator.'}
    }
  };
  return cred;
}

/** Validity window of a credential in either data model ({from, until} as strings or undefined). */
export function validityOf(cred) {
  return {
    from: cred.validFrom ?? cred.issuanceDate,
    until: cred.validUntil ?? cred.expirationDate
  };
}

/**
 * Recipient check per OB 3.0 §"Verify the recipient": compare the known email with
 * credentialSubject.id or each identifier (salted hash or plaintext).
 */
export function recipientMatches(cred, email) {
  const subj = cred.credentialSubject;
  if(subj.id === email || subj.id === `mailto:${email}`) {
    return true;
  }
  for(const idf of subj.identifier ?? []) {
    if(idf.identityType !== 'emailAddress') {
      continue;
    }
    if(idf.hashed) {
      const [alg, hex] = idf.identityHash.split('$');
      if(hashHex(alg, email + (idf.salt ?? '')) === hex.toLowerCase()) {
        return true;
      }
    } else if(idf.identityHash === email) {
      return true;
    }
  }
  return false;
}
