//! Recipient checks: is this badge issued to the person the verifier names?
//!
//! OB 2.0 `recipient` IdentityObjects and OB 3.0 `credentialSubject.identifier[]` store the
//! identity in clear or as `<alg>$<hex>` = hex(alg(identity ‖ salt)) with `sha256` or `md5`
//! (specs §2.2). The comparison runs locally: the identity the user typed never leaves.
//! Issuers differ on email case, so a hashed email is also tried lowercased, and the report
//! says which form matched. Case is folded for ASCII letters only (the case that occurs in
//! email addresses and URLs): full Unicode case mapping would add its tables, ~8 KB gzip, to
//! the WebAssembly module, and a non-ASCII identity is compared exactly as typed.

use super::{subject, values};
use crate::json::Value;
use crate::report::Spec;
use md5::Md5;
use sha2::{Digest, Sha256};

/// How a recipient check came out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    /// The identity matched; the string says how (for the report message).
    Yes(String),
    /// No identity in the badge matched.
    No(String),
    /// The badge carries no identity that could be compared.
    Unknown(String),
}

fn hash_hex(alg: &str, input: &str) -> Option<String> {
    let bytes = match alg.to_ascii_lowercase().as_str() {
        "sha256" => Sha256::digest(input.as_bytes()).to_vec(),
        "md5" => Md5::digest(input.as_bytes()).to_vec(),
        _ => return None,
    };
    Some(crate::encoding::hex(&bytes))
}

/// Compares `wanted` with one stored identity (clear or `alg$hex`, with optional salt).
/// Returns the description of what matched.
fn compare(stored: &str, hashed: bool, salt: &str, wanted: &str) -> Option<String> {
    let wanted = wanted.trim();
    let lower = wanted.to_ascii_lowercase();
    if hashed || stored.contains('$') {
        let (alg, hex) = stored.split_once('$')?;
        let hex = hex.to_ascii_lowercase();
        if hash_hex(alg, &format!("{wanted}{salt}")).as_deref() == Some(&hex) {
            return Some(format!("its {alg} salted hash"));
        }
        if lower != wanted && hash_hex(alg, &format!("{lower}{salt}")).as_deref() == Some(&hex) {
            return Some(format!("its {alg} salted hash (lowercased)"));
        }
        None
    } else if stored == wanted {
        Some("in clear".to_owned())
    } else if stored.eq_ignore_ascii_case(wanted) {
        Some("in clear (ignoring case)".to_owned())
    } else {
        None
    }
}

fn identity_object(obj: &Value, hash_key: &str, wanted: &str) -> Option<String> {
    let stored = obj.get(hash_key)?.as_str()?;
    let hashed = obj.get("hashed").and_then(Value::as_bool).unwrap_or(false);
    let salt = obj.get("salt").and_then(Value::as_str).unwrap_or("");
    compare(stored, hashed, salt, wanted)
}

/// Whether the badge names its recipient at all: an OB 3.0 subject with an `id` or an
/// `identifier`, an OB 1.x/2.0 `recipient`. Badges that do not (allowed by the OB 3.0
/// schema) cannot be checked against a person, which is never a reason for `invalid`.
pub fn stated(doc: &Value, spec: Spec) -> bool {
    match spec {
        Spec::Ob3 => subject(doc)
            .is_some_and(|s| s.get("id").is_some() || !values(s.get("identifier")).is_empty()),
        Spec::Ob2 | Spec::Ob11 | Spec::Ob10 | Spec::Ob05 => match doc.get("recipient") {
            Some(Value::String(s)) => !s.is_empty(),
            Some(r @ Value::Object(_)) => r.get("identity").is_some(),
            _ => false,
        },
    }
}

