#!/usr/bin/env python3
"""One-off generator for tests/data/rsa/vectors.json (see README.md in this folder).

Oracles independent of badgeverify: python `cryptography` (OpenSSL underneath) makes the keys
and the ordinary signatures, the `openssl` command line makes one key and its signatures, and
the crafted (invalid) signatures are raw RSA done with Python integers, `pow(m, d, n)`, over
encoded messages built here. Every case's `valid` flag is what `cryptography`'s verifier says
(asserted below), never what badgeverify says. Keys are random, so re-running gives different
but equivalent vectors. Run from anywhere: python3 tests/data/rsa/generate.py
"""
import base64, hashlib, json, os, pathlib, subprocess, tempfile

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

HERE = pathlib.Path(__file__).parent
MSG = b"eyJhbGciOiJSUzI1NiJ9.eyJtc2ciOiJiYWRnZXZlcmlmeSBSU0EgdmVjdG9yIn0"
MHASH = hashlib.sha256(MSG).digest()
# DigestInfo prefixes (RFC 8017 section 9.2 note 1), and SHA-256 without the NULL parameters.
DI_SHA256 = bytes.fromhex("3031300d060960864801650304020105000420")
DI_SHA256_NO_NULL = bytes.fromhex("302f300b0609608648016503040201" "0420")
DI_SHA1 = bytes.fromhex("3021300906052b0e03021a05000414")


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def k_len(pub) -> int:
    return (pub.key_size + 7) // 8


def raw_sign(key, m: int) -> bytes:
    """RSASP1 with Python integers: m^d mod n as k bytes (m must be below n)."""
    priv = key.private_numbers()
    n = priv.public_numbers.n
    assert 0 <= m < n
    return pow(m, priv.d, n).to_bytes(k_len(key.public_key()), "big")


def pkcs1_em(k: int, t: bytes) -> bytes:
    return b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t


def mgf1(seed: bytes, length: int) -> bytes:
    out, counter = b"", 0
    while len(out) < length:
        out += hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return out[:length]


def pss_em(salt: bytes, em_bits: int) -> bytes:
    """EMSA-PSS-ENCODE (RFC 8017 section 9.1.1) with SHA-256 / MGF1-SHA-256."""
    em_len = (em_bits + 7) // 8
    h = hashlib.sha256(b"\x00" * 8 + MHASH + salt).digest()
    db = b"\x00" * (em_len - len(salt) - 32 - 2) + b"\x01" + salt
    masked = bytes(a ^ b for a, b in zip(db, mgf1(h, em_len - 33)))
    masked = bytes([masked[0] & (0xFF >> (8 * em_len - em_bits))]) + masked[1:]
    return masked + h + b"\xbc"


def oracle(pub, alg: str, sig: bytes) -> bool:
    if alg == "RS256":
        pad = padding.PKCS1v15()
    else:
        pad = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
    try:
        pub.verify(sig, MSG, pad, hashes.SHA256())
        return True
    except InvalidSignature:
        return False


keys, cases = {}, []


def add_key(name: str, pub, fmt=serialization.PublicFormat.SubjectPublicKeyInfo):
    keys[name] = {
        "pem": pub.public_bytes(serialization.Encoding.PEM, fmt).decode(),
        "bits": pub.key_size,
        "e": pub.public_numbers().e,
    }


def add_case(key: str, pub, alg: str, sig: bytes, note: str, expect: bool):
    valid = oracle(pub, alg, sig)
    assert valid == expect, (key, alg, note)
    cases.append({"key": key, "alg": alg, "sig": b64u(sig), "valid": valid, "note": note})


def ordinary(name: str, key):
    pub = key.public_key()
    add_case(name, pub, "RS256", key.sign(MSG, padding.PKCS1v15(), hashes.SHA256()),
             "RS256 by cryptography", True)
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
    add_case(name, pub, "PS256", key.sign(MSG, pss, hashes.SHA256()),
             "PS256 by cryptography", True)


