//! The badge data models: classification, structural schema checks, validity periods,
//! recipient matching and the display summary. Pure functions over parsed JSON.

pub mod recipient;
pub mod schema;

use crate::code::{Param, Params};
use crate::json::Value;
use crate::report::{BadgeInfo, IssuerInfo, RecipientInfo, Spec};
use crate::Code;
use crate::{Error, Result, Timestamp};

/// VC Data Model 1.1 base context.
pub const VC_V1: &str = "https://www.w3.org/2018/credentials/v1";
/// VC Data Model 2.0 base context.
pub const VC_V2: &str = "https://www.w3.org/ns/credentials/v2";

/// The values of a JSON-LD property that may be one value or an array of values.
pub fn values(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(a)) => a,
        Some(v) => std::slice::from_ref(v),
        None => &[],
    }
}

/// The `type` strings of a node (`type` or `@type`, one value or many).
pub fn types(node: &Value) -> impl Iterator<Item = &str> {
    values(node.get("type").or_else(|| node.get("@type")))
        .iter()
        .filter_map(Value::as_str)
}

/// Whether the node's `type` includes `t`.
pub fn has_type(node: &Value, t: &str) -> bool {
    types(node).any(|x| x == t)
}

/// The `id` of a node that is either an IRI string or an object with an `id`.
pub fn id_of(v: Option<&Value>) -> Option<&str> {
    match v? {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("id").or_else(|| o.get("@id"))?.as_str(),
        _ => None,
    }
}

fn str_of<'a>(node: &'a Value, key: &str) -> Option<&'a str> {
    node.get(key).and_then(Value::as_str)
}

/// The OB 1.1 JSON-LD context (`https://w3id.org/openbadges/v1`) and its published copy.
const OB1_CONTEXTS: [&str; 2] = [
    "https://w3id.org/openbadges/v1",
    "https://openbadgespec.org/v1/context.json",
];

/// Which Open Badges version a JSON document is (specs §1.7), if any.
///
/// As 1EdTech's `badgecheck` decides: a VC context or type is OB 3.0; the 1.1 context
/// `https://w3id.org/openbadges/v1` is 1.1, any other Open Badges context (or the 2.0 term
/// `verification` without 1.x's `verify`) 2.0; without a context, a `recipient` that is a
/// string (or a `badge` embedding an `issuer` with an
/// `origin`, and no `verify`) is 0.5, and any other assertion-like document 1.0.
pub fn classify(doc: &Value) -> Option<Spec> {
    if !doc.is_object() {
        return None;
    }
    let contexts = values(doc.get("@context"));
    let ctx_has = |needle: &str| {
        contexts
            .iter()
            .any(|c| c.as_str().is_some_and(|s| s.contains(needle)))
    };
    if has_type(doc, "VerifiableCredential") || ctx_has(VC_V1) || ctx_has(VC_V2) {
        Some(Spec::Ob3)
    } else if OB1_CONTEXTS.iter().any(|c| ctx_has(c)) {
        Some(Spec::Ob11)
    } else if ctx_has("openbadges")
        || ctx_has("openbadgespec.org")
        || (doc.get("verification").is_some() && doc.get("verify").is_none())
    {
        // `verification` is the 2.0 term (1.x wrote `verify`): a 2.0 assertion that only
        // lacks its context.
        Some(Spec::Ob2)
    } else if doc.get("recipient").is_some_and(Value::is_string)
        || (doc.get("verify").is_none()
            && doc.get("verification").is_none()
            && doc
                .get("badge")
                .and_then(|b| b.get("issuer"))
                .is_some_and(|i| i.get("origin").is_some()))
    {
        Some(Spec::Ob05)
    } else if doc.get("recipient").is_some() || doc.get("badge").is_some() {
        Some(Spec::Ob10)
    } else {
        None
    }
}

/// A parsed date together with the property it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedValue {
    /// The property name (`validFrom`, `issuedOn`, `nbf`, …).
    pub property: &'static str,
    /// The instant.
    pub at: Timestamp,
    /// Whether the text was not RFC 3339 (a legacy form read leniently).
    pub legacy: bool,
}

