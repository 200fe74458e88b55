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

## Summaries of valid badges (a report that is not valid is summed up by the message of the
## check that decides it).

summary-valid = { $matched ->
        [yes] “{ $badge }”, issued by { $issuer } on { $date } to the person you named.
       *[other] “{ $badge }”, issued by { $issuer } on { $date }.
    }
summary-valid-undated = { $matched ->
        [yes] “{ $badge }”, issued by { $issuer } to the person you named.
       *[other] “{ $badge }”, issued by { $issuer }.
    }
summary-valid-unnamed = { $matched ->
        [yes] Issued by { $issuer } to the person you named.
       *[other] Issued by { $issuer }.
    }
summary-unestablished = Nothing in this badge is wrong, but it could not be confirmed who signed it.
    .detail = Neither a passed proof with a bound issuer key nor a passed hosted-origin check was established.

## What the widget, the verifier page and the CLI show around the messages (ui-…: shared;
## page-…: the verifier page; cli-…: the command-line tool).

ui-valid = Verified
ui-invalid = Not verified
ui-indeterminate = Not fully checked
ui-error = Could not be checked
ui-badge = Badge
ui-issued-by = Issued by
ui-recipient = Issued to
ui-issued = Issued
ui-expires = Expires
ui-not-stated = not stated
ui-hashed = (hidden as a hash in the badge)
ui-matches = matches the person you named
ui-does-not-match = does NOT match the person you named
ui-checks = Checks
ui-notes = Notes (they change nothing in the verdict)
ui-technical-details = Technical details
ui-outcome-pass = passed
ui-outcome-fail = failed
ui-outcome-warn = not established
ui-outcome-skip = skipped
cli-tally = { $total ->
        [one] 1 file
       *[other] { $total } files
    }: { $valid } verified, { $invalid } not verified, { $indeterminate } not fully checked, { $error } could not be checked

## Codes: reading the file and the badge data (container, payload; group A)

## Codes: the structure of the badge (schema) and the Open Badges versions (group C)

## Codes: signatures, keys, DIDs, JOSE (proof, issuer-key; group B)

## Codes: dates, revocation, recipient, hosted badges, summaries (group D)

in-period = The badge is within the dates it is valid for.
    .detail = { $dates ->
        [issue-and-expiry] The current time is between the issue date and the expiry date.
        [issue] The current time is after the issue date; the badge states no expiry date.
        [expiry] The current time is before the expiry date; the badge states no issue date.
       *[other] The badge states no dates.
    } The dates are in the report's `issued` and `expires`.

date-lenient = A date in this badge is not written the way the current standard asks; it was read as { $date }.
    .detail = `{ $property }` is not an RFC 3339 date-time with a time zone; it was read as { $dateIso } (UTC assumed).

no-status = The issuer publishes no way to revoke this badge, so it cannot have been revoked.
    .detail = The credential declares no `credentialStatus` (Open Badges 2.0: the issuer publishes no `revocationList`).

not-revoked = { $purpose ->
        [suspension] The issuer has not suspended this badge.
        [revocation] The issuer has not revoked this badge.
       *[other] The issuer has not flagged this badge.
    }
    .detail = { $source ->
        [status-list] The credential's `{ $purpose }` entry in the status list at { $url } is not set.
        [hosted] The issuer's server still serves the assertion at { $url } and does not mark it revoked.
       *[other] The credential is not in the issuer's revocation list at { $url }.
    }

status-set = The issuer has set a flag on this badge that does not affect whether it is valid.
    .detail = The credential's `{ $purpose }` status value is { $value }.

revoked = The issuer has revoked this badge: it should no longer be trusted.
    .detail = { $source ->
        [status-list] The credential's `revocation` entry in the status list at { $url } is set.
        [hosted] The issuer's server at { $url } marks the assertion revoked (`revoked: true` or HTTP 410 Gone).
       *[other] The issuer's revocation list at { $url } lists this badge.
    } Reason given by the issuer, if any: "{ $revocationReason }"

suspended = The issuer has suspended this badge for now: it should not be trusted while suspended.
    .detail = The credential's `suspension` entry (index { $index }) in the status list at { $url } is set.

status-index-out-of-range = Whether the issuer has revoked this badge could not be checked, because the badge points past the end of the issuer's list.
    .detail = The status index { $index } is outside the status list, which holds { $entries } entries of the entry's `statusSize`.

status-entry-invalid = The badge's revocation information is malformed, so whether it has been revoked cannot be checked. Ask the issuer for a corrected badge.
    .detail = { $reason ->
        [wrong-type] The status entry's `type` is neither `BitstringStatusListEntry` nor `StatusList2021Entry`.
        [missing] The status entry has no `{ $property }`.
        [not-an-index] The status entry's `{ $property }` is not a base-10 integer from 0 to 18446744073709551615.
        [not-http] The status entry's `{ $property }` is not an http(s) URL.
        [id-is-list-url] The status entry's `{ $property }` equals its `statusListCredential`; the entry id must not be the list's URL.
        [size-unsupported] The status entry's `{ $property }` is not supported (integers 1 to 8).
       *[other] The status entry's `{ $property }` is malformed.
    }

status-invalid = The badge's revocation information is malformed, so whether it has been revoked cannot be checked. Ask the issuer for a corrected badge.
    .detail = The `1EdTechRevocationList` entry in `credentialStatus` is malformed (it has no `id`).