# 1. 2048-bit, e = 65537: valid signatures and the crafted invalid ones.
k2048 = rsa.generate_private_key(public_exponent=65537, key_size=2048)
p2048 = k2048.public_key()
add_key("rsa2048", p2048)
ordinary("rsa2048", k2048)
k = k_len(p2048)
n = p2048.public_numbers().n
add_case("rsa2048", p2048, "RS256", k2048.sign(MSG, padding.PKCS1v15(), hashes.SHA1()),
         "PKCS#1 v1.5 with SHA-1 (DigestInfo SHA-1), not RS256", False)
add_case("rsa2048", p2048, "RS256",
         raw_sign(k2048, int.from_bytes(pkcs1_em(k, DI_SHA1 + MHASH[:20]), "big")),
         "DigestInfo names SHA-1 but carries the first 20 bytes of the SHA-256 digest", False)
add_case("rsa2048", p2048, "RS256",
         raw_sign(k2048, int.from_bytes(pkcs1_em(k, DI_SHA256_NO_NULL + MHASH), "big")),
         "DigestInfo SHA-256 without the NULL parameters", False)
bb06 = b"\x00\x01" + b"\xff" * 8 + b"\x00" + DI_SHA256 + MHASH
bb06 += b"\x00" * (k - len(bb06))
add_case("rsa2048", p2048, "RS256", raw_sign(k2048, int.from_bytes(bb06, "big")),
         "Bleichenbacher'06 layout: short padding, garbage after the hash", False)
em = bytearray(pkcs1_em(k, DI_SHA256 + MHASH))
em[1] = 0x02
add_case("rsa2048", p2048, "RS256", raw_sign(k2048, int.from_bytes(em, "big")),
         "block type 02 instead of 01", False)
pss_other = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=20)
add_case("rsa2048", p2048, "PS256", k2048.sign(MSG, pss_other, hashes.SHA256()),
         "PSS with a 20-byte salt", False)
pss_sha1 = padding.PSS(mgf=padding.MGF1(hashes.SHA1()), salt_length=32)
add_case("rsa2048", p2048, "PS256", k2048.sign(MSG, pss_sha1, hashes.SHA256()),
         "PSS with MGF1-SHA-1", False)
add_case("rsa2048", p2048, "RS256",
         k2048.sign(MSG, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                    hashes.SHA256()),
         "a PS256 signature presented as RS256", False)
add_case("rsa2048", p2048, "PS256", k2048.sign(MSG, padding.PKCS1v15(), hashes.SHA256()),
         "an RS256 signature presented as PS256", False)
# EM with the leftmost bit of maskedDB set (RFC 8017 9.1.2 step 6); a verifier that only
# clears it (step 9) would accept. Salts are drawn until the EM stays below n.
while True:
    em = bytearray(pss_em(os.urandom(32), 2047))
    em[0] |= 0x80
    if int.from_bytes(em, "big") < n:
        break
add_case("rsa2048", p2048, "PS256", raw_sign(k2048, int.from_bytes(em, "big")),
         "PSS EM whose leftmost (excess) bit is set", False)
# s + n: the same value mod n, but not below n. Messages would change the signature, so
# keys are not redrawn; the case is skipped when s + n does not fit in k bytes.
s = int.from_bytes(k2048.sign(MSG, padding.PKCS1v15(), hashes.SHA256()), "big")
if s + n < 256**k:
    add_case("rsa2048", p2048, "RS256", (s + n).to_bytes(k, "big"),
             "valid RS256 signature plus n (same residue, not below n)", False)
add_case("rsa2048", p2048, "RS256", n.to_bytes(k, "big"), "the modulus itself", False)
add_case("rsa2048", p2048, "RS256", b"\x00" * k, "zero", False)
add_case("rsa2048", p2048, "RS256", (1).to_bytes(k, "big"), "one", False)

# 2. 2049 bits (modBits = 1 mod 8: PSS emLen = k - 1), e = 65537. Neither cryptography nor
#    `openssl genpkey` makes a 2049-bit modulus (both round down to 2048), so the key is
#    assembled from a 1025-bit and a 1024-bit prime made by `openssl prime -generate` (which
#    sets the top two bits of each, so the product always has 2049 bits).
def openssl_prime(bits: int) -> int:
    out = subprocess.run(["openssl", "prime", "-generate", "-bits", str(bits)],
                         check=True, capture_output=True, text=True).stdout
    return int(out.strip())


