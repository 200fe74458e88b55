//! Baked PNG: a bounded chunk walker, badge text chunks in, badge text chunks out.
//!
//! The walker reads chunk headers only; it never decodes pixels and never stops at the
//! first `IDAT` (the 1EdTech OB 3.0 test images carry the badge just before `IEND`).
//! Policies, all of them strict because a badge is evidence:
//!
//! - Every chunk length is checked against the bytes left before anything is sliced;
//!   a file that ends before `IEND` is `png-truncated`. Bytes after `IEND` are ignored
//!   (and dropped by [`bake`]).
//! - The CRC-32 of **every** chunk is checked and a mismatch is `png-bad-crc`, whether or
//!   not the chunk carries the badge: a corrupt file is reported, not half-read.
//! - The first chunk must be `IHDR`; chunk types must be four ASCII letters.
//! - Badge chunks are `tEXt`, `zTXt` and `iTXt` with keyword `openbadges` (OB 1.x/2.0) or
//!   `openbadgecredential` (OB 3.0). `tEXt`/`zTXt` text is Latin-1 and converted to UTF-8;
//!   `iTXt` text is UTF-8. Compressed text is inflated with an output cap of
//!   [`Limits::max_inflate_bytes`]. Only badge chunks are parsed, and only they are held
//!   to [`Limits::max_png_text_chunk_bytes`]. The first chunk of each keyword counts;
//!   when both keywords are present OB 3.0 wins.

use super::{no_badge_data, Extracted, Payload};
use crate::code::{Param, Params};
use crate::report::{ContainerKind, Spec};
use crate::Code;
use crate::{Error, Limits, Result};

/// The 8-byte PNG signature.
pub const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// Text-chunk keyword of OB 1.x / 2.0 badges.
pub const KEYWORD_OB2: &[u8] = b"openbadges";

/// Text-chunk keyword of OB 3.0 badges.
pub const KEYWORD_OB3: &[u8] = b"openbadgecredential";

/// One chunk of a PNG, borrowed from the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk<'a> {
    /// Byte offset of the chunk (its length field) in the file.
    pub offset: usize,
    /// The chunk type, e.g. `*b"iTXt"`.
    pub kind: [u8; 4],
    /// The chunk data.
    pub data: &'a [u8],
    /// The whole chunk as stored: length, type, data and CRC.
    pub raw: &'a [u8],
}

impl Chunk<'_> {
    fn name(&self) -> String {
        String::from_utf8_lossy(&self.kind).into_owned()
    }

    /// The generation named by this chunk's keyword when it is a badge text chunk
    /// (`tEXt`/`zTXt`/`iTXt` with keyword `openbadges` or `openbadgecredential`).
    pub fn badge_keyword(&self) -> Option<Spec> {
        if !matches!(&self.kind, b"tEXt" | b"zTXt" | b"iTXt") {
            return None;
        }
        let (keyword, _) = split_nul(self.data)?;
        match keyword {
            KEYWORD_OB2 => Some(Spec::Ob2),
            KEYWORD_OB3 => Some(Spec::Ob3),
            _ => None,
        }
    }
}

/// Walks the chunks of a PNG up to and including `IEND`, checking lengths, types and CRCs.
/// Created by [`chunks`]; yields at most one error, then stops.
#[derive(Clone, Debug)]
pub struct Chunks<'a> {
    bytes: &'a [u8],
    pos: usize,
    count: usize,
    max_chunks: usize,
    done: bool,
}

/// Starts walking the chunks of `bytes`.
///
/// # Errors
/// `unrecognized-input` when `bytes` does not start with the PNG signature.
pub fn chunks<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Chunks<'a>> {
    if !bytes.starts_with(&SIGNATURE) {
        return Err(super::unrecognized_kind("not-png"));
    }
    Ok(Chunks {
        bytes,
        pos: SIGNATURE.len(),
        count: 0,
        max_chunks: limits.max_png_chunks,
        done: false,
    })
}

impl<'a> Iterator for Chunks<'a> {
    type Item = Result<Chunk<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = self.read_chunk();
        self.done = !matches!(&item, Ok(c) if &c.kind != b"IEND");
        Some(item)
    }
}

