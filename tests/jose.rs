#![allow(clippy::unwrap_used)] // tests fail loudly by design
//! JOSE, public keys and offline DIDs against independently produced data: RFC examples,
//! the 1EdTech validator's signed badges, the W3C vc-di-eddsa vectors, and adversarial
//! fixtures made with python `cryptography` (tests/data/jose/PROVENANCE.md).
mod common;
use common::hex;

use badgeverify::code::{Arg, Param};
use badgeverify::crypto::{Alg, PublicKey};
use badgeverify::did::{did_method, resolve_offline};
use badgeverify::encoding::{base58btc_encode, base64url, base64url_encode};
use badgeverify::jose::{CompactJws, OB2_ALGS, VC_JWT_ALGS};
use badgeverify::json::Value;
use badgeverify::Limits;
use common::json;

const OB20: &str = "tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob20";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn data(name: &str) -> String {
    read(&format!("tests/data/jose/{name}"))
}

fn jws(text: &str) -> CompactJws {
    CompactJws::parse(text, &Limits::default()).unwrap()
}

/// Replaces one segment of a compact JWS.
fn with_segment(text: &str, index: usize, segment: &str) -> String {
    let mut parts: Vec<&str> = text.trim().split('.').collect();
    parts[index] = segment;
    parts.join(".")
}

fn seg(v: &Value) -> String {
    base64url_encode(v.to_string().as_bytes())
}

// ---- RFC examples --------------------------------------------------------------------

/// RFC 7515 Appendix A.2 (RS256): the JWS and the public members of the example RSA key.
const RFC7515_A2: &str = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const RFC7515_A2_N: &str = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
/// RFC 7515 Appendix A.3 (ES256): the JWS and the example P-256 key (`d` is the private
/// scalar published in the RFC, used here only to test that private JWKs are refused).
const RFC7515_A3: &str = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const RFC7515_A3_X: &str = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
const RFC7515_A3_Y: &str = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
const RFC7515_A3_D: &str = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI";
/// RFC 8037 Appendix A.4 (EdDSA over "Example of Ed25519 signing") and the A.2 public key.
const RFC8037_A4: &str = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
const RFC8037_X: &str = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

fn a2_key() -> PublicKey {
    PublicKey::from_jwk(&json!({"kty":"RSA","n":RFC7515_A2_N,"e":"AQAB"})).unwrap()
}

fn a3_key() -> PublicKey {
    PublicKey::from_jwk(&json!({"kty":"EC","crv":"P-256","x":RFC7515_A3_X,"y":RFC7515_A3_Y}))
        .unwrap()
}

fn ed_key() -> PublicKey {
    PublicKey::from_jwk(&json!({"kty":"OKP","crv":"Ed25519","x":RFC8037_X})).unwrap()
}

/// Every RFC example verifies, and fails once its payload or signature is altered.
#[test]
fn rfc_examples_verify_and_tampering_fails() {
    let other_payload = base64url_encode(b"{\"iss\":\"mallory\"}");
    for (text, key) in [
        (RFC7515_A2, a2_key()),
        (RFC7515_A3, a3_key()),
        (RFC8037_A4, ed_key()),
    ] {
        let j = jws(text);
        let alg = j.verify(&key, VC_JWT_ALGS).unwrap();
        assert_eq!(j.signing_input(), text.rsplit_once('.').unwrap().0);

        let tampered = jws(&with_segment(text, 1, &other_payload));
        let e = tampered.verify(&key, VC_JWT_ALGS).unwrap_err();
        assert_eq!(e.code, "signature-invalid", "{alg}: {e}");

        let mut sig = j.signature().to_vec();
        sig[10] ^= 1;
        let flipped = jws(&with_segment(text, 2, &base64url_encode(&sig)));
        assert_eq!(
            flipped.verify(&key, VC_JWT_ALGS).unwrap_err().code,
            "signature-invalid"
        );
    }
    assert_eq!(jws(RFC7515_A2).verify(&a2_key(), OB2_ALGS), Ok(Alg::RS256));
    assert_eq!(jws(RFC8037_A4).payload(), b"Example of Ed25519 signing");
    assert_eq!(
        jws(RFC7515_A2).payload_json(&Limits::default()).unwrap()["iss"],
        "joe"
    );
}

