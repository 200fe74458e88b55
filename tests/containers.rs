//! Unbaking and baking against real baked badges (the 1EdTech validator's fixtures, see
//! `tests/vectors/PROVENANCE.md`), the `png` crate as an independent PNG oracle, and
//! hostile inputs (truncation, bad CRC, zip bombs, chunk floods, entity tricks, nesting).

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use badgeverify::code::{Arg, Param, Params};
use badgeverify::container::{self, png as ours, Payload};
use badgeverify::{encoding, ContainerKind, Limits, Spec};
use serde_json::Value;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn fixture(rel: &str) -> Vec<u8> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/vectors/1edtech-validator/inspector-vc/src/test/resources");
    std::fs::read(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn fixture_json(rel: &str) -> Value {
    serde_json::from_slice(&fixture(rel)).unwrap()
}

fn limits() -> Limits {
    Limits::default()
}

fn extract(bytes: &[u8]) -> container::Extracted {
    container::extract(bytes, &limits()).unwrap()
}

fn error_code(bytes: &[u8]) -> &'static str {
    container::extract(bytes, &limits())
        .unwrap_err()
        .code
        .as_str()
}

fn json_of(p: &Payload) -> Value {
    match p {
        Payload::Json(t) => serde_json::from_str(t).unwrap(),
        other => panic!("expected JSON, got {other:?}"),
    }
}

fn jws_claims(p: &Payload) -> Value {
    match p {
        Payload::CompactJws(t) => {
            let claims = t.split('.').nth(1).unwrap();
            serde_json::from_slice(&encoding::base64url(claims).unwrap()).unwrap()
        }
        other => panic!("expected a compact JWS, got {other:?}"),
    }
}

fn without(mut v: Value, key: &str) -> Value {
    v.as_object_mut().unwrap().remove(key);
    v
}

/// Chunk bytes written independently of the code under test (length, type, data, CRC).
fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    let len = u32::try_from(data.len()).unwrap().to_be_bytes();
    [&len[..], kind, data, &crc.finalize().to_be_bytes()].concat()
}

/// A 2x2 RGB image written by the `png` crate, with extra text chunks.
fn png_crate_image(text: impl FnOnce(&mut png::Writer<&mut Vec<u8>>)) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, 2, 2);
        enc.set_color(png::ColorType::Rgb);
        let mut w = enc.write_header().unwrap();
        text(&mut w);
        w.write_image_data(&[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120])
            .unwrap();
    }
    out
}

