# badgeverify's messages in English: the source every other language translates.
#
# One entry per report code (docs/report.md, "Codes"): the message a person reads, in plain
# words (what it means for trusting this badge, then what to do), and as the `.detail`
# attribute the technical detail (field names, algorithms, addresses, ISO dates), shown apart
# under "Technical details". Variables are the code's params (docs/report.md, "Parameters");
# a date param `$date` reaches a message as the reader's date, with `$dateIso` holding the
# RFC 3339 text the report carries. Numbers are written without grouping. A count (`total`,
# `valid`, `entries`, `bits` …) is always shown through a select on it, `{ $n -> [one] …
# *[other] … }` with exact numbers such as `[0]` first, even where the words do not change
# (tests/catalog.rs checks).
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

summary-container = { $container ->
        [presentation] This presentation holds
        [clr] This learner record holds
       *[other] This file holds
    } { $total ->
        [one] 1 badge
       *[other] { $total } badges
    }: { $valid ->
        [0] { $invalid ->
            [0] { $unestablished ->
                [0] {""}
               *[other] { $unestablished } not fully checked
            }
           *[other] { $invalid } not verified{ $unestablished ->
                [0] {""}
               *[other] , { $unestablished } not fully checked
            }
        }
       *[other] { $valid } verified{ $invalid ->
            [0] {""}
           *[other] , { $invalid } not verified
        }{ $unestablished ->
            [0] {""}
           *[other] , { $unestablished } not fully checked
        }
    }.
    .detail = Each credential is listed below with its own report; the file's verdict is the worst of theirs and of its own checks.

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
ui-pending = Checking…
ui-idle = Not checked yet
ui-untitled = Untitled badge
ui-no-badge = No badge in this file
ui-no-badge-hint = Download the baked badge (the image file with the badge data inside) from the issuer's site or the badge platform, rather than a screenshot or a re-saved copy.
ui-show-details = Details
ui-hide-details = Hide details
ui-issuer-site = Issuer
ui-verification-link = Verification link (anyone can check this badge with it)
ui-credential = Credential
ui-no-credential = No credential could be decoded.
ui-member = Badge { $n } of { $total }
ui-container = { $container ->
        [presentation] Presentation of badges
        [clr] Learner record
       *[other] Collection of badges
    }
