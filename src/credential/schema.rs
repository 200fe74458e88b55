//! Structural checks of the Open Badges data models.
//!
//! OB 3.0: the required members and `type` values of the official 1EdTech JSON Schemas
//! (`achievementcredential.json`, `endorsementcredential.json`, `profile.json`), with
//! one-or-many values normalised first, as the 1EdTech validator does. OB 2.0: the required
//! properties of Assertion, BadgeClass and Profile from the OB 2.0 specification. The check
//! returns every problem found, so a user sees all of them at once.

use super::{has_type, id_of, values, VC_V1, VC_V2};
use crate::code::{Param, Params};
use crate::json::Value;
use crate::report::Spec;
use crate::Code;

/// Which OB 3.0 credential type is expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ob3Kind {
    /// `OpenBadgeCredential` / `AchievementCredential`.
    Achievement,
    /// `EndorsementCredential`.
    Endorsement,
    /// CLR 2.0 `ClrCredential` (subject `ClrSubject`), whose achievements are the
    /// credentials it holds, each checked on its own.
    Clr,
}

/// Whether a deviation makes the badge unreadable or only departs from the letter of a
/// specification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The badge's meaning cannot be read (not an Open Badge, no issuer, no achievement):
    /// the `schema` check fails.
    Fail,
    /// A deviation that weakens nothing the badge proves: reported as a note.
    Note,
}

/// One structural deviation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Fail or note.
    pub severity: Severity,
    /// Stable kebab-case code: `missing-member`, `missing-type`, `not-a-uri`,
    /// `nonstandard-context`, `no-recipient-identifier`, `image-data-uri`, `legacy-version`
    /// (notes) or
    /// `not-an-open-badge`, `no-issuer`, `no-subject`, `no-achievement` (failures).
    pub code: Code,
    /// Where, e.g. `credentialSubject[0].achievement.criteria`.
    pub path: String,
    /// What deviates, as data: the params of a note's code ([`Code::params`]); empty for a
    /// failure (its code and path say it all).
    pub params: Params,
}

struct Problems(Vec<Problem>);

/// `prefix` + `key` as a path: `credentialSubject[0].` + `id`.
fn join(prefix: &str, key: &str) -> String {
    format!("{prefix}{key}")
}

impl Problems {
    fn add(&mut self, severity: Severity, code: Code, path: String, params: Params) {
        self.0.push(Problem {
            severity,
            code,
            path,
            params,
        });
    }
    /// A note unless `ok`.
    fn note(&mut self, ok: bool, code: Code, path: String, params: impl FnOnce() -> Params) {
        if !ok {
            let m = params();
            self.add(Severity::Note, code, path, m);
        }
    }
    /// A failure unless `ok`.
    fn need(&mut self, ok: bool, code: Code, path: String) {
        if !ok {
            self.add(Severity::Fail, code, path, Params::new());
        }
    }
    /// A `missing-member` note unless `ok`: `key` at `path` should be `expected`.
    fn member(&mut self, ok: bool, path: String, key: &str, expected: &str) {
        self.note(ok, Code::MissingMember, path, || {
            Params::new()
                .with(Param::Property, key)
                .with(Param::Expected, expected)
        });
    }
    /// Notes a required string member that is absent or empty.
    fn want_str(&mut self, node: &Value, prefix: &str, key: &str) {
        self.member(
            node.get(key)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty()),
            join(prefix, key),
            key,
            "string",
        );
    }
    /// Notes a required member that is absent.
    fn want(&mut self, node: &Value, prefix: &str, key: &str) {
        self.member(node.get(key).is_some(), join(prefix, key), key, "present");
    }
    /// Notes a `type` that lacks `t`.
    fn want_type(&mut self, node: &Value, prefix: &str, t: &str) {
        self.note(
            has_type(node, t),
            Code::MissingType,
            join(prefix, "type"),
            || Params::new().with(Param::ExpectedType, t),
        );
    }
    /// Each node at `key` (one or many) that is an object should have `type` ⊇ `t`.
    fn typed_children(&mut self, node: &Value, prefix: &str, key: &str, t: &str) {
        for (i, child) in values(node.get(key)).iter().enumerate() {
            if child.is_object() {
                self.want_type(child, &format!("{prefix}{key}[{i}]."), t);
            }
        }
    }
}