/// Checks whether the badge was issued to `wanted`.
pub fn check(doc: &Value, spec: Spec, wanted: &str) -> Match {
    match spec {
        Spec::Ob3 => {
            let Some(s) = subject(doc) else {
                return Match::Unknown("the credential has no `credentialSubject`".into());
            };
            if s.get("id").and_then(Value::as_str) == Some(wanted.trim()) {
                return Match::Yes(format!("`credentialSubject.id` is {wanted}"));
            }
            let ids = values(s.get("identifier"));
            for (i, ident) in ids.iter().enumerate() {
                if let Some(how) = identity_object(ident, "identityHash", wanted) {
                    let kind = ident
                        .get("identityType")
                        .and_then(Value::as_str)
                        .unwrap_or("identifier");
                    return Match::Yes(format!(
                        "{wanted} matches identifier {i} ({kind}) by {how}"
                    ));
                }
            }
            if s.get("id").is_none() && ids.is_empty() {
                Match::Unknown(
                    "the credential subject has neither an `id` nor an `identifier`".into(),
                )
            } else {
                Match::No(format!(
                    "{wanted} is not the recipient: it matches neither `credentialSubject.id` nor any of its {} identifier(s)",
                    ids.len()
                ))
            }
        }
        Spec::Ob2 | Spec::Ob11 | Spec::Ob10 | Spec::Ob05 => match doc.get("recipient") {
            Some(Value::String(stored)) => {
                // OB 0.5: `recipient` is the hashed email, salt in `salt`.
                let salt = doc.get("salt").and_then(Value::as_str).unwrap_or("");
                match compare(stored, stored.contains('$'), salt, wanted) {
                    Some(how) => Match::Yes(format!("{wanted} matches the recipient by {how}")),
                    None => Match::No(format!("{wanted} is not the recipient of this badge")),
                }
            }
            Some(r @ Value::Object(_)) => match identity_object(r, "identity", wanted) {
                Some(how) => Match::Yes(format!("{wanted} matches the recipient by {how}")),
                None if r.get("identity").is_some() => {
                    Match::No(format!("{wanted} is not the recipient of this badge"))
                }
                None => Match::Unknown("the recipient has no `identity`".into()),
            },
            _ => Match::Unknown("the assertion has no `recipient`".into()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::json;

    #[test]
    fn ob2_hashes_from_published_examples() {
        // 1EdTech validator fixture `ob20/basic-assertion.json` (recipient nobody@example.org).
        let doc = json!({"recipient": {"type": "email", "hashed": true, "salt": "deadsea",
            "identity": "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"}});
        assert!(matches!(
            check(&doc, Spec::Ob2, "nobody@example.org"),
            Match::Yes(_)
        ));
        assert!(matches!(
            check(&doc, Spec::Ob2, "someone@else.org"),
            Match::No(_)
        ));
        // OB 2.0 specification example: sha256("mayze"), no salt.
        let mayze = json!({"recipient": {"type": "email", "hashed": true,
            "identity": "sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6"}});
        assert!(matches!(check(&mayze, Spec::Ob2, "mayze"), Match::Yes(_)));
    }

    #[test]
    fn computed_hashes_match_and_case_is_forgiven() {
        let h = hash_hex("sha256", "a@example.comKosher").unwrap();
        assert!(
            h.starts_with("b5809d8a"),
            "OB 3.0 spec example hash, got {h}"
        );
        let doc = json!({"credentialSubject": {"identifier": [{"type": "IdentityObject",
            "identityType": "emailAddress", "hashed": true, "salt": "Kosher",
            "identityHash": format!("sha256${h}")}]}});
        assert!(matches!(
            check(&doc, Spec::Ob3, "a@example.com"),
            Match::Yes(_)
        ));
        assert!(
            matches!(check(&doc, Spec::Ob3, "A@Example.com"), Match::Yes(m) if m.contains("lowercased"))
        );
        assert!(matches!(
            check(&doc, Spec::Ob3, "b@example.com"),
            Match::No(_)
        ));
        let md5 = json!({"recipient": {"type": "email", "hashed": true,
            "identity": format!("md5${}", hash_hex("md5", "x@y.z").unwrap().to_uppercase())}});
        assert!(matches!(check(&md5, Spec::Ob2, "x@y.z"), Match::Yes(_)));
        let did = json!({"credentialSubject": {"id": "did:example:123"}});
        assert!(matches!(
            check(&did, Spec::Ob3, "did:example:123"),
            Match::Yes(_)
        ));
        assert!(matches!(
            check(&json!({"credentialSubject": {}}), Spec::Ob3, "x"),
            Match::Unknown(_)
        ));
        let plain =
            json!({"recipient": {"type": "email", "hashed": false, "identity": "Bob@x.org"}});
        assert!(matches!(
            check(&plain, Spec::Ob2, "bob@x.org"),
            Match::Yes(_)
        ));
    }
}
