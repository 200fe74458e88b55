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

json-syntax = The badge data is damaged or incomplete, so it cannot be read.
    .detail = Not valid JSON at line { $line }, column { $column }.

json-not-utf8 = The badge data is damaged, so it cannot be read.
    .detail = The JSON is not valid UTF-8 (byte { $offset }).

json-duplicate-key = The badge data states the same item twice, so what it says is unclear and it is not trusted.
    .detail = The JSON object has the member "{ $member }" twice; duplicate keys are refused because readers disagree on which one counts.

jws-malformed = The badge's signed data is damaged, so it cannot be read.
    .detail = The compact JWS is not three base64url segments.

jws-header-invalid = The badge's signed data is damaged, so it cannot be read.
    .detail = The JWS header is not a JSON object.

jws-payload-invalid = The badge's signed data is damaged, so it cannot be read.
    .detail = The JWS payload is not a JSON object.

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

## Codes: the structure of the badge (schema) and the Open Badges versions (group C)

## Codes: signatures, keys, DIDs, JOSE (proof, issuer-key; group B)

## Codes: dates, revocation, recipient, hosted badges, summaries (group D)

## Codes: notes (deviations that weaken nothing)