/// A CLR 2.0 context: `https://purl.imsglobal.org/spec/clr/v2p0/context.json` or a
/// versioned `context-2.d.d.json`.
fn is_clr_context(s: &str) -> bool {
    s.strip_prefix("https://purl.imsglobal.org/spec/clr/v2p0/context")
        .is_some_and(|rest| rest == ".json" || (rest.starts_with("-2.") && rest.ends_with(".json")))
}

fn is_ob3_context(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://purl.imsglobal.org/spec/ob/v3p0/context") else {
        return false;
    };
    // `.json`, `-3.d.d.json`, and the historical alias `/ob_v3p0.jsonld`
    rest == ".json"
        || rest == "/ob_v3p0.jsonld"
        || rest
            .strip_prefix("-3.")
            .and_then(|r| r.strip_suffix(".json"))
            .is_some_and(|v| {
                let b = v.as_bytes();
                b.len() == 3 && b[0].is_ascii_digit() && b[1] == b'.' && b[2].is_ascii_digit()
            })
}

/// A Profile (issuer, creator, source): a URI or an object with an `id`. `required` says
/// whether the badge cannot be read without it (the issuer) or it only describes (the rest).
fn profile(p: &mut Problems, node: &Value, path: &str, required: bool) {
    let severity = if required {
        Severity::Fail
    } else {
        Severity::Note
    };
    match node {
        Value::String(s) => {
            if !s.contains(':') {
                p.add(
                    severity,
                    if required {
                        Code::NoIssuer
                    } else {
                        Code::NotAUri
                    },
                    path.to_owned(),
                    Params::new(),
                );
            }
        }
        Value::Object(_) => {
            let prefix = format!("{path}.");
            if required {
                p.need(
                    node.get("id")
                        .and_then(Value::as_str)
                        .is_some_and(|s| !s.is_empty()),
                    Code::NoIssuer,
                    join(&prefix, "id"),
                );
            } else {
                p.want_str(node, &prefix, "id");
            }
            p.want_type(node, &prefix, "Profile");
            if let Some(parent) = node.get("parentOrg").filter(|v| v.is_object()) {
                p.want_type(parent, &format!("{path}.parentOrg."), "Profile");
            }
            p.typed_children(node, &prefix, "otherIdentifier", "IdentifierEntry");
        }
        _ => p.add(
            severity,
            if required {
                Code::NoIssuer
            } else {
                Code::NotAUri
            },
            path.to_owned(),
            Params::new(),
        ),
    }
}

/// Deviations of an OB 3.0 credential from the official 1EdTech JSON Schema
/// (`achievementcredential.json` / `endorsementcredential.json`) and the VC data model; empty
/// when it conforms. Only what makes the credential unreadable as an Open Badge is a
/// [`Severity::Fail`]; `docs/conformance.md` has the table.
pub fn ob3(cred: &Value, kind: Ob3Kind) -> Vec<Problem> {
    let mut p = Problems(Vec::new());
    let ctx: Vec<&str> = values(cred.get("@context"))
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let v1 = ctx.contains(&VC_V1);
    p.note(
        ctx.first().is_some_and(|c| *c == VC_V1 || *c == VC_V2),
        Code::NonstandardContext,
        "@context".to_owned(),
        || Params::new().with(Param::Expected, "vc-first"),
    );
    p.note(
        ctx.iter()
            .any(|c| is_ob3_context(c) || (kind == Ob3Kind::Clr && is_clr_context(c))),
        Code::NonstandardContext,
        "@context".to_owned(),
        || Params::new().with(Param::Expected, "ob3"),
    );
    p.want_type(cred, "", "VerifiableCredential");
    match kind {
        Ob3Kind::Achievement => p.need(
            has_type(cred, "OpenBadgeCredential") || has_type(cred, "AchievementCredential"),
            Code::NotAnOpenBadge,
            "type".to_owned(),
        ),
        Ob3Kind::Endorsement => p.need(
            has_type(cred, "EndorsementCredential"),
            Code::NotAnOpenBadge,
            "type".to_owned(),
        ),
        Ob3Kind::Clr => p.need(
            has_type(cred, "ClrCredential"),
            Code::NotAnOpenBadge,
            "type".to_owned(),
        ),
    }
    p.want_str(cred, "", "id");
    match cred.get("issuer") {
        Some(i) => profile(&mut p, i, "issuer", true),
        None => p.add(
            Severity::Fail,
            Code::NoIssuer,
            "issuer".to_owned(),
            Params::new(),
        ),
    }
    if kind != Ob3Kind::Achievement {
        p.want_str(cred, "", "name");
    }
    if v1 {
        p.want_str(cred, "", "issuanceDate");
    } else {
        p.want_str(cred, "", "validFrom");
    }
    let subjects = values(cred.get("credentialSubject"));
    p.need(
        subjects.iter().any(Value::is_object),
        Code::NoSubject,
        "credentialSubject".to_owned(),
    );
    for (i, s) in subjects.iter().enumerate() {
        let prefix = format!("credentialSubject[{i}].");
        if kind == Ob3Kind::Endorsement {
            p.want(s, &prefix, "id");
            continue;
        }
        if kind == Ob3Kind::Clr {
            p.want_type(s, &prefix, "ClrSubject");
            continue;
        }
        subject(&mut p, s, &prefix);
    }
    p.typed_children(cred, "", "evidence", "Evidence");
    for key in [
        "credentialStatus",
        "credentialSchema",
        "refreshService",
        "termsOfUse",
        "proof",
    ] {
        for (i, n) in values(cred.get(key)).iter().enumerate() {
            p.want(n, &format!("{key}[{i}]."), "type");
        }
    }
    p.0
}

