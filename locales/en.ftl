# badgeverify's messages in English: the source every other language translates.
#
# One entry per report code (docs/report.md, "Codes"): the message a person reads, in plain
# words (what it means for trusting this badge, then what to do), and as the `.detail`
# attribute the technical detail (field names, algorithms, addresses, ISO dates), shown apart
# under "Technical details". Variables are the code's params (docs/report.md, "Parameters");
# a date param `$date` reaches a message as the reader's date, with `$dateIso` holding the
# RFC 3339 text the report carries. Numbers are written without grouping.
#
# The same file is read by the CLI (Rust, fluent-bundle) and the npm package, widget and
# verifier page (JavaScript, @fluent/bundle); both render without Unicode isolation marks.

## Dates: `date` renders a date param for people.

date = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }

## Check names, as people see them (the ids stay in the JSON).

check-container = File
check-payload = Badge data
check-schema = Badge structure
check-proof = Signature
check-issuer-key = Issuer's key
check-validity-period = Dates
check-revocation = Revocation
check-recipient = Recipient
check-hosted-origin = Issuer's website

## Codes: reading the file and the badge data (container, payload; group A)

## Codes: the structure of the badge (schema) and the Open Badges versions (group C)

schema-ok = The badge has everything an Open Badge needs.
    .detail = The badge meets the structural requirements of Open Badges { $version }. { $notes ->
        [0] No deviations from the specification.
        [one] One deviation from the specification is listed as a note.
       *[other] { $notes } deviations from the specification are listed as notes.
    }

schema-invalid = { $cause ->
        [not-an-open-badge] This is not an Open Badge, so it cannot be verified as one.
        [no-issuer] The badge does not say who issued it, so nobody vouches for it.
        [no-subject] The badge does not say whom or what it was awarded for, so it proves nothing.
        [no-achievement] The badge does not say what was achieved, so it proves nothing.
       *[other] This badge is incomplete and cannot be read as an Open Badge.
    }
    .detail = Schema failures: { $causes } (at { $paths }). not-an-open-badge: `type` lacks OpenBadgeCredential / AchievementCredential (EndorsementCredential for endorsements); no-issuer: `issuer` or its `id` is missing or not a URI; no-subject: no `credentialSubject` object; no-achievement: no `achievement` object (OB 2.0: no `badge`).

badgeclass-unavailable = The description of what this badge is for could not be loaded, so it could not be checked. { $reason ->
        [offline] Check again when online.
       *[other] Try again later.
    }
    .detail = { $reason ->
        [absent] The assertion has no `badge` member.
        [not-a-link] The assertion's `badge` is neither an object nor an http(s) URL.
        [status] The BadgeClass at { $url } could not be fetched: HTTP { $status }.
       *[other] The BadgeClass at { $url } could not be fetched ({ $reason }).
    }

issuer-unavailable = The issuer's profile could not be loaded, so what it says about this badge could not be checked. { $reason ->
        [offline] Check again when online.
       *[other] Try again later.
    }
    .detail = { $reason ->
        [absent] The BadgeClass has no `issuer` member.
        [not-a-link] The BadgeClass's `issuer` is neither an object nor an http(s) URL.
        [not-read] The issuer profile was not available (see the schema check), so the key's owner could not be confirmed.
        [status] The issuer profile at { $url } could not be fetched: HTTP { $status }.
       *[other] The issuer profile at { $url } could not be fetched ({ $reason }).
    }

hosted-fetched = The issuer's website confirms this badge.
    .detail = The issuer's server serves this Open Badges { $version } assertion at { $url }. (A 0.5 assertion does not name its own address; its issuer's `origin` is checked instead.)

hosted-id-mismatch = The issuer's website holds a different badge at this address, so this badge is not what it claims to be.
    .detail = The document served at { $url } has another `{ $property }` than that address.

hosted-id-invalid = This badge does not say where the issuer publishes it, so the issuer cannot confirm it.
    .detail = A hosted assertion without an http(s) `id`: there is no issuer server to confirm it.

hosted-url-unknown = This old badge can only be confirmed from its web address. Verify the badge's link instead of its contents.
    .detail = An Open Badges 0.5 assertion given as JSON names no address of its own; it is genuine only if its issuer's site (its `origin`) serves it.