impl<'a> Chunks<'a> {
    fn read_chunk(&mut self) -> Result<Chunk<'a>> {
        let offset = self.pos;
        if self.count >= self.max_chunks {
            return Err(Error::limit(
                "max_png_chunks",
                self.max_chunks,
                "png-chunks",
            ));
        }
        let rest = self.bytes.get(offset..).unwrap_or_default();
        let Some((head, body)) = rest.split_first_chunk::<8>() else {
            return Err(truncated("no-iend", self.bytes.len()));
        };
        let [l0, l1, l2, l3, k0, k1, k2, k3] = *head;
        let len = u32::from_be_bytes([l0, l1, l2, l3]);
        let kind = [k0, k1, k2, k3];
        let name = String::from_utf8_lossy(&kind).into_owned();
        if len > 0x7FFF_FFFF {
            return Err(malformed("chunk-length", &name, offset));
        }
        let len = len as usize;
        let (Some(data), Some(crc)) = (
            body.get(..len),
            body.get(len..).and_then(<[u8]>::first_chunk::<4>),
        ) else {
            return Err(truncated("chunk-data", offset));
        };
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(malformed("chunk-type", &name, offset));
        }
        if self.count == 0 && &kind != b"IHDR" {
            return Err(malformed("first-not-ihdr", &name, offset));
        }
        let stored = u32::from_be_bytes(*crc);
        let mut hasher = crate::crc32::Hasher::new();
        hasher.update(&kind);
        hasher.update(data);
        let computed = hasher.finalize();
        if stored != computed {
            return Err(Error::with(
                Code::PngBadCrc,
                Params::new()
                    .with(Param::Chunk, name)
                    .with(Param::Offset, offset),
            ));
        }
        let end = offset + 12 + len;
        self.pos = end;
        self.count += 1;
        Ok(Chunk {
            offset,
            kind,
            data,
            raw: self.bytes.get(offset..end).unwrap_or_default(),
        })
    }
}

/// Finds the badge in a PNG.
///
/// # Errors
/// `png-truncated`, `png-bad-crc`, `png-malformed` for a damaged file or badge chunk;
/// `png-inflate` for a corrupt compressed text; `limit-exceeded` for a tripped bound;
/// `no-badge-data` when there is no badge chunk; `payload-unrecognized` when its text is
/// neither JSON, a compact JWS nor a URL.
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    let mut found: [Option<(Chunk<'_>, String)>; 2] = [None, None];
    for chunk in chunks(bytes, limits)? {
        let chunk = chunk?;
        let slot = match chunk.badge_keyword() {
            Some(Spec::Ob3) => &mut found[0],
            Some(_) => &mut found[1],
            None => continue,
        };
        if slot.is_none() {
            *slot = Some((chunk, badge_text(&chunk, limits)?));
        }
    }
    let [ob3, ob2] = found;
    let (spec, (_, text)) = match (ob3, ob2) {
        (Some(c), _) => (Spec::Ob3, c),
        (None, Some(c)) => (Spec::Ob2, c),
        (None, None) => return Err(no_badge_data(ContainerKind::Png)),
    };
    let payload = Payload::classify(&text)?;
    Ok(Extracted {
        container: ContainerKind::Png,
        payload,
        spec_hint: Some(spec),
    })
}

/// Bakes `payload` into a PNG as one uncompressed `iTXt` chunk right after `IHDR`, with
/// keyword `openbadgecredential` for [`Spec::Ob3`] and `openbadges` otherwise, and empty
/// language tag and translated keyword. Every existing badge text chunk (either keyword,
/// any of `tEXt`/`zTXt`/`iTXt`) is removed; every other chunk is copied byte for byte.
///
/// # Errors
/// The walker errors of [`extract`] for a damaged image; `limit-exceeded` when the new
/// chunk would exceed [`Limits::max_png_text_chunk_bytes`].
pub fn bake(image: &[u8], payload: &Payload, spec: Spec, limits: &Limits) -> Result<Vec<u8>> {
    let keyword = if spec == Spec::Ob3 {
        KEYWORD_OB3
    } else {
        KEYWORD_OB2
    };
    let mut itxt = Vec::with_capacity(keyword.len() + 5 + payload.as_str().len());
    itxt.extend_from_slice(keyword);
    itxt.extend_from_slice(&[0, 0, 0, 0, 0]);
    itxt.extend_from_slice(payload.as_str().as_bytes());
    if itxt.len() > limits.max_png_text_chunk_bytes {
        return Err(Error::limit(
            "max_png_text_chunk_bytes",
            limits.max_png_text_chunk_bytes,
            "png-text-chunk",
        ));
    }
    let mut out = Vec::with_capacity(image.len() + itxt.len() + 12);
    out.extend_from_slice(&SIGNATURE);
    for chunk in chunks(image, limits)? {
        let chunk = chunk?;
        if chunk.badge_keyword().is_some() {
            continue;
        }
        out.extend_from_slice(chunk.raw);
        if &chunk.kind == b"IHDR" {
            write_chunk(&mut out, *b"iTXt", &itxt);
        }
    }
    Ok(out)
}

fn write_chunk(out: &mut Vec<u8>, kind: [u8; 4], data: &[u8]) {
    // `data` is bounded by `max_png_text_chunk_bytes`, itself far below u32::MAX in practice;
    // saturate rather than wrap if a caller configured something absurd.
    let len = u32::try_from(data.len()).unwrap_or(u32::MAX);
    let mut hasher = crate::crc32::Hasher::new();
    hasher.update(&kind);
    hasher.update(data);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&hasher.finalize().to_be_bytes());
}

