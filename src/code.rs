//! Every stable code the crate can put in a report, an error or a note, as one enum.
//!
//! A [`Code`] is what front ends switch on; its wire name ([`Code::as_str`]) is the
//! kebab-case string of the report contract (`docs/report.md`, which documents every variant
//! and is checked against [`Code::ALL`] by `tests/docs.rs`). Each variant's documentation
//! names the check it appears in and its outcome, or says that it is a note or a library
//! error outside reports.
//!
//! The values a message is built from travel with the code as [`Params`] (a report's
//! `params` objects; [`Code::params`] declares which, in order). The crate holds no prose:
//! the front ends render each code's message in the reader's language from the catalogs
//! `locales/<lang>.ftl` (`docs/messages.md`).

use std::fmt;

/// A stable code: which check outcome, note or error happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Code {
    /// `container-ok` (`container`, pass): The file was read and badge data found.
    ContainerOk,
    /// `no-badge-data` (`container`, fail): A PNG/SVG without a baked badge (e.g. a screenshot or re-saved image); the message says to download the baked badge from the issuer's site or the badge platform; `container` says which kind of image was searched.
    NoBadgeData,
    /// `unrecognized-input` (`container`, fail): Not PNG, SVG, JSON, compact JWS or URL (`kind` names JPEG/GIF/WebP/PDF when seen).
    UnrecognizedInput,
    /// `payload-unrecognized` (`container`, fail): Extracted text is empty or none of JSON / JWS / URL.
    PayloadUnrecognized,
    /// `png-bad-crc` (`container`, fail): A PNG chunk's CRC does not match its data (corrupt file).
    PngBadCrc,
    /// `png-truncated` (`container`, fail): The PNG ends before `IEND` or a chunk runs past the end.
    PngTruncated,
    /// `png-malformed` (`container`, fail): Bad chunk layout, type, length, or a broken badge text chunk.
    PngMalformed,
    /// `png-inflate` (`container`, fail): A compressed badge chunk is not a valid zlib stream.
    PngInflate,
    /// `svg-syntax` (`container`, fail): The SVG is not well-formed XML.
    SvgSyntax,
    /// `svg-entity` (`container`, fail): The badge element references an entity other than the five predefined ones (entities are never expanded).
    SvgEntity,
    /// `unreadable-input` (`container`, fail (verdict `error`)): CLI / JS: the file, stdin or directory cannot be read.
    UnreadableInput,
    /// `invalid-options` (`container`, fail (verdict `error`)): Bad `--now` / options.
    InvalidOptions,
    /// `invalid-input` (`container`, fail (verdict `error`)): JS: the input argument has the wrong type.
    InvalidInput,
    /// `internal-error` (`container`, fail (verdict `error`)): JS: an unexpected exception in the glue code.
    InternalError,
    /// `verifier-unavailable` (`container`, fail (verdict `error`)): Widget: the WebAssembly package could not be loaded.
    VerifierUnavailable,
    /// `widget-error` (`container`, fail (verdict `error`)): Widget: an unexpected failure in the element.
    WidgetError,
    /// `source-cors` (`container`, fail (verdict `error`)): Widget: the badge file at `src` is on another origin that does not allow cross-origin reads (or is unreachable).
    SourceCors,
    /// `source-unreachable` (`container`, fail (verdict `error`)): Widget: the badge file at `src` could not be fetched.
    SourceUnreachable,
    /// `source-http-status` (`container`, fail (verdict `error`)): Widget: the server answered an HTTP error for `src`.
    SourceHttpStatus,
    /// `source-too-large` (`container`, fail (verdict `error`)): Widget: the badge file is larger than the element accepts.
    SourceTooLarge,
    /// `source-blocked-by-policy` (`container`, fail (verdict `error`)): JS: the URL given to verify was not fetched because the page's own security policy forbids it.
    SourceBlockedByPolicy,
    /// `fetch-loop` (`container`, fail (verdict `error`)): A driver guard: the core kept asking for documents without progress.
    FetchLoop,
    /// `limit-exceeded` (`container`, fail): A resource bound tripped; the `limit` param names the `Limits` field (see `docs/limits.md`).
    LimitExceeded,
    /// `credential-json` (`payload`, pass): An OB 3.0 credential in JSON.
    CredentialJson,
    /// `assertion-json` (`payload`, pass): An OB 0.5 / 1.x / 2.0 assertion in JSON (`format.spec` names the version).
    AssertionJson,
    /// `vc-jwt` (`payload`, pass): An OB 3.0 VC-JWT.
    VcJwt,
    /// `signed-assertion` (`payload`, pass): An OB 1.x / 2.0 signed assertion (JWS; `format.spec` names the version).
    SignedAssertion,
    /// `hosted-url` (`payload`, pass): A hosted assertion URL.
    HostedUrl,
    /// `not-a-badge` (`payload`, fail): JSON that is neither an assertion nor a credential.
    NotABadge,
    /// `json-syntax` (`payload`, fail): Not valid JSON.
    JsonSyntax,
    /// `json-not-utf8` (`payload`, fail): JSON bytes that are not UTF-8.
    JsonNotUtf8,
    /// `json-duplicate-key` (`payload`, fail): An object with the same member twice (refused: readers disagree on which wins).
    JsonDuplicateKey,
    /// `jws-malformed` (`payload`, fail): Not three base64url segments.
    JwsMalformed,
    /// `jws-header-invalid` (`payload`, fail): The JWS header is not a JSON object.
    JwsHeaderInvalid,
    /// `jws-payload-invalid` (`payload`, fail): The JWS payload is not a JSON object.
    JwsPayloadInvalid,
    /// `jwt-claims-mismatch` (`payload`, fail): The JWT's `iss` or `sub` names another party than the credential's issuer or subject (a spelling difference such as a trailing slash, and any `jti`, `nbf` or `exp` difference, is a note: `jwt-claim-differs`).
    JwtClaimsMismatch,
    /// `container-json` (`payload`, pass): A file holding several credentials (a Verifiable Presentation, a CLR 2.0 `ClrCredential`, an OB 3.0 API `GetOpenBadgeCredentialsResponse`; `container` says which), `total` of them, each verified with its own report in `credentials`.
    ContainerJson,
    /// `container-empty` (`payload`, warn): A presentation, CLR or API response that holds no credential: there is nothing to verify.
    ContainerEmpty,
    /// `enveloped-invalid` (`payload`, fail): An `EnvelopedVerifiableCredential` or `EnvelopedVerifiablePresentation` whose `id` is not a `data:application/vc+jwt,…` (`vp+jwt`) URL carrying a compact JWS.
    EnvelopedInvalid,
    /// `enveloped-unsupported` (`payload`, warn): An enveloped credential or presentation in a format this verifier cannot check yet (`reason`: `sd-jwt`, an SD-JWT; `cose`, COSE): nothing in it is confirmed, nor shown broken.
    EnvelopedUnsupported,
    /// `schema-ok` (`schema`, pass): The badge can be read as an Open Badge (deviations that weaken nothing are listed in `notes`).
    SchemaOk,
    /// `schema-invalid` (`schema`, fail): The badge cannot be read as an Open Badge: not an Open Badge credential, no issuer, no subject, no achievement (all listed).
    SchemaInvalid,
    /// `badgeclass-unavailable` (`schema`, warn): OB 2.0: the BadgeClass could not be fetched.
    BadgeclassUnavailable,
    /// `issuer-unavailable` (`schema`, warn): OB 2.0: the issuer profile could not be fetched.
    IssuerUnavailable,
    /// `signature-valid` (`proof`, pass): The JWS / VC-JWT / Data Integrity signature verifies.
    SignatureValid,
    /// `hosted-fetched` (`proof`, pass): OB 2.0 hosted: the issuer's server serves the assertion at its id.
    HostedFetched,
    /// `holder-signed` (`proof`, pass): A presentation's signature verifies, made with a key of its `holder`.
    HolderSigned,
    /// `holder-key-mismatch` (`proof`, fail): A presentation's signature verifies, but with a key the `holder` provably does not control: it does not show that the holder presented it.
    HolderKeyMismatch,
    /// `holder-key-unproven` (`proof`, warn): A presentation's signature verifies, but nothing ties its key to the `holder` (e.g. a holder that is not a DID).
    HolderKeyUnproven,
    /// `container-unsigned` (`proof`, skip): A presentation without a proof, or an API response (the format has none): nobody signed the file as a whole; each credential in it carries its own proof.
    ContainerUnsigned,
    /// `signature-invalid` (`proof`, fail): The signature does not verify: tampered, or another key.
    SignatureInvalid,
    /// `signature-missing` (`proof`, fail): JSON that says it is signed but carries no signature.
    SignatureMissing,
    /// `proof-missing` (`proof`, fail): An OB 3.0 credential with no proof.
    ProofMissing,
    /// `proof-value-invalid` (`proof`, fail): `proofValue` is not a multibase 64-byte signature, or not a well-formed `ecdsa-sd-2023` derived proof value.
    ProofValueInvalid,
    /// `proof-purpose-mismatch` (`proof`, fail): `proofPurpose` is not `assertionMethod`.
    ProofPurposeMismatch,
    /// `proof-expired` (`proof`, fail): The proof's `expires` has passed.
    ProofExpired,
    /// `proof-context-mismatch` (`proof`, fail): Eddsa-jcs-2022: the proof's `@context` is not a prefix of the document's.
    ProofContextMismatch,
    /// `sd-base-proof` (`proof`, fail): An `ecdsa-sd-2023` base proof (the issuer's proof for the holder, header `0xd9 0x5d 0x00`), which a verifier cannot check; the holder must share a derived copy.
    SdBaseProof,
    /// `verification-method-invalid` (`proof`, fail): The verification method is malformed (not a DID/https URL, bad fragment key).
    VerificationMethodInvalid,
    /// `hosted-id-mismatch` (`proof`, fail): The document served at the hosted URL has another `id` (OB 1.x: names another `verify.url`).
    HostedIdMismatch,
    /// `hosted-id-invalid` (`proof`, fail): A hosted assertion without an http(s) `id`.
    HostedIdInvalid,
    /// `jws-alg-none` (`proof`, fail): `alg: none` (unsecured JWS).
    JwsAlgNone,
    /// `jws-alg-hmac` (`proof`, fail): `HS256`/`HS384`/`HS512`: refused (public-key-as-HMAC-secret forgery).
    JwsAlgHmac,
    /// `jws-alg-not-allowed` (`proof`, fail): An algorithm outside the format's allowlist (OB 2.0: RS256; VC-JWT: RS256, ES256, ES384, EdDSA, PS256) that is not a registered public-key JWS algorithm either (an unknown or misspelt name).
    JwsAlgNotAllowed,
    /// `jws-alg-unsupported` (`proof`, warn): A registered public-key JWS algorithm this verifier does not implement (`RS384`, `RS512`, `PS384`, `PS512`, `ES512`, `ES256K`, `Ed448`; RFC 9864's `Ed25519` is read as `EdDSA`): the signature cannot be checked, nothing is shown broken.
    JwsAlgUnsupported,
    /// `jws-crit-unsupported` (`proof`, fail): A `crit` header this verifier does not understand.
    JwsCritUnsupported,
    /// `jws-b64-unsupported` (`proof`, fail): `b64: false` (RFC 7797) is not supported.
    JwsB64Unsupported,
    /// `jwk-private-key` (`proof`, fail): A JWK carrying private members (`d`, …).
    JwkPrivateKey,
    /// `jwk-symmetric` (`proof`, fail): An `oct` (symmetric) JWK.
    JwkSymmetric,
    /// `jwk-invalid` (`proof`, fail): A malformed JWK.
    JwkInvalid,
    /// `jwk-kid-mismatch` (`proof`, fail): The `jwk` header and the key named by `kid` differ.
    JwkKidMismatch,
    /// `key-alg-mismatch` (`proof`, fail): The key type does not match `alg`.
    KeyAlgMismatch,
    /// `key-unsupported` (`proof`, warn): A key type or curve this verifier does not implement (e.g. secp256k1, P-521, Ed448): the signature cannot be checked; a key that cannot be one the proof's algorithm uses is `key-alg-mismatch` instead.
    KeyUnsupported,
    /// `key-invalid` (`proof`, fail): Key bytes that are not a valid key.
    KeyInvalid,
    /// `rsa-key-too-small` (`proof`, fail): An RSA key under 2048 bits.
    RsaKeyTooSmall,
    /// `rsa-key-weak` (`proof`, fail): An RSA key with the ROCA structure (CVE-2017-15361): its private key can be computed from the public key.
    RsaKeyWeak,
    /// `jwk-alg-mismatch` (`proof` or `issuer-key`, fail): The JWK names another `alg` than the token is signed with (RFC 7517 §4.4).
    JwkAlgMismatch,
    /// `multikey-invalid` (`proof`, fail): A multikey with a wrong multicodec prefix or length.
    MultikeyInvalid,
    /// `pem-invalid` (`proof`, fail): Not a PEM public key.
    PemInvalid,
    /// `pem-private-key` (`proof`, fail): A private key where a public key was expected.
    PemPrivateKey,
    /// `did-invalid` (`proof`, fail): Not a DID.
    DidInvalid,
    /// `did-key-invalid` (`proof`, fail): A malformed did:key.
    DidKeyInvalid,
    /// `did-jwk-invalid` (`proof`, fail): A malformed did:jwk.
    DidJwkInvalid,
    /// `did-web-invalid` (`proof`, fail): A malformed did:web (or an IP-address host).
    DidWebInvalid,
    /// `did-document-invalid` (`proof`, fail): A DID / controller document that is not usable.
    DidDocumentInvalid,
    /// `did-document-mismatch` (`proof`, fail): The document's `id` is not the DID/URL it was fetched for.
    DidDocumentMismatch,
    /// `key-not-found` (`proof`, fail): The document does not define the verification method.
    KeyNotFound,
    /// `key-not-authorized` (`proof`, fail): The method is not listed under `assertionMethod`.
    KeyNotAuthorized,
    /// `vm-invalid` (`proof`, fail): A malformed verification method.
    VmInvalid,
    /// `vm-private-key` (`proof`, fail): A verification method publishing private key material.
    VmPrivateKey,
    /// `vm-key-mismatch` (`proof`, fail): The controller document defines the method with another key.
    VmKeyMismatch,
    /// `jsonld-invalid` (`proof`, fail): JSON-LD processing error (the spec's error code is the `reason` param).
    JsonldInvalid,
    /// `rdfc-invalid-quad` (`proof`, fail): The document produces an invalid RDF statement.
    RdfcInvalidQuad,
    /// `base64-invalid` (`proof`, fail): Bad base64.
    Base64Invalid,
    /// `base58-invalid` (`proof`, fail): Bad base58.
    Base58Invalid,
    /// `multibase-unsupported` (`proof`, fail): A multibase prefix other than `z`/`u`.
    MultibaseUnsupported,
    /// `unsupported-cryptosuite` (`proof`, warn): A proof type / cryptosuite this verifier does not implement (e.g. `bbs-2023`).
    UnsupportedCryptosuite,
    /// `context-unknown` (`proof`, warn): A JSON-LD context that is not bundled (never fetched).
    ContextUnknown,
    /// `key-unresolved` (`proof`, warn): The key could not be obtained: unsupported DID method, or its document could not be fetched.
    KeyUnresolved,
    /// `key-unavailable` (`proof`, warn): No key is named, or the named key could not be fetched.
    KeyUnavailable,
    /// `hosted-unreachable` (`proof`, warn): Hosted (OB 0.5–2.0): the issuer's server could not be reached (`reason` says why: offline, CORS, timeout, …).
    HostedUnreachable,
    /// `hosted-url-unknown` (`proof`, warn): OB 0.5 given as JSON: a 0.5 assertion names no address of its own, and only being served from its issuer's `origin` vouches for it; verify its URL instead.
    HostedUrlUnknown,
    /// `key-bound` (`issuer-key`, pass): The key is provably the issuer's (the issuer's own DID, listed in its DID / controller document or JWKS, OB 2.0 `publicKey` + `owner`, OB 1.x: published on the issuer's own host).
    KeyBound,
    /// `key-not-bound` (`issuer-key`, warn): Nothing ties the key to the issuer (e.g. a `jwk` header, a `did:key` signing for an https issuer).
    KeyNotBound,
    /// `key-from-fragment` (`issuer-key`, warn): The key was read from a URL fragment and the issuer's document does not confirm it.
    KeyFromFragment,
    /// `key-not-issuer` (`issuer-key`, fail): The key is provably someone else's (another DID than the issuer, or not in the issuer's published key set).
    KeyNotIssuer,
    /// `key-not-listed` (`issuer-key`, fail): OB 2.0: the issuer does not list the key in `publicKey`.
    KeyNotListed,
    /// `key-owner-mismatch` (`issuer-key`, fail): OB 2.0: the key's `owner` is not the issuer.
    KeyOwnerMismatch,
    /// `key-origin-mismatch` (`issuer-key`, fail): OB 1.x signed: the key at `verify.url` is on another host than the issuer's (its IssuerOrganization's URL, or 1.1 `id`).
    KeyOriginMismatch,
    /// `jwks-invalid` (`issuer-key`, fail): The issuer's JWKS is malformed.
    JwksInvalid,
    /// `jwks-kid-ambiguous` (`issuer-key`, fail): Several keys in the JWKS share the `kid`.
    JwksKidAmbiguous,
    /// `jwks-key-mismatch` (`issuer-key`, fail): The JWKS entry named by `kid` is another key.
    JwksKeyMismatch,
    /// `jwks-iss-mismatch` (`issuer-key`, fail): The JWKS entry names another issuer.
    JwksIssMismatch,
    /// `jwks-key-use` (`issuer-key`, fail): The JWKS entry is an encryption key (`use: enc`, or `key_ops` naming only encryption operations).
    JwksKeyUse,
    /// `not-applicable-hosted` (`issuer-key`, skip): Hosted OB 2.0 badges have no signing key.
    NotApplicableHosted,
    /// `in-period` (`validity-period`, pass): Within the validity period (dates read leniently are notes: `date-lenient`).
    InPeriod,
    /// `expired` (`validity-period`, fail): Past `validUntil` / `expirationDate` / `expires` / `exp`.
    Expired,
    /// `not-yet-valid` (`validity-period`, fail): Before `validFrom` / `issuanceDate` / `issuedOn` / `nbf`.
    NotYetValid,
    /// `expiry-before-issue` (`validity-period`, fail): The expiry is before the issue date.
    ExpiryBeforeIssue,
    /// `date-invalid` (`validity-period`, warn): A date that cannot be read: the period is judged on the other dates (a readable expiry in the past still fails), and what this one says stays unsettled; an empty string counts as no date.
    DateInvalid,
    /// `no-status` (`revocation`, pass): The badge declares no status or revocation list.
    NoStatus,
    /// `not-revoked` (`revocation`, pass): Checked: not revoked or suspended.
    NotRevoked,
    /// `status-set` (`revocation`, pass): A `refresh`/`message` status bit is set (does not affect validity).
    StatusSet,
    /// `revoked` (`revocation`, fail): Revoked: status bit, revocation list (OB 1.x: `{uid: reason}`), HTTP 410 or `revoked: true`.
    Revoked,
    /// `suspended` (`revocation`, fail): A `suspension` status bit is set.
    Suspended,
    /// `status-index-out-of-range` (`revocation`, warn): The credential's status index is outside the list.
    StatusIndexOutOfRange,
    /// `status-entry-invalid` (`revocation`, fail): A malformed status entry.
    StatusEntryInvalid,
    /// `status-invalid` (`revocation`, fail): A malformed 1EdTech revocation list entry.
    StatusInvalid,
    /// `status-unreachable` (`revocation`, warn): The status / revocation list could not be fetched.
    StatusUnreachable,
    /// `status-list-untrusted` (`revocation`, warn): The status list's own proof does not verify under a key bound to its issuer, or it was served from another site than the one the badge names.
    StatusListUntrusted,
    /// `status-list-invalid` (`revocation`, warn): The fetched document is not a status list credential.
    StatusListInvalid,
    /// `status-list-expired` (`revocation`, warn): The status list credential has expired.
    StatusListExpired,
    /// `status-list-corrupt` (`revocation`, warn): The encoded list is not valid base64/gzip.
    StatusListCorrupt,
    /// `status-purpose-mismatch` (`revocation`, warn): The list does not serve the entry's `statusPurpose`.
    StatusPurposeMismatch,
    /// `status-type-unsupported` (`revocation`, warn): A status type this verifier does not implement.
    StatusTypeUnsupported,
    /// `recipient-not-requested` (`recipient`, skip): No recipient was given.
    RecipientNotRequested,
    /// `recipient-not-stated` (`recipient`, skip, or warn when a recipient was given): The badge does not say whom it was issued to (allowed by OB 3.0), so it cannot be checked against a person.
    RecipientNotStated,
    /// `recipient-match` (`recipient`, pass): The given identifier matches (in clear or by salted hash; the message says which).
    RecipientMatch,
    /// `recipient-mismatch` (`recipient`, fail): The badge was issued to someone else.
    RecipientMismatch,
    /// `hosted-origin-ok` (`hosted-origin`, pass): The assertion URL satisfies the issuer's `startsWith` / `allowedOrigins` policy (OB 1.x, which has no policy: the 2.0 default, the issuer's host; OB 0.5: the issuer's `origin`).
    HostedOriginOk,
    /// `issuer-origin-unknown` (`hosted-origin`, warn): OB 0.5: the embedded issuer states no `origin`, so nothing ties the assertion's address to it.
    IssuerOriginUnknown,
    /// `issuer-not-http` (`hosted-origin`, pass): The issuer id is not a web address, so no origin policy applies.
    IssuerNotHttp,
    /// `hosted-origin-mismatch` (`hosted-origin`, fail): The assertion is hosted outside the issuer's policy.
    HostedOriginMismatch,
    /// `not-applicable` (`any`, skip): The check does not apply to this kind of badge.
    NotApplicable,
    /// `not-reached` (`any`, skip): Not checked because an earlier step failed.
    NotReached,
    /// `missing-member` (note): A member the specification requires is absent or of the wrong kind (e.g. `credentialSubject[0].achievement.criteria`, `id`, `validFrom`, `issuedOn`).
    MissingMember,
    /// `missing-type` (note): A `type` lacks the value the specification asks for (e.g. `issuer.type` without `Profile`).
    MissingType,
    /// `not-a-uri` (note): An identifier that should be a URI is not (e.g. `credentialSubject[0].source`).
    NotAUri,
    /// `nonstandard-context` (note): `@context` does not start with / include the standard contexts.
    NonstandardContext,
    /// `no-recipient-identifier` (note): The badge does not say whom it was issued to.
    NoRecipientIdentifier,
    /// `image-data-uri` (note): OB 2.0: the assertion's `image` is a `data:` URI instead of the baked image's URL.
    ImageDataUri,
    /// `date-lenient` (note): OB 3.0: a date that is not an RFC 3339 date-time with a time zone (a bare date, a naive date-time, Unix seconds) was read as UTC (older versions allow these forms).
    DateLenient,
    /// `jws-alg-unlisted` (note): An OB 1.x / 2.0 signed assertion signed with an algorithm its spec does not name (it names RS256) that this verifier implements (ES256, ES384, PS256, EdDSA): checked all the same, since it weakens nothing.
    JwsAlgUnlisted,
    /// `jwt-claim-differs` (note): A VC-JWT's `iss` or `sub` is spelled differently from the credential's issuer or subject (trailing slash, letter case), or its `jti`, `nbf` or `exp` differs from the credential's id or dates; both are signed and both sets of dates are judged.
    JwtClaimDiffers,
    /// `legacy-version` (note): An Open Badges 0.5, 1.0 or 1.1 badge, read as its 2.0 equivalent the way 1EdTech's validator reads it (1.0 has no `@context`, `type` or `id`: no deviation for its version); being old is never a reason for `invalid`.
    LegacyVersion,
    /// `hidden-characters` (note): A display field contains invisible or text-direction characters, shown as `⟨U+XXXX⟩` (display-safe text); `path` is the field's path in the report (e.g. `badge.name`, `endorsements[0].issuer.name`), not in the credential.
    HiddenCharacters,
    /// `status-list-short` (note): The status list is shorter than the Bitstring Status List minimum of 131,072 entries; it was read all the same.
    StatusListShort,
    /// `credential-refreshed` (note): OB 3.0: the credential was replaced by the fresh copy its `1EdTechCredentialRefresh` service serves (that copy verified as valid); the report is the copy's.
    CredentialRefreshed,
    /// `refresh-not-used` (note): OB 3.0: the credential names a `1EdTechCredentialRefresh` service, but its copy could not be fetched or did not verify as valid, so the credential as given was judged.
    RefreshNotUsed,
    /// `presentation-challenge` (note): The presentation's proof was made for this `challenge` and `domain`; this verifier gave the holder no challenge, so they are shown, not checked (a replayed presentation is not detected).
    PresentationChallenge,
    /// `not-an-open-badge`: Schema-invalid cause: the document is not an Open Badges assertion or credential.
    NotAnOpenBadge,
    /// `no-issuer`: Schema-invalid cause: no issuer.
    NoIssuer,
    /// `no-subject`: Schema-invalid cause: no credential subject.
    NoSubject,
    /// `no-achievement`: Schema-invalid cause: no achievement.
    NoAchievement,
    /// `summary-valid` (summary): A valid badge: its name, issuer, issue date, and whether it went to the person asked about.
    SummaryValid,
    /// `summary-valid-undated` (summary): A valid badge that states no issue date.
    SummaryValidUndated,
    /// `summary-valid-unnamed` (summary): A valid badge that states no name.
    SummaryValidUnnamed,
    /// `summary-unestablished` (summary): Nothing failed, but the proof or the issuer's key could not be established.
    SummaryUnestablished,
    /// `summary-container` (summary): A presentation, CLR or API response: how many of the credentials it holds verified.
    SummaryContainer,
    /// `bake-invalid-payload`: Baking a payload that is not JSON / JWS / URL.
    BakeInvalidPayload,
    /// `nquads-syntax`: `rdf::parse_nquads` on malformed N-Quads.
    NquadsSyntax,
}

