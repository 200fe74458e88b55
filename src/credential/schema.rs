//! Structural checks of the Open Badges data models.
//!
//! OB 3.0: the required members and `type` values of the official 1EdTech JSON Schemas
//! (`achievementcredential.json`, `endorsementcredential.json`, `profile.json`), with
//! one-or-many values normalised first, as the 1EdTech validator does. OB 2.0: the required
//! properties of Assertion, BadgeClass and Profile from the OB 2.0 specification. The check
//! returns every problem found, so a user sees all of them at once.

use super::{has_type, id_of, values, VC_V1, VC_V2};
use crate::json::Value;

/// Which OB 3.0 credential type is expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ob3Kind {
    /// `OpenBadgeCredential` / `AchievementCredential`.
    Achievement,
    /// `EndorsementCredential`.
    Endorsement,
}

struct Problems(Vec<String>);

impl Problems {
    fn need(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.0.push(what());
        }
    }
    fn need_str(&mut self, node: &Value, path: &str, key: &str) {
        self.need(
            node.get(key)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty()),
            || format!("`{path}{key}` is required and must be a string"),
        );
    }
    fn need_type(&mut self, node: &Value, path: &str, t: &str) {
        self.need(has_type(node, t), || {
            format!("`{path}type` must include `{t}`")
        });
    }
    /// Each node at `key` (one or many) that is an object must have `type` ⊇ `t`.
    fn typed_children(&mut self, node: &Value, path: &str, key: &str, t: &str) {
        for (i, child) in values(node.get(key)).iter().enumerate() {
            if child.is_object() {
                self.need_type(child, &format!("{path}{key}[{i}]."), t);
            }
        }
    }
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

fn profile(p: &mut Problems, node: &Value, path: &str) {
    match node {
        Value::String(s) => p.need(s.contains(':'), || format!("`{path}` must be a URI")),
        Value::Object(_) => {
            p.need_str(node, &format!("{path}."), "id");
            p.need_type(node, &format!("{path}."), "Profile");
            if let Some(parent) = node.get("parentOrg").filter(|v| v.is_object()) {
                p.need_type(parent, &format!("{path}.parentOrg."), "Profile");
            }
            p.typed_children(
                node,
                &format!("{path}."),
                "otherIdentifier",
                "IdentifierEntry",
            );
        }
        _ => {
            p.0.push(format!("`{path}` must be a Profile object or a URI"))
        }
    }
}

/// Problems with an OB 3.0 credential's structure; empty when it conforms.
pub fn ob3(cred: &Value, kind: Ob3Kind) -> Vec<String> {
    let mut p = Problems(Vec::new());
    let ctx: Vec<&str> = values(cred.get("@context"))
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let v1 = ctx.first() == Some(&VC_V1);
    p.need(
        ctx.first().is_some_and(|c| *c == VC_V1 || *c == VC_V2),
        || format!("`@context` must start with `{VC_V2}` (or `{VC_V1}` for VC 1.1 credentials)"),
    );
    p.need(ctx.iter().any(|c| is_ob3_context(c)), || {
        "`@context` must include an Open Badges 3.0 context (https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.x.json)".to_owned()
    });
    p.need_type(cred, "", "VerifiableCredential");
    match kind {
        Ob3Kind::Achievement => p.need(
            has_type(cred, "OpenBadgeCredential") || has_type(cred, "AchievementCredential"),
            || "`type` must include `OpenBadgeCredential` or `AchievementCredential`".to_owned(),
        ),
        Ob3Kind::Endorsement => p.need_type(cred, "", "EndorsementCredential"),
    }
    p.need_str(cred, "", "id");
    match cred.get("issuer") {
        Some(i) => profile(&mut p, i, "issuer"),
        None => p.0.push("`issuer` is required".to_owned()),
    }
    if v1 {
        p.need_str(cred, "", "issuanceDate");
    } else {
        p.need_str(cred, "", "validFrom");
    }
    let subjects = values(cred.get("credentialSubject"));
    p.need(!subjects.is_empty(), || {
        "`credentialSubject` is required".to_owned()
    });
    for (i, s) in subjects.iter().enumerate() {
        let path = format!("credentialSubject[{i}].");
        if kind == Ob3Kind::Endorsement {
            p.need(s.get("id").is_some(), || format!("`{path}id` is required"));
            continue;
        }
        p.need_type(s, &path, "AchievementSubject");
        p.need(
            s.get("id").is_some() || s.get("identifier").is_some(),
            || format!("`{path}` must have an `id` or an `identifier`"),
        );
        p.typed_children(s, &path, "identifier", "IdentityObject");
        for (j, ident) in values(s.get("identifier")).iter().enumerate() {
            let ip = format!("{path}identifier[{j}].");
            p.need_str(ident, &ip, "identityHash");
            p.need_str(ident, &ip, "identityType");
            p.need(ident.get("hashed").is_some_and(Value::is_boolean), || {
                format!("`{ip}hashed` is required and must be a boolean")
            });
        }
        p.typed_children(s, &path, "result", "Result");
        if let Some(src) = s.get("source") {
            profile(&mut p, src, &format!("{path}source"));
        }
        match s.get("achievement") {
            Some(a @ Value::Object(_)) => {
                let ap = format!("{path}achievement.");
                p.need_str(a, &ap, "id");
                p.need_type(a, &ap, "Achievement");
                p.need_str(a, &ap, "name");
                p.need_str(a, &ap, "description");
                p.need(a.get("criteria").is_some_and(Value::is_object), || {
                    format!("`{ap}criteria` is required and must be an object")
                });
                p.typed_children(a, &ap, "resultDescription", "ResultDescription");
                p.typed_children(a, &ap, "alignment", "Alignment");
                if let Some(c) = a.get("creator") {
                    profile(&mut p, c, &format!("{ap}creator"));
                }
            }
            _ => p.0.push(format!(
                "`{path}achievement` is required and must be an object"
            )),
        }
    }
    p.typed_children(cred, "", "evidence", "Evidence");
    for key in [
        "credentialStatus",
        "credentialSchema",
        "refreshService",
        "termsOfUse",
    ] {
        for (i, n) in values(cred.get(key)).iter().enumerate() {
            p.need(n.get("type").is_some(), || {
                format!("`{key}[{i}].type` is required")
            });
        }
    }
    for (i, n) in values(cred.get("proof")).iter().enumerate() {
        p.need(n.get("type").is_some(), || {
            format!("`proof[{i}].type` is required")
        });
    }
    p.0
}

