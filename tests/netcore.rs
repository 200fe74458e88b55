//! Pure pieces of network-backed verification: did:web URLs, DID / controller documents,
//! JWK Sets and status lists, checked against third-party data (1EdTech and W3C vectors,
//! Digital Bazaar's status-list libraries, RFC 8037 keys).
#![allow(clippy::unwrap_used)]
mod common;
use common::{hex, json, set as set_member};

use badgeverify::crypto::{Alg, PublicKey};
use badgeverify::did::web_document_url;
use badgeverify::json::Value;
use badgeverify::keys::{
    bound_to_issuer, find_verification_method, jwks_contains, vm_authorized, vm_from_document,
};
use badgeverify::status::{decode_list, entry_fields, list_subject, status_value, EntryKind};
use badgeverify::{encoding, Limits};
use std::path::Path;
use std::time::Instant;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn read_json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap()
}

const BSL: &str =
    "tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob30/bit-string-list";
const EDDSA: &str = "tests/vectors/w3c-vc-di-eddsa/TestVectors";

// ---------------------------------------------------------------- status lists

/// 1EdTech's fixture: 16,384 bytes, only bit 23 set (specs §3.7, PROVENANCE.md).
#[test]
fn edtech_testlist() {
    let list = read_json(&format!("{BSL}/testlist"));
    let encoded = list_subject(&list, "revocation").unwrap();
    assert!(encoded.starts_with("uH4sI"));
    let bits = decode_list(encoded, &Limits::default()).unwrap();
    assert_eq!(bits.len(), 16_384);
    let mut expected = vec![0u8; 16_384];
    expected[2] = 0x01; // bit 23 = byte 2, least significant bit (MSB-first numbering)
    assert_eq!(bits, expected);
    assert_eq!(status_value(&bits, 23, 1).unwrap(), 1);
    assert_eq!(status_value(&bits, 22, 1).unwrap(), 0);
    assert_eq!(status_value(&bits, 24, 1).unwrap(), 0);
    assert_eq!(status_value(&bits, 131_071, 1).unwrap(), 0);
    assert_eq!(
        status_value(&bits, 131_072, 1).unwrap_err().code,
        "status-index-out-of-range"
    );
    assert_eq!(
        list_subject(&list, "suspension").unwrap_err().code,
        "status-purpose-mismatch"
    );

    // The revoked credential's entry (index as a JSON number) points at bit 23.
    let cred = read_json(&format!("{BSL}/credential-status-revoked.json"));
    let entry = entry_fields(&cred["credentialStatus"]).unwrap();
    assert_eq!(entry.kind, EntryKind::Bitstring);
    assert_eq!(entry.purpose, "revocation");
    assert_eq!(entry.index, 23);
    assert_eq!(entry.size, 1);
    assert!(entry.list_url.ends_with("/bit-string-list/testlist"));
    assert_eq!(status_value(&bits, entry.index, entry.size).unwrap(), 1);
}

