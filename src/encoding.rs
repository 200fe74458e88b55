//! Byte encodings found in badges: base64url / base64, base58btc, multibase, hex.

use crate::{Error, Result};
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;

/// Decodes unpadded base64url, as JOSE requires (`json-web-signature` segments).
///
/// # Errors
/// `base64-invalid` when the text is not unpadded base64url.
pub fn base64url(text: &str) -> Result<Vec<u8>> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|e| Error::new("base64-invalid", format!("not valid base64url: {e}")))
}

/// Encodes bytes as unpadded base64url.
pub fn base64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes base64 in any of its common spellings: url-safe or standard alphabet, padded or
/// not, with whitespace ignored (status lists are written all of these ways).
///
/// # Errors
/// `base64-invalid` when none of the spellings decodes.
pub fn base64_any(text: &str) -> Result<Vec<u8>> {
    let t: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    [URL_SAFE_NO_PAD, URL_SAFE, STANDARD_NO_PAD, STANDARD]
        .iter()
        .find_map(|e| e.decode(&t).ok())
        .ok_or_else(|| Error::new("base64-invalid", "the value is not valid base64"))
}

/// Decodes base58btc (Bitcoin alphabet).
///
/// # Errors
/// `base58-invalid` on a character outside the alphabet.
pub fn base58btc(text: &str) -> Result<Vec<u8>> {
    bs58::decode(text)
        .into_vec()
        .map_err(|e| Error::new("base58-invalid", format!("not valid base58btc: {e}")))
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
        _ => Err(Error::new(
            "multibase-unsupported",
            format!(
                "expected a multibase value starting with `z` (base58btc) or `u` (base64url), found {:?}",
                text.chars().take(8).collect::<String>()
            ),
        )),
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
        assert_eq!(multibase("f00").unwrap_err().code, "multibase-unsupported");
        assert_eq!(base58btc("0OIl").unwrap_err().code, "base58-invalid");
        assert_eq!(hex(&[0, 255]), "00ff");
    }
}
