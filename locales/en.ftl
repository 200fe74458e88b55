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

## Codes: reading the file and the badge data (container, payload; group A)

## Codes: the structure of the badge (schema) and the Open Badges versions (group C)

## Codes: signatures, keys, DIDs, JOSE (proof, issuer-key; group B)

## Codes: dates, revocation, recipient, hosted badges, summaries (group D)

## Codes: notes (deviations that weaken nothing)
