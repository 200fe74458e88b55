#!/usr/bin/env python3
"""Generates the adversarial inputs in this folder (see README.md for what each one attacks).

Signatures are made with python `cryptography` (OpenSSL), an implementation independent of
the RustCrypto crates under test, using the published test keys of
`tests/fixtures/interop/keys/index.json`, so every signature is real and only the targeted
property is wrong. Some cases are byte-level edits of interop fixtures (a signature with
S + L instead of S). Ed25519 signatures are deterministic, so Ed25519 outputs are
byte-stable; the 1024-bit RSA key is generated afresh on each run (the test only relies on
its size).

Run from anywhere: python3 tests/data/adversarial/make.py
The multi-megabyte bombs (huge string, huge input) are not committed: pass `--big DIR` to
write them into DIR for the measurements in docs/security.md; tests/adversarial.rs builds
the same inputs in memory.
"""
import base64
import hashlib
import json
import pathlib
import sys
import zlib

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
INTEROP = REPO / "tests/fixtures/interop"
KEYS = json.loads((INTEROP / "keys/index.json").read_text())

VC2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB2 = "https://w3id.org/openbadges/v2"
# Order of the Ed25519 base point group (RFC 8032 §5.1).
L = 2**252 + 27742317777372353535851937790883648493
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def unb58(text: str) -> bytes:
    n = 0
    for c in text:
        n = n * 58 + B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def ub64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def jcs(obj) -> bytes:
    """RFC 8785 for the documents made here (ASCII keys, strings, integers only)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def compact(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def write(name: str, data) -> None:
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if isinstance(data, str):
        data = data.encode()
    (HERE / name).write_bytes(data)


def raw_public(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def multikey(codec: bytes, key: bytes) -> str:
    return "z" + b58(codec + key)


ED_PUB = b"\xed\x01"
ISSUER = ed25519.Ed25519PrivateKey.from_private_bytes(
    bytes.fromhex(KEYS["di-issuer-ed25519"]["seedHex"])
)
OTHER = ed25519.Ed25519PrivateKey.from_private_bytes(
    bytes.fromhex(KEYS["di-other-ed25519"]["seedHex"])
)
ISSUER_MK = multikey(ED_PUB, raw_public(ISSUER))
OTHER_MK = multikey(ED_PUB, raw_public(OTHER))
assert ISSUER_MK == KEYS["di-issuer-ed25519"]["publicKeyMultibase"]
ISSUER_DID = f"did:key:{ISSUER_MK}"
OTHER_DID = f"did:key:{OTHER_MK}"
# The encoded identity point (y = 1): a small-order "public key". With R = identity and
# S = 0, the cofactorless check [S]B == R + [k]A holds for every message, so a verifier
# that does not reject small-order keys accepts this "signature" on anything.
SMALL_ORDER = b"\x01" + b"\0" * 31
SMALL_ORDER_SIG = SMALL_ORDER + b"\0" * 32


def credential(issuer_id: str, label: str, contexts=(VC2, OB303), **dates) -> dict:
    cred = {
        "@context": list(contexts),
        "id": f"urn:uuid:00000000-0000-4000-8000-{hashlib.sha256(label.encode()).hexdigest()[:12]}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": "Adversarial Test Issuer"},
        "name": "Adversarial badge",
        "validFrom": "2025-01-01T00:00:00Z",
        "validUntil": "2030-01-01T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://issuer.example/achievements/adversarial",
                "type": ["Achievement"],
                "name": "Adversarial",
                "description": "Made by tests/data/adversarial/make.py.",
                "criteria": {"narrative": "Attack the verifier."},
            },
        },
    }
    for k, v in dates.items():
        if v is None:
            cred.pop(k, None)
        else:
            cred[k] = v
    return cred


def jcs_proof(cred: dict, key, vm: str, created="2025-01-01T00:00:00Z") -> dict:
    """An eddsa-jcs-2022 proof (W3C vc-di-eddsa §3.3): sign SHA-256(JCS(proof config)) ‖
    SHA-256(JCS(document without proof))."""
    config = {
        "type": "DataIntegrityProof",
        "created": created,
        "verificationMethod": vm,
        "cryptosuite": "eddsa-jcs-2022",
        "proofPurpose": "assertionMethod",
        "@context": cred["@context"],
    }
    unsecured = {k: v for k, v in cred.items() if k != "proof"}
    data = hashlib.sha256(jcs(config)).digest() + hashlib.sha256(jcs(unsecured)).digest()
    return {**config, "proofValue": "z" + b58(key.sign(data))}


def jcs_signed(cred: dict, key=ISSUER, did=ISSUER_DID) -> dict:
    mk = did.removeprefix("did:key:")
    return {**cred, "proof": jcs_proof(cred, key, f"{did}#{mk}")}


def jws(header: dict, payload: bytes, sign) -> str:
    signing_input = f"{b64u(compact(header))}.{b64u(payload)}"
    return f"{signing_input}.{b64u(sign(signing_input.encode()))}"


def vc_jwt_claims(cred: dict) -> dict:
    return {
        **cred,
        "iss": cred["issuer"]["id"],
        "sub": cred["credentialSubject"]["id"],
        "jti": cred["id"],
        "nbf": 1735689600,
        "exp": 1893456000,
    }


def with_s_plus_l(sig: bytes) -> bytes:
    """The same signature with S replaced by S + L (still < 2^256): equal modulo L, so a
    verifier that does not check S < L (RFC 8032 §5.1.7) accepts it: malleability."""
    s = int.from_bytes(sig[32:], "little") + L
    return sig[:32] + s.to_bytes(32, "little")


def main() -> None:
    # --- Baseline: the generator's signing is right (the test expects `valid`).
    base = credential(ISSUER_DID, "baseline")
    write("di-jcs-baseline.json", jcs_signed(base))

    # --- Dates far in the past / future, each signed.
    for name, dates in {
        "di-jcs-validfrom-0001.json": {"validFrom": "0001-01-01T00:00:00Z"},
        "di-jcs-validuntil-9999.json": {"validUntil": "9999-12-31T23:59:59Z"},
        "di-jcs-validfrom-9999.json": {"validFrom": "9999-12-31T23:59:59Z", "validUntil": None},
        "di-jcs-validuntil-0001.json": {
            "validFrom": "0001-01-01T00:00:00Z",
            "validUntil": "0001-01-02T00:00:00Z",
        },
        "di-jcs-validfrom-year-99999.json": {"validFrom": "99999-01-01T00:00:00Z"},
        "di-jcs-validfrom-no-offset.json": {"validFrom": "2025-01-01T00:00:00"},
    }.items():
        write(name, jcs_signed(credential(ISSUER_DID, name, **dates)))

    # --- OB 2.0 legacy dates (hosted assertions: decided offline up to hosted-origin).
    ob2 = {
        "@context": OB2,
        "type": "Assertion",
        "id": "https://issuer.example/assertions/legacy",
        "recipient": {"type": "email", "hashed": False, "identity": "learner@example.org"},
        "badge": "https://issuer.example/badges/legacy",
        "verification": {"type": "HostedBadge"},
        "issuedOn": "2016-12-31T23:59:59Z",
    }
    for name, issued in {
        "ob2-issuedon-unix-number.json": 1483228799,
        "ob2-issuedon-unix-string.json": "1483228799",
        "ob2-issuedon-naive.json": "2016-12-31T23:59:59",
        "ob2-issuedon-date-only.json": "2016-12-31",
        "ob2-issuedon-huge-number.json": 10**17,
        "ob2-issuedon-garbage.json": "last tuesday",
    }.items():
        write(name, {**ob2, "issuedOn": issued})
    write("ob2-expires-date-only-past.json", {**ob2, "expires": "2017-01-01"})
    write("ob2-expires-before-issue.json", {**ob2, "issuedOn": "2017-01-02", "expires": "2017-01-01"})

    # --- Data Integrity proofs.
    rdfc = json.loads((INTEROP / "di/vc2-ob303-eddsa-rdfc-2022.json").read_text())
    sig = unb58(rdfc["proof"]["proofValue"][1:])
    rdfc["proof"]["proofValue"] = "z" + b58(with_s_plus_l(sig))
    write("di-rdfc-s-plus-l.json", rdfc)

    signed = jcs_signed(base)
    sig = unb58(signed["proof"]["proofValue"][1:])
    signed["proof"]["proofValue"] = "z" + b58(with_s_plus_l(sig))
    write("di-jcs-s-plus-l.json", signed)

    small_mk = multikey(ED_PUB, SMALL_ORDER)
    small = credential(f"did:key:{small_mk}", "small order")
    proof = jcs_proof(small, ISSUER, f"did:key:{small_mk}#{small_mk}")
    proof["proofValue"] = "z" + b58(SMALL_ORDER_SIG)
    write("di-jcs-small-order-key.json", {**small, "proof": proof})

    # Proof set larger than max_proofs (9 > 8): nine copies of a valid proof.
    many = jcs_signed(base)
    many["proof"] = [many["proof"]] * 9
    write("di-jcs-nine-proofs.json", many)

    # Key in the URL fragment of an https issuer (the 1EdTech validator accepts this).
    https_issuer = "https://victim.example/issuer"
    frag = credential(https_issuer, "fragment key")
    write(
        "di-jcs-https-issuer-fragment-key.json",
        {**frag, "proof": jcs_proof(frag, OTHER, f"{https_issuer}#{OTHER_MK}")},
    )
    # did:key issuer A, proof by did:key B.
    mismatch = credential(ISSUER_DID, "controller mismatch")
    write(
        "di-jcs-controller-mismatch.json",
        {**mismatch, "proof": jcs_proof(mismatch, OTHER, f"{OTHER_DID}#{OTHER_MK}")},
    )

    # Duplicate key inside a signed credential: signed over one reading (JCS keeps the last
    # `name`), displayed under another by a first-wins reader.
    dup = jcs_signed(credential(ISSUER_DID, "duplicate", name="Genuine badge"))
    text = json.dumps(dup, indent=2)
    text = text.replace('"name": "Genuine badge",', '"name": "Forged badge",\n  "name": "Genuine badge",', 1)
    write("di-jcs-duplicate-key.json", text)

    # Expands to more than max_quads (20,000) quads: an @list of 10,001 numbers is 20,002
    # list quads on top of the credential's own.
    big = credential(
        ISSUER_DID,
        "many quads",
        contexts=(VC2, OB303, {"big": {"@id": "https://example.org/big", "@container": "@list"}}),
    )
    big["credentialSubject"]["big"] = [0] * 10_001
    write("di-rdfc-too-many-quads.json", rdfc_shell(big))

    # Poisoned dataset: 50 blank nodes, each linked to every other (a clique): every node
    # looks alike, so RDFC-1.0 must try permutations until max_rdfc_work trips.
    poison = credential(
        ISSUER_DID,
        "clique",
        contexts=(
            VC2,
            OB303,
            {
                "poison": {"@id": "https://example.org/poison"},
                "link": {"@id": "https://example.org/link", "@type": "@id"},
            },
        ),
    )
    poison["credentialSubject"]["poison"] = [
        {"id": f"_:n{i}", "link": [f"_:n{j}" for j in range(50) if j != i]} for i in range(50)
    ]
    write("di-rdfc-blank-node-clique.json", rdfc_shell(poison))

    # A property-scoped context of 1,000 terms, applied again at each of 10 nested levels: 10,000
    # term definitions to process (> max_context_terms), from a 40 KiB file. Before that
    # bound, a 6 MiB inline context took 7 s and 430 MiB (it is processed again for every
    # context variant tried).
    inner = {f"s{i}": f"https://example.org/s{i}" for i in range(1000)}
    flood = credential(
        ISSUER_DID,
        "scoped flood",
        contexts=(VC2, OB303, {"p": {"@id": "https://example.org/p", "@context": inner}}),
    )
    nested = {}
    for _ in range(10):
        nested = {"p": nested}
    flood["credentialSubject"]["p"] = nested
    write("di-rdfc-scoped-context-flood.json", rdfc_shell(flood))

    # --- VC-JWTs.
    vcjwt = (INTEROP / "vcjwt/vc2-eddsa-didkey.jwt").read_text().strip()
    h, p, s = vcjwt.split(".")
    write("vcjwt-eddsa-s-plus-l.jwt", f"{h}.{p}.{b64u(with_s_plus_l(ub64u(s)))}")

    small_did = f"did:key:{small_mk}"
    claims = vc_jwt_claims(credential(small_did, "jwt small order"))
    head = {"alg": "EdDSA", "kid": f"{small_did}#{small_mk}", "typ": "JWT"}
    write("vcjwt-eddsa-small-order-key.jwt", jws(head, compact(claims), lambda _: SMALL_ORDER_SIG))

    def ed_jwt(key, did, cred, extra_header=None):
        mk = did.removeprefix("did:key:")
        header = {"alg": "EdDSA", "kid": f"{did}#{mk}", "typ": "JWT", **(extra_header or {})}
        return jws(header, compact(vc_jwt_claims(cred)), key.sign)

    write("vcjwt-eddsa-baseline.jwt", ed_jwt(ISSUER, ISSUER_DID, credential(ISSUER_DID, "jwt")))
    write(
        "vcjwt-eddsa-kid-not-issuer.jwt",
        ed_jwt(OTHER, OTHER_DID, credential(ISSUER_DID, "jwt kid mismatch")),
    )
    # did:key whose multicodec says x25519-pub (0xec) around the real Ed25519 key bytes.
    x_did = "did:key:" + multikey(b"\xec\x01", raw_public(ISSUER))
    write("vcjwt-didkey-x25519-codec.jwt", ed_jwt(ISSUER, x_did, credential(x_did, "x25519")))
    # did:key whose multicodec says ed25519-priv (0x1300): a published private key.
    priv_did = "did:key:" + multikey(b"\x80\x26", ISSUER.private_bytes_raw())
    write("vcjwt-didkey-private-codec.jwt", ed_jwt(ISSUER, priv_did, credential(priv_did, "priv")))
    # RFC 7797 unencoded payload: `b64: false` (listed in `crit`); signed over the payload
    # text as it stands, as RFC 7797 §3 defines.
    cred = vc_jwt_claims(credential(ISSUER_DID, "b64 false"))
    header = {"alg": "EdDSA", "kid": f"{ISSUER_DID}#{ISSUER_MK}", "b64": False, "crit": ["b64"]}
    hb, pb = b64u(compact(header)), b64u(compact(cred))
    write("vcjwt-b64-false.jwt", f"{hb}.{pb}.{b64u(ISSUER.sign(f'{hb}.{pb}'.encode()))}")
    # RS256 with a 1024-bit key, issuer and kid the key's did:jwk.
    k1024 = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    n = k1024.public_key().public_numbers().n
    jwk = {"kty": "RSA", "e": "AQAB", "n": b64u(n.to_bytes(128, "big"))}
    rsa_did = "did:jwk:" + b64u(compact(jwk))
    header = {"alg": "RS256", "kid": f"{rsa_did}#0", "typ": "JWT"}
    payload = compact(vc_jwt_claims(credential(rsa_did, "rsa1024")))
    write(
        "vcjwt-rs256-rsa1024.jwt",
        jws(header, payload, lambda m: k1024.sign(m, padding.PKCS1v15(), hashes.SHA256())),
    )

    # --- JSON shape attacks.
    write("json-deep-nesting.json", '{"@context":"https://w3id.org/openbadges/v2","x":' + "[" * 100 + "]" * 100 + "}")
    write("json-duplicate-key.json", '{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","type":"Other"}')

    if len(sys.argv) == 3 and sys.argv[1] == "--big":
        out = pathlib.Path(sys.argv[2])
        out.mkdir(parents=True, exist_ok=True)
        huge = jcs_signed(credential(ISSUER_DID, "huge", name="A" * (9 << 20)))
        (out / "di-jcs-huge-string.json").write_text(json.dumps(huge))
        (out / "input-17mib.json").write_bytes(b'{"x":"' + b"A" * (17 << 20) + b'"}')
        (out / "json-4m-zeros.json").write_text('{"x":[' + ",".join(["0"] * ((8 << 20) // 2 - 8)) + "]}")
        big_ctx = credential(
            ISSUER_DID,
            "huge context",
            contexts=(VC2, OB303, {f"t{i}": f"https://example.org/t{i}" for i in range(150_000)}),
        )
        (out / "di-rdfc-huge-inline-context.json").write_text(json.dumps(rdfc_shell(big_ctx)))
        desc = credential(ISSUER_DID, "long description")
        desc["credentialSubject"]["achievement"]["description"] = "x" * ((8 << 20) - 4096)
        (out / "di-rdfc-8mib-description.json").write_text(json.dumps(rdfc_shell(desc)))
        desc8 = rdfc_shell(desc)
        desc8["proof"] = [desc8["proof"]] * 8
        (out / "di-rdfc-8mib-8-proofs.json").write_text(json.dumps(desc8))
        (out / "json-deep-100k.json").write_text('{"x":' + "[" * 100_000 + "]" * 100_000 + "}")
        (out / "svg-deep-100k.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg">' + "<g>" * 100_000 + "</g>" * 100_000 + "</svg>"
        )
        (out / "svg-many-nodes.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg">' + "<g/>" * 300_000 + "</svg>"
        )
        png = bytearray(base64.b64decode(PNG_1X1))
        iend = png.rindex(b"IEND") - 4
        chunk = png_chunk(b"tEXt", b"k\0v")
        (out / "png-many-chunks.png").write_bytes(png[:iend] + chunk * 150_000 + png[iend:])
        # 1,000 compressed badge chunks, each inflating to just under max_inflate_bytes.
        bomb = zlib.compress(b" " * ((4 << 20) - 100), 9)
        badge = png_chunk(b"iTXt", b"openbadgecredential\0\x01\0\0\0" + bomb)
        (out / "png-1000-inflate-bombs.png").write_bytes(png[:iend] + badge * 1000 + png[iend:])


# A 1×1 grey PNG (IHDR, IDAT, IEND).
PNG_1X1 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="
)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data)
    return len(data).to_bytes(4, "big") + kind + data + crc.to_bytes(4, "big")


def rdfc_shell(cred: dict) -> dict:
    """A credential with an eddsa-rdfc-2022 proof whose proofValue is a well-formed 64-byte
    Ed25519 signature by the issuer over the proof configuration only: the document part
    cannot be canonicalized within the limits (that is the attack), so no valid signature
    over it can exist for the verifier to accept."""
    mk = ISSUER_MK
    proof = {
        "type": "DataIntegrityProof",
        "created": "2025-01-01T00:00:00Z",
        "verificationMethod": f"{ISSUER_DID}#{mk}",
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod",
    }
    proof["proofValue"] = "z" + b58(ISSUER.sign(jcs(proof)))
    return {**cred, "proof": proof}


if __name__ == "__main__":
    main()
