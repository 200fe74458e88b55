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

## Codes: notes (deviations that weaken nothing)