const OB2_CONTEXTS: [&str; 4] = [
    "https://w3id.org/openbadges/v2",
    "https://w3id.org/openbadges/v1",
    "https://openbadgespec.org/v2/context.json",
    "https://openbadgespec.org/v1/context.json",
];

/// Problems with an OB 2.0 (or upgraded 1.x) Assertion; empty when it conforms.
/// `badge`/`issuer` objects embedded in the assertion are checked too.
pub fn ob2_assertion(a: &Value) -> Vec<String> {
    let mut p = Problems(Vec::new());
    match a.get("@context") {
        Some(Value::String(c)) => p.need(OB2_CONTEXTS.contains(&c.as_str()), || {
            format!("`@context` {c:?} is not an Open Badges 2.0 context")
        }),
        Some(Value::Array(cs)) => p.need(
            cs.iter()
                .any(|c| c.as_str().is_some_and(|c| OB2_CONTEXTS.contains(&c))),
            || "`@context` must include the Open Badges 2.0 context".to_owned(),
        ),
        Some(Value::Object(_)) => {}
        _ => p.0.push("`@context` is required".to_owned()),
    }
    p.need_type(a, "", "Assertion");
    p.need_str(a, "", "id");
    match a.get("recipient") {
        Some(r @ Value::Object(_)) => {
            p.need_str(r, "recipient.", "identity");
            p.need_str(r, "recipient.", "type");
        }
        _ => {
            p.0.push("`recipient` is required and must be an IdentityObject".to_owned())
        }
    }
    match a.get("verification").or_else(|| a.get("verify")) {
        Some(v @ Value::Object(_)) => p.need(
            ["hosted", "HostedBadge", "signed", "SignedBadge"]
                .iter()
                .any(|t| has_type(v, t)),
            || "`verification.type` must be `HostedBadge` or `SignedBadge`".to_owned(),
        ),
        _ => p.0.push("`verification` is required".to_owned()),
    }
    p.need(a.get("issuedOn").is_some(), || {
        "`issuedOn` is required".to_owned()
    });
    if let Some(img) = id_of(a.get("image")) {
        p.need(!img.starts_with("data:"), || {
            "the assertion `image` must be the URL of the baked image, not a data: URI".to_owned()
        });
    }
    match a.get("badge") {
        Some(b @ Value::Object(_)) => p.0.extend(ob2_badge_class(b)),
        Some(Value::String(_)) => {}
        _ => p.0.push("`badge` is required".to_owned()),
    }
    p.0
}

/// Problems with an OB 2.0 BadgeClass.
pub fn ob2_badge_class(b: &Value) -> Vec<String> {
    let mut p = Problems(Vec::new());
    p.need_type(b, "badge.", "BadgeClass");
    for key in ["id", "name", "description"] {
        p.need_str(b, "badge.", key);
    }
    p.need(b.get("image").is_some(), || {
        "`badge.image` is required".to_owned()
    });
    p.need(b.get("criteria").is_some(), || {
        "`badge.criteria` is required".to_owned()
    });
    match b.get("issuer") {
        Some(i @ Value::Object(_)) => p.0.extend(ob2_issuer(i)),
        Some(Value::String(_)) => {}
        _ => p.0.push("`badge.issuer` is required".to_owned()),
    }
    p.0
}

/// Problems with an OB 2.0 issuer Profile.
pub fn ob2_issuer(i: &Value) -> Vec<String> {
    let mut p = Problems(Vec::new());
    p.need(has_type(i, "Issuer") || has_type(i, "Profile"), || {
        "`issuer.type` must be `Issuer` or `Profile`".to_owned()
    });
    for key in ["id", "name", "url"] {
        p.need_str(i, "issuer.", key);
    }
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
            assert_eq!(ob3(&v, Ob3Kind::Achievement), Vec::<String>::new(), "{ok}");
        }
        assert!(ob3(
            &fixture("ob30/endorsement-valid.json"),
            Ob3Kind::Endorsement
        )
        .is_empty());
        for (bad, needle) in [
            ("simple-err-type.json", "OpenBadgeCredential"),
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
                problems.iter().any(|m| m.contains(needle)),
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
}