/// Decodes with the `png` crate: pixels, and every text chunk as (type, keyword, text).
fn png_crate_decode(bytes: &[u8]) -> (Vec<u8>, Vec<(&'static str, String, String)>) {
    let mut reader = png::Decoder::new(bytes).read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    reader.next_frame(&mut pixels).unwrap();
    reader.finish().unwrap();
    let info = reader.info();
    let mut texts = Vec::new();
    for t in &info.uncompressed_latin1_text {
        texts.push(("tEXt", t.keyword.clone(), t.text.clone()));
    }
    for t in &info.compressed_latin1_text {
        texts.push(("zTXt", t.keyword.clone(), t.get_text().unwrap()));
    }
    for t in &info.utf8_text {
        assert!(t.language_tag.is_empty() && t.translated_keyword.is_empty());
        texts.push(("iTXt", t.keyword.clone(), t.get_text().unwrap()));
    }
    (pixels, texts)
}

// ---------------------------------------------------------------------------------------
// Real baked fixtures

#[test]
fn ob30_baked_json_matches_the_json_fixture() {
    let expected = without(fixture_json("ob30/simple.json"), "proof");
    for (file, kind) in [
        ("ob30/simple-json.png", ContainerKind::Png),
        ("ob30/simple-json.svg", ContainerKind::Svg),
    ] {
        let e = extract(&fixture(file));
        assert_eq!(
            (e.container, e.spec_hint),
            (kind, Some(Spec::Ob3)),
            "{file}"
        );
        // The baked copies were re-signed with another key; everything but `proof` is equal.
        let got = json_of(&e.payload);
        assert_eq!(without(got.clone(), "proof"), expected, "{file}");
        assert_eq!(got["proof"][0]["cryptosuite"], "eddsa-rdfc-2022");
    }
}

#[test]
fn ob30_baked_jwts_carry_the_simple_credential() {
    let simple = fixture_json("ob30/simple.json");
    for file in ["ob30/simple-jwt.png", "ob30/simple-jwt.svg"] {
        let e = extract(&fixture(file));
        assert_eq!(e.spec_hint, Some(Spec::Ob3));
        let claims = jws_claims(&e.payload);
        for key in [
            "@context",
            "id",
            "type",
            "name",
            "credentialSubject",
            "validFrom",
        ] {
            assert_eq!(claims[key], simple[key], "{file}: {key}");
        }
    }
    let png = extract(&fixture("ob30/simple-jwt_v1.png"));
    let svg = extract(&fixture("ob30/simple-jwt_v1.svg"));
    assert_eq!(png.payload, svg.payload);
    assert_eq!(
        (png.container, svg.container),
        (ContainerKind::Png, ContainerKind::Svg)
    );
    let vc = &jws_claims(&png.payload)["vc"];
    let v1 = fixture_json("ob30/simple_v1.json");
    assert_eq!(vc["credentialSubject"], v1["credentialSubject"]);
}

#[test]
fn ob20_baked_png_matches_basic_assertion() {
    let e = extract(&fixture("ob20/simple-badge.png"));
    assert_eq!(
        (e.container, e.spec_hint),
        (ContainerKind::Png, Some(Spec::Ob2))
    );
    // The baked copy lacks only the fixture's `evidence` member.
    let expected = without(fixture_json("ob20/basic-assertion.json"), "evidence");
    assert_eq!(json_of(&e.payload), expected);
}

#[test]
fn plain_images_have_no_badge_data() {
    for file in [
        "ob20/assets/robotics-badge.png",
        "ob20/assets/beths-robot-badge.png",
    ] {
        let err = container::extract(&fixture(file), &limits()).unwrap_err();
        assert_eq!(err.code, "no-badge-data", "{file}");
        assert_eq!(err.params, Params::new().with(Param::Container, "png"));
    }
}

#[test]
fn raw_fixture_texts_are_classified() {
    let e = extract(&fixture("ob20/simple.jwt"));
    assert_eq!(e.container, ContainerKind::Jws);
    assert_eq!(jws_claims(&e.payload)["type"], "Assertion");
    let e = extract(&fixture("ob30/simple.1ob"));
    assert_eq!(e.container, ContainerKind::Json);
    assert_eq!(json_of(&e.payload), fixture_json("ob30/simple.json"));
}

// ---------------------------------------------------------------------------------------
// Baking, checked with the `png` crate as an independent reader

fn payloads() -> Vec<(String, Spec)> {
    let jwt = match extract(&fixture("ob30/simple-jwt.png")).payload {
        Payload::CompactJws(j) => j,
        other => panic!("{other:?}"),
    };
    let text = |f: &str| String::from_utf8(fixture(f)).unwrap();
    vec![
        (text("ob20/basic-assertion.json"), Spec::Ob2),
        (text("ob20/simple.jwt"), Spec::Ob2),
        (text("ob30/simple.json"), Spec::Ob3),
        (jwt, Spec::Ob3),
        (
            "https://example.org/beths-robotics-badge.json".into(),
            Spec::Ob2,
        ),
        (
            r#"{"id":"urn:x","note":"CDATA end ]]> and ]]]]> inside"}"#.into(),
            Spec::Ob2,
        ),
    ]
}

#[test]
fn bake_round_trips_every_payload_kind() {
    let images = [
        "ob20/assets/robotics-badge.png",
        "ob20/simple-badge.png",
        "ob30/simple-jwt.png",
        "ob30/simple-json.svg",
        "ob30/simple-jwt.svg",
    ];
    for image in images {
        let bytes = fixture(image);
        for (payload, spec) in payloads() {
            let baked = container::bake(&bytes, &payload, &limits()).unwrap();
            let e = extract(&baked);
            assert_eq!(e.payload, Payload::classify(&payload).unwrap(), "{image}");
            assert_eq!(e.spec_hint, Some(spec), "{image}");
            // Baking again over our own output changes nothing.
            assert_eq!(container::bake(&baked, &payload, &limits()).unwrap(), baked);
        }
    }
}

#[test]
fn baked_png_reads_back_with_the_png_crate() {
    let original = fixture("ob20/assets/robotics-badge.png");
    let (pixels, texts) = png_crate_decode(&original);
    assert!(texts.is_empty());
    for (payload, spec) in payloads() {
        let baked = container::bake(&original, &payload, &limits()).unwrap();
        let (baked_pixels, baked_texts) = png_crate_decode(&baked);
        assert_eq!(baked_pixels, pixels);
        let keyword = if spec == Spec::Ob3 {
            "openbadgecredential"
        } else {
            "openbadges"
        };
        let trimmed = payload.trim().to_owned();
        assert_eq!(baked_texts, [("iTXt", keyword.to_owned(), trimmed.clone())]);
        // Byte for byte: signature + IHDR, the new chunk, then the rest untouched.
        let data = [keyword.as_bytes(), &[0; 5], trimmed.as_bytes()].concat();
        let expected = [&original[..33], &chunk(b"iTXt", &data), &original[33..]].concat();
        assert_eq!(baked, expected);
    }
}

#[test]
fn rebaking_removes_every_old_badge_chunk() {
    let image = png_crate_image(|w| {
        w.write_text_chunk(&png::text_metadata::TEXtChunk::new(
            "openbadges",
            "https://a.org/1",
        ))
        .unwrap();
        w.write_text_chunk(&png::text_metadata::ZTXtChunk::new(
            "openbadgecredential",
            "x.y.z",
        ))
        .unwrap();
        w.write_text_chunk(&png::text_metadata::TEXtChunk::new("Comment", "kept"))
            .unwrap();
    });
    let baked = container::bake(&image, "https://new.org/b", &limits()).unwrap();
    let (_, texts) = png_crate_decode(&baked);
    assert_eq!(
        texts,
        [
            ("tEXt", "Comment".into(), "kept".into()),
            ("iTXt", "openbadges".into(), "https://new.org/b".into())
        ]
    );
}

#[test]
fn reads_text_chunks_written_by_the_png_crate() {
    let cafe = r#"{"name":"Café ® ’"}"#;
    let latin1 = r#"{"name":"Café ® ½"}"#;
    type WriteText<'a> = Box<dyn Fn(&mut png::Writer<&mut Vec<u8>>) + 'a>;
    let cases: Vec<(&str, WriteText)> = vec![
        (
            latin1,
            Box::new(|w| {
                w.write_text_chunk(&png::text_metadata::TEXtChunk::new("openbadges", latin1))
                    .unwrap();
            }),
        ),
        (
            latin1,
            Box::new(|w| {
                w.write_text_chunk(&png::text_metadata::ZTXtChunk::new("openbadges", latin1))
                    .unwrap();
            }),
        ),
        (
            cafe,
            Box::new(|w| {
                let mut t = png::text_metadata::ITXtChunk::new("openbadges", cafe);
                t.compressed = true;
                w.write_text_chunk(&t).unwrap();
            }),
        ),
    ];
    for (text, write) in cases {
        let image = png_crate_image(|w| write(w));
        let (_, texts) = png_crate_decode(&image);
        assert_eq!(texts[0].2, text, "the oracle reads its own chunk");
        assert_eq!(extract(&image).payload, Payload::Json(text.into()));
    }
    // And the raw bytes really are Latin-1 for tEXt: `é` is the single byte 0xE9.
    let image = png_crate_image(|w| {
        w.write_text_chunk(&png::text_metadata::TEXtChunk::new("openbadges", latin1))
            .unwrap();
    });
    assert!(image.windows(4).any(|w| w == b"Caf\xe9"));
}

// ---------------------------------------------------------------------------------------
// Hostile PNGs

fn small_baked_png() -> Vec<u8> {
    container::bake(&png_crate_image(|_| {}), "https://e.org/a", &limits()).unwrap()
}

#[test]
fn every_truncation_is_an_error() {
    let full = small_baked_png();
    assert!(container::extract(&full, &limits()).is_ok());
    for len in 0..full.len() {
        let err = container::extract(&full[..len], &limits()).unwrap_err();
        assert!(
            ["png-truncated", "unrecognized-input"].contains(&err.code.as_str()),
            "{len}: {err}"
        );
        assert!(container::bake(&full[..len], "https://e.org/b", &limits()).is_err());
    }
}

#[test]
fn bad_crc_is_named() {
    let mut png = small_baked_png();
    png[33 + 8] ^= 0x20; // first data byte of the iTXt chunk right after IHDR
    let err = container::extract(&png, &limits()).unwrap_err();
    assert_eq!(err.code, "png-bad-crc");
    assert_eq!(
        err.params,
        Params::new()
            .with(Param::Chunk, "iTXt")
            .with(Param::Offset, 33usize)
    );
    let mut png = small_baked_png();
    let idat = png.windows(4).position(|w| w == b"IDAT").unwrap();
    png[idat + 4] ^= 1;
    assert_eq!(error_code(&png), "png-bad-crc");
}

/// A zlib stream inflating to `n` zero bytes, built by hand: one fixed-Huffman block of a
/// literal 0 and back-references of length 258 at distance 1 (13 bits per 258 bytes).
fn zlib_zeros(n: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u32,
        used: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, n: u32) {
            for i in 0..n {
                self.acc |= ((value >> i) & 1) << self.used;
                self.used += 1;
                if self.used == 8 {
                    self.out.push(self.acc as u8);
                    (self.acc, self.used) = (0, 0);
                }
            }
        }
        fn code(&mut self, code: u32, n: u32) {
            for i in (0..n).rev() {
                self.put((code >> i) & 1, 1);
            }
        }
    }
    let mut b = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        used: 0,
    };
    b.put(1, 1); // BFINAL
    b.put(1, 2); // fixed Huffman
    b.code(0x30, 8); // literal 0
    let mut left = n - 1;
    while left >= 258 {
        b.code(0b1100_0101, 8); // length 258
        b.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        b.code(0x30, 8);
    }
    b.code(0, 7); // end of block
    b.put(0, 7); // flush
    let mut out = b.out;
    let adler = ((n % 65521) << 16 | 1) as u32;
    out.extend_from_slice(&adler.to_be_bytes());
    out
}