status-unreachable = Whether the issuer has revoked this badge could not be checked, because the issuer's revocation list could not be fetched. Try again later.
    .detail = The status or revocation list at { $url } could not be fetched: { $reason ->
        [offline] offline mode is on, so nothing is fetched.
        [timeout] the server did not answer in time.
        [connection] the server could not be reached (DNS, connection or TLS failure).
        [cors] the browser blocked the request because the server does not allow cross-site requests (CORS).
        [status] the server answered HTTP { $status }.
        [too-large] the response was larger than the allowed size.
        [redirects] the server redirected too many times.
        [refused] the address may not be fetched.
        [not-http] it is not an http(s) URL.
        [too-many-documents] more documents would be needed than the limit `max_fetches` allows.
        [not-json] the document is not usable JSON.
       *[other] the fetch failed.
    }

status-list-untrusted = Whether the issuer has revoked this badge could not be checked, because the revocation list cannot be shown to come from the issuer.
    .detail = The status list at { $url } is not trusted: { $reason ->
        [redirected-off-site] the request was redirected to another site, and status lists are only accepted from the site the badge names.
        [unsigned] the list credential carries no proof.
        [not-signed-by-issuer] no proof of the list credential verifies under a key bound to the list's issuer.
        [status] the server answered HTTP { $status }.
       *[other] its proof could not be checked.
    }

status-list-invalid = Whether the issuer has revoked this badge could not be checked, because the issuer's revocation list is not in a form this verifier can read.
    .detail = { $reason ->
        [wrong-type] The document is not a `BitstringStatusListCredential` or `StatusList2021Credential` (the type the status entry asks for).
        [no-subject] The status list credential has no `credentialSubject`.
        [several-subjects] The status list credential must have exactly one `credentialSubject` object (the list).
        [wrong-subject-type] The status list credential's subject is not a `BitstringStatusList` or `StatusList2021`.
        [no-encoded-list] The status list credential has no `encodedList` string.
       *[other] The document is not a status list credential.
    }

status-list-expired = Whether the issuer has revoked this badge could not be checked, because the issuer's revocation list expired on { $date }.
    .detail = The status list credential at { $url } has `validUntil` { $dateIso }, in the past.

status-list-corrupt = Whether the issuer has revoked this badge could not be checked, because the issuer's revocation list is damaged.
    .detail = { $reason ->
        [not-base64] `encodedList` is not base64 or multibase base64url.
        [not-gzip] The decoded list is not gzip (it does not start 1f 8b).
        [gzip-method] The gzip compression method is not 8 (deflate).
        [gzip-reserved-flags] The gzip header sets reserved flag bits.
        [gzip-truncated] The gzip data ends before its header, data or 8-byte CRC-32/length trailer does.
        [gzip-header-crc] The gzip header CRC does not match the header.
        [deflate-invalid] The gzip deflate data is corrupt.
        [gzip-crc] The gzip trailer's CRC-32 does not match the inflated list: the list was damaged.
        [gzip-length] The gzip trailer's length (mod 2^32) does not match the inflated list.
        [gzip-trailing-bytes] Bytes follow the gzip member; a status list is exactly one gzip member (RFC 1952).
       *[other] The encoded list cannot be decoded.
    }

status-purpose-mismatch = Whether the issuer has revoked this badge could not be checked, because the list it points to is for something else.
    .detail = The credential's status entry has `statusPurpose` "{ $purpose }", but the list it points to is for "{ $listPurposes }"; the list says nothing about this purpose.

status-type-unsupported = Whether the issuer has revoked this badge could not be checked, because it uses a kind of revocation list this verifier does not support.
    .detail = The status entry type "{ $type }" is not supported (supported: `BitstringStatusListEntry`, `StatusList2021Entry`, `1EdTechRevocationList`).

status-list-short = The issuer's revocation list is smaller than the standard asks, which can make it easier to tell which badge is being checked. It was read all the same.
    .detail = The status list at { $url } holds { $entries } entries, fewer than the 131072 the Bitstring Status List specification asks for to protect holders' privacy.

recipient-not-requested = No recipient was given to check this badge against.
    .detail = Give an email address, URL or other identifier to check whether the badge was issued to it.

recipient-not-stated = The badge does not say whom it was issued to, so it cannot be checked against a person.
    .detail = The badge states no recipient identity (`credentialSubject.id` / `identifier`, or OB 2.0 `recipient.identity`) to compare with.

recipient-match = The badge was issued to the person given.

recipient-mismatch = The badge was issued to someone else than the person given.

hosted-unreachable = This badge is genuine only if the issuer's website still confirms it, and the website could not be reached. Try again later.
    .detail = The hosted assertion at { $url } could not be fetched: { $reason ->
        [offline] offline mode is on, so nothing is fetched.
        [timeout] the server did not answer in time.
        [connection] the server could not be reached (DNS, connection or TLS failure).
        [cors] the browser blocked the request because the issuer's server does not allow cross-site requests (CORS).
        [status] the server answered an HTTP error.
        [too-large] the response was larger than the allowed size.
        [redirects] the server redirected too many times.
        [refused] the address may not be fetched.
        [not-http] it is not an http(s) URL.
        [too-many-documents] more documents would be needed than the limit `max_fetches` allows.
        [not-json] the document is not usable JSON.
       *[other] the fetch failed.
    }

not-applicable-hosted = This kind of badge is confirmed by the issuer's website rather than by a signing key.
    .detail = Hosted Open Badges (0.5 to 2.0) are vouched for by the issuer's server serving the assertion at its `id`; they have no signing key.

not-applicable = This check does not apply to this kind of badge.

not-reached = { $blockedBy ->
        [proof] Not checked, because the badge's signature could not be verified first.
       *[other] Not checked, because the file could not be read as a badge.
    }

jws-payload-invalid = This badge's data is damaged or not in a form badges use, so it cannot be read.
    .detail = { $reason ->
        [not-an-object] The JWS payload is JSON but not a JSON object.
        [not-json] The JWS payload is not JSON.
       *[other] The JWS payload is not a JSON object.
    }

## Codes: notes (deviations that weaken nothing)