/// An `AchievementSubject` at `prefix` (`credentialSubject[i].`).
fn subject(p: &mut Problems, s: &Value, prefix: &str) {
    p.want_type(s, prefix, "AchievementSubject");
    let path = prefix.trim_end_matches('.').to_owned();
    p.note(
        // The same test as `recipient::stated`: an empty `identifier` list names nobody.
        s.get("id").is_some() || !values(s.get("identifier")).is_empty(),
        Code::NoRecipientIdentifier,
        path,
        Params::new,
    );
    p.typed_children(s, prefix, "identifier", "IdentityObject");
    for (j, ident) in values(s.get("identifier")).iter().enumerate() {
        let ip = format!("{prefix}identifier[{j}].");
        p.want_str(ident, &ip, "identityHash");
        p.want_str(ident, &ip, "identityType");
        p.member(
            ident.get("hashed").is_some_and(Value::is_boolean),
            join(&ip, "hashed"),
            "hashed",
            "boolean",
        );
    }
    p.typed_children(s, prefix, "result", "Result");
    if let Some(src) = s.get("source") {
        profile(p, src, &join(prefix, "source"), false);
    }
    match s.get("achievement") {
        Some(a @ Value::Object(_)) => {
            let ap = join(prefix, "achievement.");
            p.want_str(a, &ap, "id");
            p.want_type(a, &ap, "Achievement");
            p.want_str(a, &ap, "name");
            p.want_str(a, &ap, "description");
            p.member(
                a.get("criteria").is_some_and(Value::is_object),
                join(&ap, "criteria"),
                "criteria",
                "object",
            );
            p.typed_children(a, &ap, "resultDescription", "ResultDescription");
            p.typed_children(a, &ap, "alignment", "Alignment");
            if let Some(c) = a.get("creator") {
                profile(p, c, &join(&ap, "creator"), false);
            }
        }
        _ => p.add(
            Severity::Fail,
            Code::NoAchievement,
            join(prefix, "achievement"),
            Params::new(),
        ),
    }
}

const OB2_CONTEXTS: [&str; 4] = [
    "https://w3id.org/openbadges/v2",
    "https://w3id.org/openbadges/v1",
    "https://openbadgespec.org/v2/context.json",
    "https://openbadgespec.org/v1/context.json",
];

/// Deviations of an OB 2.0 Assertion from the OB 2.0 specification ([`assertion`] for 2.0).
pub fn ob2_assertion(a: &Value) -> Vec<Problem> {
    assertion(a, Spec::Ob2)
}

/// Deviations of an OB 2.0 BadgeClass ([`badge_class`] for 2.0).
pub fn ob2_badge_class(b: &Value) -> Vec<Problem> {
    badge_class(b, Spec::Ob2)
}

/// Deviations of an OB 2.0 issuer Profile ([`issuer`] for 2.0).
pub fn ob2_issuer(i: &Value) -> Vec<Problem> {
    issuer(i, Spec::Ob2)
}