#[test]
fn zip_bombs_stop_at_the_inflate_cap() {
    // The generator is right: a small instance inflates to exactly its zeros.
    let small = miniz_oxide::inflate::decompress_to_vec_zlib(&zlib_zeros(100_003)).unwrap();
    assert_eq!(small, vec![0; 100_003]);

    let bomb = zlib_zeros(1 << 30); // 1 GiB of zeros in about 6.8 MB
    let ihdr = chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    let iend = chunk(b"IEND", &[]);
    let ztxt = chunk(b"zTXt", &[b"openbadges\0\0", &bomb[..]].concat());
    let itxt = chunk(
        b"iTXt",
        &[b"openbadgecredential\0\x01\0\0\0", &bomb[..]].concat(),
    );
    for text in [ztxt, itxt] {
        let png = [&ours::SIGNATURE[..], &ihdr, &text, &iend].concat();
        let start = Instant::now();
        let err = container::extract(&png, &limits()).unwrap_err();
        assert_eq!(err.code, "limit-exceeded");
        assert_eq!(
            err.params,
            Params::new()
                .with(Param::What, "png-inflated-text")
                .with(Param::Limit, "max_inflate_bytes")
                .with(Param::Max, limits().max_inflate_bytes)
        );
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{:?}",
            start.elapsed()
        );
    }
}

