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

## Codes: signatures, keys, DIDs, JOSE (proof, issuer-key; group B)

## Codes: dates, revocation, recipient, hosted badges, summaries (group D)

## Codes: notes (deviations that weaken nothing)