page-title = Verify an Open Badge · badgeverify
page-heading = Verify an Open Badge
page-language = Language
page-lede = Open Badges 3.0, 2.0 and the older 1.1, 1.0 and 0.5: baked PNG or SVG images, JSON assertions and credentials, VC-JWTs, and hosted-assertion URLs.
page-privacy-title = Private by design:
page-privacy = your files are read and verified in this browser by WebAssembly and are never uploaded. The only requests this page makes are for the documents the verification itself needs — what the badge points to (a hosted assertion, the issuer's profile and keys, a revocation or status list), fetched directly from the issuer's servers (or, when this page comes from “badgeverify serve”, through that program on your own computer). A verification link carries the badge after its #, which browsers never send to any server.
page-inputs =
    .aria-label = Badges to verify
page-drop-title = Drop badge files here
page-drop-hint = PNG, SVG, JSON, JWT — one or many, checked in this browser.
page-choose-files = Choose files…
page-paste-label = …or paste a hosted-assertion URL, JSON or a JWT
page-paste-field =
    .placeholder = https://… or {"{"} "@context": … {"}"} or eyJ…
page-verify = Verify
page-recipient-label = Is this badge issued to…
page-optional = (optional)
page-recipient-field =
    .placeholder = alice@example.org, a URL or a DID
page-recipient-hint = Compared locally with the badge's (possibly hashed) recipient; every card is checked again when you change it.
page-offline = Offline: fetch nothing
page-offline-hint = Badges that need their issuer's documents then come out as “could not be fully checked”.
page-clear = Clear all
page-results =
    .aria-label = Results
page-demo-link = the <open-badge> element demo
page-served = served by badgeverify serve on this computer (the <open-badge> element demo is www/demo.html in the repository)
page-checking = Checking { $left } of { $total }…
page-tally = { $total ->
        [one] 1 badge
       *[other] { $total } badges
    } checked: { $parts }
page-tally-valid = { $n } verified
page-tally-invalid = { $n } not verified
page-tally-indeterminate = { $n } not fully checked
page-remove =
    .aria-label = Remove { $title }
page-copy-credential = Copy credential
page-download-credential = Download credential
page-download-report = Download report
page-copy-link = Copy verification link
page-copied = Copied.
page-copy-refused = The browser did not allow copying; use Download instead.
page-no-link = No link: { $reason }
page-link-copied = Link copied ({ $length ->
        [one] 1 character
       *[other] { $length } characters
    }).
page-link-not-copied = The browser did not allow copying; the link has { $length ->
        [one] 1 character
       *[other] { $length } characters
    }.
page-from-link = Badge from link
page-pasted-text = Pasted text
page-pasted-json = Pasted JSON
page-pasted-jwt = Pasted JWT
page-link-damaged = This verification link is damaged ({ $reason }); ask for the link again, or verify the badge file itself.
cli-tally = { $total ->
        [one] 1 file
       *[other] { $total } files
    }: { $valid } verified, { $invalid } not verified, { $indeterminate } not fully checked, { $error } could not be checked

## Codes: reading the file and the badge data (checks `container` and `payload`)

container-ok = The badge file was read.
    .detail = { $container ->
        [png] Read the PNG chunk by chunk (every CRC checked) and found baked badge data.
        [svg] Found a baked badge element in the SVG.
        [json] The input is JSON text.
        [url] The input is a URL.
       *[other] The input is a compact JWS.
    }

no-badge-data = This image does not contain a badge. A screenshot or a re-saved copy of a badge loses the badge inside it: download the badge image from the issuer's site or the badge platform, and check that file.
    .detail = { $container ->
        [svg] The SVG has no `<openbadges:assertion>` or `<openbadges:credential>` element with a `verify` attribute or content.
       *[other] The PNG has no `iTXt`, `tEXt` or `zTXt` chunk with keyword `openbadges` or `openbadgecredential`.
    }

unrecognized-input = { $kind ->
        [jpeg] This is a photo or picture file, which cannot hold a badge. Badges come as PNG or SVG images with the badge inside, as the badge data itself, or as the web address of a badge.
        [gif] This is a GIF picture, which cannot hold a badge. Badges come as PNG or SVG images with the badge inside, as the badge data itself, or as the web address of a badge.
        [webp] This is a WebP picture, which cannot hold a badge. Badges come as PNG or SVG images with the badge inside, as the badge data itself, or as the web address of a badge.
        [pdf] This is a PDF document, which cannot hold a badge. Badges come as PNG or SVG images with the badge inside, as the badge data itself, or as the web address of a badge.
       *[other] This file is not a badge. Badges come as PNG or SVG images with the badge inside, as the badge data itself, or as the web address of a badge.
    }
    .detail = { $kind ->
        [jpeg] A JPEG image.
        [gif] A GIF image.
        [webp] A WebP image.
        [pdf] A PDF document.
        [xml] An XML document whose root element is not `<svg>`.
        [no-element] Text starting with `<` that contains no XML element.
        [not-png] The 8-byte PNG signature is missing.
       *[other] Not a PNG, an SVG, JSON, a compact JWS or an http(s) URL.
    }

payload-unrecognized = { $reason ->
        [empty] The badge inside this file is empty, so there is nothing to check.
       *[other] The badge inside this file is in a form this checker does not recognize.
    }
    .detail = { $reason ->
        [empty] The badge data is empty.
       *[other] The badge data is neither JSON, a compact JWS nor an http(s) URL.
    }

png-bad-crc = This file is damaged, so the badge inside it cannot be read. Download the badge again from where it was issued.
    .detail = PNG chunk { $chunk } at byte { $offset } fails its CRC-32 check.

png-truncated = This file is incomplete, so the badge inside it cannot be read. Download the badge again from where it was issued.
    .detail = { $reason ->
        [no-iend] The PNG ends at byte { $offset } without an `IEND` chunk.
       *[other] The PNG chunk at byte { $offset } runs past the end of the file.
    }

png-malformed = This file is damaged, so the badge inside it cannot be read. Download the badge again from where it was issued.
    .detail = { $reason ->
        [chunk-length] PNG chunk `{ $chunk }` at byte { $offset } declares a length above the PNG maximum of 2^31-1.
        [chunk-type] The PNG chunk at byte { $offset } has an invalid type (not four ASCII letters).
        [first-not-ihdr] The first PNG chunk is `{ $chunk }`; a PNG must start with `IHDR`.
        [no-keyword] The badge chunk `{ $chunk }` at byte { $offset } has no keyword.
        [compression-method] The badge chunk `{ $chunk }` at byte { $offset } has an unknown compression method.
        [no-compression-flag] The badge chunk `{ $chunk }` at byte { $offset } ends before its compression flag.
        [no-language-tag] The badge chunk `{ $chunk }` at byte { $offset } has no language tag.
        [no-translated-keyword] The badge chunk `{ $chunk }` at byte { $offset } has no translated keyword.
        [compression-flag] The badge chunk `{ $chunk }` at byte { $offset } has an unknown compression flag or method.
        [not-utf8] The text of badge chunk `{ $chunk }` at byte { $offset } is not UTF-8, as `iTXt` text must be.
       *[other] PNG chunk `{ $chunk }` at byte { $offset } is malformed.
    }

png-inflate = This file is damaged, so the badge inside it cannot be read. Download the badge again from where it was issued.
    .detail = The compressed text of PNG chunk `{ $chunk }` at byte { $offset } is not a valid zlib stream.

svg-syntax = This image file is damaged, so the badge inside it cannot be read. Download the badge again from where it was issued.
    .detail = The SVG is not well-formed XML near byte { $offset }.

svg-entity = The badge inside this image refers to outside content that is never loaded, so it cannot be read. Ask the issuer for the badge again.
    .detail = The badge element refers to the entity `&{ $entity };`. Only the five predefined XML entities and character references are decoded; entities declared in a DOCTYPE are never expanded or fetched.

unreadable-input = This file could not be opened, so nothing was checked. Check that it exists and that you are allowed to read it.
    .detail = `{ $path }`: { $reason ->
        [not-found] no such file or directory.
        [permission-denied] permission denied.
        [is-a-directory] is a directory.
        [not-a-directory] a part of the path is not a directory.
        [too-deep] the directory is nested more than 32 levels deep; give it directly.
       *[other] it cannot be read.
    }

invalid-options = The badge check was set up incorrectly, so it did not run.
    .detail = { $reason ->
        [not-json] The options are not valid JSON of the form {"{"}"now": "2026-01-01T00:00:00Z", "recipient": "…"{"}"}.
        [now-missing] The options need a string `now` (an RFC 3339 date-time).
        [now-invalid] `now` is not an RFC 3339 date-time.
        [recipient-not-string] `recipient` must be a string.
        [crypto-unknown] `crypto` must be `auto` or `builtin`.
       *[other] The options are invalid.
    }

invalid-input = Nothing that could be a badge was given to check.
    .detail = The input argument has the wrong type: expected bytes (a Uint8Array, an ArrayBuffer, a Blob) or a string.

internal-error = Something went wrong inside the badge checker, so this badge was not checked. Please report this problem.
    .detail = An unexpected exception in the JavaScript glue code.

verifier-unavailable = The badge checker could not be loaded, so this badge was not checked. Reload the page to try again.
    .detail = The WebAssembly package could not be loaded.

widget-error = Something went wrong while checking this badge. Reload the page to try again.
    .detail = An unexpected failure in the badge element.

source-cors = The badge file could not be loaded: the website that holds it does not let other sites read it. Open the badge on the issuer's site, or download it and check the file.
    .detail = The badge file at `src` is on another origin that does not allow cross-origin reads (no CORS headers), or it is unreachable.

source-unreachable = The badge file could not be downloaded. Check your connection and try again.
    .detail = The badge file at `src` could not be fetched.

source-http-status = The website that holds the badge file answered with an error, so the badge could not be loaded.
    .detail = The server answered HTTP status { $status } for `src`.

source-too-large = The badge file is too large to be checked here.
    .detail = The badge file at `src` is larger than the element accepts.

source-blocked-by-policy = This page's security settings do not allow loading the badge from that address.
    .detail = The URL was not fetched because the page's Content Security Policy forbids it.

fetch-loop = The badge checker stopped because it kept asking for the same documents. Please report this problem.
    .detail = A driver guard: verification asked for documents again without progress (answer every request with supply() or fail() before stepping again).

limit-exceeded = This badge is larger or more complex than this checker accepts, so it was not checked.
    .detail = { $what ->
        [input] The input
        [png-chunks] The number of PNG chunks
        [png-text-chunk] A badge text chunk
        [png-inflated-text] The decompressed text of a badge chunk
        [xml-nodes] The number of XML nodes in the SVG
        [xml-depth] The element nesting of the SVG
        [xml-text] A text in the SVG
        [json-size] A JSON document
        [json-values] The number of JSON values
        [json-depth] The JSON nesting depth
        [json-write-depth] The nesting depth of a JSON value to write
        [nquads-size] The N-Quads text
        [quads] The number of RDF statements
        [rdfc-work] The RDFC-1.0 blank-node hashing work
        [rdfc-depth] The RDFC-1.0 Hash N-Degree Quads recursion depth
        [sd-signatures] The number of statement signatures in the selective-disclosure proof
        [sd-labels] The number of label-map entries in the selective-disclosure proof
        [sd-mandatory-indexes] The number of mandatory statement indexes in the selective-disclosure proof
        [context-depth] The JSON-LD context nesting
        [remote-contexts] The chain of remote JSON-LD contexts
        [context-terms] The number of JSON-LD term definitions
        [jsonld-work] The JSON-LD processing work
        [jsonld-depth] The JSON-LD document nesting
       *[other] A resource ({ $what })
    } exceeds the limit `{ $limit }` ({ $max }).

credential-json = The badge data was read.
    .detail = Decoded an Open Badges 3.0 credential (JSON with an embedded proof).

assertion-json = The badge data was read.
    .detail = Decoded an Open Badges assertion (JSON).

vc-jwt = The badge data was read.
    .detail = Decoded an Open Badges 3.0 VC-JWT.

signed-assertion = The badge data was read.
    .detail = Decoded an Open Badges signed assertion (JWS).

hosted-url = This badge is published on its issuer's website.
    .detail = The badge is hosted at { $url }.

not-a-badge = This file holds data, but not a badge.
    .detail = This JSON is neither an Open Badges assertion nor a Verifiable Credential.

container-json = This file holds { $total ->
        [one] 1 badge
       *[other] { $total } badges
    }, each checked on its own below.
    .detail = { $container ->
        [presentation] A Verifiable Presentation
        [clr] A CLR 2.0 `ClrCredential` (Comprehensive Learner Record)
       *[other] An Open Badges 3.0 API response (`GetOpenBadgeCredentialsResponse`)
    } holding { $total ->
        [one] { $total } credential
       *[other] { $total } credentials
    }.

container-empty = This file holds no badge, so there is nothing to verify.
    .detail = { $container ->
        [presentation] The Verifiable Presentation has no `verifiableCredential`.
        [clr] The CLR has no `credentialSubject.verifiableCredential`.
       *[other] The API response has neither `credential` nor `compactJwsString` entries.
    }

enveloped-invalid = The badge data is wrapped in a way this verifier cannot open.
    .detail = { $reason ->
        [media-type] The envelope's id is a `data:` URL of another media type than `application/vc+jwt` or `application/vp+jwt`.
       *[other] The envelope's id is not a `data:application/vc+jwt,…` (or `vp+jwt`) URL.
    }

enveloped-unsupported = This badge is sealed in a format this verifier cannot check yet, so nothing in it is confirmed. Nothing was found wrong with it either.
    .detail = { $reason ->
        [sd-jwt] The envelope's `data:` URL holds an SD-JWT (a JWT with selective disclosure, `application/vc+sd-jwt`), which this verifier does not read yet.
       *[other] The envelope's `data:` URL holds a credential secured with COSE (`application/vc+cose`), which this verifier does not read yet.
    }

json-syntax = The badge data is damaged or incomplete, so it cannot be read.
    .detail = Not valid JSON at line { $line }, column { $column }.

json-not-utf8 = The badge data is damaged, so it cannot be read.
    .detail = The JSON is not valid UTF-8 (byte { $offset }).

json-duplicate-key = The badge data states the same item twice, so what it says is unclear and it is not trusted.
    .detail = The JSON object has the member "{ $member }" twice; duplicate keys are refused because readers disagree on which one counts.

jsonld-invalid = The badge's data cannot be interpreted the way its signature requires, so the signature cannot be checked.
    .detail = JSON-LD 1.1 processing error: { $reason }.

rdfc-invalid-quad = The badge's data cannot be interpreted the way its signature requires, so the signature cannot be checked.
    .detail = The dataset has { $reason ->
        [literal-subject] a literal as subject
        [predicate-not-iri] a predicate that is not an IRI
        [literal-graph] a literal as graph name
       *[other] an invalid statement
    }, which RDF (and so RDFC-1.0) does not allow.

base64-invalid = Part of the badge's data is damaged, so it cannot be read.
    .detail = A value is not valid base64 (or, in JOSE, not unpadded base64url).

base58-invalid = Part of the badge's data is damaged, so it cannot be read.
    .detail = A value is not valid base58btc.

multibase-unsupported = Part of the badge's data is in a form this checker does not support.
    .detail = Expected a multibase value starting with `z` (base58btc) or `u` (base64url).

nquads-syntax = The data could not be read.
    .detail = N-Quads syntax error at line { $line }, column { $column }.

bake-invalid-payload = The badge data to put into the image cannot be read, so no badge image was made.
    .detail = Refusing to bake a payload that does not parse as JSON or as a compact JWS.

context-unknown = The badge uses a vocabulary this checker does not know, so its signature could not be checked.
    .detail = The JSON-LD context { $url } is not bundled with this verifier, and contexts are never fetched (their content is part of what is signed).

## Codes: the structure of the badge and the Open Badges versions (`schema`, `hosted-origin`, dates, recipients)

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
        [too-many-documents] more documents would be needed than `max_fetches` allows.
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

holder-signed = The presentation's signature is genuine and was made by its holder.
    .detail = The { $suite } proof (purpose `authentication`) verifies with a key controlled by the holder { $holder }.

holder-key-mismatch = The presentation was signed with someone else's key, not its holder's, so it does not show that the holder presented these badges.
    .detail = The holder is { $holder }, but the presentation was signed with the key { $key }, which the holder does not control.

holder-key-unproven = The presentation's signature is genuine, but nothing shows that the key belongs to its holder.
    .detail = The holder is { $holder }; nothing ties the signing key { $key } to it.

container-unsigned = { $container ->
        [presentation] Nobody signed this presentation as a whole; each badge in it carries its own signature, checked below.
       *[other] This file is not signed as a whole (its format has no signature); each badge in it carries its own, checked below.
    }
    .detail = { $container ->
        [presentation] The Verifiable Presentation has no `proof`: it does not show who presented it.
       *[other] A `GetOpenBadgeCredentialsResponse` has no `proof` of its own.
    }

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

jws-alg-unlisted = This badge is signed with a method its version of Open Badges does not list. The method is just as strong, and the signature was checked all the same.
    .detail = Signed with { $algorithm }; Open Badges 2.0 signed assertions name { $allowed }.

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

presentation-challenge = The presentation was signed for one particular request; this verifier cannot tell whether it is being shown again.
    .detail = The proof states the challenge "{ $challenge }" and the domain "{ $domain }". They are shown, not checked: this verifier did not ask the holder for a challenge, so a replayed presentation is not detected.

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

## Codes: signatures and keys (`proof`, `issuer-key`)

signature-valid = The signature is genuine: the badge has not been changed since it was signed.
    .detail = The { $suite } signature verifies.

signature-invalid = The signature does not match this badge: it was changed after it was signed, or someone other than the key's owner signed it. Do not trust this badge.
    .detail = { $reason ->
        [wrong-length] The { $algorithm } signature has the wrong length.
        [es256-der] The { $algorithm } signature is DER-encoded; ECDSA signatures are the raw r‖s (64 bytes for ES256, 96 for ES384; RFC 7518 §3.4).
        [es256-out-of-range] The { $algorithm } signature's r or s is zero or out of range.
        [small-order-key] The { $algorithm } signature does not verify: the Ed25519 public key is a small-order point, which can match any message, and is refused.
        [sd-statement-count] The disclosed statements do not match the selective-disclosure proof: it holds one signature per non-mandatory statement, and their numbers differ (a statement was added or removed).
        [sd-label-map] The disclosed document has a blank node that the selective-disclosure proof's label map does not name (the document was changed).
        [sd-mandatory-index] A mandatory statement index of the selective-disclosure proof is past the last disclosed statement (statements were removed).
       *[other] The { $algorithm } signature does not verify with the key: the signed bytes were changed or another key made the signature.
    }

proof-value-invalid = The signature in this badge is damaged, so it cannot be checked. Ask the issuer for a new copy of the badge.
    .detail = { $reason ->
        [missing] The proof has no `proofValue` string.
        [not-multibase] `proofValue` is not valid multibase.
        [wrong-length] `proofValue` does not decode to a 64-byte signature (Ed25519, or P-256 `r ‖ s`).
        [sd-not-base64url] An `ecdsa-sd-2023` `proofValue` must be multibase base64url (prefix `u`).
        [sd-header] The `ecdsa-sd-2023` `proofValue` starts with neither the base-proof header (0xd9 0x5d 0x00) nor the derived-proof header (0xd9 0x5d 0x01).
        [sd-structure] The `ecdsa-sd-2023` derived `proofValue` is not the CBOR array [base signature (64 bytes), public key, signatures (64 bytes each), label map (integer → bytes, each key once), mandatory indexes].
        [cbor-truncated] The `ecdsa-sd-2023` `proofValue` CBOR ends in the middle of an item.
        [cbor-wrong-type] The `ecdsa-sd-2023` `proofValue` CBOR has an item of the wrong type (only unsigned integers, byte strings, arrays and maps are used).
        [cbor-indefinite] The `ecdsa-sd-2023` `proofValue` CBOR uses an indefinite length.
        [cbor-reserved] The `ecdsa-sd-2023` `proofValue` CBOR uses a reserved encoding (additional information 28–30).
        [cbor-too-long] The `ecdsa-sd-2023` `proofValue` CBOR states a length or count larger than the data.
        [cbor-trailing] The `ecdsa-sd-2023` `proofValue` has bytes after its CBOR array.
       *[other] `proofValue` is not a multibase 64-byte signature (Ed25519, or P-256 `r ‖ s`).
    }

proof-purpose-mismatch = This signature was not made for issuing badges, so it does not show that the issuer issued this one.
    .detail = The proof purpose is "{ $text }"; { $expected ->
        [authentication] a holder's signature on a presentation must use `authentication`.
       *[other] an issuer's signature must use `assertionMethod`.
    }

proof-expired = The signature on this badge expired on { $date }, so it can no longer vouch for the badge. Ask the issuer for a newly signed copy.
    .detail = The proof's `expires` ({ $dateIso }) has passed.

proof-context-mismatch = The signature does not cover this badge as it is written, so it cannot be checked.
    .detail = eddsa-jcs-2022: the proof's `@context` is not the start of the credential's `@context`.

sd-base-proof = This is the issuer's original copy of a selective-disclosure badge, meant for the badge holder, not a copy that can be checked. Ask the holder to share the badge from their wallet, which creates a copy that can be verified.
    .detail = The `ecdsa-sd-2023` `proofValue` has the base-proof header (0xd9 0x5d 0x00). A base proof goes from the issuer to the holder, who derives from it a proof (header 0xd9 0x5d 0x01) revealing the statements they choose; only a derived proof can be verified, since the base proof needs the issuer's HMAC key. This is not a bad signature.

verification-method-invalid = The badge does not say properly which key signed it, so the signature cannot be checked.
    .detail = { $reason ->
        [not-https] The verification method { $key } must be an https URL.
        [not-did-or-https] The verification method { $key } is neither a DID URL nor an https URL.
        [fragment-key-invalid] The key in the fragment of { $key } is not a valid Multikey.
        [missing] The proof has no `verificationMethod`.
        [embedded-no-key] The embedded verification method has no public key (`publicKeyMultibase` or `publicKeyJwk`).
       *[other] The verification method { $key } is malformed.
    }

jws-malformed = The badge data is damaged or incomplete, so it cannot be read. Download the badge again from where it was issued.
    .detail = { $reason ->
        [segment-count] A compact JWS has exactly three `.`-separated segments.
        [detached-payload] The payload segment is empty (a detached-payload JWS); a badge JWS carries its payload.
        [header-not-base64url] The header segment is not unpadded base64url (JWS forbids `=` padding and the `+`/`/` alphabet).
        [payload-not-base64url] The payload segment is not unpadded base64url (JWS forbids `=` padding and the `+`/`/` alphabet).
        [signature-not-base64url] The signature segment is not unpadded base64url (JWS forbids `=` padding and the `+`/`/` alphabet).
       *[other] The compact JWS is malformed.
    }

jws-header-invalid = The badge's signature information is damaged, so the signature cannot be checked.
    .detail = { $reason ->
        [not-object] The JWS header is not a JSON object.
        [not-json] The JWS header is not valid JSON (UTF-8, no duplicate members).
        [alg-not-string] The JWS header `alg` is not a string.
        [b64-not-boolean] The JWS header `b64` is not a boolean.
        [crit-not-array] The JWS header `crit` is not a non-empty array.
        [crit-entry-not-string] A JWS header `crit` entry is not a string.
        [jwk-not-object] The JWS header `jwk` is not a JSON object.
       *[other] The JWS header is invalid.
    }

jws-alg-none = This badge is not signed at all, so anyone could have written it. Do not trust it.
    .detail = { $reason ->
        [missing] The JWS header has no `alg`; an unsigned JWS proves nothing.
       *[other] The JWS header says `alg: none`: the token is unsigned.
    }

jws-alg-hmac = This badge uses a kind of signature that anyone could forge, so it proves nothing. Do not trust it.
    .detail = The JWS uses `{ $algorithm }`, an HMAC (shared-secret) algorithm. Badges are signed with public-key algorithms; accepting HMAC would let anyone forge a badge by using the issuer's published public key as the HMAC secret.

jws-alg-not-allowed = This badge is signed in a way this kind of badge does not allow, so the signature cannot be trusted.
    .detail = The JWS algorithm `{ $algorithm }` is not accepted for this format (accepted: { $allowed }).

jws-alg-unsupported = This badge uses a signature method this verifier cannot check yet, so its signature is not confirmed. That does not mean it is forged: check it with its issuer or another verifier.
    .detail = The JWS algorithm `{ $algorithm }` is a registered public-key algorithm that this verifier does not implement (it checks RS256, PS256, ES256, ES384 and EdDSA with Ed25519).

jws-crit-unsupported = This badge's signature relies on a feature this verifier does not support, so it cannot be checked.
    .detail = The JWS marks the header extension `{ $extension }` critical and this verifier does not implement it, so it must reject the JWS (RFC 7515 §4.1.11).

jws-b64-unsupported = This badge's signature is in a form this verifier does not support, so it cannot be checked.
    .detail = The JWS header has `b64: false` (an unencoded payload, RFC 7797), which badges do not use and this verifier does not implement.

jwk-private-key = The issuer published its secret signing key, so anyone could have signed this badge. Do not trust it; the issuer should be told.
    .detail = The JWK contains the private-key member `{ $member }`: a published key must be public only.

jwk-symmetric = The key used for this badge is a shared secret, which proves nothing about who signed it. Do not trust it.
    .detail = The JWK is a symmetric (`kty: oct`) secret key; only public keys are accepted.

jwk-invalid = The issuer's key is malformed, so the signature cannot be checked.
    .detail = { $reason ->
        [not-object] A JWK must be a JSON object.
        [missing] The JWK has no `{ $member }` member.
        [not-string] The JWK member `{ $member }` must be a string.
        [not-base64url] The JWK member `{ $member }` is not unpadded base64url.
        [wrong-length] The JWK member `{ $member }` decodes to the wrong number of bytes.
        [not-on-curve] The JWK's public key (`{ $member }`) is not a valid curve point.
       *[other] The JWK is malformed.
    }

jwk-alg-mismatch = The issuer's key was published for a different kind of signature than this badge uses, so it does not vouch for this badge.
    .detail = The key is published for { $keyAlgorithm } only, but the token is signed with { $algorithm } (RFC 7517 §4.4).

key-alg-mismatch = The key does not fit this kind of signature, so the signature cannot be genuine.
    .detail = The signature claims algorithm { $algorithm } but the key is { $keyType }; a key is only ever used with its own algorithm.

key-unsupported = The issuer's key is of a kind this verifier cannot check yet, so the signature is not confirmed. That does not mean the badge is forged: check it with its issuer or another verifier.
    .detail = { $reason ->
        [okp-curve] OKP curve `{ $text }` is not supported.
        [ec-curve] EC curve `{ $text }` is not supported.
        [jwk-kty] JWK key type `{ $text }` is not supported.
        [multikey-codec] The Multikey is a { $text } key, which this verifier does not implement.
        [pem-label] PEM block `{ $text }` is not supported (expected `PUBLIC KEY` or `RSA PUBLIC KEY`).
        [spki-algorithm] The public key algorithm with OID { $text } is not supported.
        [rsa-too-large] An RSA modulus of { $text } bits is larger than this verifier accepts.
       *[other] The key { $text } is not supported.
    } Supported keys are Ed25519, P-256, P-384 and RSA.

key-invalid = The issuer's key is damaged or malformed, so the signature cannot be checked.
    .detail = { $reason ->
        [wrong-length] The Ed25519 public key does not have 32 bytes.
        [not-on-curve] The public key is not a valid curve point.
        [too-long] The key text is longer than any supported key needs.
        [not-base58] The key text is not valid base58btc.
        [rsa-modulus-even] The RSA public key is invalid: its modulus is even or zero (an RSA modulus is a product of odd primes).
        [rsa-modulus-too-small] The RSA public key is invalid: its modulus is not larger than the public exponent.
        [rsa-exponent-even] The RSA public key is invalid: its public exponent is even.
        [rsa-exponent-too-small] The RSA public key is invalid: its public exponent is below 3.
        [rsa-exponent-too-large] The RSA public key is invalid: its public exponent is above 2^33 − 1.
       *[other] The key bytes are not a valid key.
    }

rsa-key-too-small = The issuer's key is too weak to be trusted: someone else could have made this signature.
    .detail = The RSA key's modulus is { $bits ->
        [one] { $bits } bit
       *[other] { $bits } bits
    } long; keys under 2048 bits can be factored and are not accepted (RFC 7518 §3.3).