/// Lists written by Digital Bazaar's libraries (tests/data/netcore/make.mjs) read back the
/// same bits that the libraries' own decoders read.
#[test]
fn digital_bazaar_lists() {
    let lists = read_json("tests/data/netcore/lists.json");
    let set: Vec<u64> = lists["set"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    for (name, purpose) in [
        ("bitstring", "revocation"),
        ("statusList2021", "suspension"),
    ] {
        let cred = &lists[name]["credential"];
        let encoded = list_subject(cred, purpose).unwrap();
        let bits = decode_list(encoded, &Limits::default()).unwrap();
        assert_eq!(bits.len(), 16_384, "{name}");
        for (index, status) in lists[name]["readBack"].as_object().unwrap() {
            let index: u64 = index.parse().unwrap();
            assert_eq!(
                u64::from(status_value(&bits, index, 1).unwrap()),
                status.as_u64().unwrap(),
                "{name} index {index}"
            );
        }
        let ones: u32 = bits.iter().map(|b| b.count_ones()).sum();
        assert_eq!(ones as usize, set.len(), "{name}");
        for &i in &set {
            assert_eq!(status_value(&bits, i, 1).unwrap(), 1, "{name} index {i}");
        }
    }
    // StatusList2021 has no multibase prefix; standard base64 with padding, with a line
    // break, and the same text behind a `u` all decode to the same bits.
    let plain = lists["statusList2021"]["credential"]["credentialSubject"]["encodedList"]
        .as_str()
        .unwrap();
    assert!(plain.starts_with("H4sI"));
    let want = decode_list(plain, &Limits::default()).unwrap();
    let std = lists["statusList2021StandardBase64"].as_str().unwrap();
    assert!(std.ends_with('=') || std.contains('+') || std.contains('/'));
    assert_eq!(decode_list(std, &Limits::default()).unwrap(), want);
    let wrapped = format!("{}\n{}", &std[..20], &std[20..]);
    assert_eq!(decode_list(&wrapped, &Limits::default()).unwrap(), want);
    assert_eq!(
        decode_list(&format!("u{plain}"), &Limits::default()).unwrap(),
        want
    );
    // A `u` not followed by gzip's `H4sI` is not a prefix, and the text is then not gzip.
    assert_eq!(
        decode_list("uQUJDRA", &Limits::default()).unwrap_err().code,
        "status-list-corrupt"
    );
    assert_eq!(
        decode_list("not base64!", &Limits::default())
            .unwrap_err()
            .code,
        "status-list-corrupt"
    );
}

/// statusSize 2 entries written bit by bit with @digitalbazaar/bitstring.
#[test]
fn two_bit_statuses() {
    let lists = read_json("tests/data/netcore/lists.json");
    let s2 = &lists["statusSize2"];
    let bits = decode_list(s2["encodedList"].as_str().unwrap(), &Limits::default()).unwrap();
    assert_eq!(bits.len(), 32_768);
    for (index, value) in s2["values"].as_object().unwrap() {
        let index: u64 = index.parse().unwrap();
        assert_eq!(
            u64::from(status_value(&bits, index, 2).unwrap()),
            value.as_u64().unwrap(),
            "index {index}"
        );
    }
    for index in [0, 2, 4, 6, 99, 101, 131_070] {
        assert_eq!(status_value(&bits, index, 2).unwrap(), 0, "index {index}");
    }
    assert_eq!(
        status_value(&bits, 131_072, 2).unwrap_err().code,
        "status-index-out-of-range"
    );
}

#[test]
fn gzip_bomb_stops_at_the_cap() {
    let bomb = read("tests/data/netcore/bomb.txt");
    let started = Instant::now();
    let err = decode_list(bomb.trim(), &Limits::default()).unwrap_err();
    assert_eq!(err.code, "limit-exceeded");
    assert_eq!(
        err.params.get(badgeverify::code::Param::Limit),
        Some(&badgeverify::code::Arg::from("max_inflate_bytes")),
        "{err:?}"
    );
    // Stops at 4 MiB of the 32 MiB; generous bound for a shared debug build.
    assert!(started.elapsed().as_secs() < 10);
    let small = Limits {
        max_inflate_bytes: 20_000,
        ..Limits::default()
    };
    let lists = read_json("tests/data/netcore/lists.json");
    let encoded = lists["bitstring"]["credential"]["credentialSubject"]["encodedList"]
        .as_str()
        .unwrap();
    assert_eq!(decode_list(encoded, &small).unwrap().len(), 16_384);
    let tiny = Limits {
        max_inflate_bytes: 16_383,
        ..Limits::default()
    };
    assert_eq!(
        decode_list(encoded, &tiny).unwrap_err().code,
        "limit-exceeded"
    );
}

#[test]
fn damaged_lists() {
    let lists = read_json("tests/data/netcore/lists.json");
    let encoded = lists["bitstring"]["credential"]["credentialSubject"]["encodedList"]
        .as_str()
        .unwrap();
    let gz = encoding::base64url(&encoded[1..]).unwrap();
    let n = gz.len();
    let respell = |g: &[u8]| format!("u{}", encoding::base64url_encode(g));
    // CRC-32 (trailer bytes n-8..n-4), ISIZE (n-4..), deflate data, truncation.
    for (what, at) in [("crc", n - 8), ("isize", n - 2), ("data", 12)] {
        let mut g = gz.clone();
        g[at] ^= 0x40;
        assert_eq!(
            decode_list(&respell(&g), &Limits::default())
                .unwrap_err()
                .code,
            "status-list-corrupt",
            "{what}"
        );
    }
    assert_eq!(
        decode_list(&respell(&gz[..n - 5]), &Limits::default())
            .unwrap_err()
            .code,
        "status-list-corrupt"
    );
    // A list under the specification's 16 KiB is still read (the verifier notes the length);
    // only an index past its end is an error.
    let mut short = vec![0u8; 12_500];
    short[0] = 0b0010_0000;
    assert_eq!(status_value(&short, 2, 1), Ok(1));
    assert_eq!(status_value(&short, 3, 1), Ok(0));
    assert_eq!(
        status_value(&short, 100_000, 1).unwrap_err().code,
        "status-index-out-of-range"
    );
}

#[test]
fn status_entries() {
    let base = json!({
        "id": "https://example.com/credentials/1#status",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "suspension",
        "statusListIndex": "94567",
        "statusListCredential": "https://example.com/status/3"
    });
    let e = entry_fields(&base).unwrap();
    assert_eq!(
        (e.index, e.size, e.purpose.as_str()),
        (94_567, 1, "suspension")
    );
    let with = |k: &str, v: Value| {
        let mut x = base.clone();
        set_member(&mut x, &[k], v);
        x
    };
    let code = |v: Value| entry_fields(&v).unwrap_err().code;
    assert_eq!(
        entry_fields(&with("type", json!("StatusList2021Entry")))
            .unwrap()
            .kind,
        EntryKind::StatusList2021
    );
    assert_eq!(entry_fields(&with("statusSize", json!(2))).unwrap().size, 2);
    for bad in [
        json!("-1"),
        json!("+5"),
        json!(" 5"),
        json!("5a"),
        json!(""),
        json!(-3),
        json!(2.5),
    ] {
        assert_eq!(
            code(with("statusListIndex", bad.clone())),
            "status-entry-invalid",
            "{bad}"
        );
    }
    for bad in [json!(0), json!(9), json!("2"), json!(1.5)] {
        assert_eq!(
            code(with("statusSize", bad.clone())),
            "status-entry-invalid",
            "{bad}"
        );
    }
    assert_eq!(
        code(with("type", json!("RevocationList2020Status"))),
        "status-entry-invalid"
    );
    assert_eq!(
        code(with("statusListCredential", json!("ftp://x/y"))),
        "status-entry-invalid"
    );
    assert_eq!(
        code(with("statusPurpose", json!(["revocation"]))),
        "status-entry-invalid"
    );
    assert_eq!(
        code(with("id", json!("https://example.com/status/3"))),
        "status-entry-invalid"
    );
}

#[test]
fn list_credentials() {
    let lists = read_json("tests/data/netcore/lists.json");
    let good = &lists["bitstring"]["credential"];
    let mut multi = good.clone();
    set_member(
        &mut multi,
        &["credentialSubject", "statusPurpose"],
        json!(["suspension", "revocation"]),
    );
    assert!(list_subject(&multi, "revocation").is_ok());
    assert!(list_subject(&multi, "suspension").is_ok());
    assert_eq!(
        list_subject(&multi, "message").unwrap_err().code,
        "status-purpose-mismatch"
    );
    let mut wrong = good.clone();
    set_member(&mut wrong, &["type"], json!(["VerifiableCredential"]));
    assert_eq!(
        list_subject(&wrong, "revocation").unwrap_err().code,
        "status-list-invalid"
    );
    let mut wrong = good.clone();
    set_member(
        &mut wrong,
        &["credentialSubject", "type"],
        json!("RevocationList2020"),
    );
    assert_eq!(
        list_subject(&wrong, "revocation").unwrap_err().code,
        "status-list-invalid"
    );
    let mut wrong = good.clone();
    wrong
        .get_mut("credentialSubject")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("encodedList");
    assert_eq!(
        list_subject(&wrong, "revocation").unwrap_err().code,
        "status-list-invalid"
    );
}

// ---------------------------------------------------------------- did:web

#[test]
fn did_web_urls() {
    let url = |d: &str| web_document_url(d, false).unwrap();
    assert_eq!(
        url("did:web:example.com"),
        "https://example.com/.well-known/did.json"
    );
    assert_eq!(
        url("did:web:example.com%3A3000:user:alice"),
        "https://example.com:3000/user/alice/did.json"
    );
    // The shape of Credly's issuer DIDs (specs §5); the UUID is illustrative.
    assert_eq!(
        url("did:web:www.credly.com:api:v1:obi:v3:issuers:6d9e6a2c-3b1f-4c43-9a5e-0f8e2b7d1c44"),
        "https://www.credly.com/api/v1/obi/v3/issuers/6d9e6a2c-3b1f-4c43-9a5e-0f8e2b7d1c44/did.json"
    );
    assert_eq!(
        url("did:web:example.com:user:alice#key-1"),
        "https://example.com/user/alice/did.json"
    );
    assert_eq!(
        url("did:web:example.com%3a8443?versionId=1"),
        "https://example.com:8443/.well-known/did.json"
    );
    // Loopback over http only when a test asks for it.
    assert_eq!(
        web_document_url("did:web:127.0.0.1%3A8080", true).unwrap(),
        "http://127.0.0.1:8080/.well-known/did.json"
    );
    assert_eq!(
        web_document_url("did:web:127.0.0.1%3A8080:issuers:1", true).unwrap(),
        "http://127.0.0.1:8080/issuers/1/did.json"
    );
    assert_eq!(
        web_document_url("did:web:127.0.0.1%3A8080", false)
            .unwrap_err()
            .code,
        "did-web-invalid"
    );
}

// ---------------------------------------------------------------- DID documents

/// The W3C vc-di-eddsa test key, and a second key from the same suite.
fn w3c_key() -> (String, PublicKey) {
    let pair = read_json(&format!("{EDDSA}/keyPair.json"));
    let mb = pair["publicKeyMultibase"].as_str().unwrap().to_owned();
    let key = PublicKey::from_multikey(&mb).unwrap();
    (mb, key)
}

fn other_key() -> String {
    let pairs = read_json(&format!("{EDDSA}/proof-set-chain/multiKeyPairs.json"));
    pairs["keyPair1"]["publicKeyMultibase"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The key signs the W3C eddsa-rdfc-2022 vector: a found key is checked against a real
/// signature, not just compared.
fn assert_signs_w3c_vector(key: &PublicKey) {
    let msg = hex(&read(&format!(
        "{EDDSA}/eddsa-rdfc-2022/combinedHashDataInt.txt"
    )));
    let sig = hex(&read(&format!("{EDDSA}/eddsa-rdfc-2022/sigHexDataInt.txt")));
    key.verify(Alg::EdDSA, &msg, &sig).unwrap();
}

const DID: &str = "did:web:issuer.example.edu";

#[test]
fn did_document_with_relative_ids() {
    let (mb, _) = w3c_key();
    let doc = json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": DID,
        "verificationMethod": [{
            "id": "#key-1", "type": "Multikey", "controller": DID, "publicKeyMultibase": mb
        }, {
            "id": "#key-2", "type": "Multikey", "controller": DID,
            "publicKeyMultibase": other_key()
        }],
        "authentication": ["#key-2"],
        "assertionMethod": ["#key-1"]
    });
    for vm in [format!("{DID}#key-1"), "#key-1".to_owned()] {
        let (key, controller) =
            find_verification_method(&doc, DID, &vm, "assertionMethod").unwrap();
        assert_signs_w3c_vector(&key);
        assert_eq!(controller, DID);
        assert!(bound_to_issuer(&controller, DID));
    }
    // The doc id may be given as the DID URL it came from.
    assert!(
        find_verification_method(&doc, &format!("{DID}#key-1"), "#key-1", "assertionMethod")
            .is_ok()
    );
    let code = |vm: &str| {
        find_verification_method(&doc, DID, vm, "assertionMethod")
            .unwrap_err()
            .code
    };
    assert_eq!(code("#key-2"), "key-not-authorized");
    assert_eq!(code("#key-3"), "key-not-found");
    assert_eq!(code("did:web:other.example#key-1"), "key-not-found");
}

#[test]
fn did_document_with_embedded_method() {
    let (mb, _) = w3c_key();
    let raw = encoding::base58btc(&mb[1..]).unwrap();
    // Ed25519VerificationKey2018 writes the raw key (no multicodec) in base58.
    let base58 = encoding::base58btc_encode(&raw[2..]);
    let jwk = json!({"kty": "OKP", "crv": "Ed25519", "x": encoding::base64url_encode(&raw[2..])});
    let embedded = [
        json!({"id": format!("{DID}#k"), "type": "Ed25519VerificationKey2020",
               "controller": DID, "publicKeyMultibase": mb}),
        json!({"id": "#k", "type": "Ed25519VerificationKey2018",
               "controller": DID, "publicKeyBase58": base58}),
        json!({"id": "#k", "type": "JsonWebKey2020", "controller": DID, "publicKeyJwk": jwk}),
    ];
    for vm in embedded {
        let doc = json!({"id": DID, "assertionMethod": [vm.clone()]});
        let (key, controller) =
            find_verification_method(&doc, DID, &format!("{DID}#k"), "assertionMethod").unwrap();
        assert_signs_w3c_vector(&key);
        assert_eq!(controller, DID, "{vm}");
    }
}

#[test]
fn did_document_refusals() {
    let (mb, _) = w3c_key();
    let vm =
        json!({"id": "#key-1", "type": "Multikey", "controller": DID, "publicKeyMultibase": mb});
    let code = |doc: Value| {
        find_verification_method(&doc, DID, "#key-1", "assertionMethod")
            .unwrap_err()
            .code
    };
    // Only under authentication (embedded there).
    assert_eq!(
        code(json!({"id": DID, "authentication": [vm.clone()]})),
        "key-not-authorized"
    );
    // Only under authentication (by reference).
    assert_eq!(
        code(json!({"id": DID, "verificationMethod": [vm.clone()], "authentication": ["#key-1"]})),
        "key-not-authorized"
    );
    // A document for another DID (an attacker's document served at the victim's URL).
    assert_eq!(
        code(json!({"id": "did:web:attacker.example", "assertionMethod": [vm.clone()]})),
        "did-document-mismatch"
    );
    assert_eq!(
        code(json!({"assertionMethod": [vm.clone()]})),
        "did-document-mismatch"
    );
    assert_eq!(code(json!([vm.clone()])), "did-document-invalid");
    // Referenced but not defined.
    assert_eq!(
        code(json!({"id": DID, "assertionMethod": ["#key-1"]})),
        "key-not-found"
    );
    // Two different definitions of one id.
    let mut twin = vm.clone();
    set_member(&mut twin, &["publicKeyMultibase"], json!(other_key()));
    assert_eq!(
        code(
            json!({"id": DID, "verificationMethod": [vm.clone(), twin], "assertionMethod": ["#key-1"]})
        ),
        "did-document-invalid"
    );
    let with = |k: &str, v: Value| {
        let mut x = vm.clone();
        match v {
            Value::Null => {
                x.as_object_mut().unwrap().remove(k);
            }
            v => set_member(&mut x, &[k], v),
        }
        json!({"id": DID, "assertionMethod": [x]})
    };
    assert_eq!(code(with("controller", Value::Null)), "vm-invalid");
    assert_eq!(code(with("publicKeyMultibase", Value::Null)), "vm-invalid");
    assert_eq!(code(with("publicKeyBase58", json!("x"))), "vm-invalid");
    assert_eq!(code(with("type", json!("JsonWebKey2020"))), "vm-invalid");
    assert_eq!(
        code(with(
            "privateKeyMultibase",
            json!("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
        )),
        "vm-private-key"
    );
    // The private Multikey itself in publicKeyMultibase.
    assert_eq!(
        code(with(
            "publicKeyMultibase",
            json!("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
        )),
        "multikey-invalid"
    );
    // A controller that is not the issuer does not bind.
    let doc = with("controller", json!("did:web:someone.else"));
    let (_, controller) = find_verification_method(&doc, DID, "#key-1", "assertionMethod").unwrap();
    assert!(!bound_to_issuer(&controller, DID));
}

#[test]
fn https_verification_methods() {
    let (mb, key) = w3c_key();
    let issuer = "https://issuer.example.edu/issuers/1";
    let vm_url = "https://issuer.example.edu/keys/1";
    // 1. The key document itself, then its controller document.
    let key_doc =
        json!({"id": vm_url, "type": "Multikey", "controller": issuer, "publicKeyMultibase": mb});
    let (k, controller) = vm_from_document(&key_doc, vm_url).unwrap();
    assert_signs_w3c_vector(&k);
    assert_eq!(controller, issuer);
    let controller_doc = json!({"id": issuer, "assertionMethod": [vm_url]});
    vm_authorized(&controller_doc, &controller, vm_url, "assertionMethod", &k).unwrap();
    assert_eq!(
        vm_authorized(
            &json!({"id": issuer, "authentication": [vm_url]}),
            issuer,
            vm_url,
            "assertionMethod",
            &k
        )
        .unwrap_err()
        .code,
        "key-not-authorized"
    );
    assert_eq!(
        vm_authorized(
            &json!({"id": "https://evil.example/", "assertionMethod": [vm_url]}),
            issuer,
            vm_url,
            "assertionMethod",
            &k
        )
        .unwrap_err()
        .code,
        "did-document-mismatch"
    );
    // The controller document defines the method with another key.
    let other = json!({"id": issuer, "assertionMethod": [{"id": vm_url, "type": "Multikey",
        "controller": issuer, "publicKeyMultibase": other_key()}]});
    assert_eq!(
        vm_authorized(&other, issuer, vm_url, "assertionMethod", &k)
            .unwrap_err()
            .code,
        "vm-key-mismatch"
    );
    // 2. A controller document fetched for `…#key-1`.
    let frag = format!("{issuer}#key-1");
    let cdoc = json!({"id": issuer,
        "verificationMethod": [{"id": "#key-1", "type": "Multikey", "controller": issuer, "publicKeyMultibase": mb}],
        "assertionMethod": ["#key-1"]});
    let (k2, c2) = vm_from_document(&cdoc, &frag).unwrap();
    assert_eq!((k2.clone(), c2.as_str()), (key.clone(), issuer));
    vm_authorized(&cdoc, issuer, &frag, "assertionMethod", &k2).unwrap();
    assert_eq!(
        vm_from_document(&cdoc, &format!("{issuer}#key-9"))
            .unwrap_err()
            .code,
        "key-not-found"
    );
    // A document whose id is neither the method nor the fetched URL.
    assert_eq!(
        vm_from_document(&json!({"id": "https://evil.example/k", "controller": issuer, "type": "Multikey", "publicKeyMultibase": mb}), vm_url)
            .unwrap_err()
            .code,
        "did-document-mismatch"
    );
}

// ---------------------------------------------------------------- JWKS

/// RFC 8037 Appendix A.1/A.2: the Ed25519 example key (private `d` and public `x`); A.3 gives
/// its RFC 7638 thumbprint.
const RFC8037_X: &str = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
const RFC8037_D: &str = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
const RFC8037_THUMBPRINT: &str = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
const ISSUER: &str = "https://issuer.example.edu/issuers/1";

fn rfc8037_public() -> Value {
    json!({"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X})
}

fn w3c_jwk() -> Value {
    let (mb, _) = w3c_key();
    let raw = encoding::base58btc(&mb[1..]).unwrap();
    json!({"kty": "OKP", "crv": "Ed25519", "x": encoding::base64url_encode(&raw[2..])})
}

#[test]
fn jwks_matching() {
    let rfc = PublicKey::from_jwk(&rfc8037_public()).unwrap();
    let (_, w3c) = w3c_key();
    let mut named = w3c_jwk();
    set_member(&mut named, &["kid"], json!("2024-signing"));
    set_member(&mut named, &["use"], json!("sig"));
    set_member(&mut named, &["iss"], json!(ISSUER));
    let set = json!({"keys": [
        {"kty": "RSA", "kid": "enc-1", "use": "enc", "n": "AQAB", "e": "AQAB"},
        {"kty": "RSA", "kid": "enc-2", "key_ops": ["encrypt", "wrapKey"], "n": "AQAB", "e": "AQAB"},
        {"kty": "OKP", "crv": "X25519", "x": "hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo"},
        rfc8037_public(),
        named,
    ]});
    // By kid: the W3C key, which signs the W3C vector.
    let found = jwks_contains(&set, Some("2024-signing"), None, ISSUER, None)
        .unwrap()
        .unwrap();
    assert_signs_w3c_vector(&found);
    // By kid and matching header key.
    assert_eq!(
        jwks_contains(&set, Some("2024-signing"), Some(&w3c), ISSUER, None).unwrap(),
        Some(w3c.clone())
    );
    // By the RFC 7638 thumbprint of an entry without `kid` (value from RFC 8037 A.3).
    assert_eq!(
        jwks_contains(&set, Some(RFC8037_THUMBPRINT), None, ISSUER, None).unwrap(),
        Some(rfc.clone())
    );
    // By key equality alone.
    assert_eq!(
        jwks_contains(&set, None, Some(&rfc), ISSUER, None).unwrap(),
        Some(rfc.clone())
    );
    // Absent kid, absent key, nothing asked.
    assert_eq!(
        jwks_contains(&set, Some("nope"), None, ISSUER, None).unwrap(),
        None
    );
    let stranger = PublicKey::from_multikey(&other_key()).unwrap();
    assert_eq!(
        jwks_contains(&set, None, Some(&stranger), ISSUER, None).unwrap(),
        None
    );
    assert_eq!(jwks_contains(&set, None, None, ISSUER, None).unwrap(), None);
    // The kid names the issuer's key but the token carries another.
    assert_eq!(
        jwks_contains(&set, Some("2024-signing"), Some(&stranger), ISSUER, None)
            .unwrap_err()
            .code,
        "jwks-key-mismatch"
    );
    // `iss` for another issuer.
    assert_eq!(
        jwks_contains(
            &set,
            Some("2024-signing"),
            None,
            "https://other.example/",
            None
        )
        .unwrap_err()
        .code,
        "jwks-iss-mismatch"
    );
    // An encryption key named by kid: by `use`, or by `key_ops` (Wycheproof
    // json_web_signature tcId 355-356).
    for kid in ["enc-1", "enc-2"] {
        assert_eq!(
            jwks_contains(&set, Some(kid), None, ISSUER, None)
                .unwrap_err()
                .code,
            "jwks-key-use",
            "{kid}"
        );
    }
    // Malformed sets.
    for bad in [json!([]), json!({"keys": {}}), json!({})] {
        assert_eq!(
            jwks_contains(&bad, Some("x"), None, ISSUER, None)
                .unwrap_err()
                .code,
            "jwks-invalid"
        );
    }
}

#[test]
fn jwks_refusals() {
    let rfc = PublicKey::from_jwk(&rfc8037_public()).unwrap();
    // RFC 8037 A.1 is the private key: a set that publishes it has leaked it, whether the
    // entry is found by kid, by thumbprint or by its public half.
    let mut private = rfc8037_public();
    set_member(&mut private, &["d"], json!(RFC8037_D));
    set_member(&mut private, &["kid"], json!("leaked"));
    let set = json!({"keys": [private]});
    for (kid, key) in [(Some("leaked"), None), (None, Some(&rfc))] {
        assert_eq!(
            jwks_contains(&set, kid, key, ISSUER, None)
                .unwrap_err()
                .code,
            "jwk-private-key"
        );
    }
    let mut private = rfc8037_public();
    set_member(&mut private, &["d"], json!(RFC8037_D));
    assert_eq!(
        jwks_contains(
            &json!({"keys": [private]}),
            Some(RFC8037_THUMBPRINT),
            None,
            ISSUER,
            None
        )
        .unwrap_err()
        .code,
        "jwk-private-key"
    );
    // A key published for one algorithm does not verify another.
    let mut ps512 = rfc8037_public();
    set_member(&mut ps512, &["alg"], json!("EdDSA"));
    let eddsa = Some(badgeverify::crypto::Alg::EdDSA);
    assert!(jwks_contains(
        &json!({"keys": [ps512.clone()]}),
        Some(RFC8037_THUMBPRINT),
        None,
        ISSUER,
        eddsa
    )
    .unwrap()
    .is_some());
    set_member(&mut ps512, &["alg"], json!("PS512"));
    assert_eq!(
        jwks_contains(
            &json!({"keys": [ps512]}),
            Some(RFC8037_THUMBPRINT),
            None,
            ISSUER,
            eddsa
        )
        .unwrap_err()
        .code,
        "jwk-alg-mismatch"
    );
    // A symmetric key named by kid.
    let set = json!({"keys": [{"kty": "oct", "kid": "h", "k": "c2VjcmV0"}]});
    assert_eq!(
        jwks_contains(&set, Some("h"), None, ISSUER, None)
            .unwrap_err()
            .code,
        "jwk-symmetric"
    );
    // One kid, two different keys.
    let mut a = rfc8037_public();
    set_member(&mut a, &["kid"], json!("k"));
    let mut b = w3c_jwk();
    set_member(&mut b, &["kid"], json!("k"));
    let set = json!({"keys": [a, b]});
    assert_eq!(
        jwks_contains(&set, Some("k"), None, ISSUER, None)
            .unwrap_err()
            .code,
        "jwks-kid-ambiguous"
    );
    // …which a header key resolves.
    assert_eq!(
        jwks_contains(&set, Some("k"), Some(&rfc), ISSUER, None).unwrap(),
        Some(rfc)
    );
}