impl Code {
    /// The wire name, e.g. `png-bad-crc`: what reports and errors carry in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ContainerOk => "container-ok",
            Self::NoBadgeData => "no-badge-data",
            Self::UnrecognizedInput => "unrecognized-input",
            Self::PayloadUnrecognized => "payload-unrecognized",
            Self::PngBadCrc => "png-bad-crc",
            Self::PngTruncated => "png-truncated",
            Self::PngMalformed => "png-malformed",
            Self::PngInflate => "png-inflate",
            Self::SvgSyntax => "svg-syntax",
            Self::SvgEntity => "svg-entity",
            Self::UnreadableInput => "unreadable-input",
            Self::InvalidOptions => "invalid-options",
            Self::InvalidInput => "invalid-input",
            Self::InternalError => "internal-error",
            Self::VerifierUnavailable => "verifier-unavailable",
            Self::WidgetError => "widget-error",
            Self::SourceCors => "source-cors",
            Self::SourceUnreachable => "source-unreachable",
            Self::SourceHttpStatus => "source-http-status",
            Self::SourceTooLarge => "source-too-large",
            Self::SourceBlockedByPolicy => "source-blocked-by-policy",
            Self::FetchLoop => "fetch-loop",
            Self::LimitExceeded => "limit-exceeded",
            Self::CredentialJson => "credential-json",
            Self::AssertionJson => "assertion-json",
            Self::VcJwt => "vc-jwt",
            Self::SignedAssertion => "signed-assertion",
            Self::HostedUrl => "hosted-url",
            Self::NotABadge => "not-a-badge",
            Self::JsonSyntax => "json-syntax",
            Self::JsonNotUtf8 => "json-not-utf8",
            Self::JsonDuplicateKey => "json-duplicate-key",
            Self::JwsMalformed => "jws-malformed",
            Self::JwsHeaderInvalid => "jws-header-invalid",
            Self::JwsPayloadInvalid => "jws-payload-invalid",
            Self::JwtClaimsMismatch => "jwt-claims-mismatch",
            Self::SchemaOk => "schema-ok",
            Self::SchemaInvalid => "schema-invalid",
            Self::BadgeclassUnavailable => "badgeclass-unavailable",
            Self::IssuerUnavailable => "issuer-unavailable",
            Self::SignatureValid => "signature-valid",
            Self::HostedFetched => "hosted-fetched",
            Self::SignatureInvalid => "signature-invalid",
            Self::SignatureMissing => "signature-missing",
            Self::ProofMissing => "proof-missing",
            Self::ProofValueInvalid => "proof-value-invalid",
            Self::ProofPurposeMismatch => "proof-purpose-mismatch",
            Self::ProofExpired => "proof-expired",
            Self::ProofContextMismatch => "proof-context-mismatch",
            Self::SdBaseProof => "sd-base-proof",
            Self::VerificationMethodInvalid => "verification-method-invalid",
            Self::HostedIdMismatch => "hosted-id-mismatch",
            Self::HostedIdInvalid => "hosted-id-invalid",
            Self::JwsAlgNone => "jws-alg-none",
            Self::JwsAlgHmac => "jws-alg-hmac",
            Self::JwsAlgNotAllowed => "jws-alg-not-allowed",
            Self::JwsAlgUnsupported => "jws-alg-unsupported",
            Self::JwsCritUnsupported => "jws-crit-unsupported",
            Self::JwsB64Unsupported => "jws-b64-unsupported",
            Self::JwkPrivateKey => "jwk-private-key",
            Self::JwkSymmetric => "jwk-symmetric",
            Self::JwkInvalid => "jwk-invalid",
            Self::JwkKidMismatch => "jwk-kid-mismatch",
            Self::KeyAlgMismatch => "key-alg-mismatch",
            Self::KeyUnsupported => "key-unsupported",
            Self::KeyInvalid => "key-invalid",
            Self::RsaKeyTooSmall => "rsa-key-too-small",
            Self::RsaKeyWeak => "rsa-key-weak",
            Self::JwkAlgMismatch => "jwk-alg-mismatch",
            Self::MultikeyInvalid => "multikey-invalid",
            Self::PemInvalid => "pem-invalid",
            Self::PemPrivateKey => "pem-private-key",
            Self::DidInvalid => "did-invalid",
            Self::DidKeyInvalid => "did-key-invalid",
            Self::DidJwkInvalid => "did-jwk-invalid",
            Self::DidWebInvalid => "did-web-invalid",
            Self::DidDocumentInvalid => "did-document-invalid",
            Self::DidDocumentMismatch => "did-document-mismatch",
            Self::KeyNotFound => "key-not-found",
            Self::KeyNotAuthorized => "key-not-authorized",
            Self::VmInvalid => "vm-invalid",
            Self::VmPrivateKey => "vm-private-key",
            Self::VmKeyMismatch => "vm-key-mismatch",
            Self::JsonldInvalid => "jsonld-invalid",
            Self::RdfcInvalidQuad => "rdfc-invalid-quad",
            Self::Base64Invalid => "base64-invalid",
            Self::Base58Invalid => "base58-invalid",
            Self::MultibaseUnsupported => "multibase-unsupported",
            Self::UnsupportedCryptosuite => "unsupported-cryptosuite",
            Self::ContextUnknown => "context-unknown",
            Self::KeyUnresolved => "key-unresolved",
            Self::KeyUnavailable => "key-unavailable",
            Self::HostedUnreachable => "hosted-unreachable",
            Self::HostedUrlUnknown => "hosted-url-unknown",
            Self::KeyBound => "key-bound",
            Self::KeyNotBound => "key-not-bound",
            Self::KeyFromFragment => "key-from-fragment",
            Self::KeyNotIssuer => "key-not-issuer",
            Self::KeyNotListed => "key-not-listed",
            Self::KeyOwnerMismatch => "key-owner-mismatch",
            Self::KeyOriginMismatch => "key-origin-mismatch",
            Self::JwksInvalid => "jwks-invalid",
            Self::JwksKidAmbiguous => "jwks-kid-ambiguous",
            Self::JwksKeyMismatch => "jwks-key-mismatch",
            Self::JwksIssMismatch => "jwks-iss-mismatch",
            Self::JwksKeyUse => "jwks-key-use",
            Self::NotApplicableHosted => "not-applicable-hosted",
            Self::InPeriod => "in-period",
            Self::Expired => "expired",
            Self::NotYetValid => "not-yet-valid",
            Self::ExpiryBeforeIssue => "expiry-before-issue",
            Self::DateInvalid => "date-invalid",
            Self::NoStatus => "no-status",
            Self::NotRevoked => "not-revoked",
            Self::StatusSet => "status-set",
            Self::Revoked => "revoked",
            Self::Suspended => "suspended",
            Self::StatusIndexOutOfRange => "status-index-out-of-range",
            Self::StatusEntryInvalid => "status-entry-invalid",
            Self::StatusInvalid => "status-invalid",
            Self::StatusUnreachable => "status-unreachable",
            Self::StatusListUntrusted => "status-list-untrusted",
            Self::StatusListInvalid => "status-list-invalid",
            Self::StatusListExpired => "status-list-expired",
            Self::StatusListCorrupt => "status-list-corrupt",
            Self::StatusPurposeMismatch => "status-purpose-mismatch",
            Self::StatusTypeUnsupported => "status-type-unsupported",
            Self::RecipientNotRequested => "recipient-not-requested",
            Self::RecipientNotStated => "recipient-not-stated",
            Self::RecipientMatch => "recipient-match",
            Self::RecipientMismatch => "recipient-mismatch",
            Self::HostedOriginOk => "hosted-origin-ok",
            Self::IssuerOriginUnknown => "issuer-origin-unknown",
            Self::IssuerNotHttp => "issuer-not-http",
            Self::HostedOriginMismatch => "hosted-origin-mismatch",
            Self::NotApplicable => "not-applicable",
            Self::NotReached => "not-reached",
            Self::MissingMember => "missing-member",
            Self::MissingType => "missing-type",
            Self::NotAUri => "not-a-uri",
            Self::NonstandardContext => "nonstandard-context",
            Self::NoRecipientIdentifier => "no-recipient-identifier",
            Self::ImageDataUri => "image-data-uri",
            Self::DateLenient => "date-lenient",
            Self::JwsAlgUnlisted => "jws-alg-unlisted",
            Self::JwtClaimDiffers => "jwt-claim-differs",
            Self::LegacyVersion => "legacy-version",
            Self::HiddenCharacters => "hidden-characters",
            Self::StatusListShort => "status-list-short",
            Self::CredentialRefreshed => "credential-refreshed",
            Self::RefreshNotUsed => "refresh-not-used",
            Self::NotAnOpenBadge => "not-an-open-badge",
            Self::NoIssuer => "no-issuer",
            Self::NoSubject => "no-subject",
            Self::NoAchievement => "no-achievement",
            Self::SummaryValid => "summary-valid",
            Self::SummaryValidUndated => "summary-valid-undated",
            Self::SummaryValidUnnamed => "summary-valid-unnamed",
            Self::SummaryUnestablished => "summary-unestablished",
            Self::SummaryContainer => "summary-container",
            Self::ContainerJson => "container-json",
            Self::ContainerEmpty => "container-empty",
            Self::EnvelopedInvalid => "enveloped-invalid",
            Self::EnvelopedUnsupported => "enveloped-unsupported",
            Self::HolderSigned => "holder-signed",
            Self::HolderKeyMismatch => "holder-key-mismatch",
            Self::HolderKeyUnproven => "holder-key-unproven",
            Self::ContainerUnsigned => "container-unsigned",
            Self::PresentationChallenge => "presentation-challenge",
            Self::BakeInvalidPayload => "bake-invalid-payload",
            Self::NquadsSyntax => "nquads-syntax",
        }
    }

    /// The code with this wire name, if there is one.
    pub fn from_wire(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.as_str() == name)
    }

    /// Whether this code says what this verifier cannot check rather than what is broken
    /// (`jws-alg-unsupported`, `key-unsupported`): a check refused with it is `warn`, so the
    /// verdict is `indeterminate`, never `invalid`.
    pub fn unverifiable(self) -> bool {
        matches!(self, Self::JwsAlgUnsupported | Self::KeyUnsupported)
    }

    /// Every code, in the order `docs/report.md` lists them.
    pub const ALL: [Self; 171] = [
        Self::ContainerOk,
        Self::NoBadgeData,
        Self::UnrecognizedInput,
        Self::PayloadUnrecognized,
        Self::PngBadCrc,
        Self::PngTruncated,
        Self::PngMalformed,
        Self::PngInflate,
        Self::SvgSyntax,
        Self::SvgEntity,
        Self::UnreadableInput,
        Self::InvalidOptions,
        Self::InvalidInput,
        Self::InternalError,
        Self::VerifierUnavailable,
        Self::WidgetError,
        Self::SourceCors,
        Self::SourceUnreachable,
        Self::SourceHttpStatus,
        Self::SourceTooLarge,
        Self::SourceBlockedByPolicy,
        Self::FetchLoop,
        Self::LimitExceeded,
        Self::CredentialJson,
        Self::AssertionJson,
        Self::VcJwt,
        Self::SignedAssertion,
        Self::HostedUrl,
        Self::NotABadge,
        Self::JsonSyntax,
        Self::JsonNotUtf8,
        Self::JsonDuplicateKey,
        Self::JwsMalformed,
        Self::JwsHeaderInvalid,
        Self::JwsPayloadInvalid,
        Self::JwtClaimsMismatch,
        Self::SchemaOk,
        Self::SchemaInvalid,
        Self::BadgeclassUnavailable,
        Self::IssuerUnavailable,
        Self::SignatureValid,
        Self::HostedFetched,
        Self::SignatureInvalid,
        Self::SignatureMissing,
        Self::ProofMissing,
        Self::ProofValueInvalid,
        Self::ProofPurposeMismatch,
        Self::ProofExpired,
        Self::ProofContextMismatch,
        Self::SdBaseProof,
        Self::VerificationMethodInvalid,
        Self::HostedIdMismatch,
        Self::HostedIdInvalid,
        Self::JwsAlgNone,
        Self::JwsAlgHmac,
        Self::JwsAlgNotAllowed,
        Self::JwsAlgUnsupported,
        Self::JwsCritUnsupported,
        Self::JwsB64Unsupported,
        Self::JwkPrivateKey,
        Self::JwkSymmetric,
        Self::JwkInvalid,
        Self::JwkKidMismatch,
        Self::KeyAlgMismatch,
        Self::KeyUnsupported,
        Self::KeyInvalid,
        Self::RsaKeyTooSmall,
        Self::RsaKeyWeak,
        Self::JwkAlgMismatch,
        Self::MultikeyInvalid,
        Self::PemInvalid,
        Self::PemPrivateKey,
        Self::DidInvalid,
        Self::DidKeyInvalid,
        Self::DidJwkInvalid,
        Self::DidWebInvalid,
        Self::DidDocumentInvalid,
        Self::DidDocumentMismatch,
        Self::KeyNotFound,
        Self::KeyNotAuthorized,
        Self::VmInvalid,
        Self::VmPrivateKey,
        Self::VmKeyMismatch,
        Self::JsonldInvalid,
        Self::RdfcInvalidQuad,
        Self::Base64Invalid,
        Self::Base58Invalid,
        Self::MultibaseUnsupported,
        Self::UnsupportedCryptosuite,
        Self::ContextUnknown,
        Self::KeyUnresolved,
        Self::KeyUnavailable,
        Self::HostedUnreachable,
        Self::HostedUrlUnknown,
        Self::KeyBound,
        Self::KeyNotBound,
        Self::KeyFromFragment,
        Self::KeyNotIssuer,
        Self::KeyNotListed,
        Self::KeyOwnerMismatch,
        Self::KeyOriginMismatch,
        Self::JwksInvalid,
        Self::JwksKidAmbiguous,
        Self::JwksKeyMismatch,
        Self::JwksIssMismatch,
        Self::JwksKeyUse,
        Self::NotApplicableHosted,
        Self::InPeriod,
        Self::Expired,
        Self::NotYetValid,
        Self::ExpiryBeforeIssue,
        Self::DateInvalid,
        Self::NoStatus,
        Self::NotRevoked,
        Self::StatusSet,
        Self::Revoked,
        Self::Suspended,
        Self::StatusIndexOutOfRange,
        Self::StatusEntryInvalid,
        Self::StatusInvalid,
        Self::StatusUnreachable,
        Self::StatusListUntrusted,
        Self::StatusListInvalid,
        Self::StatusListExpired,
        Self::StatusListCorrupt,
        Self::StatusPurposeMismatch,
        Self::StatusTypeUnsupported,
        Self::RecipientNotRequested,
        Self::RecipientNotStated,
        Self::RecipientMatch,
        Self::RecipientMismatch,
        Self::HostedOriginOk,
        Self::IssuerOriginUnknown,
        Self::IssuerNotHttp,
        Self::HostedOriginMismatch,
        Self::NotApplicable,
        Self::NotReached,
        Self::MissingMember,
        Self::MissingType,
        Self::NotAUri,
        Self::NonstandardContext,
        Self::NoRecipientIdentifier,
        Self::ImageDataUri,
        Self::DateLenient,
        Self::JwsAlgUnlisted,
        Self::JwtClaimDiffers,
        Self::LegacyVersion,
        Self::HiddenCharacters,
        Self::StatusListShort,
        Self::CredentialRefreshed,
        Self::RefreshNotUsed,
        Self::NotAnOpenBadge,
        Self::NoIssuer,
        Self::NoSubject,
        Self::NoAchievement,
        Self::SummaryValid,
        Self::SummaryValidUndated,
        Self::SummaryValidUnnamed,
        Self::SummaryUnestablished,
        Self::SummaryContainer,
        Self::ContainerJson,
        Self::ContainerEmpty,
        Self::EnvelopedInvalid,
        Self::EnvelopedUnsupported,
        Self::HolderSigned,
        Self::HolderKeyMismatch,
        Self::HolderKeyUnproven,
        Self::ContainerUnsigned,
        Self::PresentationChallenge,
        Self::BakeInvalidPayload,
        Self::NquadsSyntax,
    ];
}