rsa-key-weak = The issuer's key was made by a flawed key generator, so anyone could have made this signature. Do not trust it; the issuer should be told.
    .detail = The RSA key has the ROCA structure (CVE-2017-15361: Infineon chips, 2012-2017): its private key can be computed from the public key.

multikey-invalid = The issuer's key is malformed or of a kind that cannot sign, so the signature cannot be checked.
    .detail = { $reason ->
        [not-base58btc] A Multikey must be multibase base58btc (starting with `z`).
        [too-long] The Multikey text is longer than any supported key needs.
        [not-base58] The Multikey is not valid base58btc.
        [no-codec] The Multikey has no valid multicodec prefix.
        [wrong-length] The Multikey carries the wrong number of key bytes for its multicodec.
        [codec-x25519] The Multikey is x25519-pub (0xec), a key-agreement key, not a signing key.
        [codec-private-key] The Multikey is a PRIVATE key (ed25519-priv or p256-priv), which must never be published.
       *[other] The Multikey's multicodec is unknown.
    } Only ed25519-pub (0xed, `z6Mk…`), p256-pub (0x1200, `zDn…`) and p384-pub (0x1201, `z82…`) are accepted.

pem-invalid = The issuer's key is malformed, so the signature cannot be checked.
    .detail = { $reason ->
        [too-long] The PEM text is longer than any public key needs.
        [no-begin] The text does not start with `-----BEGIN `.
        [begin-unterminated] The PEM BEGIN line is not terminated by `-----`.
        [no-end] The PEM text does not end with the matching END line.
        [headers] The PEM body contains headers or a second block; expected one plain key block.
        [not-base64] The PEM body is not valid base64.
        [spki-der] The SubjectPublicKeyInfo does not parse (strict DER).
        [spki-unused-bits] The SubjectPublicKeyInfo key bit string has unused bits.
        [pkcs1-der] The PKCS#1 RSAPublicKey does not parse (strict DER).
        [rsa-parameters] The rsaEncryption SubjectPublicKeyInfo has parameters other than NULL (RFC 3279 §2.3.1).
        [ed25519-parameters] The Ed25519 SubjectPublicKeyInfo has parameters, which RFC 8410 §3 forbids.
        [ec-no-curve] The EC key does not name its curve.
       *[other] The text is not a PEM public key.
    }