def key_from_primes(bits: int, e: int = 65537):
    while True:
        p, q = openssl_prime((bits + 1) // 2), openssl_prime(bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and (p * q).bit_length() == bits and phi % e != 0 and (p - 1) % e and (q - 1) % e:
            break
    d = pow(e, -1, (p - 1) * (q - 1))
    pub = rsa.RSAPublicNumbers(e, p * q)
    return rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub).private_key()


k2049 = key_from_primes(2049)
p2049 = k2049.public_key()
assert p2049.key_size == 2049
add_key("rsa2049", p2049)
ordinary("rsa2049", k2049)
n2049 = p2049.public_numbers().n
em_hand = pss_em(os.urandom(32), 2048)
add_case("rsa2049", p2049, "PS256", raw_sign(k2049, int.from_bytes(em_hand, "big")),
         "PS256 encoded by this script (EMSA-PSS-ENCODE), raw RSA", True)
# m = 2^2048 + EM: its low 256 bytes are a valid EM, but m does not fit in emLen bytes.
for _ in range(10000):
    em_hand = pss_em(os.urandom(32), 2048)
    m = (1 << 2048) + int.from_bytes(em_hand, "big")
    if m < n2049:
        add_case("rsa2049", p2049, "PS256", raw_sign(k2049, m),
                 "valid PSS EM with a nonzero byte before it (m >= 256^emLen)", False)
        break

# 3. 3072 bits, e = 3, key also as PKCS#1.
k3072 = rsa.generate_private_key(public_exponent=3, key_size=3072)
add_key("rsa3072e3", k3072.public_key())
add_key("rsa3072e3-pkcs1", k3072.public_key(), serialization.PublicFormat.PKCS1)
ordinary("rsa3072e3", k3072)
ordinary("rsa3072e3-pkcs1", k3072)

# 4. 8192 bits (the largest accepted), e = 65537.
k8192 = rsa.generate_private_key(public_exponent=65537, key_size=8192)
add_key("rsa8192", k8192.public_key())
ordinary("rsa8192", k8192)

# 5. The openssl command line: 2048 bits with e = 2^33 - 1 (the largest accepted exponent).
with tempfile.TemporaryDirectory() as tmp:
    t = pathlib.Path(tmp)
    (t / "msg").write_bytes(MSG)
    run = lambda *a: subprocess.run(["openssl", *a], check=True, capture_output=True)
    run("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
        "-pkeyopt", "rsa_keygen_pubexp:8589934591", "-out", str(t / "key.pem"))
    run("pkey", "-in", str(t / "key.pem"), "-pubout", "-out", str(t / "pub.pem"))
    run("dgst", "-sha256", "-sign", str(t / "key.pem"), "-out", str(t / "rs"), str(t / "msg"))
    run("dgst", "-sha256", "-sign", str(t / "key.pem"), "-sigopt", "rsa_padding_mode:pss",
        "-sigopt", "rsa_pss_saltlen:32", "-sigopt", "rsa_mgf1_md:sha256",
        "-out", str(t / "ps"), str(t / "msg"))
    pub = serialization.load_pem_public_key((t / "pub.pem").read_bytes())
    assert pub.public_numbers().e == (1 << 33) - 1
    add_key("openssl-e2^33-1", pub)
    add_case("openssl-e2^33-1", pub, "RS256", (t / "rs").read_bytes(),
             "RS256 by openssl dgst", True)
    add_case("openssl-e2^33-1", pub, "PS256", (t / "ps").read_bytes(),
             "PS256 by openssl dgst (rsa_pss_saltlen:32, rsa_mgf1_md:sha256)", True)

out = {
    "generated_by": "tests/data/rsa/generate.py (python cryptography + openssl CLI)",
    "message": MSG.decode(),
    "keys": keys,
    "cases": cases,
}
(HERE / "vectors.json").write_text(json.dumps(out, indent=1) + "\n")
print(f"{len(keys)} keys, {len(cases)} cases")
