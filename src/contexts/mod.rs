//! The JSON-LD context documents bundled in the binary, pinned by SHA-256. **Never fetched.**
//!
//! A Data Integrity signature signs the RDF produced with the contexts the issuer used, so
//! their content is part of what is verified: the verifier serves only these bytes (files
//! under `src/contexts/data/`, provenance in `data/PROVENANCE.md`). Some URLs had their
//! content changed after publication ("context drift", e.g. OB `context-3.0.3.json`); every
//! known copy is kept as a [`ContextVariant`], newest first. [`Bundled`] serves variant 0 of
//! every URL; [`Bundled::with_variant`] picks another one for a URL, so a verifier can retry a
//! failing signature with historical copies and report which `label` matched.

use crate::code::{Param, Params};
use crate::json::Value;
use crate::jsonld::{ContextLoader, RemoteDocument};
use crate::Code;
use crate::{Error, Result};
use std::sync::{Arc, Mutex, OnceLock};

/// One known copy of a context document served at `url`.
#[derive(Debug)]
pub struct ContextVariant {
    /// The context URL.
    pub url: &'static str,
    /// Where this copy comes from and how it differs, for reports.
    pub label: &'static str,
    /// Lower-case hex SHA-256 of `json`'s bytes, checked by a unit test. Only test builds
    /// carry it: nothing checks it at run time, and in the WebAssembly module the pins
    /// would be ~1 KB gzip of incompressible hex.
    #[cfg(test)]
    pub sha256: &'static str,
    /// The document text, byte for byte as published.
    pub json: &'static str,
}

macro_rules! v {
    ($url:expr, $label:expr, $file:expr, $sha:expr) => {
        ContextVariant {
            url: $url,
            label: $label,
            #[cfg(test)]
            sha256: $sha,
            json: include_str!(concat!("data/", $file)),
        }
    };
}