pem-private-key = The issuer published its secret signing key, so anyone could have signed this badge. Do not trust it; the issuer should be told.
    .detail = The PEM block is a `{ $text }`: a published key must be public only.

did-invalid = The badge names its signing key in a form that cannot be read, so the signature cannot be checked.
    .detail = { $reason ->
        [too-long] The DID URL is longer than the 8192 bytes accepted.
       *[other] The text is not a DID (expected `did:<method>:<id>`, method in lowercase letters and digits).
    }

did-key-invalid = The badge names its signing key in a form that cannot be read, so the signature cannot be checked.
    .detail = { $reason ->
        [path-or-query] The did:key has a path, query or version segment; a did:key is `did:key:<multibase key>` with an optional `#<same key>` fragment.
        [wrong-fragment] The did:key fragment does not repeat the key; the only verification method of a did:key is `did:key:<key>#<key>`.
       *[other] The did:key is malformed.
    }

did-jwk-invalid = The badge names its signing key in a form that cannot be read, so the signature cannot be checked.
    .detail = { $reason ->
        [path-or-query] The did:jwk has a path or query; a did:jwk is `did:jwk:<base64url JWK>` with an optional `#0` fragment.
        [wrong-fragment] The did:jwk fragment is not `#0`, its only verification method.
        [not-base64url] The did:jwk id is not unpadded base64url.
        [not-json] The did:jwk id is not a JSON JWK.
        [encryption-key] The did:jwk key is marked `use: enc`: it is a key-agreement key and cannot make assertions.
       *[other] The did:jwk is malformed.
    }

