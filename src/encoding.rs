//! Byte encodings found in badges: base64url / base64, base58btc, multibase, hex.

use crate::code::Params;
use crate::Code;
use crate::{Error, Result};

/// The base64url alphabet (RFC 4648 §5); the standard one differs in its last two symbols.
const URL_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A base64 spelling: the alphabet's last two symbols and whether `=` padding is required
/// (otherwise it is forbidden).
#[derive(Clone, Copy)]
struct Spelling {
    s62: u8,
    s63: u8,
    padded: bool,
}

const URL_NO_PAD: Spelling = Spelling {
    s62: b'-',
    s63: b'_',
    padded: false,
};

/// Strict RFC 4648 decoding in one spelling: canonical padding (or none), no stray
/// characters, and the unused bits of the last symbol zero. Returns what is wrong.
fn decode(text: &[u8], spelling: Spelling) -> std::result::Result<Vec<u8>, String> {
    let body = if spelling.padded {
        if text.len() % 4 != 0 {
            return Err(format!("{} characters is not a multiple of 4", text.len()));
        }
        let pad = text
            .iter()
            .rev()
            .take(2)
            .take_while(|&&b| b == b'=')
            .count();
        text.get(..text.len() - pad).unwrap_or_default()
    } else {
        text
    };
    if body.len() % 4 == 1 {
        return Err(format!("{} symbols cannot end a base64 text", body.len()));
    }
    if spelling.padded && (4 - body.len() % 4) % 4 != text.len() - body.len() {
        return Err("the `=` padding does not match the length".to_owned());
    }
    let mut out = Vec::with_capacity(body.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for (i, &b) in body.iter().enumerate() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            _ if b == spelling.s62 => 62,
            _ if b == spelling.s63 => 63,
            _ => return Err(format!("invalid symbol {:?} at offset {i}", char::from(b))),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if acc != 0 {
        return Err("the last symbol has non-zero unused bits".to_owned());
    }
    Ok(out)
}

/// Decodes unpadded base64url, as JOSE requires (`json-web-signature` segments).
///
/// # Errors
/// `base64-invalid` when the text is not unpadded base64url.
pub fn base64url(text: &str) -> Result<Vec<u8>> {
    decode(text.as_bytes(), URL_NO_PAD).map_err(|_| Error::with(Code::Base64Invalid, Params::new()))
}

/// Encodes bytes as unpadded base64url.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            let index = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(URL_ALPHABET[index as usize]));
        }
    }
    out
}

/// Decodes base64 in any of its common spellings: url-safe or standard alphabet, padded or
/// not, with whitespace ignored (status lists are written all of these ways).
///
/// # Errors
/// `base64-invalid` when none of the spellings decodes.
pub fn base64_any(text: &str) -> Result<Vec<u8>> {
    let t: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    [(b'-', b'_'), (b'+', b'/')]
        .iter()
        .flat_map(|&(s62, s63)| [false, true].map(|padded| Spelling { s62, s63, padded }))
        .find_map(|spelling| decode(&t, spelling).ok())
        .ok_or_else(|| Error::with(Code::Base64Invalid, Params::new()))
}

/// Decodes base58btc (Bitcoin alphabet).
///
/// # Errors
/// `base58-invalid` on a character outside the alphabet.
pub fn base58btc(text: &str) -> Result<Vec<u8>> {
    bs58::decode(text)
        .into_vec()
        .map_err(|_| Error::with(Code::Base58Invalid, Params::new()))
}

/// Encodes bytes as base58btc.
pub fn base58btc_encode(bytes: &[u8]) -> String {
    bs58::encode(bytes).into_string()
}

/// Decodes a multibase string: `z` (base58btc) or `u` (base64url, no padding).
///
/// # Errors
/// `multibase-unsupported` for any other prefix, or the decoder's error.
pub fn multibase(text: &str) -> Result<Vec<u8>> {
    match text.as_bytes().first() {
        Some(b'z') => base58btc(&text[1..]),
        Some(b'u') => base64url(&text[1..]),
        _ => Err(Error::with(Code::MultibaseUnsupported, Params::new())),
    }
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_form() {
        assert_eq!(base64url("_-8").unwrap(), [0xff, 0xef]);
        assert!(base64url("_-8=").is_err());
        assert_eq!(base64_any("/+8=").unwrap(), [0xff, 0xef]);
        assert_eq!(base64_any("_-8\n").unwrap(), [0xff, 0xef]);
        assert_eq!(base58btc("1112").unwrap(), [0, 0, 0, 1]);
        assert_eq!(base58btc_encode(&[0, 0, 0, 1]), "1112");
        assert_eq!(multibase("z1112").unwrap(), [0, 0, 0, 1]);
        assert_eq!(multibase("u_-8").unwrap(), [0xff, 0xef]);
        assert_eq!(
            multibase("f00").unwrap_err().code,
            Code::MultibaseUnsupported
        );
        assert_eq!(base58btc("0OIl").unwrap_err().code, Code::Base58Invalid);
        assert_eq!(hex(&[0, 255]), "00ff");
    }

    /// The `base64` crate is the oracle: every spelling agrees on every short input over
    /// an alphabet with all the interesting symbols.
    #[test]
    fn agrees_with_the_base64_crate() {
        use base64::engine::general_purpose::{
            STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD,
        };
        use base64::Engine;
        let symbols = b"AQgw_-+/=";
        let mut texts: Vec<Vec<u8>> = vec![Vec::new()];
        for len in 1..=5 {
            let mut next = Vec::new();
            for t in texts.iter().filter(|t| t.len() == len - 1) {
                for &s in symbols {
                    let mut t = t.clone();
                    t.push(s);
                    next.push(t);
                }
            }
            texts.extend(next);
        }
        for t in &texts {
            let text = std::str::from_utf8(t).unwrap();
            assert_eq!(
                base64url(text).ok(),
                URL_SAFE_NO_PAD.decode(t).ok(),
                "{text:?}"
            );
            let want = [&URL_SAFE_NO_PAD, &URL_SAFE, &STANDARD_NO_PAD, &STANDARD]
                .iter()
                .find_map(|e| e.decode(t).ok());
            assert_eq!(base64_any(text).ok(), want, "{text:?}");
        }
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(97) ^ 0xa5).collect();
            assert_eq!(base64url_encode(&bytes), URL_SAFE_NO_PAD.encode(&bytes));
            assert_eq!(base64_any(&STANDARD.encode(&bytes)).unwrap(), bytes);
            assert_eq!(base64_any(&URL_SAFE.encode(&bytes)).unwrap(), bytes);
        }
    }
}