/// The UTF-8 text of a badge text chunk.
fn badge_text(chunk: &Chunk<'_>, limits: &Limits) -> Result<String> {
    let name = chunk.name();
    let at = chunk.offset;
    if chunk.data.len() > limits.max_png_text_chunk_bytes {
        return Err(Error::limit(
            "max_png_text_chunk_bytes",
            limits.max_png_text_chunk_bytes,
            "png-text-chunk",
        ));
    }
    let bad = |reason: &'static str| malformed(reason, &name, at);
    let (_, rest) = split_nul(chunk.data).ok_or_else(|| bad("no-keyword"))?;
    match &chunk.kind {
        b"tEXt" => Ok(latin1(rest)),
        b"zTXt" => match rest.split_first() {
            Some((0, z)) => Ok(latin1(&inflate(z, limits, &name, at)?)),
            _ => Err(bad("compression-method")),
        },
        _ => {
            let (flags, rest) = rest
                .split_first_chunk::<2>()
                .ok_or_else(|| bad("no-compression-flag"))?;
            let (_language, rest) = split_nul(rest).ok_or_else(|| bad("no-language-tag"))?;
            let (_translated, text) =
                split_nul(rest).ok_or_else(|| bad("no-translated-keyword"))?;
            let inflated;
            let text = match *flags {
                [0, _] => text,
                [1, 0] => {
                    inflated = inflate(text, limits, &name, at)?;
                    &inflated
                }
                _ => return Err(bad("compression-flag")),
            };
            String::from_utf8(text.to_vec()).map_err(|_| bad("not-utf8"))
        }
    }
}

/// Inflates a zlib stream, giving up as soon as the output would pass the cap.
fn inflate(z: &[u8], limits: &Limits, name: &str, at: usize) -> Result<Vec<u8>> {
    let cap = limits.max_inflate_bytes;
    crate::inflate::zlib(z, cap).map_err(|e| match e {
        crate::inflate::InflateError::OutputLimit => {
            Error::limit("max_inflate_bytes", cap, "png-inflated-text")
        }
        _ => Error::with(
            Code::PngInflate,
            Params::new()
                .with(Param::Chunk, name)
                .with(Param::Offset, at),
        ),
    })
}

fn split_nul(b: &[u8]) -> Option<(&[u8], &[u8])> {
    let i = b.iter().position(|&c| c == 0)?;
    Some((b.get(..i)?, b.get(i + 1..)?))
}

fn latin1(b: &[u8]) -> String {
    b.iter().copied().map(char::from).collect()
}

