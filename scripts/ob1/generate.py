"""Makes the Open Badges 0.5 / 1.0 / 1.1 test fixtures in tests/fixtures/ob1/.

Independent of badgeverify: RSA keys and RS256 JWS come from `cryptography` and `jwcrypto`,
baked PNG/SVG images from 1EdTech's `openbadges-bakery`, everything else is plain JSON.
Run through scripts/ob1/regen.sh, which installs the pinned versions in a venv.

Layout written under OUT (see tests/fixtures/ob1/README.md):
  site/<host>/<path>   what each http(s) URL serves (the issuers' documents, keys, lists)
  site/status.json     URLs answered with an HTTP status instead of a body (410 = revoked)
  inputs/              what a person would hand the verifier (JSON, JWS, URL text, PNG, SVG)
  keys/                test-only private keys (reused from the committed copy when present)
  manifest.json        every input with the verdict and check expected offline and online
"""

import argparse
import hashlib
import io
import json
import os
import shutil
import struct
import zlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto import jwk, jws
from jwcrypto.common import base64url_encode
from openbadges_bakery import bake, unbake

ISSUER = "https://badges.example.edu"
OTHER = "https://elsewhere.example.net"
NOW = "2026-01-01T00:00:00Z"
LEARNER = "learner@example.org"
SALT = "ob1-salt"
CONTEXT_V1 = "https://w3id.org/openbadges/v1"


def sha256_identity(email, salt=SALT):
    return "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


def dump(obj):
    return json.dumps(obj, indent=2, sort_keys=False) + "\n"


class Out:
    def __init__(self, root):
        self.root = root
        self.manifest = []
        self.status = {}

    def write(self, rel, data):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(path, mode) as f:
            f.write(data)

    def serve(self, url, doc):
        """Makes `url` serve `doc` (a dict as JSON, or text/bytes as is)."""
        host, path = url.split("://", 1)[1].split("/", 1)
        body = dump(doc) if isinstance(doc, dict) else doc
        self.write(os.path.join("site", host, path), body)

    def case(self, name, data, note, offline, online, recipient=None, producer=None):
        self.write(os.path.join("inputs", name), data)
        self.manifest.append({
            "file": "inputs/" + name,
            "now": NOW,
            "recipient": recipient,
            "note": note,
            "offline": {"verdict": offline[0], "check": offline[1], "code": offline[2]},
            "online": {"verdict": online[0], "check": online[1], "code": online[2]},
            "producer": producer,
        })


def load_or_make_key(reuse, out, name):
    rel = os.path.join("keys", name + ".pem")
    old = os.path.join(reuse, rel) if reuse else None
    if old and os.path.exists(old):
        with open(old, "rb") as f:
            pem = f.read()
        key = serialization.load_pem_private_key(pem, password=None)
    else:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    out.write(rel, pem)
    return key