impl Code {
    /// The parameters this code's message is built from, in the order they are given: the
    /// members of its `params` object (`docs/report.md`, "Parameters"), which each
    /// language's message may use (`locales/*.ftl`, checked by `tests/catalog.rs`).
    pub fn params(self) -> &'static [Param] {
        use Param::*;
        match self {
            Self::DidInvalid | Self::DidKeyInvalid | Self::DidJwkInvalid | Self::DidWebInvalid => {
                &[Reason]
            }
            Self::ContainerOk | Self::NoBadgeData => &[Container],
            Self::HostedUrl | Self::CredentialRefreshed | Self::ContextUnknown => &[Url],
            Self::UnrecognizedInput => &[Kind],
            Self::PayloadUnrecognized
            | Self::JsonldInvalid
            | Self::RdfcInvalidQuad
            | Self::InvalidOptions
            | Self::StatusListInvalid
            | Self::StatusListCorrupt
            | Self::JwsPayloadInvalid
            | Self::KeyInvalid
            | Self::PemInvalid
            | Self::JwsMalformed
            | Self::JwsHeaderInvalid
            | Self::JwsAlgNone
            | Self::ProofValueInvalid
            | Self::MultikeyInvalid => &[Reason],
            Self::PngBadCrc | Self::PngInflate => &[Chunk, Offset],
            Self::PngTruncated => &[Reason, Offset],
            Self::PngMalformed => &[Reason, Chunk, Offset],
            Self::SvgSyntax | Self::JsonNotUtf8 => &[Offset],
            Self::SvgEntity => &[Entity],
            Self::UnreadableInput => &[Path, Reason],
            Self::SourceHttpStatus => &[Status],
            Self::InvalidInput
            | Self::InternalError
            | Self::VerifierUnavailable
            | Self::WidgetError
            | Self::SourceCors
            | Self::SourceUnreachable
            | Self::SourceTooLarge
            | Self::SourceBlockedByPolicy
            | Self::FetchLoop
            | Self::Base64Invalid
            | Self::Base58Invalid
            | Self::MultibaseUnsupported
            | Self::BakeInvalidPayload
            | Self::CredentialJson
            | Self::AssertionJson
            | Self::VcJwt
            | Self::SignedAssertion
            | Self::NotABadge
            | Self::NotApplicable
            | Self::NotApplicableHosted
            | Self::RecipientNotRequested
            | Self::HiddenCharacters
            | Self::HostedIdInvalid
            | Self::HostedUrlUnknown
            | Self::IssuerOriginUnknown
            | Self::ProofMissing
            | Self::SignatureMissing
            | Self::NoStatus
            | Self::StatusInvalid
            | Self::RecipientNotStated
            | Self::NotAUri
            | Self::NoRecipientIdentifier
            | Self::ImageDataUri
            | Self::SummaryUnestablished
            | Self::JwkSymmetric
            | Self::RsaKeyWeak
            | Self::JwsB64Unsupported
            | Self::JwksInvalid
            | Self::JwksKeyUse
            | Self::ProofContextMismatch
            | Self::SdBaseProof
            | Self::NotAnOpenBadge
            | Self::NoIssuer
            | Self::NoSubject
            | Self::NoAchievement => &[],
            Self::JsonSyntax | Self::NquadsSyntax => &[Line, Column],
            Self::JsonDuplicateKey | Self::JwkPrivateKey => &[Member],
            Self::StatusListUntrusted
            | Self::StatusUnreachable
            | Self::BadgeclassUnavailable
            | Self::IssuerUnavailable
            | Self::RefreshNotUsed
            | Self::HostedUnreachable => &[Url, Reason, Status],
            Self::NotRevoked => &[Source, Purpose, Url],
            Self::Revoked => &[Source, Url, RevocationReason],
            Self::StatusIndexOutOfRange => &[Index, Entries],
            Self::StatusEntryInvalid => &[Reason, Property],
            Self::StatusPurposeMismatch => &[Purpose, ListPurposes],
            Self::InPeriod => &[Dates],
            Self::SchemaOk => &[Version, Notes],
            Self::SchemaInvalid => &[Cause, Causes, Paths],
            Self::HostedFetched => &[Url, Version],
            Self::HostedIdMismatch => &[Url, Property],
            Self::HostedOriginOk => &[Policy, Host],
            Self::HostedOriginMismatch => &[Policy, Url, Host, Allowed],
            Self::Expired | Self::NotYetValid | Self::DateLenient => &[Property, Date],
            Self::ExpiryBeforeIssue => &[Property, Date, IssueProperty, IssueDate],
            Self::MissingMember => &[Property, Expected],
            Self::MissingType => &[ExpectedType],
            Self::NonstandardContext => &[Expected],
            Self::LegacyVersion => &[Version],
            Self::KeyOwnerMismatch => &[Key, Owner, Issuer],
            Self::JwkKidMismatch => &[Key],
            Self::KeyUnavailable => &[Key, Reason, Status],
            Self::JwtClaimsMismatch => &[Claims],
            Self::JwtClaimDiffers => &[Text, Stated],
            Self::JwsCritUnsupported => &[Extension],
            Self::IssuerNotHttp => &[Issuer],
            Self::KeyNotListed => &[Issuer, Key],
            Self::KeyOriginMismatch => &[Host, Issuer, IssuerHost],
            Self::StatusListExpired => &[Url, Date],
            Self::StatusListShort => &[Url, Entries],
            Self::Suspended => &[Index, Url],
            Self::StatusSet => &[Purpose, StatusValue],
            Self::StatusTypeUnsupported => &[EntryType],
            Self::ProofExpired => &[Date],
            Self::JwsAlgHmac | Self::JwsAlgUnsupported => &[Algorithm],
            Self::RsaKeyTooSmall => &[Bits],
            Self::NotReached => &[BlockedBy],
            Self::LimitExceeded => &[What, Limit, Max],
            Self::SummaryValid => &[Badge, Issuer, Date, Matched],
            Self::SummaryValidUndated => &[Badge, Issuer, Matched],
            Self::SummaryValidUnnamed => &[Issuer, Matched],
            Self::SummaryContainer => &[Container, Total, Valid, Invalid, Unestablished],
            Self::ContainerJson => &[Container, Total],
            Self::ContainerEmpty | Self::ContainerUnsigned => &[Container],
            Self::EnvelopedInvalid | Self::EnvelopedUnsupported => &[Reason],
            Self::HolderSigned => &[Suite, Holder],
            Self::HolderKeyMismatch | Self::HolderKeyUnproven => &[Key, Holder],
            Self::PresentationChallenge => &[Challenge, Domain],
            Self::SignatureValid | Self::UnsupportedCryptosuite => &[Suite],
            Self::KeyNotBound | Self::VerificationMethodInvalid | Self::KeyBound => &[Reason, Key],
            Self::KeyNotIssuer => &[Key, Issuer],
            Self::DateInvalid => &[Property, Text],
            Self::JwsAlgNotAllowed | Self::JwsAlgUnlisted => &[Algorithm, Allowed],
            Self::JwksKeyMismatch | Self::JwksKidAmbiguous => &[Kid],
            Self::JwksIssMismatch => &[Text, Issuer],
            Self::KeyNotFound => &[Reason, Key, Url],
            Self::KeyNotAuthorized => &[Key, Url, Property, Reason],
            Self::VmKeyMismatch => &[Key, Url],
            Self::VmInvalid => &[Key, Reason],
            Self::VmPrivateKey => &[Key, Member],
            Self::DidDocumentInvalid => &[Reason, Url],
            Self::DidDocumentMismatch => &[Url, Text],
            Self::KeyUnresolved | Self::KeyFromFragment => &[Key, Url, Reason, Status],
            Self::PemPrivateKey => &[Text],
            Self::ProofPurposeMismatch => &[Text, Expected],
            Self::JwkAlgMismatch => &[Algorithm, KeyAlgorithm],
            Self::JwkInvalid => &[Reason, Member],
            Self::KeyUnsupported => &[Reason, Text],
            Self::SignatureInvalid => &[Algorithm, Reason],
            Self::KeyAlgMismatch => &[Algorithm, KeyType],
            Self::RecipientMatch => &[Recipient, Property, How, Hash, Salted, IdentityType],
            Self::RecipientMismatch => &[Recipient],
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Compares the wire name, for callers holding a code read from JSON (tests, fixtures).
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Self::from_wire(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown code `{name}`")))
    }
}

/// The name of a value a message is built from: a member of a check's or note's `params`
/// object (`docs/report.md` lists which code carries which).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Param {
    /// `container`: the kind of input read (`png`, `svg`, `json`, `jws`, `jwt`, `url`), or of
    /// file holding several credentials (`presentation`, `clr`, `api-response`).
    Container,
    /// `url`: the address of a document (a hosted assertion, a list, a key document).
    Url,
    /// `reason`: which variant of a situation happened, a kebab-case token from the closed
    /// set the code documents (`docs/report.md`, "Parameters"), e.g. `timeout` (a fetch
    /// failure: [`crate::FetchError::reason`]) or `chunk-type` (`png-malformed`).
    Reason,
    /// `property`: a member of the credential, e.g. `validFrom`.
    Property,
    /// `date`: a date as it was read, RFC 3339 UTC.
    Date,
    /// `recipient`: the identifier the verifier asked about.
    Recipient,
    /// `blockedBy`: what kept a check from running: `input` (not read as a badge) or `proof`.
    BlockedBy,
    /// `limit`: the name of the [`crate::Limits`] field that tripped.
    Limit,
    /// `max`: the value of that limit.
    Max,
    /// `what`: what exceeded the limit, a kebab-case token, e.g. `input`, `json-depth`,
    /// `png-chunks` (the list is in `docs/report.md`, "Parameters").
    What,
    /// `issuer`: the issuer's id (a URL or DID).
    Issuer,
    /// `key`: the address of a key.
    Key,
    /// `host`: the host a document was published on.
    Host,
    /// `issuerHost`: the host of the issuer's id.
    IssuerHost,
    /// `index`: a status list index.
    Index,
    /// `entries`: how many entries a status list holds.
    Entries,
    /// `purpose`: a status purpose, e.g. `refresh`.
    Purpose,
    /// `value`: the value of a status entry.
    StatusValue,
    /// `type`: a status entry or proof type the verifier does not implement.
    EntryType,
    /// `algorithm`: a JWS `alg` value.
    Algorithm,
    /// `bits`: the size of an RSA modulus in bits.
    Bits,
    /// `extension`: a JWS header parameter named in `crit`.
    Extension,
    /// `suite`: a proof suite: a Data Integrity cryptosuite or proof type (`eddsa-rdfc-2022`,
    /// `Ed25519Signature2020`) or a JWS `alg` (`RS256`).
    Suite,
    /// `text`: a value as the credential writes it (JSON text), e.g. an unreadable date.
    Text,
    /// `badge`: the badge's (achievement's) name, display-safe.
    Badge,
    /// `matched`: `yes` when the badge was issued to the person the verifier asked about,
    /// else `no`.
    Matched,
    /// `status`: the HTTP status a server answered (a number), 0 when there was no answer.
    Status,
    /// `source`: where revocation was looked up: `status-list`, `revocation-list`, `hosted`.
    Source,
    /// `revocationReason`: the reason the issuer gives for a revocation, as written; empty
    /// when it gives none.
    RevocationReason,
    /// `listPurposes`: the purposes a status list serves, comma-separated (`revocation,suspension`).
    ListPurposes,
    /// `dates`: which dates bound a validity period: `issue-and-expiry`, `issue`, `expiry`,
    /// `none`.
    Dates,
    /// `member`: the name of a member of a JSON object a key is read from, e.g. a JWK's `x`
    /// (empty when the problem is not about one member).
    Member,
    /// `keyType`: the type of a key: `Ed25519`, `P-256` or `RSA`.
    KeyType,
    /// `keyAlgorithm`: the `alg` a JWK is published for (its JSON text when not a string).
    KeyAlgorithm,
    /// `kid`: a JWS `kid` header value (the key id a token names).
    Kid,
    /// `allowed`: the JWS algorithms a format accepts, comma-separated (e.g. `RS256`).
    Allowed,
    /// `version`: an Open Badges version: `0.5`, `1.0`, `1.1`, `2.0` or `3.0`.
    Version,
    /// `notes`: how many notes a check left (deviations that weaken nothing).
    Notes,
    /// `cause`: the most basic reason a badge cannot be read as an Open Badge, a token:
    /// `not-an-open-badge`, `no-issuer`, `no-subject` or `no-achievement` (in that order).
    Cause,
    /// `causes`: every such reason found, those tokens separated by spaces, in the order above.
    Causes,
    /// `paths`: the members at fault, as paths in the credential (`issuer.id`), separated by
    /// `, `.
    Paths,
    /// `policy`: which rule says where an issuer's hosted badges may be: `starts-with` (its
    /// `verification.startsWith` prefixes), `allowed-origins` (its
    /// `verification.allowedOrigins` hosts), `issuer-host` (no policy: the host of its id)
    /// or `origin` (OB 0.5: its `origin`).
    Policy,
    /// `issueProperty`: the member the issue date was read from, e.g. `validFrom`.
    IssueProperty,
    /// `issueDate`: the issue date, RFC 3339 UTC.
    IssueDate,
    /// `expected`: what the specification asks for, a token: for `missing-member` the kind
    /// of value (`present`, `string`, `boolean`, `object`); for `nonstandard-context` the
    /// context (`vc-first`: a VC base context first, `ob3`: an OB 3.0 context, `ob2`: the OB
    /// 2.0 context).
    Expected,
    /// `expectedType`: the `type` value the specification asks for; alternatives are
    /// separated by `|` (`Issuer|Profile`).
    ExpectedType,
    /// `owner`: the `owner` a key document names (empty when it names none).
    Owner,
    /// `stated`: what the credential states where a JWT claim says otherwise (JSON text;
    /// Unix seconds for dates; empty when it states nothing).
    Stated,
    /// `claims`: JWT claim names (`iss`, `sub`), separated by spaces.
    Claims,
    /// `how`: how a recipient matched: `plain` (in clear), `plain-ignoring-case`, `hashed`
    /// (the hash of the identifier asked about, with the badge's salt if any) or
    /// `hashed-lowercased` (the hash of its lowercased form).
    How,
    /// `hash`: the hash algorithm of a hashed identity (`sha256`, `md5`); empty in clear.
    Hash,
    /// `salted`: whether a hashed identity has a salt: `yes` or `no`.
    Salted,
    /// `identityType`: the kind of identity a badge states for its recipient, as written
    /// (`email`, `emailAddress`, `url`, …); empty when it states none.
    IdentityType,
    /// `kind`: what an unrecognized input looks like, a token: `jpeg`, `gif`, `webp`, `pdf`
    /// (a known non-badge format), `xml` (XML whose root is not `<svg>`), `no-element` (text
    /// starting with `<` without an element), `not-png` (no PNG signature where a PNG was
    /// required), `unknown`.
    Kind,
    /// `chunk`: a PNG chunk type as written in the file, e.g. `iTXt`.
    Chunk,
    /// `offset`: a byte offset in the input (a number, from 0).
    Offset,
    /// `entity`: the name of an XML entity the badge refers to, e.g. `ent` for `&ent;`.
    Entity,
    /// `path`: the file, directory or other input a front end could not read, as given.
    Path,
    /// `line`: a line number in a text (a number, from 1).
    Line,
    /// `column`: a column in that line (a number, from 1; bytes in JSON, characters in
    /// N-Quads).
    Column,
    /// `holder`: the `holder` of a presentation (a DID or URL), as written.
    Holder,
    /// `challenge`: the `challenge` a presentation's proof states, as written.
    Challenge,
    /// `domain`: the `domain` a presentation's proof states, as written (empty when none).
    Domain,
    /// `total`: how many credentials a presentation, CLR or API response holds (a number).
    Total,
    /// `valid`: how many of them are valid (a number).
    Valid,
    /// `invalid`: how many of them are invalid (a number).
    Invalid,
    /// `unestablished`: how many of them could not be established, neither valid nor
    /// invalid (a number).
    Unestablished,
}