did-web-invalid = The badge names its signing key at a web address that cannot be used, so the signature cannot be checked.
    .detail = { $reason ->
        [not-did-web] The text does not start with `did:web:`.
        [port] The did:web port is not a number from 1 to 65535.
        [host-empty] The did:web host is empty.
        [host-too-long] The did:web host is longer than 253 characters.
        [host-not-domain] The did:web host is not a domain name (letters, digits, `-` and `.` only; a port must be written `%3A`).
        [host-ip] The did:web host is an IP address; the did:web method allows domain names only.
        [segment-empty] A did:web path segment is empty or a relative step (`.`/`..`).
        [segment-escape] A did:web path segment has a `%` not followed by two hex digits.
        [segment-char] A did:web path segment contains a character a DID cannot contain.
       *[other] The did:web is not usable.
    }

did-document-invalid = The issuer's key document is not usable, so the signature cannot be checked.
    .detail = { $reason ->
        [not-object] The DID or controller document is not a JSON object.
        [defined-twice] The document { $url } defines the verification method more than once, differently; it is ambiguous which key is meant.
       *[other] The DID or controller document { $url } is not usable.
    }

did-document-mismatch = The key document found describes someone else, so it cannot vouch for this badge.
    .detail = The document fetched for { $url } has `id` "{ $text }"; a document that describes another identifier cannot vouch for this one.