def public_pem(key):
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def sign(key, payload):
    """Compact RS256 JWS over the JSON text of `payload` (jwcrypto)."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    k = jwk.JWK.from_pem(pem)
    token = jws.JWS(json.dumps(payload, separators=(",", ":")).encode())
    token.add_signature(k, alg="RS256", protected=json.dumps({"alg": "RS256"}))
    return token.serialize(compact=True)


def plain_png():
    """A 4x4 opaque PNG written by hand (no image library), for baking."""
    raw = b"".join(b"\x00" + bytes([0x1F, 0x6F, 0xB4]) * 4 for _ in range(4))

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


PLAIN_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
    '<circle cx="32" cy="32" r="30" fill="#1f6fb4"/></svg>'
)


def baked(kind, text):
    """`text` baked into a PNG or SVG by openbadges-bakery; checked by unbaking it again."""
    image = io.BytesIO(plain_png() if kind == "png" else PLAIN_SVG.encode())
    result = bake(image, text, io.BytesIO())
    data = result.read()
    again = unbake(io.BytesIO(data))
    # The SVG unbaker answers the `verify` attribute (the hosted URL or the JWS) when set.
    assert again == text or (kind == "svg" and again in text), (kind, again, text)
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuse", default=None, help="take keys from this fixture folder")
    args = ap.parse_args()
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    out = Out(args.out)

    issuer_key = load_or_make_key(args.reuse, out, "issuer-rsa")
    foreign_key = load_or_make_key(args.reuse, out, "foreign-rsa")
    bakery = "openbadges-bakery@" + __import__("importlib.metadata").metadata.version("openbadges-bakery")
    jwc = "jwcrypto@" + __import__("importlib.metadata").metadata.version("jwcrypto")

    # ---- the issuer's site -------------------------------------------------------------
    # Badge images: badgeverify never fetches them, 1EdTech's badgecheck does.
    for path in ("/ob05/badge.png", "/ob10/badge.png", "/ob11/badge.png"):
        out.serve(ISSUER + path, plain_png())
    out.serve(ISSUER + "/ob1/key.pem", public_pem(issuer_key))
    out.serve(OTHER + "/ob1/key.pem", public_pem(foreign_key))
    out.serve(ISSUER + "/ob10/issuer.json", {
        "name": "Example University Badges",
        "url": ISSUER,
        "email": "badges@badges.example.edu",
        "revocationList": ISSUER + "/ob10/revoked.json",
    })
    out.serve(ISSUER + "/ob10/revoked.json", {"ob10-revoked-1": "Issued in error"})
    out.serve(ISSUER + "/ob10/badge.json", {
        "name": "Robot Building 101",
        "description": "Built and programmed a line-following robot.",
        "image": ISSUER + "/ob10/badge.png",
        "criteria": ISSUER + "/ob10/criteria.html",
        "issuer": ISSUER + "/ob10/issuer.json",
        "tags": ["robots"],
        "alignment": [{"name": "Engineering practice", "url": ISSUER + "/standards/eng-1"}],
    })
    out.serve(ISSUER + "/ob11/issuer.json", {
        "@context": CONTEXT_V1,
        "type": "Issuer",
        "id": ISSUER + "/ob11/issuer.json",
        "name": "Example University Badges",
        "url": ISSUER,
        "email": "badges@badges.example.edu",
        "revocationList": ISSUER + "/ob11/revoked.json",
    })
    out.serve(ISSUER + "/ob11/revoked.json", {"ob11-revoked-1": "Honor code violation"})
    out.serve(ISSUER + "/ob11/badge.json", {
        "@context": CONTEXT_V1,
        "type": "BadgeClass",
        "id": ISSUER + "/ob11/badge.json",
        "name": "Soldering Safety",
        "description": "Passed the soldering safety course.",
        "image": ISSUER + "/ob11/badge.png",
        "criteria": ISSUER + "/ob11/criteria.html",
        "issuer": ISSUER + "/ob11/issuer.json",
    })

    recipient = {"type": "email", "hashed": True, "salt": SALT, "identity": sha256_identity(LEARNER)}

    def ob10(uid, url, verify_type="hosted", key_url=None, **extra):
        a = {
            "uid": uid,
            "recipient": dict(recipient),
            "badge": ISSUER + "/ob10/badge.json",
            "verify": {"type": verify_type, "url": key_url if verify_type == "signed" else url},
            "issuedOn": 1370044800,
        }
        a.update(extra)
        return a

    def ob11(uid, url, verify_type="hosted", key_url=None, **extra):
        a = {
            "@context": CONTEXT_V1,
            "type": "Assertion",
            "id": url if verify_type == "hosted" else "urn:uuid:" + hashlib.md5(uid.encode()).hexdigest(),
            "uid": uid,
            "recipient": dict(recipient),
            "badge": ISSUER + "/ob11/badge.json",
            "verify": {"type": verify_type, "url": key_url if verify_type == "signed" else url},
            "issuedOn": "2015-09-01T10:00:00Z",
        }
        a.update(extra)
        return a

    hosted_off = ("indeterminate", "proof", "hosted-unreachable")

    # ---- OB 1.0 hosted -----------------------------------------------------------------
    u = ISSUER + "/ob10/assertions/1.json"
    a = ob10("ob10-1", u)
    out.serve(u, a)
    out.case("ob10-hosted.json", dump(a), "1.0 hosted: verify.url on the issuer's host, issuedOn Unix seconds (number)",
             hosted_off, ("valid", None, None))
    out.case("ob10-hosted-recipient.json", dump(a), "1.0 hosted, recipient checked against the salted sha256 identity",
             hosted_off, ("valid", "recipient", "recipient-match"), recipient=LEARNER)
    out.case("ob10-hosted-other-recipient.json", dump(a), "1.0 hosted, someone else asks: not the recipient",
             ("invalid", "recipient", "recipient-mismatch"), ("invalid", "recipient", "recipient-mismatch"),
             recipient="someone-else@example.org")
    out.case("ob10-hosted-url.txt", u, "the hosted URL itself as input",
             ("indeterminate", "proof", "hosted-unreachable"), ("valid", None, None))
    out.case("ob10-hosted.png", baked("png", json.dumps(a)), "1.0 hosted assertion baked into a PNG",
             hosted_off, ("valid", None, None), producer=bakery)
    out.case("ob10-hosted.svg", baked("svg", json.dumps(a)), "1.0 hosted assertion baked into an SVG",
             hosted_off, ("valid", None, None), producer=bakery)

    # Every 1.x date form: ISO date, naive and full date-times, Unix seconds as a string.
    for name, issued, expires in [
        ("date-only", "2013-06-01", None),
        ("datetime-utc", "2013-06-01T12:30:00Z", "2030-06-01T00:00:00+02:00"),
        ("datetime-naive", "2013-06-01T12:30:00", None),
        ("unix-string", "1370044800", "1924992000"),
        ("unix-fraction", "1370044800.5", None),
    ]:
        u = ISSUER + "/ob10/assertions/" + name + ".json"
        extra = {"issuedOn": issued}
        if expires:
            extra["expires"] = expires
        a = ob10("ob10-" + name, u, **extra)
        out.serve(u, a)
        out.case("ob10-date-" + name + ".json", dump(a), "1.0 hosted, issuedOn " + json.dumps(issued)
                 + (", expires " + json.dumps(expires) if expires else ""),
                 hosted_off, ("valid", "validity-period", "in-period"))
    u = ISSUER + "/ob10/assertions/expired.json"
    a = ob10("ob10-expired", u, expires="2016-01-01")
    out.serve(u, a)
    out.case("ob10-expired.json", dump(a), "1.0 hosted with an expiry date in the past",
             ("invalid", "validity-period", "expired"), ("invalid", "validity-period", "expired"))

    # Tampered twins of hosted 1.0.
    u = ISSUER + "/ob10/assertions/gone.json"
    out.status[u] = 410
    a = ob10("ob10-gone", u)
    out.case("neg-ob10-hosted-gone.json", dump(a), "the issuer answers 410 Gone at verify.url: revoked",
             hosted_off, ("invalid", "revocation", "revoked"))
    u = OTHER + "/ob10/assertions/1.json"
    a = ob10("ob10-elsewhere", u)
    out.serve(u, a)
    out.case("neg-ob10-hosted-elsewhere.json", dump(a),
             "served at another host than the issuer's (verify.url on elsewhere.example.net)",
             hosted_off, ("invalid", "hosted-origin", "hosted-origin-mismatch"))
    u = ISSUER + "/ob10/assertions/moved.json"
    a = ob10("ob10-moved", u)
    served = ob10("ob10-moved", ISSUER + "/ob10/assertions/1.json")
    out.serve(u, served)
    out.case("neg-ob10-hosted-other-url.json", dump(a),
             "the document at verify.url names another verify.url: not this assertion",
             hosted_off, ("invalid", "proof", "hosted-id-mismatch"))
    u = ISSUER + "/ob10/assertions/1.json"
    a = ob10("ob10-1", u)
    a["recipient"]["identity"] = sha256_identity("mallory@example.org")
    out.case("neg-ob10-hosted-local-recipient.json", dump(a),
             "baked copy claims another recipient; the issuer's copy (learner) is what counts",
             ("indeterminate", "proof", "hosted-unreachable"), ("invalid", "recipient", "recipient-mismatch"),
             recipient="mallory@example.org")

    # ---- OB 1.1 hosted -----------------------------------------------------------------
    u = ISSUER + "/ob11/assertions/1.json"
    a = ob11("ob11-1", u)
    out.serve(u, a)
    out.case("ob11-hosted.json", dump(a), "1.1 hosted (context v1, id = verify.url)",
             hosted_off, ("valid", None, None))
    out.case("ob11-hosted.png", baked("png", json.dumps(a)), "1.1 hosted baked into a PNG",
             hosted_off, ("valid", None, None), producer=bakery)
    u = OTHER + "/ob11/assertions/1.json"
    a = ob11("ob11-elsewhere", u)
    out.serve(u, a)
    out.case("neg-ob11-hosted-elsewhere.json", dump(a), "1.1 hosted on another host than the issuer's",
             hosted_off, ("invalid", "hosted-origin", "hosted-origin-mismatch"))

    # ---- OB 1.0 / 1.1 signed -----------------------------------------------------------
    signed_off = ("indeterminate", "proof", "key-unavailable")
    key = ISSUER + "/ob1/key.pem"
    a = ob10("ob10-signed-1", None, "signed", key)
    tok = sign(issuer_key, a)
    out.case("ob10-signed.jws", tok, "1.0 signed, RS256, PEM key at verify.url on the issuer's host",
             signed_off, ("valid", None, None), producer=jwc)
    out.case("ob10-signed.png", baked("png", tok), "1.0 signed JWS baked into a PNG",
             signed_off, ("valid", None, None), producer=bakery)
    out.case("ob10-signed-recipient.jws", tok, "1.0 signed, recipient matches",
             signed_off, ("valid", "recipient", "recipient-match"), recipient=LEARNER, producer=jwc)
    h, p, s = tok.split(".")
    forged = dict(a)
    forged["recipient"] = dict(recipient, identity=sha256_identity("mallory@example.org"))
    p2 = base64url_encode(json.dumps(forged, separators=(",", ":")).encode())
    out.case("neg-ob10-signed-tampered.jws", ".".join([h, p2, s]),
             "recipient changed after signing (original signature kept)",
             signed_off, ("invalid", "proof", "signature-invalid"), producer=jwc)
    out.case("neg-ob10-signed-wrong-key.jws", sign(foreign_key, a),
             "signed by another key than the one at verify.url",
             signed_off, ("invalid", "proof", "signature-invalid"), producer=jwc)
    b = ob10("ob10-signed-elsewhere", None, "signed", OTHER + "/ob1/key.pem")
    out.case("neg-ob10-signed-key-elsewhere.jws", sign(foreign_key, b),
             "valid signature, but the key lives on another host than the issuer's",
             signed_off, ("invalid", "issuer-key", "key-origin-mismatch"), producer=jwc)
    r = ob10("ob10-revoked-1", None, "signed", key)
    out.case("neg-ob10-signed-revoked.jws", sign(issuer_key, r),
             "uid listed in the issuer's 1.0 revocation list ({uid: reason})",
             signed_off, ("invalid", "revocation", "revoked"), producer=jwc)
    a = ob11("ob11-signed-1", None, "signed", key)
    tok = sign(issuer_key, a)
    out.case("ob11-signed.jws", tok, "1.1 signed, RS256", signed_off, ("valid", None, None), producer=jwc)
    out.case("ob11-signed.svg", baked("svg", tok), "1.1 signed JWS baked into an SVG",
             signed_off, ("valid", None, None), producer=bakery)
    r = ob11("ob11-revoked-1", None, "signed", key)
    out.case("neg-ob11-signed-revoked.jws", sign(issuer_key, r), "1.1 signed, uid in the revocation list",
             signed_off, ("invalid", "revocation", "revoked"), producer=jwc)

    # ---- OB 0.5 ------------------------------------------------------------------------
    def ob05(origin):
        return {
            "recipient": sha256_identity(LEARNER, "ob05-salt"),
            "salt": "ob05-salt",
            "issued_on": "2012-11-01",
            "badge": {
                "version": "0.5.0",
                "name": "Early Adopter",
                "image": origin + "/ob05/badge.png",
                "description": "Joined the badge pilot in 2012.",
                "criteria": origin + "/ob05/criteria.html",
                "issuer": {"origin": origin, "name": "Example University", "org": "Badge Pilot",
                           "contact": "badges@badges.example.edu"},
            },
        }
    a = ob05(ISSUER)
    u = ISSUER + "/ob05/assertions/1.json"
    out.serve(u, a)
    out.case("ob05.json", dump(a), "0.5 given as JSON: nothing ties it to the issuer without its URL",
             ("indeterminate", "proof", "hosted-url-unknown"), ("indeterminate", "proof", "hosted-url-unknown"))
    out.case("ob05-recipient.json", dump(a), "0.5 as JSON: the recipient check still works (string + salt)",
             ("indeterminate", "recipient", "recipient-match"), ("indeterminate", "recipient", "recipient-match"),
             recipient=LEARNER)
    out.case("ob05-url.txt", u, "0.5 assertion URL on the issuer's origin",
             ("indeterminate", "proof", "hosted-unreachable"), ("valid", "hosted-origin", "hosted-origin-ok"))
    out.case("ob05-url.png", baked("png", u), "0.5-era baked PNG carrying the assertion URL",
             ("indeterminate", "proof", "hosted-unreachable"), ("valid", "hosted-origin", "hosted-origin-ok"),
             producer=bakery)
    u = OTHER + "/ob05/assertions/1.json"
    out.serve(u, a)
    out.case("neg-ob05-url-elsewhere.txt", u, "0.5 assertion served from another origin than its issuer's",
             ("indeterminate", "proof", "hosted-unreachable"), ("invalid", "hosted-origin", "hosted-origin-mismatch"))

    out.write("site/status.json", dump(out.status))
    out.write("manifest.json", json.dumps(out.manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