impl Param {
    /// Every parameter name.
    pub const ALL: [Self; 67] = [
        Self::Container,
        Self::Url,
        Self::Reason,
        Self::Property,
        Self::Date,
        Self::Recipient,
        Self::BlockedBy,
        Self::Limit,
        Self::Max,
        Self::What,
        Self::Issuer,
        Self::Key,
        Self::Host,
        Self::IssuerHost,
        Self::Index,
        Self::Entries,
        Self::Purpose,
        Self::StatusValue,
        Self::EntryType,
        Self::Algorithm,
        Self::Bits,
        Self::Extension,
        Self::Suite,
        Self::Text,
        Self::Badge,
        Self::Matched,
        Self::Status,
        Self::Source,
        Self::RevocationReason,
        Self::ListPurposes,
        Self::Dates,
        Self::Member,
        Self::KeyType,
        Self::KeyAlgorithm,
        Self::Allowed,
        Self::Kid,
        Self::Version,
        Self::Notes,
        Self::Cause,
        Self::Causes,
        Self::Paths,
        Self::Policy,
        Self::IssueProperty,
        Self::IssueDate,
        Self::Expected,
        Self::ExpectedType,
        Self::Owner,
        Self::Stated,
        Self::Claims,
        Self::How,
        Self::Hash,
        Self::Salted,
        Self::IdentityType,
        Self::Kind,
        Self::Chunk,
        Self::Offset,
        Self::Entity,
        Self::Path,
        Self::Line,
        Self::Column,
        Self::Holder,
        Self::Challenge,
        Self::Domain,
        Self::Total,
        Self::Valid,
        Self::Invalid,
        Self::Unestablished,
    ];

