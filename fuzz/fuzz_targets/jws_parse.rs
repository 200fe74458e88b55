//! Compact JWS parsing, header checks and embedded-key extraction.
#![no_main]
#[path = "common.rs"]
mod common;
use badgeverify::crypto::Alg;
use badgeverify::jose::CompactJws;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = common::limits();
    let Ok(jws) = CompactJws::parse(text, &limits) else {
        return;
    };
    let _ = (jws.kid(), jws.typ(), jws.signing_input());
    let _ = jws.payload_json(&limits);
    let all = [Alg::RS256, Alg::PS256, Alg::ES256, Alg::EdDSA];
    let _ = jws.algorithm(&all);
    let _ = jws.algorithm(&[Alg::RS256]);
    if let Ok(Some(key)) = jws.header_key() {
        let _ = jws.verify(&key, &all);
        let _ = key.describe();
        let _ = key.jwk_thumbprint();
    }
});