/// Every bundled URL with its variants (newest first).
static BUNDLE: &[&[ContextVariant]] = &[
    &[v!(
        "https://www.w3.org/ns/credentials/v2",
        "w3c/vc-data-model@979c4af",
        "credentials-v2.jsonld",
        "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"
    )],
    &[v!(
        "https://www.w3.org/2018/credentials/v1",
        "w3c/vc-data-model@979c4af",
        "credentials-v1.jsonld",
        "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc"
    )],
    &[
        v!(
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "1EdTech validator@3825471 (adds jti, endorsementJwt)",
            "ob-v3p0-context-3.0.3-validator.json",
            "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84"
        ),
        v!(
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "1EdTech spec repo (inLanguage, awardedDate)",
            "ob-v3p0-context-3.0.3-spec.json",
            "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761"
        ),
    ],
    &[v!(
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        "1EdTech spec repo",
        "ob-v3p0-context-3.0.2.json",
        "00666ad080ba407687ed1846b7f5e7495f5019042b202a727de47c48a1755c53"
    )],
    &[v!(
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
        "1EdTech spec repo",
        "ob-v3p0-context-3.0.1.json",
        "d582f3564282fb3b709136d28412e78e70b678b4dbc2f0221f67d84932748355"
    )],
    &[v!(
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        "1EdTech spec repo (3.0.0 final, 2022-11-04)",
        "ob-v3p0-context-3.0.0.json",
        "b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10"
    )],
    &[v!(
        "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld",
        "1EdTech validator alias of 3.0.0",
        "ob-v3p0-context-3.0.0.json",
        "b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10"
    )],
    &[v!(
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        "1EdTech validator@3825471",
        "ob-v3p0-extensions.json",
        "146f85aa16effd7ca1da8056eb443f53ce1eca8a34186cb062832c0a97d889c3"
    )],
    &[v!(
        "https://w3id.org/security/data-integrity/v2",
        "w3c/vc-data-integrity@570d764",
        "data-integrity-v2.jsonld",
        "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4"
    )],
    &[v!(
        "https://w3id.org/security/data-integrity/v1",
        "w3c/vc-data-integrity@570d764",
        "data-integrity-v1.jsonld",
        "b5d829bd09aa7c42abc6efa0c8ed7635313b5487f37ccfce3ecd149ca9418554"
    )],
    &[v!(
        "https://w3id.org/security/multikey/v1",
        "w3c/vc-data-integrity@570d764",
        "multikey-v1.jsonld",
        "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597"
    )],
    &[v!(
        "https://w3id.org/security/jwk/v1",
        "w3c/vc-data-integrity@570d764",
        "jwk-v1.jsonld",
        "0f14b62f6071aafe00df265770ea0c7508e118247d79b7d861a406d2aa00bece"
    )],
    &[v!(
        "https://w3id.org/security/suites/ed25519-2020/v1",
        "digitalbazaar/ed25519-signature-2020-context@e19889b",
        "ed25519-2020-v1.jsonld",
        "b9e1ab971fd8bf2c7553e0c4a9438e0b9450afde1ea1ca5b2492368b9f549588"
    )],
    &[v!(
        "https://www.w3.org/ns/credentials/status/v1",
        "w3c/vc-bitstring-status-list@74fcae1",
        "credentials-status-v1.jsonld",
        "fda5add353231e6a6884a46b12e6c75464281900cb348284d9c360f62381d9f7"
    )],
    &[v!(
        "https://w3id.org/vc/status-list/2021/v1",
        "w3c/vc-bitstring-status-list@74fcae1",
        "status-list-2021-v1.jsonld",
        "6dd06a52bedb771e059c1083ba8ba7848dce22f6b4a8cfa0b98ba3fc188870e4"
    )],
    &[v!(
        "https://www.w3.org/ns/did/v1",
        "w3c/did-extensions@2c9fd0b",
        "did-v1.jsonld",
        "4f3eae5568c9c5f036a082088f9e192019ee06faa78973c87ff91d5421b88dad"
    )],
    &[v!(
        "https://w3id.org/security/v1",
        "w3c-ccg/security-vocab@42893e1",
        "security-v1.jsonld",
        "abaf97e107d1925503c433dcaf3ffd2831697cacc1ed2a293e1bc8030d5bcb47"
    )],
    &[v!(
        "https://w3id.org/security/v2",
        "w3c-ccg/security-vocab@42893e1",
        "security-v2.jsonld",
        "611bd81151d5efe53ec9aed78f5a813e577287bc9451ee26d6879b1b8b46bc3b"
    )],
    &[
        v!(
            "https://w3id.org/openbadges/v2",
            "1EdTech spec repo (educationalFramework, 2020-11)",
            "ob-v2p0-v2-spec.json",
            "3c0c25a0e581c64cbe632197377c4f334c6c0b95f0d90e3b74449781612b153d"
        ),
        v!(
            "https://w3id.org/openbadges/v2",
            "1EdTech validator@3825471 (targetFramework)",
            "ob-v2p0-v2-validator.json",
            "393a890d7d95eb3a86f5f12309648a64c2d0676e5270e2967b5341a2dcea13d2"
        ),
    ],
    &[
        v!(
            "https://openbadgespec.org/v2/context.json",
            "1EdTech spec repo (educationalFramework, 2020-11)",
            "ob-v2p0-v2-spec.json",
            "3c0c25a0e581c64cbe632197377c4f334c6c0b95f0d90e3b74449781612b153d"
        ),
        v!(
            "https://openbadgespec.org/v2/context.json",
            "1EdTech validator@3825471 (targetFramework)",
            "ob-v2p0-v2-validator.json",
            "393a890d7d95eb3a86f5f12309648a64c2d0676e5270e2967b5341a2dcea13d2"
        ),
    ],
    &[v!(
        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        "1EdTech validator@3825471",
        "clr-v2p0-context-2.0.1.json",
        "880f1902d4158f2f33ce06af41b90719977cd1ea337a9de2e41edb3ff5e543d6"
    )],
    &[v!(
        "https://purl.imsglobal.org/spec/clr/v2p0/context.json",
        "1EdTech validator@3825471",
        "clr-v2p0-context-2.0.0.json",
        "e198d7b517d74c5036434ce495086f67b10244709e9a3df9dcb7f8b1579b6167"
    )],
    &[v!(
        "https://www.w3.org/ns/credentials/examples/v2",
        "w3c/vc-data-model@979c4af",
        "credentials-examples-v2.jsonld",
        "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c"
    )],
    &[v!(
        "https://www.w3.org/2018/credentials/examples/v1",
        "w3c/vc-data-model@979c4af",
        "credentials-examples-v1.jsonld",
        "2070ae4e75bc3b4c2cfe2b8b6e86ec45119672bbb5da283f0399ea96c60a0104"
    )],
    &[v!(
        "https://www.w3.org/ns/odrl.jsonld",
        "1EdTech validator@3825471 (imported by credentials examples v1)",
        "odrl.jsonld",
        "f9937a5cf820abc39a1b954a3752132a9334fb23ec4a379e77a74a007c8f567d"
    )],
    &[v!(
        "https://w3id.org/citizenship/v4rc1",
        "w3c-ccg/citizenship-vocab@50a3689",
        "citizenship-v4rc1.jsonld",
        "5038c7383afd7ab2158f1b997913a8f60978a0abcf96e0b0d08e29f146d2db1e"
    )],
];

/// Every bundled context URL.
pub fn urls() -> impl Iterator<Item = &'static str> {
    BUNDLE.iter().filter_map(|v| v.first().map(|c| c.url))
}

/// The known variants of the context at `url`, newest first (empty if not bundled).
pub fn variants(url: &str) -> &'static [ContextVariant] {
    BUNDLE
        .iter()
        .copied()
        .find(|v| v.first().is_some_and(|c| c.url == url))
        .unwrap_or(&[])
}

fn entry_index(url: &str) -> Option<usize> {
    BUNDLE
        .iter()
        .position(|v| v.first().is_some_and(|c| c.url == url))
}