    /// The member name in `params`, e.g. `url`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Container => "container",
            Self::Url => "url",
            Self::Reason => "reason",
            Self::Property => "property",
            Self::Date => "date",
            Self::Recipient => "recipient",
            Self::BlockedBy => "blockedBy",
            Self::Limit => "limit",
            Self::Max => "max",
            Self::What => "what",
            Self::Issuer => "issuer",
            Self::Key => "key",
            Self::Host => "host",
            Self::IssuerHost => "issuerHost",
            Self::Index => "index",
            Self::Entries => "entries",
            Self::Purpose => "purpose",
            Self::StatusValue => "value",
            Self::EntryType => "type",
            Self::Algorithm => "algorithm",
            Self::Bits => "bits",
            Self::Extension => "extension",
            Self::Suite => "suite",
            Self::Text => "text",
            Self::Badge => "badge",
            Self::Matched => "matched",
            Self::Status => "status",
            Self::Source => "source",
            Self::RevocationReason => "revocationReason",
            Self::ListPurposes => "listPurposes",
            Self::Dates => "dates",
            Self::Member => "member",
            Self::KeyType => "keyType",
            Self::KeyAlgorithm => "keyAlgorithm",
            Self::Allowed => "allowed",
            Self::Kid => "kid",
            Self::Version => "version",
            Self::Notes => "notes",
            Self::Cause => "cause",
            Self::Causes => "causes",
            Self::Paths => "paths",
            Self::Policy => "policy",
            Self::IssueProperty => "issueProperty",
            Self::IssueDate => "issueDate",
            Self::Expected => "expected",
            Self::ExpectedType => "expectedType",
            Self::Owner => "owner",
            Self::Stated => "stated",
            Self::Claims => "claims",
            Self::How => "how",
            Self::Hash => "hash",
            Self::Salted => "salted",
            Self::IdentityType => "identityType",
            Self::Kind => "kind",
            Self::Chunk => "chunk",
            Self::Offset => "offset",
            Self::Entity => "entity",
            Self::Path => "path",
            Self::Line => "line",
            Self::Column => "column",
            Self::Holder => "holder",
            Self::Challenge => "challenge",
            Self::Domain => "domain",
            Self::Total => "total",
            Self::Valid => "valid",
            Self::Invalid => "invalid",
            Self::Unestablished => "unestablished",
        }
    }

    /// The parameter with this member name, if there is one.
    pub fn from_wire(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.as_str() == name)
    }
}

