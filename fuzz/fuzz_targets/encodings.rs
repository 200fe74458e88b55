//! Byte encodings and key decoders: base64url/base64, base58btc, multibase, Multikey, JWK,
//! PEM, DER, CBOR, offline DID resolution. The first byte picks the decoder.
#![no_main]
use badgeverify::crypto::PublicKey;
use badgeverify::{cbor, did, encoding};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    match which % 8 {
        0 => {
            let _ = encoding::base64url(text);
            let _ = encoding::base64_any(text);
        }
        1 => {
            let _ = encoding::base58btc(text);
            let _ = encoding::multibase(text);
        }
        2 => {
            let _ = PublicKey::from_multikey(text);
        }
        3 => {
            if let Ok(v) = serde_json::from_str::<badgeverify::json::Value>(text) {
                if let Ok(k) = PublicKey::from_jwk(&v) {
                    let _ = k.to_jwk();
                    let _ = k.jwk_thumbprint();
                }
            }
        }
        4 => {
            let _ = PublicKey::from_pem(text);
        }
        // Binary decoders: DER SPKI, and the CBOR reader of ecdsa-sd-2023 proof values.
        5 => {
            let _ = PublicKey::from_spki_der(rest);
            let _ = PublicKey::from_multikey_bytes(rest);
            let mut r = cbor::Reader::new(rest);
            while r.finish().is_err() && r.item().is_ok() {}
        }
        6 => {
            let _ = did::did_method(text);
            let _ = did::resolve_offline(text);
        }
        _ => {
            let _ = PublicKey::from_ed25519_base58(text);
            let _ = did::resolve_offline(&format!("did:key:{text}"));
        }
    }
});