/// Deviations of an Assertion from its version's specification (2.0, or 0.5 / 1.0 / 1.1);
/// empty when it conforms. `badge`/`issuer` objects embedded in the assertion are checked
/// too. Only a missing BadgeClass or issuer is a [`Severity::Fail`]. What older versions
/// lack by design (1.0: `@context`, `type`, `id`; 0.5: `verify`) is no deviation: an older
/// assertion gets one `legacy-version` note instead.
pub fn assertion(a: &Value, spec: Spec) -> Vec<Problem> {
    let mut p = Problems(Vec::new());
    let legacy = spec.is_legacy();
    if legacy {
        p.add(
            Severity::Note,
            Code::LegacyVersion,
            String::new(),
            Params::new().with(Param::Version, spec.version()),
        );
    } else {
        let ctx = "@context".to_owned();
        match a.get("@context") {
            Some(Value::String(c)) => p.note(
                OB2_CONTEXTS.contains(&c.as_str()),
                Code::NonstandardContext,
                ctx,
                || Params::new().with(Param::Expected, "ob2"),
            ),
            Some(Value::Array(cs)) => p.note(
                cs.iter()
                    .any(|c| c.as_str().is_some_and(|c| OB2_CONTEXTS.contains(&c))),
                Code::NonstandardContext,
                ctx,
                || Params::new().with(Param::Expected, "ob2"),
            ),
            Some(Value::Object(_)) => {}
            _ => p.member(false, ctx, "@context", "present"),
        }
        p.want_type(a, "", "Assertion");
        p.want_str(a, "", "id");
    }
    match a.get("recipient") {
        Some(r @ Value::Object(_)) => {
            p.want_str(r, "recipient.", "identity");
            p.want_str(r, "recipient.", "type");
        }
        // 0.5: the (hashed) email itself.
        Some(Value::String(r)) if spec == Spec::Ob05 && !r.is_empty() => {}
        _ => p.note(
            false,
            Code::NoRecipientIdentifier,
            "recipient".to_owned(),
            Params::new,
        ),
    }
    if spec != Spec::Ob05 {
        let verification = a.get("verification").or_else(|| a.get("verify"));
        let path = "verification".to_owned();
        match verification {
            Some(v @ Value::Object(_)) => p.note(
                ["hosted", "HostedBadge", "signed", "SignedBadge"]
                    .iter()
                    .any(|t| has_type(v, t)),
                Code::MissingType,
                join(&path, ".type"),
                || Params::new().with(Param::ExpectedType, "HostedBadge|SignedBadge"),
            ),
            _ => p.member(false, path, "verification", "object"),
        }
        p.want(a, "", "issuedOn");
    }
    // 1.x allowed a data: URL here.
    if let Some(img) = id_of(a.get("image")).filter(|_| !legacy) {
        p.note(
            !img.starts_with("data:"),
            Code::ImageDataUri,
            "image".to_owned(),
            Params::new,
        );
    }
    match a.get("badge") {
        Some(b @ Value::Object(_)) => p.0.extend(badge_class(b, spec)),
        Some(Value::String(_)) => {}
        _ => p.add(
            Severity::Fail,
            Code::NoAchievement,
            "badge".to_owned(),
            Params::new(),
        ),
    }
    p.0
}

/// Deviations of a BadgeClass of version `spec`; only a missing issuer is a
/// [`Severity::Fail`].
pub fn badge_class(b: &Value, spec: Spec) -> Vec<Problem> {
    let mut p = Problems(Vec::new());
    if !spec.is_legacy() {
        p.want_type(b, "badge.", "BadgeClass");
        p.want_str(b, "badge.", "id");
    }
    for key in ["name", "description"] {
        p.want_str(b, "badge.", key);
    }
    p.want(b, "badge.", "image");
    p.want(b, "badge.", "criteria");
    match b.get("issuer") {
        Some(i @ Value::Object(_)) => p.0.extend(issuer(i, spec)),
        Some(Value::String(s)) if s.contains(':') => {}
        _ => p.add(
            Severity::Fail,
            Code::NoIssuer,
            "badge.issuer".to_owned(),
            Params::new(),
        ),
    }
    p.0
}