hosted-unreachable = The issuer's website could not be reached to confirm this badge. { $reason ->
        [offline] Check again when online.
       *[other] Try again later.
    }
    .detail = This is a hosted badge, genuine only if the issuer's server still serves it at { $url }, and that could not be checked: { $reason ->
        [offline] offline mode is on.
        [timeout] the server did not answer in time.
        [connection] the server could not be reached.
        [cors] the browser blocked the request because the server does not allow cross-site requests (CORS).
        [status] the server answered HTTP { $status }.
        [too-large] the response was larger than the allowed size.
        [redirects] the server redirected too many times.
        [not-json] the response is not usable JSON.
        [too-many] more documents would be needed than `max_fetches` allows.
       *[other] the address may not be fetched.
    }

hosted-origin-ok = The badge is published on the issuer's own website.
    .detail = The assertion is hosted on { $host }, { $policy ->
        [starts-with] within the issuer's `verification.startsWith` prefixes.
        [allowed-origins] one of the issuer's `verification.allowedOrigins`.
        [origin] the issuer's Open Badges 0.5 `origin`.
       *[other] the host of the issuer's id (no policy stated: the Open Badges 2.0 default).
    }

issuer-origin-unknown = Nothing ties this old badge's web address to its issuer.
    .detail = The Open Badges 0.5 issuer states no `origin`, so nothing ties the assertion's address to the issuer.

issuer-not-http = The issuer is not identified by a website, so there is no website rule to check.
    .detail = The issuer id "{ $issuer }" is not an http(s) URL, so no hosted verification policy applies.

hosted-origin-mismatch = This badge is published on a website the issuer does not vouch for, so it may not be the issuer's.
    .detail = The assertion at { $url } is hosted on { $host }, but { $policy ->
        [starts-with] the issuer's `verification.startsWith` only allows { $allowed }.
        [allowed-origins] the issuer's `verification.allowedOrigins` only allows { $allowed }.
        [origin] its issuer's Open Badges 0.5 `origin` is { $allowed }.
       *[other] the issuer's id is on { $allowed } (no policy stated: the Open Badges 2.0 default).
    }

signature-missing = This badge says it is signed, but its signature is missing. Verify the badge image or the signed file the issuer provided.
    .detail = The assertion's `verification.type` is SignedBadge, but it is plain JSON without its JWS.

proof-missing = This badge carries no signature, so anyone could have written it.
    .detail = The credential has no `proof` and is not a VC-JWT.

expired = This badge expired on { $date }.
    .detail = `{ $property }` is { $dateIso }.

not-yet-valid = This badge is not valid until { $date }.
    .detail = `{ $property }` is { $dateIso }, after the time of verification.

expiry-before-issue = This badge's dates contradict each other: it expires before it was issued.
    .detail = `{ $property }` ({ $dateIso }) is before `{ $issueProperty }` ({ $issueDateIso }).

date-invalid = One of this badge's dates cannot be read, so its validity period cannot be fully checked.
    .detail = `{ $property }` is { $text }, which is not a date.

key-owner-mismatch = The key that signed this badge says it belongs to someone other than the issuer.
    .detail = The key { $key } names "{ $owner }" as its `owner`, not the issuer { $issuer }.

key-not-listed = The issuer does not list the key that signed this badge as one of its own.
    .detail = The issuer { $issuer } does not list the key { $key } in its `publicKey`.

key-origin-mismatch = The key that signed this badge is published on another website than the issuer's.
    .detail = The key is published on { $host }, but the issuer { $issuer } is on { $issuerHost }.

jwk-kid-mismatch = The badge names two different keys for its signature, so it cannot be trusted.
    .detail = The `jwk` header and the key named by `kid` ({ $key }) are different keys.

not-applicable-hosted = This badge is confirmed by the issuer's website, not by a signing key.

no-status = The badge does not say where to check whether it was revoked.
    .detail = No `credentialStatus` (OB 3.0) or `revocationList` (OB 2.0 issuer).

status-invalid = The badge's revocation entry is broken, so revocation could not be checked.
    .detail = The 1EdTechRevocationList entry has no `id`.