/// Reads a date property (string or number) leniently. An empty string counts as absent.
///
/// # Errors
/// `date-invalid` when the property is present but is not a date.
pub fn date(node: &Value, property: &'static str) -> Result<Option<DatedValue>> {
    let unix = |secs: Option<i64>| {
        secs.and_then(Timestamp::from_unix)
            .map(|t| (t, crate::time::DateForm::UnixSeconds))
    };
    let parsed = match node.get(property) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(None),
        Some(Value::String(s)) => {
            Timestamp::parse_lenient(s).or_else(|| fractional_seconds(s.trim()))
        }
        Some(Value::Number(n)) => unix(n.as_i64().or_else(|| {
            let f = n.as_f64();
            // Whole seconds of a fractional Unix time (OB 1.x); `as` saturates, and
            // `from_unix` refuses anything outside years 0000..=9999.
            #[allow(clippy::as_conversions, clippy::cast_possible_truncation)]
            f.is_finite().then(|| f.floor() as i64)
        })),
        Some(_) => None,
    };
    match parsed {
        Some((at, form)) => Ok(Some(DatedValue {
            property,
            at,
            legacy: form != crate::time::DateForm::Rfc3339,
        })),
        None => Err(Error::with(
            Code::DateInvalid,
            Params::new().with(Param::Property, property).with(
                Param::Text,
                node.get(property).map(Value::to_string).unwrap_or_default(),
            ),
        )),
    }
}

/// A Unix time written with a fraction, `1500423730.5` (seen in OB 1.x badges; 1EdTech's
/// validator reads it), read to its whole second; `None` for anything else.
fn fractional_seconds(s: &str) -> Option<(Timestamp, crate::time::DateForm)> {
    let (int, frac) = s.split_once('.')?;
    if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // The whole seconds are what `parse_lenient` reads as Unix seconds.
    Timestamp::parse_lenient(int).filter(|(_, f)| *f == crate::time::DateForm::UnixSeconds)
}

/// Start and end of a validity period, with the properties they came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Period {
    /// Issue / valid-from instant.
    pub from: Option<DatedValue>,
    /// Expiry / valid-until instant.
    pub until: Option<DatedValue>,
    /// Date properties that are present but cannot be read (`date-invalid`): the period is
    /// judged on the others, and what these would have said stays unsettled.
    pub unreadable: Vec<Error>,
}

/// The validity period a credential states: OB 3.0 `validFrom`/`validUntil` (VC 2.0) or
/// `issuanceDate`/`expirationDate` (VC 1.1), OB 2.0 `issuedOn`/`expires` (0.5: `issued_on`).
/// A date that cannot be read is listed in [`Period::unreadable`] rather than hiding the
/// others.
pub fn period(doc: &Value, spec: Spec) -> Period {
    let mut unreadable = Vec::new();
    let mut read = |property| {
        date(doc, property).unwrap_or_else(|e| {
            unreadable.push(e);
            None
        })
    };
    let (from, until) = match spec {
        Spec::Ob3 => (
            read("validFrom").or_else(|| read("issuanceDate")),
            read("validUntil").or_else(|| read("expirationDate")),
        ),
        // 0.5 wrote `issued_on`; badgecheck reads either.
        Spec::Ob05 => (
            read("issuedOn").or_else(|| read("issued_on")),
            read("expires"),
        ),
        _ => (read("issuedOn"), read("expires")),
    };
    Period {
        from,
        until,
        unreadable,
    }
}

/// The params of `in-period`: `dates`, which dates the badge states (`issue-and-expiry`,
/// `issue`, `expiry`, `none`; the dates themselves are the report's `issued` and `expires`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InPeriod(pub Params);