#[test]
fn chunk_floods_are_bounded() {
    let ihdr = chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    let filler = chunk(b"teSt", &[]);
    let mut png = [&ours::SIGNATURE[..], &ihdr].concat();
    for _ in 0..200_000 {
        png.extend_from_slice(&filler);
    }
    png.extend_from_slice(&chunk(b"tEXt", b"openbadges\0https://e.org/late"));
    png.extend_from_slice(&chunk(b"IEND", &[]));
    let start = Instant::now();
    let err = container::extract(&png, &limits()).unwrap_err();
    assert_eq!(err.code, "limit-exceeded");
    assert_eq!(
        err.params.get(Param::Limit),
        Some(&Arg::from("max_png_chunks"))
    );
    assert!(start.elapsed() < Duration::from_secs(10));
    let generous = Limits {
        max_png_chunks: 300_000,
        ..Limits::default()
    };
    let e = container::extract(&png, &generous).unwrap();
    assert_eq!(e.payload, Payload::Url("https://e.org/late".into()));
}

// ---------------------------------------------------------------------------------------
// SVG

const SVG_OPEN: &str =
    r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">"#;

#[test]
fn ob20_hosted_svg_gives_the_json_body() {
    let assertion = String::from_utf8(fixture("ob20/basic-assertion.json")).unwrap();
    let svg = format!(
        "{SVG_OPEN}\n  <openbadges:assertion verify=\"https://example.org/beths-robotics-badge.json\">\
         <![CDATA[\n{assertion}\n]]></openbadges:assertion><circle r=\"5\"/></svg>"
    );
    let e = extract(svg.as_bytes());
    assert_eq!(
        (e.container, e.spec_hint),
        (ContainerKind::Svg, Some(Spec::Ob2))
    );
    assert_eq!(e.payload, Payload::Json(assertion.trim().into()));
}