key-not-found = The issuer's key document does not contain the key that signed this badge, so the signature cannot be checked.
    .detail = { $reason ->
        [listed-not-defined] The document { $url } lists { $key } but does not define it; methods defined in other documents are not followed.
       *[other] The document { $url } does not define the verification method { $key }.
    }

key-not-authorized = The key that signed this badge exists, but its owner has not allowed it to sign badges.
    .detail = { $reason ->
        [other-relationship] The verification method { $key } is listed in { $url } only under other relationships, not under `{ $property }`.
       *[other] The verification method { $key } is not listed under any verification relationship in { $url }, so not under `{ $property }`.
    }

vm-invalid = The issuer's key entry is malformed, so the signature cannot be checked.
    .detail = { $reason ->
        [controller-not-string] The verification method { $key } has a `controller` that is not a string.
        [no-controller] The verification method { $key } has no `controller`, so nothing says whose key it is.
        [no-key-material] The verification method { $key } has no `publicKeyMultibase`, `publicKeyJwk` or `publicKeyBase58`.
        [several-key-materials] The verification method { $key } has several key representations.
        [type-member-mismatch] The verification method { $key } carries its key in another member than its `type` requires.
        [not-string] The verification method { $key } has a key member that is not a string.
        [encryption-key] The verification method { $key } has a JWK marked as an encryption key (`use: enc`, or `key_ops` naming only encryption operations), which cannot sign.
        [type-key-mismatch] The verification method { $key } is of type Ed25519VerificationKey but holds another kind of key.
       *[other] The verification method { $key } is malformed.
    }

