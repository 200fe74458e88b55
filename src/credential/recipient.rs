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
use crate::code::{Param, Params};
use crate::json::Value;
use crate::report::Spec;
use md5::Md5;
use sha2::{Digest, Sha256};

/// How a recipient check came out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    /// The identity matched: the params of `recipient-match`, which say how
    /// ([`Detail`]).
    Yes(Detail),
    /// No identity in the badge matched: the params of `recipient-mismatch`: `recipient`.
    No(Detail),
    /// The badge carries no identity that could be compared; a token says what is missing:
    /// `no-subject` (no `credentialSubject`), `no-identifier` (a subject with neither `id`
    /// nor `identifier`), `no-identity` (a `recipient` without `identity`) or
    /// `no-recipient` (no `recipient`).
    Unknown(&'static str),
}

/// The params of a recipient check's outcome. `recipient-match`: `recipient` (the
/// identifier asked about), `property` (where it matched: `credentialSubject.id`,
/// `credentialSubject.identifier[0]`, `recipient`), `how` (`plain`: in clear;
/// `plain-ignoring-case`; `hashed`: the hash of what was asked about, with the badge's
/// salt when it has one; `hashed-lowercased`: the hash of its lowercased form), `hash`
/// (`sha256`, `md5`; empty in clear), `salted` (`yes`, `no`), `identityType` (the kind of
/// identity the badge states, e.g. `email`, `emailAddress`, `url`; empty when it states
/// none). `recipient-mismatch`: `recipient`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail(pub Params);

/// How one stored identity matched: `how`, `hash`, `salted`.
struct How {
    how: &'static str,
    hash: String,
    salted: bool,
}

/// The `recipient-match` params.
fn matched(wanted: &str, property: &str, how: How, identity_type: &str) -> Match {
    Match::Yes(Detail(
        Params::new()
            .with(Param::Recipient, wanted.trim())
            .with(Param::Property, property)
            .with(Param::How, how.how)
            .with(Param::Hash, how.hash)
            .with(Param::Salted, if how.salted { "yes" } else { "no" })
            .with(Param::IdentityType, identity_type),
    ))
}

/// The `recipient-mismatch` params.
fn mismatched(wanted: &str) -> Match {
    Match::No(Detail(Params::new().with(Param::Recipient, wanted.trim())))
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
/// Returns how it matched.
fn compare(stored: &str, hashed: bool, salt: &str, wanted: &str) -> Option<How> {
    let wanted = wanted.trim();
    let lower = wanted.to_ascii_lowercase();
    let plain = |how| {
        Some(How {
            how,
            hash: String::new(),
            salted: false,
        })
    };
    if hashed || stored.contains('$') {
        let (alg, hex) = stored.split_once('$')?;
        let hex = hex.to_ascii_lowercase();
        let hashed = |how| {
            Some(How {
                how,
                hash: alg.to_ascii_lowercase(),
                salted: !salt.is_empty(),
            })
        };
        if hash_hex(alg, &format!("{wanted}{salt}")).as_deref() == Some(&hex) {
            return hashed("hashed");
        }
        if lower != wanted && hash_hex(alg, &format!("{lower}{salt}")).as_deref() == Some(&hex) {
            return hashed("hashed-lowercased");
        }
        None
    } else if stored == wanted {
        plain("plain")
    } else if stored.eq_ignore_ascii_case(wanted) {
        plain("plain-ignoring-case")
    } else {
        None
    }
}

fn identity_object(obj: &Value, hash_key: &str, wanted: &str) -> Option<How> {
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
                return Match::Unknown("no-subject");
            };
            if s.get("id").and_then(Value::as_str) == Some(wanted.trim()) {
                let how = How {
                    how: "plain",
                    hash: String::new(),
                    salted: false,
                };
                return matched(wanted, "credentialSubject.id", how, "");
            }
            let ids = values(s.get("identifier"));
            for (i, ident) in ids.iter().enumerate() {
                if let Some(how) = identity_object(ident, "identityHash", wanted) {
                    let kind = ident
                        .get("identityType")
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    let at = format!("credentialSubject.identifier[{i}]");
                    return matched(wanted, &at, how, kind);
                }
            }
            if s.get("id").is_none() && ids.is_empty() {
                Match::Unknown("no-identifier")
            } else {
                mismatched(wanted)
            }
        }
        Spec::Ob2 | Spec::Ob11 | Spec::Ob10 | Spec::Ob05 => match doc.get("recipient") {
            Some(Value::String(stored)) => {
                // OB 0.5: `recipient` is the hashed email, salt in `salt`.
                let salt = doc.get("salt").and_then(Value::as_str).unwrap_or("");
                match compare(stored, stored.contains('$'), salt, wanted) {
                    Some(how) => matched(wanted, "recipient", how, "email"),
                    None => mismatched(wanted),
                }
            }
            Some(r @ Value::Object(_)) => match identity_object(r, "identity", wanted) {
                Some(how) => {
                    let kind = r.get("type").and_then(Value::as_str).unwrap_or("");
                    matched(wanted, "recipient", how, kind)
                }
                None if r.get("identity").is_some() => mismatched(wanted),
                None => Match::Unknown("no-identity"),
            },
            _ => Match::Unknown("no-recipient"),
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
        let Match::Yes(Detail(params)) = check(&doc, Spec::Ob3, "A@Example.com") else {
            panic!("no match");
        };
        let want = Params::new()
            .with(Param::Recipient, "A@Example.com")
            .with(Param::Property, "credentialSubject.identifier[0]")
            .with(Param::How, "hashed-lowercased")
            .with(Param::Hash, "sha256")
            .with(Param::Salted, "yes")
            .with(Param::IdentityType, "emailAddress");
        assert_eq!(params, want);
        assert!(matches!(
            check(&doc, Spec::Ob3, "b@example.com"),
            Match::No(_)
        ));
        let md5 = json!({"recipient": {"type": "email", "hashed": true,
            "identity": format!("md5${}", hash_hex("md5", "x@y.z").unwrap().to_uppercase())}});
        assert!(matches!(check(&md5, Spec::Ob2, "x@y.z"), Match::Yes(_)));
        let did = json!({"credentialSubject": {"id": "did:example:123"}});
        let Match::Yes(Detail(params)) = check(&did, Spec::Ob3, "did:example:123") else {
            panic!("no match");
        };
        assert_eq!(params.get(Param::How), Some(&"plain".into()));
        assert_eq!(
            params.get(Param::Property),
            Some(&"credentialSubject.id".into())
        );
        assert_eq!(
            check(&json!({"credentialSubject": {}}), Spec::Ob3, "x"),
            Match::Unknown("no-identifier")
        );
        let plain =
            json!({"recipient": {"type": "email", "hashed": false, "identity": "Bob@x.org"}});
        assert!(matches!(
            check(&plain, Spec::Ob2, "bob@x.org"),
            Match::Yes(_)
        ));
    }
}
