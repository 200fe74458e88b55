#!/usr/bin/env python3
"""Writes the fuzz regression inputs of this folder (see README.md and expected.json).

Two kinds of files:
- crafted here, as small as the attack allows: broken PNG chunks, a compressed-text bomb
  that inflates to 16 MiB from 16 KiB, XML nested past `max_xml_depth`, JSON numbers far
  outside f64, lone surrogates, bytes that are not UTF-8;
- copied byte for byte from the fuzz seeds and the adversarial inputs that a past finding
  or a documented attack is about (entity tricks, hostile JWS headers, Ed25519 edge cases,
  the JSON-LD and RDFC work bombs), so the fuzzer starts from them and a change to the
  file they came from cannot weaken the regression silently.

Output is byte-stable. Run from anywhere: python3 fuzz/regressions/make.py
"""
import pathlib
import shutil
import struct
import zlib

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]

COPIES = {
    "container_extract/png-bad-crc.png": "fuzz/seeds/container_extract/neg-bad-crc.png",
    "container_extract/png-truncated.png": "fuzz/seeds/container_extract/neg-truncated.png",
    "svg_extract/svg-billion-laughs.svg": "fuzz/seeds/container_extract/neg-billion-laughs.svg",
    "svg_extract/svg-external-entity.svg": "fuzz/seeds/container_extract/neg-external-entity.svg",
    "json_parse/json-deep-nesting.json": "tests/data/adversarial/json-deep-nesting.json",
    "json_parse/json-duplicate-key.json": "tests/data/adversarial/json-duplicate-key.json",
    "jws_parse/jws-alg-none.jwt": "tests/fixtures/interop/vcjwt/neg-alg-none.jwt",
    "jws_parse/jws-hs256-rsa-pem-secret.jwt": "tests/fixtures/interop/vcjwt/neg-hs256-rsa-pem-secret.jwt",
    "jws_parse/jws-kty-alg-mismatch.jwt": "tests/fixtures/interop/vcjwt/neg-kty-alg-mismatch.jwt",
    "jws_parse/jws-jwk-header-with-d.jwt": "tests/fixtures/interop/vcjwt/neg-jwk-header-with-d.jwt",
    "jws_parse/jws-unknown-crit.jwt": "tests/fixtures/interop/vcjwt/neg-unknown-crit.jwt",
    "jws_parse/jws-b64-false.jwt": "tests/data/adversarial/vcjwt-b64-false.jwt",
    "encodings/didkey-x25519-codec.jwt": "tests/data/adversarial/vcjwt-didkey-x25519-codec.jwt",
    "encodings/didkey-private-codec.jwt": "tests/data/adversarial/vcjwt-didkey-private-codec.jwt",
    "encodings/rs256-rsa1024.jwt": "tests/data/adversarial/vcjwt-rs256-rsa1024.jwt",
    "jsonld_rdfc/scoped-context-flood.json": "tests/data/adversarial/di-rdfc-scoped-context-flood.json",
    "jsonld_rdfc/blank-node-clique.json": "tests/data/adversarial/di-rdfc-blank-node-clique.json",
    "verify_offline/eddsa-s-plus-l.jwt": "tests/data/adversarial/vcjwt-eddsa-s-plus-l.jwt",
    "verify_offline/eddsa-small-order-key.jwt": "tests/data/adversarial/vcjwt-eddsa-small-order-key.jwt",
    "verify_offline/di-jcs-duplicate-key.json": "tests/data/adversarial/di-jcs-duplicate-key.json",
    "verify_offline/di-jcs-nine-proofs.json": "tests/data/adversarial/di-jcs-nine-proofs.json",
}

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, data: bytes, length: int = -1) -> bytes:
    """A PNG chunk; `length` overrides the length field (to lie about it)."""
    n = len(data) if length < 0 else length
    return struct.pack(">I", n) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(*middle: bytes) -> bytes:
    """A 1x1 greyscale PNG with `middle` chunks between IHDR and IDAT."""
    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    idat = chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    return SIGNATURE + ihdr + b"".join(middle) + idat + chunk(b"IEND", b"")


def itxt(text: bytes, compressed: int = 0, method: int = 0) -> bytes:
    """An `openbadges` iTXt chunk body (no language tag, no translated keyword)."""
    return b"openbadges\x00" + bytes([compressed, method]) + b"\x00\x00" + text


def crafted() -> dict:
    """name -> bytes of the inputs made here."""
    badge = b'{"@context":"https://w3id.org/openbadges/v2","type":"Assertion"}'
    return {
        # A tEXt chunk whose length field claims more bytes than the file has.
        "container_extract/png-chunk-length-past-end.png": png(
            chunk(b"tEXt", b"openbadges\x00" + badge, length=1 << 20)
        ),
        # A length with the top bit set (PNG lengths are at most 2^31 - 1).
        "container_extract/png-chunk-length-over-2g.png": png(
            chunk(b"tEXt", b"openbadges\x00" + badge, length=0x8000_0010)
        ),
        # iTXt flagged compressed with a compression method other than 0 (zlib).
        "container_extract/png-itxt-unknown-method.png": png(
            chunk(b"iTXt", itxt(zlib.compress(badge), compressed=1, method=7))
        ),
        # iTXt flagged compressed whose data is not a zlib stream.
        "container_extract/png-itxt-corrupt-zlib.png": png(
            chunk(b"iTXt", itxt(b"\x78\x9c" + b"\xff" * 32, compressed=1))
        ),
        # 16 MiB of spaces compressed to ~16 KiB: over `max_inflate_bytes` (4 MiB).
        "container_extract/png-itxt-inflate-bomb.png": png(
            chunk(b"iTXt", itxt(zlib.compress(b" " * (16 << 20), 9), compressed=1))
        ),
        # 300 nested groups around the badge element: over `max_xml_depth` (256).
        "svg_extract/svg-deep-nesting.svg": (
            b'<svg xmlns="http://www.w3.org/2000/svg" '
            b'xmlns:openbadges="http://openbadges.org">'
            + b"<g>" * 300
            + b"</g>" * 300
            + b"</svg>"
        ),
        # A number literal far beyond f64 in a badge's issuedOn.
        "json_parse/json-huge-number.json": (
            b'{"@context":"https://w3id.org/openbadges/v2","type":"Assertion",'
            b'"id":"https://example.org/a/1","issuedOn":1e400}'
        ),
        # A 600-digit integer.
        "json_parse/json-long-integer.json": b'{"n":' + b"9" * 600 + b"}",
        # A lone high surrogate escape: not a Unicode scalar value.
        "json_parse/json-lone-surrogate.json": b'{"name":"\\ud800"}',
        # Latin-1 bytes where UTF-8 is required.
        "json_parse/json-not-utf8.json": b'{"name":"caf\xe9"}',
        # Nothing at all.
        "verify_offline/empty": b"",
    }


def main() -> None:
    for name, source in COPIES.items():
        out = HERE / name
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / source, out)
    for name, data in crafted().items():
        out = HERE / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)


if __name__ == "__main__":
    main()