/// Parsed documents, parsed once per process (a list: there are a few dozen at most).
type Parsed = Mutex<Vec<((usize, usize), Arc<Value>)>>;

fn parsed(entry: usize, variant: usize) -> Result<Arc<Value>> {
    static PARSED: OnceLock<Parsed> = OnceLock::new();
    let cache = PARSED.get_or_init(|| Mutex::new(Vec::new()));
    let key = (entry, variant);
    if let Some(v) = cache
        .lock()
        .ok()
        .and_then(|c| c.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()))
    {
        return Ok(v);
    }
    let cv = BUNDLE
        .get(entry)
        .and_then(|e| e.get(variant))
        .ok_or_else(|| {
            let url = BUNDLE
                .get(entry)
                .and_then(|e| e.first())
                .map_or("", |v| v.url);
            Error::with(Code::ContextUnknown, Params::new().with(Param::Url, url))
        })?;
    // The crate's own bounded parser, not `serde_json::from_str`: the document being verified
    // is parsed with it anyway, so in WebAssembly the first verification compiles one JSON
    // parser instead of two (V8 compiles each function on its first call).
    // Not JSON would be a bug in the bundle (a test parses every variant).
    let value = crate::json::parse(cv.json, &crate::Limits::default())
        .map_err(|_| Error::with(Code::ContextUnknown, Params::new().with(Param::Url, cv.url)))?;
    let value = Arc::new(value);
    if let Ok(mut c) = cache.lock() {
        c.push((key, value.clone()));
    }
    Ok(value)
}

/// The bundled-context loader: serves variant 0 of every bundled URL unless told otherwise,
/// and fails with `context-unknown` (naming the URL) for anything else.
#[derive(Clone, Debug, Default)]
pub struct Bundled {
    chosen: Vec<(&'static str, usize)>,
}

impl Bundled {
    /// A loader serving the newest variant of every bundled context.
    pub fn new() -> Self {
        Self::default()
    }

    /// Serves variant `index` of [`variants`]`(url)` for `url` (ignored if out of range or
    /// `url` is not bundled).
    pub fn with_variant(mut self, url: &str, index: usize) -> Self {
        let vs = variants(url);
        if let Some(v) = vs.first().filter(|_| index < vs.len()) {
            self.chosen.retain(|(u, _)| *u != v.url);
            self.chosen.push((v.url, index));
        }
        self
    }

    /// The variant this loader serves for `url`, if bundled.
    pub fn variant(&self, url: &str) -> Option<&'static ContextVariant> {
        let index = self
            .chosen
            .iter()
            .find(|(u, _)| *u == url)
            .map_or(0, |(_, i)| *i);
        variants(url).get(index)
    }
}

impl ContextLoader for Bundled {
    fn load(&self, url: &str) -> Result<RemoteDocument> {
        let Some(entry) = entry_index(url) else {
            return Err(Error::with(
                Code::ContextUnknown,
                Params::new().with(Param::Url, url),
            ));
        };
        let index = self
            .chosen
            .iter()
            .find(|(u, _)| *u == url)
            .map_or(0, |(_, i)| *i);
        Ok(RemoteDocument {
            document: parsed(entry, index)?,
            cache_id: Some(((entry as u64) << 8) | index as u64),
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn every_bundled_context_matches_its_pinned_sha256_and_parses() {
        let mut n = 0;
        for (i, entry) in BUNDLE.iter().enumerate() {
            assert!(!entry.is_empty());
            for (j, cv) in entry.iter().enumerate() {
                assert_eq!(cv.url, entry[0].url);
                let got = crate::encoding::hex(&Sha256::digest(cv.json.as_bytes()));
                assert_eq!(got, cv.sha256, "{} ({})", cv.url, cv.label);
                // Parsed as the loader parses it (the crate's bounded parser), and unchanged
                // by that parser: the same value serde_json reads.
                let v = parsed(i, j).unwrap();
                assert_eq!(*v, serde_json::from_str::<Value>(cv.json).unwrap());
                assert!(v.get("@context").is_some(), "{}", cv.url);
                n += 1;
            }
        }
        assert!(n >= 27);
    }

    #[test]
    fn ob_303_has_two_variants_with_the_validator_copy_first() {
        let vs = variants("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assert_eq!(vs.len(), 2);
        assert!(vs[0].json.contains("endorsementJwt"));
        assert!(!vs[1].json.contains("endorsementJwt"));
        let b = Bundled::new().with_variant(vs[0].url, 1);
        assert_eq!(b.variant(vs[0].url).unwrap().label, vs[1].label);
        let doc = b.load(vs[0].url).unwrap();
        assert!(!doc.document.to_string().contains("endorsementJwt"));
    }

    #[test]
    fn unknown_context_is_named() {
        let e = Bundled::new()
            .load("https://example.org/ctx.json")
            .unwrap_err();
        assert_eq!(e.code, Code::ContextUnknown);
        assert_eq!(
            e.params,
            Params::new().with(Param::Url, "https://example.org/ctx.json")
        );
    }
}