/// Judges a validity period at `now` with `skew` seconds of tolerance.
///
/// # Errors
/// `not-yet-valid`, `expired` or `expiry-before-issue`, each naming the dates.
pub fn judge_period(p: &Period, now: Timestamp, skew: i64) -> Result<InPeriod> {
    if let (Some(f), Some(u)) = (&p.from, &p.until) {
        if u.at < f.at {
            return Err(Error::with(
                Code::ExpiryBeforeIssue,
                Params::new()
                    .with(Param::Property, u.property)
                    .with(Param::Date, u.at.to_string())
                    .with(Param::IssueProperty, f.property)
                    .with(Param::IssueDate, f.at.to_string()),
            ));
        }
    }
    if let Some(f) = &p.from {
        if f.at > now.plus_secs(skew) {
            return Err(Error::with(
                Code::NotYetValid,
                Params::new()
                    .with(Param::Property, f.property)
                    .with(Param::Date, f.at.to_string()),
            ));
        }
    }
    if let Some(u) = &p.until {
        if u.at < now.plus_secs(-skew) {
            return Err(Error::with(
                Code::Expired,
                Params::new()
                    .with(Param::Property, u.property)
                    .with(Param::Date, u.at.to_string()),
            ));
        }
    }
    let dates = match (&p.from, &p.until) {
        (Some(_), Some(_)) => "issue-and-expiry",
        (Some(_), None) => "issue",
        (None, Some(_)) => "expiry",
        (None, None) => "none",
    };
    Ok(InPeriod(Params::new().with(Param::Dates, dates)))
}

/// Keeps an image reference only if it is safe to show: `https:` URLs and `data:image/`
/// URIs. Anything else (javascript:, http:, relative) is dropped.
pub fn safe_image(v: Option<&Value>) -> Option<String> {
    let s = id_of(v)?;
    let lower = s.get(..11).unwrap_or(s).to_ascii_lowercase();
    (lower.starts_with("https:") || lower.starts_with("data:image/")).then(|| s.to_owned())
}

/// The host of an issuer id: the authority of an http(s) URL, or of a `did:web`.
pub fn host_of(id: &str) -> Option<String> {
    if let Some(rest) = id
        .strip_prefix("https://")
        .or_else(|| id.strip_prefix("http://"))
    {
        let authority = rest.split(['/', '?', '#']).next()?;
        let host = authority.rsplit('@').next()?;
        return (!host.is_empty()).then(|| host.to_ascii_lowercase());
    }
    let rest = id.strip_prefix("did:web:")?;
    let host = rest.split([':', '#', '?', '/']).next()?;
    Some(
        host.replace("%3A", ":")
            .replace("%3a", ":")
            .to_ascii_lowercase(),
    )
}

/// The host of an OB 0.5 issuer `origin`: `https://example.org:8443` or a bare
/// `example.org`.
pub fn origin_host(origin: &str) -> Option<String> {
    if origin.contains("://") {
        return host_of(origin);
    }
    let host = origin.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The issuer node of a credential or BadgeClass (object, or an id string).
pub fn issuer_info(issuer: Option<&Value>) -> Option<IssuerInfo> {
    let issuer = issuer?;
    let id = id_of(Some(issuer)).map(str::to_owned);
    // OB 0.5 issuers have no id; their `origin` is the site that hosts their badges.
    let origin = str_of(issuer, "origin").filter(|_| id.is_none());
    Some(IssuerInfo {
        host: id
            .as_deref()
            .and_then(host_of)
            .or_else(|| origin.and_then(origin_host)),
        name: str_of(issuer, "name").map(str::to_owned),
        url: str_of(issuer, "url").or(origin).map(str::to_owned),
        id,
    })
}

fn criteria(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        o @ Value::Object(_) => str_of(o, "narrative")
            .or_else(|| str_of(o, "id"))
            .map(str::to_owned),
        _ => None,
    }
}

/// Display information for an achievement (OB 3.0) or BadgeClass (OB 2.0) node.
pub fn badge_info(node: &Value) -> BadgeInfo {
    match node {
        Value::String(id) => BadgeInfo {
            id: Some(id.clone()),
            ..BadgeInfo::default()
        },
        _ => BadgeInfo {
            id: id_of(Some(node)).map(str::to_owned),
            name: str_of(node, "name").map(str::to_owned),
            description: str_of(node, "description").map(str::to_owned),
            image: safe_image(node.get("image")),
            criteria: criteria(node.get("criteria")),
        },
    }
}

/// The OB 3.0 credential subject (the first one when several are given).
pub fn subject(cred: &Value) -> Option<&Value> {
    values(cred.get("credentialSubject")).first()
}

