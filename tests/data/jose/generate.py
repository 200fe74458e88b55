#!/usr/bin/env python3
"""One-off generator for the adversarial JOSE fixtures in this folder (see PROVENANCE.md).

Uses python `cryptography` (an implementation independent of the RustCrypto crates under
test). Keys are random, so re-running produces different but equivalent files; the tests only
rely on the relations stated in PROVENANCE.md. Run from this folder: python3 generate.py
"""
import base64, hashlib, hmac, json, pathlib

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

HERE = pathlib.Path(__file__).parent
VEC = HERE / "../../vectors/1edtech-validator/inspector-vc/src/test/resources/ob20"


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def ub64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def seg(obj) -> str:
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def spki_pem(key) -> str:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def write(name: str, text: str) -> None:
    (HERE / name).write_text(text if text.endswith("\n") else text + "\n")


payload = seg({"iss": "https://example.org/issuer", "msg": "badgeverify fixture"})

# 1. A genuinely valid RS256 JWS made with a 1024-bit RSA key: only the key size is wrong.
k1024 = rsa.generate_private_key(public_exponent=65537, key_size=1024)
h = seg({"alg": "RS256"})
sig = k1024.sign(f"{h}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
write("rsa1024-public.pem", spki_pem(k1024.public_key()))
write("rsa1024-rs256.jws", f"{h}.{payload}.{b64u(sig)}")

# 2. PS256 (RSASSA-PSS, SHA-256, MGF1-SHA-256, salt 32) with a 2048-bit key, key as JWK.
k2048 = rsa.generate_private_key(public_exponent=65537, key_size=2048)
nums = k2048.public_key().public_numbers()
jwk = {
    "kty": "RSA",
    "n": b64u(nums.n.to_bytes((nums.n.bit_length() + 7) // 8, "big")),
    "e": b64u(nums.e.to_bytes(3, "big")),
}
h = seg({"alg": "PS256"})
sig = k2048.sign(
    f"{h}.{payload}".encode(),
    padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
    hashes.SHA256(),
)
write("rsa2048-public.jwk.json", json.dumps(jwk, indent=2))
write("rsa2048-public.pem", spki_pem(k2048.public_key()))
write("rsa2048-ps256.jws", f"{h}.{payload}.{b64u(sig)}")

# 3. The HS256 key-confusion attack: HMAC-SHA256 keyed with the *public* key PEM text of
#    the 1EdTech OB 2.0 fixture key1.json, over simple.jwt's payload with an HS256 header.
pem = json.loads((VEC / "assets/key1.json").read_text())["publicKeyPem"]
ob20_payload = (VEC / "simple.jwt").read_text().strip().split(".")[1]
h = seg({"typ": "JWT", "alg": "HS256"})
mac = hmac.new(pem.encode(), f"{h}.{ob20_payload}".encode(), hashlib.sha256).digest()
write("hs256-key1-confusion.jwt", f"{h}.{ob20_payload}.{b64u(mac)}")

# 4. The RFC 7515 A.3 ES256 signature with s replaced by n - s (the "high-S" twin). ECDSA
#    verifiers that do not enforce low-S accept both; cryptography verifies it below.
a3 = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"
n_p256 = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
hh, pp, ss = a3.split(".")
raw = ub64(ss)
r, s = int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")
twin = r.to_bytes(32, "big") + (n_p256 - s).to_bytes(32, "big")
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
a3_key = ec.EllipticCurvePublicNumbers(
    int.from_bytes(ub64("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"), "big"),
    int.from_bytes(ub64("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"), "big"),
    ec.SECP256R1(),
).public_key()
a3_key.verify(
    encode_dss_signature(r, n_p256 - s), f"{hh}.{pp}".encode(), ec.ECDSA(hashes.SHA256())
)
write("rfc7515-a3-high-s.jws", f"{hh}.{pp}.{b64u(twin)}")
# The same RFC keys as SPKI PEM, encoded by an independent implementation.
write("rfc7515-a3-p256-public.pem", spki_pem(a3_key))
ed = ed25519.Ed25519PublicKey.from_public_bytes(ub64("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"))
write("rfc8037-ed25519-public.pem", spki_pem(ed))