/// Deviations of an issuer Profile (1.x IssuerOrganization, 0.5 issuer) of version `spec`;
/// all notes: the issuer's identity is judged by the proof and hosted-origin checks.
pub fn issuer(i: &Value, spec: Spec) -> Vec<Problem> {
    let mut p = Problems(Vec::new());
    if !spec.is_legacy() {
        p.note(
            has_type(i, "Issuer") || has_type(i, "Profile"),
            Code::MissingType,
            "issuer.type".to_owned(),
            || Params::new().with(Param::ExpectedType, "Issuer|Profile"),
        );
        p.want_str(i, "issuer.", "id");
    }
    p.want_str(i, "issuer.", "name");
    // 0.5 named the issuer's site `origin`.
    let site = if spec == Spec::Ob05 { "origin" } else { "url" };
    p.want_str(i, "issuer.", site);
    p.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(path: &str) -> Value {
        let p = format!(
            "{}/tests/vectors/1edtech-validator/inspector-vc/src/test/resources/{path}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    }

    #[test]
    fn official_ob3_fixtures_conform_or_fail_as_documented() {
        for ok in [
            "simple.json",
            "simple_v1.json",
            "complete.json",
            "simple-eddsa-2022.json",
            "simple-context-version.json",
        ] {
            let v = fixture(&format!("ob30/{ok}"));
            assert_eq!(ob3(&v, Ob3Kind::Achievement), Vec::<Problem>::new(), "{ok}");
        }
        assert!(ob3(
            &fixture("ob30/endorsement-valid.json"),
            Ob3Kind::Endorsement
        )
        .is_empty());
        for (bad, needle) in [
            ("simple-err-type.json", "type"),
            ("simple-err-issuer.json", "issuer"),
            ("simple-err-context.json", "@context"),
            (
                "simple-err-credential-subject-type.json",
                "AchievementSubject",
            ),
            (
                "simple-err-credential-subject-identifier-type.json",
                "IdentityObject",
            ),
            ("simple-err-credential-subject-result-type.json", "Result"),
            (
                "simple-err-credential-subject-achievement-result-description-type.json",
                "ResultDescription",
            ),
            ("simple-err-credential-subject-profile-type.json", "Profile"),
            ("simple-err-evidence-type.json", "Evidence"),
            ("simple-err-issuer-type.json", "Profile"),
            ("simple-err-issuer-parentorg-type.json", "parentOrg"),
        ] {
            let problems = ob3(&fixture(&format!("ob30/{bad}")), Ob3Kind::Achievement);
            assert!(
                problems.iter().any(|m| m.path.contains(needle)
                    || m.params.iter().any(|(_, v)| v.to_string().contains(needle))),
                "{bad}: {problems:?}"
            );
        }
    }

    #[test]
    fn official_ob2_fixtures() {
        assert!(ob2_assertion(&fixture("ob20/basic-assertion.json")).is_empty());
        assert!(!ob2_assertion(&fixture("ob20/basic-assertion-invalid-context.json")).is_empty());
        assert!(ob2_badge_class(&fixture("ob20/assets/badgeclass1.json")).is_empty());
        assert!(ob2_issuer(&fixture("ob20/assets/issuer1.json")).is_empty());
    }

    /// A document change, and the one problem it must raise: severity, code, path.
    type Case = (
        (&'static str, Option<serde_json::Value>),
        Severity,
        Code,
        &'static str,
    );

    /// `got` holds the problem, and fails only if it is a failure.
    fn raises(got: &[Problem], severity: Severity, code: Code, at: &str, what: &str) {
        assert!(
            got.iter()
                .any(|p| (p.severity, p.code, p.path.as_str()) == (severity, code, at)),
            "{what}: want {severity:?} {code} at {at}, got {got:?}"
        );
        let fails = got.iter().filter(|p| p.severity == Severity::Fail).count();
        assert_eq!(
            fails,
            usize::from(severity == Severity::Fail),
            "{what}: {got:?}"
        );
    }

    /// `base` with `change` applied: `(pointer, None)` removes the member, `(pointer,
    /// Some(v))` sets it.
    fn changed(base: &str, change: (&str, Option<serde_json::Value>)) -> Value {
        let mut v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(base).unwrap()).unwrap();
        let (pointer, value) = change;
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let parent = v.pointer_mut(parent).unwrap();
        match (parent, value) {
            (serde_json::Value::Object(o), None) => {
                o.remove(key).unwrap();
            }
            (serde_json::Value::Object(o), Some(x)) => {
                o.insert(key.to_owned(), x);
            }
            (serde_json::Value::Array(a), Some(x)) => a[key.parse::<usize>().unwrap()] = x,
            (serde_json::Value::Array(a), None) => {
                a.remove(key.parse::<usize>().unwrap());
            }
            _ => panic!("{pointer}"),
        }
        serde_json::from_value(v).unwrap()
    }

    fn path(rel: &str) -> String {
        format!(
            "{}/tests/vectors/1edtech-validator/inspector-vc/src/test/resources/{rel}",
            env!("CARGO_MANIFEST_DIR")
        )
    }

    /// Every rule of `docs/conformance.md`'s structural table, both ways: the conforming
    /// base document raises nothing, and breaking the rule raises exactly that problem with
    /// the documented severity, code and path.
    #[test]
    fn every_ob3_rule_both_ways() {
        use serde_json::json;
        use Severity::{Fail, Note};
        let base = path("ob30/complete.json");
        let untouched = changed(&base, ("/name", Some(json!("renamed"))));
        assert_eq!(ob3(&untouched, Ob3Kind::Achievement), Vec::<Problem>::new());
        let cases: Vec<Case> = vec![
            (
                ("/@context/0", Some(json!("https://example.org/ctx"))),
                Note,
                Code::NonstandardContext,
                "@context",
            ),
            (
                ("/@context/1", Some(json!("https://example.org/ctx"))),
                Note,
                Code::NonstandardContext,
                "@context",
            ),
            (
                ("/type", Some(json!(["OpenBadgeCredential"]))),
                Note,
                Code::MissingType,
                "type",
            ),
            (
                ("/type", Some(json!(["VerifiableCredential"]))),
                Fail,
                Code::NotAnOpenBadge,
                "type",
            ),
            (("/id", None), Note, Code::MissingMember, "id"),
            (("/issuer", None), Fail, Code::NoIssuer, "issuer"),
            (
                ("/issuer", Some(json!("not a uri"))),
                Fail,
                Code::NoIssuer,
                "issuer",
            ),
            (("/issuer/id", None), Fail, Code::NoIssuer, "issuer.id"),
            (
                ("/issuer/type", Some(json!(["Organization"]))),
                Note,
                Code::MissingType,
                "issuer.type",
            ),
            (
                ("/issuer/parentOrg/type", Some(json!("Org"))),
                Note,
                Code::MissingType,
                "issuer.parentOrg.type",
            ),
            (
                ("/issuer/otherIdentifier/0/type", Some(json!("X"))),
                Note,
                Code::MissingType,
                "issuer.otherIdentifier[0].type",
            ),
            (("/validFrom", None), Note, Code::MissingMember, "validFrom"),
            (
                ("/credentialSubject", None),
                Fail,
                Code::NoSubject,
                "credentialSubject",
            ),
            (
                ("/credentialSubject/type", Some(json!("Subject"))),
                Note,
                Code::MissingType,
                "credentialSubject[0].type",
            ),
            (
                ("/credentialSubject/identifier/0/type", Some(json!("X"))),
                Note,
                Code::MissingType,
                "credentialSubject[0].identifier[0].type",
            ),
            (
                ("/credentialSubject/identifier/0/identityHash", None),
                Note,
                Code::MissingMember,
                "credentialSubject[0].identifier[0].identityHash",
            ),
            (
                ("/credentialSubject/identifier/0/identityType", None),
                Note,
                Code::MissingMember,
                "credentialSubject[0].identifier[0].identityType",
            ),
            (
                ("/credentialSubject/identifier/0/hashed", Some(json!("no"))),
                Note,
                Code::MissingMember,
                "credentialSubject[0].identifier[0].hashed",
            ),
            (
                ("/credentialSubject/result/0/type", Some(json!("X"))),
                Note,
                Code::MissingType,
                "credentialSubject[0].result[0].type",
            ),
            (
                ("/credentialSubject/source", Some(json!("no-scheme"))),
                Note,
                Code::NotAUri,
                "credentialSubject[0].source",
            ),
            (
                ("/credentialSubject/source/type", Some(json!("X"))),
                Note,
                Code::MissingType,
                "credentialSubject[0].source.type",
            ),
            (
                ("/credentialSubject/achievement", None),
                Fail,
                Code::NoAchievement,
                "credentialSubject[0].achievement",
            ),
            (
                (
                    "/credentialSubject/achievement",
                    Some(json!("https://example.org/a")),
                ),
                Fail,
                Code::NoAchievement,
                "credentialSubject[0].achievement",
            ),
            (
                ("/credentialSubject/achievement/id", None),
                Note,
                Code::MissingMember,
                "credentialSubject[0].achievement.id",
            ),
            (
                ("/credentialSubject/achievement/type", Some(json!("X"))),
                Note,
                Code::MissingType,
                "credentialSubject[0].achievement.type",
            ),
            (
                ("/credentialSubject/achievement/name", None),
                Note,
                Code::MissingMember,
                "credentialSubject[0].achievement.name",
            ),
            (
                ("/credentialSubject/achievement/description", None),
                Note,
                Code::MissingMember,
                "credentialSubject[0].achievement.description",
            ),
            (
                ("/credentialSubject/achievement/criteria", None),
                Note,
                Code::MissingMember,
                "credentialSubject[0].achievement.criteria",
            ),
            (
                (
                    "/credentialSubject/achievement/resultDescription/0/type",
                    Some(json!("X")),
                ),
                Note,
                Code::MissingType,
                "credentialSubject[0].achievement.resultDescription[0].type",
            ),
            (
                (
                    "/credentialSubject/achievement/alignment/0/type",
                    Some(json!("X")),
                ),
                Note,
                Code::MissingType,
                "credentialSubject[0].achievement.alignment[0].type",
            ),
            (
                (
                    "/credentialSubject/achievement/creator/type",
                    Some(json!("X")),
                ),
                Note,
                Code::MissingType,
                "credentialSubject[0].achievement.creator.type",
            ),
            (
                ("/evidence/0/type", Some(json!("X"))),
                Note,
                Code::MissingType,
                "evidence[0].type",
            ),
            (
                ("/credentialStatus/type", None),
                Note,
                Code::MissingMember,
                "credentialStatus[0].type",
            ),
            (
                ("/credentialSchema/0/type", None),
                Note,
                Code::MissingMember,
                "credentialSchema[0].type",
            ),
            (
                ("/refreshService/type", None),
                Note,
                Code::MissingMember,
                "refreshService[0].type",
            ),
            (
                ("/termsOfUse", Some(json!([{"id": "https://e.org/t"}]))),
                Note,
                Code::MissingMember,
                "termsOfUse[0].type",
            ),
            (
                ("/proof/0/type", None),
                Note,
                Code::MissingMember,
                "proof[0].type",
            ),
        ];
        for (change, severity, code, at) in cases {
            let what = format!("{change:?}");
            raises(
                &ob3(&changed(&base, change), Ob3Kind::Achievement),
                severity,
                code,
                at,
                &what,
            );
        }
        // A subject that names nobody: a note, as the official schema allows it.
        let anonymous = changed(&base, ("/credentialSubject/id", None));
        let anonymous: serde_json::Value = serde_json::to_value(&anonymous).unwrap();
        let mut anonymous = anonymous;
        anonymous["credentialSubject"]
            .as_object_mut()
            .unwrap()
            .remove("identifier");
        let anonymous: Value = serde_json::from_value(anonymous).unwrap();
        assert_eq!(
            ob3(&anonymous, Ob3Kind::Achievement)
                .iter()
                .map(|p| (p.severity, p.code))
                .collect::<Vec<_>>(),
            [(Note, Code::NoRecipientIdentifier)]
        );
        // Endorsements: the type is what makes one; name and subject id are notes.
        let base = path("ob30/endorsement-valid.json");
        assert!(ob3(
            &changed(&base, ("/name", Some(json!("n")))),
            Ob3Kind::Endorsement
        )
        .is_empty());
        for (change, severity, code, at) in [
            (
                ("/type", Some(json!(["VerifiableCredential"]))),
                Fail,
                Code::NotAnOpenBadge,
                "type",
            ),
            (("/name", None), Note, Code::MissingMember, "name"),
            (
                ("/credentialSubject/id", None),
                Note,
                Code::MissingMember,
                "credentialSubject[0].id",
            ),
        ] {
            let got = ob3(&changed(&base, change), Ob3Kind::Endorsement);
            raises(&got, severity, code, at, "endorsement");
        }
    }

    #[test]
    fn every_ob2_rule_both_ways() {
        use serde_json::json;
        use Severity::{Fail, Note};
        let embedded = {
            let mut a: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(path("ob20/basic-assertion.json")).unwrap(),
            )
            .unwrap();
            let read = |f: &str| -> serde_json::Value {
                serde_json::from_str(&std::fs::read_to_string(path(f)).unwrap()).unwrap()
            };
            let mut badge = read("ob20/assets/badgeclass1.json");
            badge["issuer"] = read("ob20/assets/issuer1.json");
            a["badge"] = badge;
            let dir = std::env::temp_dir().join(format!("schema-ob2-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let file = dir.join("embedded.json");
            std::fs::write(&file, a.to_string()).unwrap();
            file.display().to_string()
        };
        assert_eq!(
            ob2_assertion(&changed(
                &embedded,
                ("/evidence", Some(json!("https://e.org/")))
            ),),
            Vec::<Problem>::new()
        );
        let cases: Vec<Case> = vec![
            (("/@context", None), Note, Code::MissingMember, "@context"),
            (
                (
                    "/@context",
                    Some(json!("https://w3id.org/openbadges/invalid")),
                ),
                Note,
                Code::NonstandardContext,
                "@context",
            ),
            (
                ("/@context", Some(json!(["https://example.org/x"]))),
                Note,
                Code::NonstandardContext,
                "@context",
            ),
            (
                ("/type", Some(json!("Thing"))),
                Note,
                Code::MissingType,
                "type",
            ),
            (("/id", None), Note, Code::MissingMember, "id"),
            (
                ("/recipient", None),
                Note,
                Code::NoRecipientIdentifier,
                "recipient",
            ),
            (
                ("/recipient/identity", None),
                Note,
                Code::MissingMember,
                "recipient.identity",
            ),
            (
                ("/recipient/type", None),
                Note,
                Code::MissingMember,
                "recipient.type",
            ),
            (
                ("/verification", None),
                Note,
                Code::MissingMember,
                "verification",
            ),
            (
                ("/verification/type", Some(json!("Magic"))),
                Note,
                Code::MissingType,
                "verification.type",
            ),
            (("/issuedOn", None), Note, Code::MissingMember, "issuedOn"),
            (
                ("/image", Some(json!("data:image/png;base64,AAAA"))),
                Note,
                Code::ImageDataUri,
                "image",
            ),
            (("/badge", None), Fail, Code::NoAchievement, "badge"),
            (
                ("/badge/type", Some(json!("Thing"))),
                Note,
                Code::MissingType,
                "badge.type",
            ),
            (("/badge/id", None), Note, Code::MissingMember, "badge.id"),
            (
                ("/badge/name", None),
                Note,
                Code::MissingMember,
                "badge.name",
            ),
            (
                ("/badge/description", None),
                Note,
                Code::MissingMember,
                "badge.description",
            ),
            (
                ("/badge/image", None),
                Note,
                Code::MissingMember,
                "badge.image",
            ),
            (
                ("/badge/criteria", None),
                Note,
                Code::MissingMember,
                "badge.criteria",
            ),
            (
                ("/badge/issuer", None),
                Fail,
                Code::NoIssuer,
                "badge.issuer",
            ),
            (
                ("/badge/issuer", Some(json!("nobody"))),
                Fail,
                Code::NoIssuer,
                "badge.issuer",
            ),
            (
                ("/badge/issuer/type", Some(json!("Person"))),
                Note,
                Code::MissingType,
                "issuer.type",
            ),
            (
                ("/badge/issuer/id", None),
                Note,
                Code::MissingMember,
                "issuer.id",
            ),
            (
                ("/badge/issuer/name", None),
                Note,
                Code::MissingMember,
                "issuer.name",
            ),
            (
                ("/badge/issuer/url", None),
                Note,
                Code::MissingMember,
                "issuer.url",
            ),
        ];
        for (change, severity, code, at) in cases {
            let what = format!("{change:?}");
            raises(
                &ob2_assertion(&changed(&embedded, change)),
                severity,
                code,
                at,
                &what,
            );
        }
    }
}