#[test]
fn badge_after_a_long_prologue_is_found() {
    let svg = format!(
        "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- {} -->\n<?xml-stylesheet href=\"a.css\"?>\n\
         <!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n\
         {SVG_OPEN}<defs>{}</defs><openbadges:assertion verify=\"https://e.org/a\"/></svg>",
        "x".repeat(100_000),
        "<g/>".repeat(1000),
    );
    let e = extract(svg.as_bytes());
    assert_eq!(e.payload, Payload::Url("https://e.org/a".into()));
    let rebaked = container::bake(svg.as_bytes(), "https://e.org/b", &limits()).unwrap();
    assert_eq!(
        extract(&rebaked).payload,
        Payload::Url("https://e.org/b".into())
    );
}

fn billion_laughs(body: &str) -> String {
    let mut dtd = String::from("<!ENTITY lol0 \"lol\">\n");
    for i in 1..10 {
        let refs = format!("&lol{};", i - 1).repeat(10);
        dtd.push_str(&format!("<!ENTITY lol{i} \"{refs}\">\n"));
    }
    format!("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n{dtd}]>\n{SVG_OPEN}{body}</svg>")
}

#[test]
fn billion_laughs_is_never_expanded() {
    let start = Instant::now();
    let inside = billion_laughs(
        "<openbadges:assertion verify=\"https://e.org/a\">&lol9;</openbadges:assertion>",
    );
    let err = container::extract(inside.as_bytes(), &limits()).unwrap_err();
    assert_eq!(err.code, "svg-entity");
    assert_eq!(err.params, Params::new().with(Param::Entity, "lol9"));
    // Outside the badge element the reference is never decoded: the badge still reads.
    let outside =
        billion_laughs("<text>&lol9;</text><openbadges:assertion verify=\"https://e.org/a\"/>");
    assert_eq!(
        extract(outside.as_bytes()).payload,
        Payload::Url("https://e.org/a".into())
    );
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[test]
fn external_entities_are_never_read() {
    let doctype = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
    for badge in [
        "<openbadges:assertion>&x;</openbadges:assertion>",
        "<openbadges:assertion verify=\"&x;\"/>",
    ] {
        let svg = format!("{doctype}{SVG_OPEN}{badge}</svg>");
        let err = container::extract(svg.as_bytes(), &limits()).unwrap_err();
        assert_eq!(err.code, "svg-entity", "{badge}");
        // The entity's name only, never what its declaration says.
        assert_eq!(
            err.params,
            Params::new().with(Param::Entity, "x"),
            "{badge}"
        );
    }
}

#[test]
fn deep_nesting_is_bounded() {
    let n = 100_000;
    let svg = format!("{SVG_OPEN}{}{}</svg>", "<g>".repeat(n), "</g>".repeat(n));
    let start = Instant::now();
    let err = container::extract(svg.as_bytes(), &limits()).unwrap_err();
    assert_eq!(err.code, "limit-exceeded");
    assert_eq!(
        err.params.get(Param::Limit),
        Some(&Arg::from("max_xml_depth"))
    );
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[test]
fn baked_svg_puts_the_badge_first_with_the_namespace_on_the_root() {
    let image = fixture("ob30/simple-jwt.svg");
    let json = String::from_utf8(fixture("ob20/basic-assertion.json")).unwrap();
    let baked = String::from_utf8(container::bake(&image, &json, &limits()).unwrap()).unwrap();
    assert!(!baked.contains("openbadges:credential"));
    assert!(!baked.contains("purl.imsglobal.org/ob/v3p0"));
    assert!(baked.contains(" xmlns:openbadges=\"http://openbadges.org\""));
    let expected = "xml:space=\"preserve\"><openbadges:assertion \
                    verify=\"https://example.org/beths-robotics-badge.json\"><![CDATA[{";
    assert!(baked.contains(expected), "{}", &baked[..600]);
}