vm-private-key = The issuer published its secret signing key, so anyone could have signed this badge. Do not trust it; the issuer should be told.
    .detail = The verification method { $key } publishes private key material (`{ $member }`).

vm-key-mismatch = The issuer's documents disagree about which key this is, so it cannot be trusted.
    .detail = The controller document { $url } defines { $key } with a different key from the one its own document publishes.

unsupported-cryptosuite = This badge is signed with a method this verifier does not support, so its signature could not be checked.
    .detail = The proof type "{ $suite }" is not supported.

key-unresolved = The issuer's key could not be obtained, so the signature could not be checked. Try again later, or online.
    .detail = { $reason ->
        [did-method] The key { $key } uses a DID method this verifier does not support.
        [pending] The key { $key } was still being fetched.
        [offline] The key { $key } was not fetched from { $url }: offline mode is on.
        [timeout] The key { $key } could not be fetched from { $url }: the server did not answer in time.
        [connection] The key { $key } could not be fetched from { $url }: the server could not be reached.
        [cors] The key { $key } could not be fetched from { $url }: the browser blocked the request (CORS).
        [status] The key { $key } could not be fetched from { $url }: the server answered HTTP { $status }.
        [too-large] The key { $key } could not be fetched from { $url }: the response was larger than allowed.
        [redirects] The key { $key } could not be fetched from { $url }: too many redirects.
        [redirected-off-site] The key { $key } could not be used: { $url } redirected to another site.
        [not-json] The document at { $url } for the key { $key } is not usable JSON.
        [too-many-documents] The key { $key } was not fetched from { $url }: more documents would be needed than `max_fetches` allows.
       *[other] The key { $key } could not be fetched from { $url }.
    }