/// The same keys, encoded as SPKI PEM by python `cryptography`, read back equal.
#[test]
fn pem_encodings_match_jwks() {
    let p256 = PublicKey::from_pem(&data("rfc7515-a3-p256-public.pem")).unwrap();
    assert_eq!(p256, a3_key());
    let ed = PublicKey::from_pem(&data("rfc8037-ed25519-public.pem")).unwrap();
    assert_eq!(ed, ed_key());
    let rsa_pem = PublicKey::from_pem(&data("rsa2048-public.pem")).unwrap();
    let rsa_jwk: Value = serde_json::from_str(&data("rsa2048-public.jwk.json")).unwrap();
    assert_eq!(rsa_pem, PublicKey::from_jwk(&rsa_jwk).unwrap());
    assert_eq!(
        rsa_pem.jwk_thumbprint(),
        PublicKey::from_jwk(&rsa_jwk).unwrap().jwk_thumbprint()
    );
    assert_ne!(rsa_pem.jwk_thumbprint(), a2_key().jwk_thumbprint());
}

/// ES256 signature with s replaced by n − s: JOSE does not require low-S, we accept it.
#[test]
fn es256_high_s_is_accepted() {
    let j = jws(&data("rfc7515-a3-high-s.jws"));
    assert_ne!(j.signature(), jws(RFC7515_A3).signature());
    assert_eq!(j.verify(&a3_key(), VC_JWT_ALGS), Ok(Alg::ES256));
}

#[test]
fn ps256_verifies_and_is_not_rs256() {
    let jwk: Value = serde_json::from_str(&data("rsa2048-public.jwk.json")).unwrap();
    let key = PublicKey::from_jwk(&jwk).unwrap();
    let j = jws(&data("rsa2048-ps256.jws"));
    assert_eq!(j.verify(&key, VC_JWT_ALGS), Ok(Alg::PS256));
    assert_eq!(
        j.verify(&key, OB2_ALGS).unwrap_err().code,
        "jws-alg-not-allowed"
    );
    let e = key
        .verify(Alg::RS256, j.signing_input().as_bytes(), j.signature())
        .unwrap_err();
    assert_eq!(e.code, "signature-invalid");
}

// ---- Open Badges data ----------------------------------------------------------------

fn ob20_key(n: u8) -> PublicKey {
    let doc: Value = serde_json::from_str(&read(&format!("{OB20}/assets/key{n}.json"))).unwrap();
    PublicKey::from_pem(doc["publicKeyPem"].as_str().unwrap()).unwrap()
}

/// 1EdTech validator OB 2.0 signed badges: each verifies with its own key only.
#[test]
fn ob20_signed_badges() {
    let badges = [
        ("simple.jwt", 1),
        ("simple-not-revoked.jwt", 2),
        ("simple-revoked.jwt", 3),
    ];
    for (file, own) in badges {
        let j = jws(&read(&format!("{OB20}/{file}")));
        for k in 1..=3 {
            let result = j.verify(&ob20_key(k), OB2_ALGS);
            if k == own {
                assert_eq!(result, Ok(Alg::RS256), "{file} with key{k}");
            } else {
                assert_eq!(
                    result.unwrap_err().code,
                    "signature-invalid",
                    "{file} key{k}"
                );
            }
        }
        let payload = j.payload_json(&Limits::default()).unwrap();
        assert_eq!(payload["type"], "Assertion");
    }
}

/// PKCS#1 (`BEGIN RSA PUBLIC KEY`, converted by `openssl rsa -RSAPublicKey_out`) reads as
/// the same key as the SPKI original.
#[test]
fn pkcs1_pem_equals_spki() {
    let pkcs1 = PublicKey::from_pem(&data("key1-pkcs1.pem")).unwrap();
    assert_eq!(pkcs1, ob20_key(1));
    let j = jws(&read(&format!("{OB20}/simple.jwt")));
    assert_eq!(j.verify(&pkcs1, OB2_ALGS), Ok(Alg::RS256));
}

/// The VC-JWT baked in the 1EdTech validator's `ob30/simple-jwt.png` verifies with the key
/// in its own `jwk` header.
#[test]
fn ob30_vc_jwt_with_header_key() {
    let text = data("simple-jwt.txt");
    let j = jws(&text);
    let key = j.header_key().unwrap().unwrap();
    assert!(matches!(key, PublicKey::Rsa(_)));
    assert_eq!(j.verify(&key, VC_JWT_ALGS), Ok(Alg::RS256));
    let payload = j.payload_json(&Limits::default()).unwrap();
    assert!(payload["type"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "OpenBadgeCredential"));
    // The header key does not verify someone else's badge.
    let ob20 = jws(&read(&format!("{OB20}/simple.jwt")));
    assert_eq!(
        ob20.verify(&key, OB2_ALGS).unwrap_err().code,
        "signature-invalid"
    );
}

