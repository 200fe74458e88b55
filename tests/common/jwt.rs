//! A did:key issuer from a fixed seed, and a compact EdDSA VC-JWT it signs. (The JWS
//! machinery itself is checked against `jose`-made fixtures in `tests/interop.rs`; here it
//! only builds inputs: the refresh flow, real-world deviations.)

use badgeverify::encoding::{base58btc_encode, base64url_encode};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};

pub fn did(seed: u8) -> (SigningKey, String) {
    let sk = SigningKey::from_bytes(&[seed; 32]);
    let mut mc = vec![0xed, 0x01];
    mc.extend_from_slice(sk.verifying_key().as_bytes());
    (sk, format!("did:key:z{}", base58btc_encode(&mc)))
}

pub fn credential(issuer: &str, name: &str, until: &str, refresh: Option<&str>) -> Value {
    let mut c = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"],
        "id": "urn:uuid:5b0e4b4e-2b54-4b7e-9a53-1a3f3c9d0e11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": "Refresh Test Issuer"},
        "validFrom": "2025-01-01T00:00:00Z",
        "validUntil": until,
        "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"],
            "achievement": {"id": "urn:uuid:a", "type": ["Achievement"], "name": name,
                "description": "d", "criteria": {"narrative": "n"}}}
    });
    if let Some(url) = refresh {
        c["refreshService"] = json!({"id": url, "type": "1EdTechCredentialRefresh"});
    }
    c
}

/// Signs `cred` with the key of the did:key `kid` (its own verification method).
pub fn sign(sk: &SigningKey, kid: &str, cred: &Value) -> String {
    sign_as(sk, &format!("{kid}#{}", &kid[8..]), cred)
}

/// Signs `cred` with `sk`, naming the verification method `kid` in the header.
pub fn sign_as(sk: &SigningKey, kid: &str, cred: &Value) -> String {
    let header = json!({"alg": "EdDSA", "kid": kid});
    let input = format!(
        "{}.{}",
        base64url_encode(header.to_string().as_bytes()),
        base64url_encode(cred.to_string().as_bytes())
    );
    let sig = sk.sign(input.as_bytes());
    format!("{input}.{}", base64url_encode(&sig.to_bytes()))
}