key-not-bound = The signature is genuine, but nothing shows that the key belongs to the issuer named in the badge.
    .detail = { $reason ->
        [other-controller] The key belongs to { $key }, and nothing shows that this key speaks for the issuer.
        [not-on-issuer-site] The key at { $key } is not on the issuer's site.
        [no-web-origin] The key comes from the token itself, and the issuer has no web origin to publish its keys.
        [jwks-unavailable] The issuer's key set at { $key } could not be fetched, so nothing shows the key is the issuer's.
        [controller-unavailable] The controller document { $key } could not be fetched.
        [embedded] The key is embedded in the proof itself (controller { $key }); nothing from the issuer confirms it.
        [fragment-unresolvable] The key is written in the address { $key }, which cannot be looked up, so nothing from the issuer confirms it.
       *[other] Nothing ties the key { $key } to the issuer.
    }

key-not-issuer = This badge was signed with someone else's key, not the issuer's. Do not trust it.
    .detail = The credential claims the issuer { $issuer }, but it was signed with the key { $key }, which is not the issuer's.

jwks-invalid = The issuer's published list of keys is malformed, so it cannot confirm the key.
    .detail = The JWK Set is not a JSON object with a `keys` array (RFC 7517 §5).

jwks-kid-ambiguous = The issuer's published list of keys names several different keys the same way, so it cannot confirm which one signed this badge.
    .detail = Several entries of the issuer's key set have `kid` "{ $kid }" with different keys.

jwks-key-mismatch = The key that signed this badge is not the key the issuer publishes under that name. Do not trust it.
    .detail = The issuer's key set has `kid` "{ $kid }" for another key than the one the token carries.

jwks-iss-mismatch = The issuer's published key is marked as belonging to someone else, so it does not vouch for this badge.
    .detail = The matching key in the issuer's key set has `iss` "{ $text }", but the issuer is { $issuer }.

jwks-key-use = The issuer's published key is meant for encryption, not for signing, so it does not vouch for this badge.
    .detail = The matching key in the issuer's key set is an encryption key (`use: enc`, or `key_ops` naming only encryption operations).

key-bound = The key that signed this badge belongs to the issuer.
    .detail = The key is provably the issuer's: the issuer's own DID, listed in its DID or controller document or key set, or published by the issuer as its own.

key-from-fragment = The signature is genuine, but the issuer has not confirmed that the key belongs to it.
    .detail = The key was read from the verification method's URL fragment, and the document at that URL does not confirm it.

## Codes: revocation, the pipeline, hosted badges (`revocation`, `recipient`, any check)

in-period = The badge is within the dates it is valid for.
    .detail = { $dates ->
        [issue-and-expiry] The current time is between the issue date and the expiry date.
        [issue] The current time is after the issue date; the badge states no expiry date.
        [expiry] The current time is before the expiry date; the badge states no issue date.
       *[other] The badge states no dates.
    } The dates are in the report's `issued` and `expires`.

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
    .detail = The status index { $index } is outside the status list, which holds { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    } of the entry's `statusSize`.

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

status-list-short = The issuer's revocation list is smaller than the standard asks, which can make it easier to tell which badge is being checked. It was read all the same.
    .detail = The status list at { $url } holds { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, fewer than the 131072 the Bitstring Status List specification asks for to protect holders' privacy.

recipient-not-requested = No recipient was given to check this badge against.
    .detail = Give an email address, URL or other identifier to check whether the badge was issued to it.

recipient-not-stated = The badge does not say whom it was issued to, so it cannot be checked against a person.
    .detail = The badge states no recipient identity (`credentialSubject.id` / `identifier`, or OB 2.0 `recipient.identity`) to compare with.

recipient-match = The badge was issued to the person given.

recipient-mismatch = The badge was issued to someone else than the person given.

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

hidden-characters = Some text in this badge contains invisible characters or characters that change the direction of text; they are shown as ⟨U+XXXX⟩ so that the text cannot pass for other text.
    .detail = Bidirectional-control, zero-width or other invisible code points were replaced by ⟨U+XXXX⟩ in the report's display fields; `credential` keeps the original text.

not-an-open-badge = This file is not an Open Badge.
    .detail = Neither an Open Badges 3.0 credential (`OpenBadgeCredential` / `AchievementCredential`) nor an Open Badges 2.0 assertion.

no-issuer = The badge does not say who issued it.
    .detail = No `issuer` (OB 3.0) or `badge.issuer` (OB 2.0).

no-subject = The badge does not say what it was awarded for or to whom.
    .detail = No `credentialSubject`.

no-achievement = The badge does not say what was achieved.
    .detail = No `credentialSubject.achievement` (OB 3.0) or `badge` (OB 2.0).