// ---- Adversarial ---------------------------------------------------------------------

#[test]
fn alg_none_is_refused() {
    let header = base64url_encode(br#"{"alg":"none"}"#);
    let unsigned = format!("{header}.{}.", RFC7515_A2.split('.').nth(1).unwrap());
    let e = jws(&unsigned).verify(&a2_key(), VC_JWT_ALGS).unwrap_err();
    assert_eq!(e.code, "jws-alg-none");
}

/// HS256 "signed" with key1's public PEM as the HMAC secret (made with python `hmac`).
#[test]
fn hmac_key_confusion_is_refused() {
    let j = jws(&data("hs256-key1-confusion.jwt"));
    assert_eq!(j.header()["alg"], "HS256");
    let e = j.verify(&ob20_key(1), OB2_ALGS).unwrap_err();
    assert_eq!(e.code, "jws-alg-hmac");
    assert_eq!(e.params.get(Param::Algorithm), Some(&Arg::from("HS256")));
}

#[test]
fn key_type_must_match_alg() {
    let e = jws(RFC7515_A3).verify(&a2_key(), VC_JWT_ALGS).unwrap_err();
    assert_eq!(e.code, "key-alg-mismatch");
    let e = jws(RFC7515_A2).verify(&ed_key(), VC_JWT_ALGS).unwrap_err();
    assert_eq!(e.code, "key-alg-mismatch");
    let e = jws(RFC8037_A4).verify(&a3_key(), VC_JWT_ALGS).unwrap_err();
    assert_eq!(e.code, "key-alg-mismatch");
}

#[test]
fn private_jwks_are_refused() {
    let private =
        json!({"kty":"EC","crv":"P-256","x":RFC7515_A3_X,"y":RFC7515_A3_Y,"d":RFC7515_A3_D});
    assert_eq!(
        PublicKey::from_jwk(&private).unwrap_err().code,
        "jwk-private-key"
    );
    // The same key in a JWS `jwk` header.
    let header = seg(&json!({"alg":"ES256","jwk":private}));
    let j = jws(&with_segment(RFC7515_A3, 0, &header));
    assert_eq!(j.header_key().unwrap_err().code, "jwk-private-key");
    // And as a did:jwk.
    let did = format!("did:jwk:{}", seg(&private));
    assert_eq!(resolve_offline(&did).unwrap_err().code, "jwk-private-key");
    assert_eq!(
        PublicKey::from_jwk(&json!({"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ"}))
            .unwrap_err()
            .code,
        "jwk-symmetric"
    );
}

#[test]
fn crit_and_b64_headers_are_refused() {
    for (header, code) in [
        (
            json!({"alg":"RS256","crit":["http://example.com/x"],"http://example.com/x":1}),
            "jws-crit-unsupported",
        ),
        (
            json!({"alg":"RS256","b64":false,"crit":["b64"]}),
            "jws-b64-unsupported",
        ),
    ] {
        let j = jws(&with_segment(RFC7515_A2, 0, &seg(&header)));
        assert_eq!(j.verify(&a2_key(), VC_JWT_ALGS).unwrap_err().code, code);
    }
}

/// A genuinely valid RS256 signature by a 1024-bit key (made by python `cryptography`).
#[test]
fn small_rsa_keys_are_refused() {
    let key = PublicKey::from_pem(&data("rsa1024-public.pem")).unwrap();
    assert_eq!(key.describe(), "RSA 1024-bit");
    let e = jws(&data("rsa1024-rs256.jws"))
        .verify(&key, OB2_ALGS)
        .unwrap_err();
    assert_eq!(e.code, "rsa-key-too-small");
}

/// RFC 8037 A.4 signature with S replaced by S + L (the same value mod L): strict
/// verification rejects the non-canonical scalar.
#[test]
fn ed25519_non_canonical_s_is_refused() {
    // L = 2^252 + 27742317777372353535851937790883648493, little-endian.
    const L: [u8; 32] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde,
        0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    ];
    let j = jws(RFC8037_A4);
    let mut sig = j.signature().to_vec();
    let mut carry = 0u16;
    for i in 0..32 {
        let sum = u16::from(sig[32 + i]) + u16::from(L[i]) + carry;
        sig[32 + i] = sum as u8;
        carry = sum >> 8;
    }
    assert_eq!(carry, 0);
    let forged = jws(&with_segment(RFC8037_A4, 2, &base64url_encode(&sig)));
    assert_eq!(
        forged.verify(&ed_key(), VC_JWT_ALGS).unwrap_err().code,
        "signature-invalid"
    );
}