status-type-unsupported = This kind of revocation check is not supported, so revocation could not be checked.
    .detail = The status entry type "{ $type }" is not supported.

key-unavailable = The key that signed this badge could not be found, so its signature could not be checked. { $reason ->
        [offline] Check again when online.
        [none-listed] Ask the issuer for a badge that names its key.
        [none-named] Ask the issuer for a badge that names its key.
       *[other] Try again later.
    }
    .detail = { $reason ->
        [none-listed] The assertion names no signing key (`verification.creator`, 1.x `verify.url`) and the issuer lists none (`publicKey`).
        [issuer-not-read] The assertion names no signing key (`verification.creator`, 1.x `verify.url`) and the issuer profile could not be read.
        [none-named] The JWT names no key (no `kid` or `jwk` header) and the issuer is not a did:key or did:jwk.
        [not-found] The JWT names its key as "{ $key }", which could not be found.
        [status] The signing key at { $key } could not be fetched: HTTP { $status }.
       *[other] The signing key at { $key } could not be fetched ({ $reason }).
    }

jwt-claims-mismatch = The signed token and the badge inside it name different people or issuers, so it is unclear who issued this badge or to whom.
    .detail = The JWT claims ({ $claims }) name another party than the credential's `issuer` / `credentialSubject.id`.

jwt-claim-differs = The signed token writes a detail of this badge slightly differently from the badge itself. Both were checked.
    .detail = The JWT claim is { $text } but the credential says { $stated }.

credential-refreshed = This badge was replaced by the up-to-date copy its issuer publishes, and that copy was checked.
    .detail = The credential's `1EdTechCredentialRefresh` service at { $url } served a fresh copy that verifies as valid; this report is the copy's.

refresh-not-used = The up-to-date copy this badge points to could not be used, so the badge was checked as given.
    .detail = { $reason ->
        [not-valid] The copy served by the `1EdTechCredentialRefresh` service at { $url } does not verify as valid.
        [status] The `1EdTechCredentialRefresh` service at { $url } answered HTTP { $status }.
       *[other] The `1EdTechCredentialRefresh` service at { $url } could not be fetched ({ $reason }).
    }

date-lenient = A date in this badge is written in an older form; it was read as { $date }.
    .detail = `{ $property }` is not an RFC 3339 date-time with a time zone; it was read as { $dateIso } (UTC assumed).

missing-member = Part of the badge's description that the standard requires is missing. This does not weaken what the badge proves.
    .detail = `{ $property }` is required{ $expected ->
        [string] {" "}and must be a string.
        [boolean] {" "}and must be true or false.
        [object] {" "}and must be an object.
       *[other] .
    }

missing-type = Part of the badge does not state its type as the standard asks. This does not weaken what the badge proves.
    .detail = `type` should include { $expectedType }.

not-a-uri = A reference in the badge is not written as a web address or identifier. This does not weaken what the badge proves.
    .detail = The value must be a URI, or a Profile object with an `id`.

nonstandard-context = The badge does not name the standard vocabulary exactly as the standard asks. This does not weaken what the badge proves.
    .detail = { $expected ->
        [vc-first] `@context` should start with https://www.w3.org/ns/credentials/v2 (or https://www.w3.org/2018/credentials/v1 for VC 1.1).
        [ob3] `@context` should include an Open Badges 3.0 context (https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.x.json).
       *[other] `@context` should be or include the Open Badges 2.0 context (https://w3id.org/openbadges/v2).
    }

no-recipient-identifier = The badge does not say whom it was issued to.
    .detail = No `credentialSubject.id` or `identifier` (OB 3.0; allowed by its schema), or no `recipient` (OB 2.0).

image-data-uri = The badge's picture is stored inside the badge instead of at the issuer's address. This does not weaken what the badge proves.
    .detail = The assertion's `image` should be the URL of the baked image, not a data: URI.

legacy-version = This is an older kind of Open Badge (version { $version }); it was read the way current badges are.
    .detail = Open Badges { $version } assertion, read as its Open Badges 2.0 equivalent the way 1EdTech's validator reads it.

## Codes: signatures, keys, DIDs, JOSE (proof, issuer-key; group B)

## Codes: dates, revocation, recipient, hosted badges, summaries (group D)

## Codes: notes (deviations that weaken nothing)