/// `png-truncated`; `reason`: `no-iend` (the file ends, at `offset`, between chunks without
/// an `IEND` chunk) or `chunk-data` (the chunk at `offset` runs past the end).
fn truncated(reason: &'static str, offset: usize) -> Error {
    Error::with(
        Code::PngTruncated,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Offset, offset),
    )
}

/// `png-malformed` for the chunk `name` at `offset`; `reason` is one of the tokens
/// `docs/report.md` lists: the chunk layout (`chunk-length`, `chunk-type`,
/// `first-not-ihdr`) or a broken badge text chunk (`no-keyword`, `compression-method`,
/// `no-compression-flag`, `no-language-tag`, `no-translated-keyword`, `compression-flag`,
/// `not-utf8`).
fn malformed(reason: &'static str, name: &str, offset: usize) -> Error {
    Error::with(
        Code::PngMalformed,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Chunk, name)
            .with(Param::Offset, offset),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn png_with(extra: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
        let mut out = SIGNATURE.to_vec();
        write_chunk(&mut out, *b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        for (kind, data) in extra {
            write_chunk(&mut out, *kind, data);
        }
        write_chunk(&mut out, *b"IEND", &[]);
        out
    }

    fn text(kind: &[u8; 4], keyword: &[u8], rest: &[u8]) -> ([u8; 4], Vec<u8>) {
        (*kind, [keyword, b"\0", rest].concat())
    }

    #[test]
    fn walks_and_stops_at_iend() {
        let mut png = png_with(&[(*b"IDAT", vec![1, 2, 3])]);
        png.extend_from_slice(b"trailing garbage");
        let kinds: Vec<_> = chunks(&png, &Limits::default())
            .unwrap()
            .map(|c| c.unwrap().kind)
            .collect();
        assert_eq!(kinds, [*b"IHDR", *b"IDAT", *b"IEND"]);
    }

    #[test]
    fn reads_every_text_chunk_kind() {
        let l = Limits::default();
        let z = miniz_oxide::deflate::compress_to_vec_zlib(b"https://x.org/\xe9", 6);
        let cases = [
            text(b"tEXt", KEYWORD_OB2, b"https://x.org/\xe9"),
            text(b"zTXt", KEYWORD_OB2, &[&[0][..], &z].concat()),
            text(b"iTXt", KEYWORD_OB2, b"\0\0en\0t\0https://x.org/\xc3\xa9"),
        ];
        for c in cases {
            let e = extract(&png_with(&[c]), &l).unwrap();
            assert_eq!(e.payload, Payload::Url("https://x.org/\u{e9}".into()));
            assert_eq!(e.spec_hint, Some(Spec::Ob2));
        }
    }

    #[test]
    fn prefers_ob3_and_first_chunk() {
        let png = png_with(&[
            text(b"iTXt", KEYWORD_OB2, b"\0\0\0\0https://a.org/2"),
            text(b"iTXt", KEYWORD_OB3, b"\0\0\0\0https://a.org/3"),
            text(b"iTXt", KEYWORD_OB3, b"\0\0\0\0https://a.org/4"),
        ]);
        let e = extract(&png, &Limits::default()).unwrap();
        assert_eq!(e.payload, Payload::Url("https://a.org/3".into()));
        assert_eq!(e.spec_hint, Some(Spec::Ob3));
    }

    #[test]
    fn rejects_damage() {
        let l = Limits::default();
        let code = |b: &[u8]| extract(b, &l).unwrap_err().code;
        let params = |b: &[u8]| extract(b, &l).unwrap_err().params;
        assert_eq!(code(&png_with(&[])), Code::NoBadgeData);
        assert_eq!(
            params(&png_with(&[])),
            Params::new().with(Param::Container, "png")
        );
        let mut bad_crc = png_with(&[text(b"tEXt", KEYWORD_OB2, b"https://a.org")]);
        let n = bad_crc.len();
        bad_crc[n - 13] ^= 1; // last byte of the tEXt CRC
        assert_eq!(code(&bad_crc), Code::PngBadCrc);
        assert_eq!(
            params(&bad_crc),
            Params::new()
                .with(Param::Chunk, "tEXt")
                .with(Param::Offset, 33usize)
        );
        let malformed = |reason: &str, chunk: &str, offset: usize| {
            Params::new()
                .with(Param::Reason, reason)
                .with(Param::Chunk, chunk)
                .with(Param::Offset, offset)
        };
        let mut huge = png_with(&[]);
        huge[33..37].copy_from_slice(&0x8000_0000u32.to_be_bytes());
        assert_eq!(code(&huge), Code::PngMalformed);
        assert_eq!(params(&huge), malformed("chunk-length", "IEND", 33));
        let no_ihdr = [&SIGNATURE[..], &png_with(&[])[33..]].concat();
        assert_eq!(code(&no_ihdr), Code::PngMalformed);
        assert_eq!(params(&no_ihdr), malformed("first-not-ihdr", "IEND", 8));
        let bad_flag = png_with(&[text(b"iTXt", KEYWORD_OB2, b"\x02\0\0\0x")]);
        assert_eq!(code(&bad_flag), Code::PngMalformed);
        assert_eq!(params(&bad_flag), malformed("compression-flag", "iTXt", 33));
        let not_utf8 = png_with(&[text(b"iTXt", KEYWORD_OB2, b"\0\0\0\0\xe9")]);
        assert_eq!(code(&not_utf8), Code::PngMalformed);
        assert_eq!(params(&not_utf8), malformed("not-utf8", "iTXt", 33));
        let corrupt_z = png_with(&[text(b"zTXt", KEYWORD_OB2, b"\0\x78\x9cgarbage")]);
        assert_eq!(code(&corrupt_z), Code::PngInflate);
        assert_eq!(
            params(&corrupt_z),
            Params::new()
                .with(Param::Chunk, "zTXt")
                .with(Param::Offset, 33usize)
        );
        let cut = &png_with(&[])[..43];
        assert_eq!(code(cut), Code::PngTruncated);
        assert_eq!(
            params(cut),
            Params::new()
                .with(Param::Reason, "chunk-data")
                .with(Param::Offset, 33usize)
        );
        let empty = png_with(&[text(b"tEXt", KEYWORD_OB2, b"  ")]);
        assert_eq!(code(&empty), Code::PayloadUnrecognized);
        assert_eq!(params(&empty), Params::new().with(Param::Reason, "empty"));
    }

    #[test]
    fn enforces_limits() {
        let png = png_with(&[
            (*b"tEXt", b"Comment\0hi".to_vec()),
            text(b"tEXt", KEYWORD_OB2, b"https://a.org/long"),
        ]);
        let few = Limits {
            max_png_chunks: 2,
            ..Limits::default()
        };
        assert_eq!(extract(&png, &few).unwrap_err().code, Code::LimitExceeded);
        let small = Limits {
            max_png_text_chunk_bytes: 12,
            ..Limits::default()
        };
        // The 10-byte comment is not a badge chunk and is not held to the bound.
        let err = extract(&png, &small).unwrap_err();
        assert_eq!(err.code, Code::LimitExceeded);
        assert_eq!(
            err.params,
            Params::new()
                .with(Param::What, "png-text-chunk")
                .with(Param::Limit, "max_png_text_chunk_bytes")
                .with(Param::Max, 12usize)
        );
    }

    #[test]
    fn bakes_after_ihdr_replacing_old_badges() {
        let l = Limits::default();
        let png = png_with(&[
            text(b"tEXt", KEYWORD_OB2, b"https://old.org/1"),
            (*b"IDAT", vec![9; 20]),
            text(b"zTXt", KEYWORD_OB3, b"\0junk"),
        ]);
        let p = Payload::Url("https://new.org/a".into());
        let baked = bake(&png, &p, Spec::Ob2, &l).unwrap();
        let kinds: Vec<_> = chunks(&baked, &l).unwrap().map(|c| c.unwrap()).collect();
        assert_eq!(kinds.len(), 4);
        assert_eq!(&kinds[1].kind, b"iTXt");
        assert_eq!(kinds[1].data, b"openbadges\0\0\0\0\0https://new.org/a");
        assert_eq!(kinds[2].data, [9; 20]);
        assert_eq!(extract(&baked, &l).unwrap().payload, p);
    }
}