/// The identity point as a public key with signature (R = identity, S = 0) "verifies" any
/// message under the permissive RFC 8032 equation; strict verification refuses it.
#[test]
fn ed25519_small_order_key_is_refused() {
    let mut identity = [0u8; 32];
    identity[0] = 1;
    let mut sig = [0u8; 64];
    sig[0] = 1;
    let msg = b"any badge at all";
    // Oracle: ed25519-dalek's non-strict `verify` accepts this forgery.
    let raw = ed25519_dalek::VerifyingKey::from_bytes(&identity).unwrap();
    let dalek_sig = ed25519_dalek::Signature::from_bytes(&sig);
    assert!(ed25519_dalek::Verifier::verify(&raw, msg, &dalek_sig).is_ok());
    let key = PublicKey::from_jwk(&json!({"kty":"OKP","crv":"Ed25519",
        "x": base64url_encode(&identity)}))
    .unwrap();
    let e = key.verify(Alg::EdDSA, msg, &sig).unwrap_err();
    assert_eq!(e.code, "signature-invalid");
    assert_eq!(
        e.params.get(Param::Reason),
        Some(&Arg::from("small-order-key"))
    );
}

#[test]
fn multikeys_with_other_codecs_are_refused() {
    let key = [7u8; 32];
    let x25519 = format!("z{}", base58btc_encode(&[&[0xec, 0x01][..], &key].concat()));
    assert!(x25519.starts_with("z6LS"), "{x25519}");
    let e = PublicKey::from_multikey(&x25519).unwrap_err();
    assert_eq!(e.code, "multikey-invalid");
    assert_eq!(
        e.params.get(Param::Reason),
        Some(&Arg::from("codec-x25519"))
    );
    // The vc-di-eddsa private key (ed25519-priv, `z3u2…`) is named as a private key.
    let pair: Value = serde_json::from_str(&read(
        "tests/vectors/w3c-vc-di-eddsa/TestVectors/keyPair.json",
    ))
    .unwrap();
    let e = PublicKey::from_multikey(pair["privateKeyMultibase"].as_str().unwrap()).unwrap_err();
    assert_eq!(e.code, "multikey-invalid");
    assert_eq!(
        e.params.get(Param::Reason),
        Some(&Arg::from("codec-private-key"))
    );
    // Right codec, wrong length; not base58btc; no prefix.
    let short = format!(
        "z{}",
        base58btc_encode(&[&[0xed, 0x01][..], &key[..31]].concat())
    );
    assert_eq!(
        PublicKey::from_multikey(&short).unwrap_err().code,
        "multikey-invalid"
    );
    assert_eq!(
        PublicKey::from_multikey("uAAAA").unwrap_err().code,
        "multikey-invalid"
    );
    assert_eq!(
        PublicKey::from_multikey("z").unwrap_err().code,
        "multikey-invalid"
    );
    let long = format!("z6Mk{}", "1".repeat(10_000));
    assert_eq!(
        PublicKey::from_multikey(&long).unwrap_err().code,
        "multikey-invalid"
    );
}

// ---- DIDs ----------------------------------------------------------------------------