/// One parameter's value: text, or a whole number (an HTTP status, a limit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A whole number, written as a JSON number.
    Number(u64),
    /// Text, written as a JSON string.
    Text(String),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Number(n) => write!(f, "{n}"),
            Self::Text(t) => f.write_str(t),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Self::Number(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Self::Number(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

/// The values a message was built from, in the order they were given: a check's or note's
/// `params`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params(pub(crate) Vec<(Param, Arg)>);

impl Params {
    /// No parameters.
    pub fn new() -> Self {
        Self::default()
    }

    /// These parameters and `param` set to `value`.
    pub fn with(mut self, param: Param, value: impl Into<Arg>) -> Self {
        self.0.push((param, value.into()));
        self
    }

    /// Whether these are exactly the params `code` declares, in order ([`Code::params`]).
    pub fn fit(&self, code: Code) -> bool {
        self.0
            .iter()
            .map(|(p, _)| *p)
            .eq(code.params().iter().copied())
    }

    /// The value of `param`, if given.
    pub fn get(&self, param: Param) -> Option<&Arg> {
        self.0.iter().find(|(p, _)| *p == param).map(|(_, v)| v)
    }

    /// Each parameter with its value, in order.
    pub fn iter(&self) -> impl Iterator<Item = (Param, &Arg)> {
        self.0.iter().map(|(p, v)| (*p, v))
    }

    /// The text values, to be made display-safe with the report's messages (they may quote
    /// the credential).
    pub(crate) fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        self.0.iter_mut().filter_map(|(_, v)| match v {
            Arg::Text(t) => Some(t),
            Arg::Number(_) => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Code, Param, Params};

    #[test]
    fn wire_names_are_unique_kebab_case_and_read_back() {
        for (i, c) in Code::ALL.iter().enumerate() {
            let name = c.as_str();
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{name}"
            );
            assert_eq!(Code::from_wire(name), Some(*c));
            assert!(!Code::ALL[..i].contains(c), "{name} listed twice");
        }
        for (i, p) in Param::ALL.iter().enumerate() {
            assert_eq!(Param::from_wire(p.as_str()), Some(*p));
            assert!(!Param::ALL[..i].contains(p), "{p:?} listed twice");
        }
    }

    #[test]
    fn params_are_written_and_read_as_json() {
        let params = Params::new()
            .with(Param::Url, "https://example.org/a")
            .with(Param::Max, 404usize);
        let text = params.to_json().to_string();
        assert_eq!(text, r#"{"url":"https://example.org/a","max":404}"#);
        let back: Params = serde_json::from_str(&text).unwrap();
        assert_eq!(back, params);
        assert!(serde_json::from_str::<Params>(r#"{"nope":1}"#).is_err());
    }
}