/// Display information about the recipient (no match attempted).
pub fn recipient_info(doc: &Value, spec: Spec) -> Option<RecipientInfo> {
    match spec {
        Spec::Ob3 => {
            let s = subject(doc)?;
            let ident = values(s.get("identifier")).first();
            let hashed = ident.is_some_and(|i| i.get("hashed") == Some(&Value::Bool(true)));
            let plain = ident
                .filter(|_| !hashed)
                .and_then(|i| str_of(i, "identityHash"));
            Some(RecipientInfo {
                id: str_of(s, "id").or(plain).map(str::to_owned),
                name: str_of(s, "name").map(str::to_owned),
                kind: ident
                    .and_then(|i| str_of(i, "identityType"))
                    .map(str::to_owned),
                hashed: str_of(s, "id").is_none() && hashed,
                matched: None,
            })
        }
        Spec::Ob2 | Spec::Ob11 | Spec::Ob10 | Spec::Ob05 => {
            let r = doc.get("recipient")?;
            if let Value::String(s) = r {
                // OB 0.5: the recipient is a hashed email string
                return Some(RecipientInfo {
                    kind: Some("email".to_owned()),
                    hashed: s.contains('$'),
                    id: (!s.contains('$')).then(|| s.clone()),
                    ..RecipientInfo::default()
                });
            }
            let hashed = r.get("hashed") == Some(&Value::Bool(true));
            Some(RecipientInfo {
                id: str_of(r, "identity").filter(|_| !hashed).map(str::to_owned),
                name: None,
                kind: str_of(r, "type").map(str::to_owned),
                hashed,
                matched: None,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::json;

    fn at(s: &str) -> Timestamp {
        Timestamp::parse_rfc3339(s).unwrap()
    }

    #[test]
    fn classifies_generations() {
        assert_eq!(
            classify(&json!({"@context": [VC_V2], "type": ["VerifiableCredential"]})),
            Some(Spec::Ob3)
        );
        assert_eq!(
            classify(&json!({"@context": "https://w3id.org/openbadges/v2", "type": "Assertion"})),
            Some(Spec::Ob2)
        );
        assert_eq!(
            classify(&json!({"recipient": "sha256$abc", "badge": "x"})),
            Some(Spec::Ob05)
        );
        assert_eq!(
            classify(
                &json!({"recipient": {"identity": "a@b.c"}, "badge": "https://x/b",
                "verify": {"type": "hosted", "url": "https://x/a"}})
            ),
            Some(Spec::Ob10)
        );
        assert_eq!(
            classify(&json!({"@context": "https://w3id.org/openbadges/v1", "type": "Assertion"})),
            Some(Spec::Ob11)
        );
        assert_eq!(
            classify(
                &json!({"recipient": {"identity": "sha256$ab"}, "badge": {"name": "n",
                "issuer": {"origin": "https://x.org", "name": "X"}}})
            ),
            Some(Spec::Ob05),
            "an embedded issuer with an origin and no verify is 0.5"
        );
        assert_eq!(
            classify(
                &json!({"recipient": {"identity": "a@b.c"}, "badge": "https://x/b",
                "verification": {"type": "SignedBadge"}})
            ),
            Some(Spec::Ob2),
            "2.0 vocabulary without its context"
        );
        assert_eq!(classify(&json!({"hello": 1})), None);
        assert_eq!(classify(&json!([1])), None);
    }

    #[test]
    fn judges_periods() {
        let doc =
            json!({"validFrom": "2024-01-01T00:00:00Z", "validUntil": "2025-01-01T00:00:00Z"});
        let p = period(&doc, Spec::Ob3);
        assert!(judge_period(&p, at("2024-06-01T00:00:00Z"), 300).is_ok());
        assert_eq!(
            judge_period(&p, at("2026-01-01T00:00:00Z"), 300)
                .unwrap_err()
                .code,
            Code::Expired
        );
        assert_eq!(
            judge_period(&p, at("2023-01-01T00:00:00Z"), 300)
                .unwrap_err()
                .code,
            Code::NotYetValid
        );
        assert!(
            judge_period(&p, at("2023-12-31T23:58:00Z"), 300).is_ok(),
            "skew tolerated"
        );
        let bad = json!({"issuedOn": "2020-01-02", "expires": "2020-01-01"});
        let p = period(&bad, Spec::Ob2);
        let e = judge_period(&p, at("2020-01-01T12:00:00Z"), 0).unwrap_err();
        assert_eq!(e.code, Code::ExpiryBeforeIssue);
        assert_eq!(
            e.params,
            Params::new()
                .with(Param::Property, "expires")
                .with(Param::Date, "2020-01-01T00:00:00Z")
                .with(Param::IssueProperty, "issuedOn")
                .with(Param::IssueDate, "2020-01-02T00:00:00Z")
        );
        let only_from = period(&json!({"issuedOn": "2020-01-02"}), Spec::Ob2);
        assert_eq!(
            judge_period(&only_from, at("2021-01-01T00:00:00Z"), 0).unwrap(),
            InPeriod(Params::new().with(Param::Dates, "issue"))
        );
        let legacy = period(&json!({"issuedOn": 1403120715}), Spec::Ob2);
        assert!(legacy.from.is_some_and(|d| d.legacy));
        // An unreadable date does not hide a readable one; an empty one counts as absent.
        let p = period(
            &json!({"validFrom": "soon", "validUntil": "2020-01-01T00:00:00Z"}),
            Spec::Ob3,
        );
        assert_eq!(p.unreadable.len(), 1);
        assert_eq!(p.unreadable[0].code, Code::DateInvalid);
        assert_eq!(
            p.unreadable[0].params,
            Params::new()
                .with(Param::Property, "validFrom")
                .with(Param::Text, "\"soon\"")
        );
        assert!(p.until.is_some());
        let p = period(
            &json!({"issuedOn": "2020-01-01", "expires": " "}),
            Spec::Ob2,
        );
        assert!(p.unreadable.is_empty() && p.until.is_none() && p.from.is_some());
    }

    #[test]
    fn reads_every_1x_date_form() {
        // badgecheck's own legacy-date cases (tests/test_legacy_versions.py): Unix seconds as
        // a number, as a string, with a fraction, and a bare ISO date.
        for (v, want) in [
            (json!(1500423730), "2017-07-19T00:22:10Z"),
            (json!("1500423730"), "2017-07-19T00:22:10Z"),
            (json!("1500423730.5"), "2017-07-19T00:22:10Z"),
            (json!(1500423730.5), "2017-07-19T00:22:10Z"),
            (json!("2016-05-15"), "2016-05-15T00:00:00Z"),
            (json!("2016-05-15T10:00:00"), "2016-05-15T10:00:00Z"),
            (json!("2016-05-15T10:00:00+02:00"), "2016-05-15T08:00:00Z"),
        ] {
            let d = date(&json!({ "issuedOn": v.clone() }), "issuedOn")
                .unwrap()
                .unwrap();
            assert_eq!(d.at.to_string(), want, "{v}");
        }
        for bad in [
            json!("1500423730."),
            json!(".5"),
            json!("15004x3730.5"),
            json!(1e300),
        ] {
            assert_eq!(
                date(&json!({ "issuedOn": bad.clone() }), "issuedOn")
                    .unwrap_err()
                    .code,
                Code::DateInvalid,
                "{bad}"
            );
        }
    }

    #[test]
    fn display_helpers_are_safe() {
        assert_eq!(safe_image(Some(&json!("javascript:alert(1)"))), None);
        assert_eq!(safe_image(Some(&json!("http://x/a.png"))), None);
        assert_eq!(
            safe_image(Some(&json!({"id": "https://x/a.png"}))).as_deref(),
            Some("https://x/a.png")
        );
        assert!(safe_image(Some(&json!("data:image/png;base64,AA"))).is_some());
        assert_eq!(
            host_of("https://User@Example.org:8443/issuer#k").as_deref(),
            Some("example.org:8443")
        );
        assert_eq!(
            host_of("did:web:www.credly.com:api:v1").as_deref(),
            Some("www.credly.com")
        );
        assert_eq!(
            host_of("did:web:localhost%3A3000").as_deref(),
            Some("localhost:3000")
        );
        assert_eq!(host_of("urn:uuid:1"), None);
    }
}