/// The vc-di-eddsa did:key resolves, and its key checks the published eddsa-rdfc-2022
/// signature over the published combined hash (proof hash ‖ document hash).
#[test]
fn did_key_vc_di_eddsa() {
    let dir = "tests/vectors/w3c-vc-di-eddsa/TestVectors";
    let pair: Value = serde_json::from_str(&read(&format!("{dir}/keyPair.json"))).unwrap();
    let mk = pair["publicKeyMultibase"].as_str().unwrap();
    assert_eq!(mk, "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    let signed: Value =
        serde_json::from_str(&read(&format!("{dir}/eddsa-rdfc-2022/signedDataInt.json"))).unwrap();
    let vm = signed["proof"]["verificationMethod"].as_str().unwrap();
    let r = resolve_offline(vm).unwrap().unwrap();
    assert_eq!(r.did, format!("did:key:{mk}"));
    assert_eq!(r.vm_id, vm);
    assert_eq!(resolve_offline(&r.did).unwrap().unwrap(), r);
    assert_eq!(r.key, PublicKey::from_multikey(mk).unwrap());
    let hash = hex(&read(&format!(
        "{dir}/eddsa-rdfc-2022/combinedHashDataInt.txt"
    )));
    let sig = hex(&read(&format!("{dir}/eddsa-rdfc-2022/sigHexDataInt.txt")));
    assert_eq!(r.key.verify(Alg::EdDSA, &hash, &sig), Ok(()));
    let mut other = hash.clone();
    other[0] ^= 1;
    assert_eq!(
        r.key.verify(Alg::EdDSA, &other, &sig).unwrap_err().code,
        "signature-invalid"
    );
    // Fragment must repeat the key.
    let wrong = format!("{}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", r.did);
    assert_eq!(resolve_offline(&wrong).unwrap_err().code, "did-key-invalid");
    assert_eq!(
        resolve_offline(&format!("{}/path", r.did))
            .unwrap_err()
            .code,
        "did-key-invalid"
    );
    assert_eq!(did_method(vm), Some("key"));
}

/// The vc-di-ecdsa P-256 did:key resolves to the published Multikey, and its key checks the
/// published ecdsa-rdfc-2019 and ecdsa-jcs-2019 signatures (hex `r ‖ s`, and the same bytes
/// as the multibase `proofValue`) over the published combined hashes with ES256.
#[test]
fn did_key_vc_di_ecdsa_p256() {
    let dir = "tests/vectors/w3c-vc-di-ecdsa/TestVectors";
    let pair: Value = serde_json::from_str(&read(&format!("{dir}/p256KeyPair.json"))).unwrap();
    let mk = pair["publicKeyMultibase"].as_str().unwrap();
    assert!(mk.starts_with("zDn"));
    for (suite, tag) in [
        ("ecdsa-rdfc-2019-p256", "ECDSAP256"),
        ("ecdsa-rdfc-2019-p256/employ", "ECDSAP256"),
        ("ecdsa-jcs-2019-p256", "JCSECDSAP256"),
    ] {
        let signed: Value =
            serde_json::from_str(&read(&format!("{dir}/{suite}/signed{tag}.json"))).unwrap();
        let vm = signed["proof"]["verificationMethod"].as_str().unwrap();
        let r = resolve_offline(vm).unwrap().unwrap();
        assert_eq!(r.did, format!("did:key:{mk}"), "{suite}");
        assert_eq!(r.key, PublicKey::from_multikey(mk).unwrap());
        assert_eq!(r.key.key_type(), "P-256");
        let hash = hex(&read(&format!("{dir}/{suite}/combinedHash{tag}.txt")));
        assert_eq!(
            hash.len(),
            64,
            "{suite}: SHA-256 proof hash ‖ document hash"
        );
        let sig = hex(&read(&format!("{dir}/{suite}/sigHex{tag}.txt")));
        let value = signed["proof"]["proofValue"].as_str().unwrap();
        assert_eq!(
            badgeverify::encoding::multibase(value).unwrap(),
            sig,
            "{suite}"
        );
        assert_eq!(r.key.verify(Alg::ES256, &hash, &sig), Ok(()), "{suite}");
        let mut other = hash.clone();
        other[0] ^= 1;
        assert_eq!(
            r.key.verify(Alg::ES256, &other, &sig).unwrap_err().code,
            "signature-invalid"
        );
    }
}

/// The vc-di-ecdsa P-384 did:key (`z82…`) resolves to the published Multikey, and its key
/// checks the published ecdsa-rdfc-2019 and ecdsa-jcs-2019 signatures (hex `r ‖ s`, and the
/// same bytes as the multibase `proofValue`) over the published 96-byte combined hashes
/// (SHA-384 proof hash ‖ SHA-384 document hash) with ES384.
#[test]
fn did_key_vc_di_ecdsa_p384() {
    let dir = "tests/vectors/w3c-vc-di-ecdsa/TestVectors";
    let pair: Value = serde_json::from_str(&read(&format!("{dir}/p384KeyPair.json"))).unwrap();
    let mk = pair["publicKeyMultibase"].as_str().unwrap();
    assert!(mk.starts_with("z82"));
    let key = PublicKey::from_multikey(mk).unwrap();
    assert_eq!(key.key_type(), "P-384");
    // The JWK form reads back to the same key (a driver receives the key as this JWK).
    assert_eq!(PublicKey::from_jwk(&key.to_jwk()).unwrap(), key);
    for (suite, tag) in [
        ("ecdsa-rdfc-2019-p384", "ECDSAP384"),
        ("ecdsa-rdfc-2019-p384/employ", "ECDSAP384"),
        ("ecdsa-jcs-2019-p384", "JCSECDSAP384"),
    ] {
        let signed: Value =
            serde_json::from_str(&read(&format!("{dir}/{suite}/signed{tag}.json"))).unwrap();
        let vm = signed["proof"]["verificationMethod"].as_str().unwrap();
        let r = resolve_offline(vm).unwrap().unwrap();
        assert_eq!(r.did, format!("did:key:{mk}"), "{suite}");
        assert_eq!(r.key, key);
        let hash = hex(&read(&format!("{dir}/{suite}/combinedHash{tag}.txt")));
        assert_eq!(hash.len(), 96, "{suite}");
        let sig = hex(&read(&format!("{dir}/{suite}/sigHex{tag}.txt")));
        assert_eq!(sig.len(), 96, "{suite}");
        let value = signed["proof"]["proofValue"].as_str().unwrap();
        assert_eq!(
            badgeverify::encoding::multibase(value).unwrap(),
            sig,
            "{suite}"
        );
        assert_eq!(r.key.verify(Alg::ES384, &hash, &sig), Ok(()), "{suite}");
        let mut other = hash.clone();
        other[0] ^= 1;
        assert_eq!(
            r.key.verify(Alg::ES384, &other, &sig).unwrap_err().code,
            "signature-invalid"
        );
        // Not under ES256, and not with the 64-byte length of a P-256 signature.
        assert_eq!(
            r.key.verify(Alg::ES256, &hash, &sig).unwrap_err().code,
            "key-alg-mismatch"
        );
        assert_eq!(
            r.key
                .verify(Alg::ES384, &hash, &sig[..64])
                .unwrap_err()
                .code,
            "signature-invalid"
        );
    }
}

/// The 1EdTech OB 3.0 implementation guide key: multibase and hex forms agree.
#[test]
fn onedtech_multikey_matches_hex() {
    let r = resolve_offline("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")
        .unwrap()
        .unwrap();
    let PublicKey::Ed25519(k) = &r.key else {
        panic!("not Ed25519: {:?}", r.key)
    };
    assert_eq!(
        k.as_bytes().to_vec(),
        hex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5")
    );
    // The same key as legacy publicKeyBase58 (multikey minus `z` and the 0xed01 prefix).
    let raw58 = base58btc_encode(k.as_bytes());
    assert_eq!(PublicKey::from_ed25519_base58(&raw58).unwrap(), r.key);
}

#[test]
fn did_jwk_round_trips() {
    // RFC 8037 A.2's public JWK.
    let jwk = json!({"kty":"OKP","crv":"Ed25519","x":RFC8037_X});
    let did = format!("did:jwk:{}", seg(&jwk));
    let r = resolve_offline(&did).unwrap().unwrap();
    assert_eq!(r.key, ed_key());
    assert_eq!(r.did, did);
    assert_eq!(r.vm_id, format!("{did}#0"));
    assert_eq!(resolve_offline(&r.vm_id).unwrap().unwrap(), r);
    assert!(jws(RFC8037_A4).verify(&r.key, VC_JWT_ALGS).is_ok());
    // The did:jwk specification's P-256 example decodes to a valid key.
    let spec = "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9";
    let r = resolve_offline(spec).unwrap().unwrap();
    assert!(matches!(r.key, PublicKey::P256(_)));
    assert_eq!(
        base64url(spec.strip_prefix("did:jwk:").unwrap()).unwrap(),
        r.key.to_jwk().to_string().into_bytes(),
        "the spec example is already in RFC 7638 member order"
    );
    assert_eq!(
        resolve_offline(&format!("{did}#1")).unwrap_err().code,
        "did-jwk-invalid"
    );
    assert_eq!(
        resolve_offline("did:jwk:bm90IGpzb24").unwrap_err().code,
        "did-jwk-invalid"
    );
    // Network methods are left to the caller.
    assert_eq!(resolve_offline("did:web:example.com"), Ok(None));
}
