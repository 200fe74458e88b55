"""Runs 1EdTech's badgecheck on the OB 0.5 / 1.x fixtures and prints its verdicts.

Every document is served by a real HTTP server on 127.0.0.1: requests' transport is wrapped
so that a request for `http(s)://<host>/<path>` goes to `http://127.0.0.1:<port>/<host>/<path>`
(nothing leaves the machine). The server answers from tests/fixtures/ob1/site/ (HTTP statuses
from site/status.json), the OB 1.0 specification's example in tests/data/ob1-spec-example/
under example.org, and the JSON-LD contexts badgecheck loads (v2 from src/contexts/data/, v1
from scripts/ob1/contexts/). Used by scripts/ob1/badgecheck.sh; prints one JSON object per
case (file, valid, errors, version) to stdout.
"""

import http.server
import json
import os
import sys
import threading

import requests
import requests.adapters

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(REPO, "tests", "fixtures", "ob1")
SITE = os.path.join(FIXTURES, "site")
SPEC_EXAMPLE = os.path.join(REPO, "tests", "data", "ob1-spec-example")
CONTEXTS = {
    "w3id.org/openbadges/v2": os.path.join(REPO, "src", "contexts", "data", "ob-v2p0-v2-validator.json"),
    "openbadgespec.org/v2/context.json": os.path.join(REPO, "src", "contexts", "data", "ob-v2p0-v2-validator.json"),
    "w3id.org/openbadges/v1": os.path.join(REPO, "scripts", "ob1", "contexts", "openbadges-v1.json"),
    "openbadgespec.org/v1/context.json": os.path.join(REPO, "scripts", "ob1", "contexts", "openbadges-v1.json"),
}
with open(os.path.join(SITE, "status.json")) as f:
    STATUS = json.load(f)
HITS = []


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        rel = self.path.split("?", 1)[0].lstrip("/")
        HITS.append(rel)
        url = "https://" + rel
        if url in STATUS:
            # As the 1.0 specification asks of a revoked hosted assertion.
            body = b'{"revoked": true}'
            self.send_response(STATUS[url])
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if rel in CONTEXTS:
            path, ctype = CONTEXTS[rel], "application/ld+json"
        elif rel.startswith("example.org/") and rel.endswith(".png"):
            # The specification's example images are not part of it: any PNG will do.
            path, ctype = os.path.join(SITE, "badges.example.edu", "ob10", "badge.png"), "image/png"
        elif rel.startswith("example.org/"):
            path, ctype = os.path.join(SPEC_EXAMPLE, rel[len("example.org/"):]), "application/json"
        else:
            path, ctype = os.path.join(SITE, rel), "application/json"
        path = os.path.normpath(path)
        if not path.startswith(REPO) or not os.path.isfile(path):
            self.send_response(404)
            self.end_headers()
            return
        if path.endswith(".pem"):
            ctype = "application/x-pem-file"
        elif path.endswith(".png"):
            ctype = "image/png"
        with open(path, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()

    original_send = requests.adapters.HTTPAdapter.send

    def loopback_send(self, request, **kwargs):
        scheme, rest = request.url.split("://", 1)
        assert scheme in ("http", "https"), request.url
        request.url = "http://127.0.0.1:%d/%s" % (port, rest)
        return original_send(self, request, **kwargs)

    requests.adapters.HTTPAdapter.send = loopback_send

    from openbadges import verify  # after the patch, so every session it makes is covered

    with open(os.path.join(FIXTURES, "manifest.json")) as f:
        cases = json.load(f)
    cases.append({"file": "../../data/ob1-spec-example/beths-robotics-badge.json", "recipient": None})
    for case in cases:
        path = os.path.normpath(os.path.join(FIXTURES, case["file"]))
        with open(path, "rb") as f:
            data = f.read()
        if path.endswith((".png", ".svg")):
            import io
            badge_input = io.BytesIO(data)
        else:
            badge_input = data.decode().strip()
        profile = {"email": case["recipient"]} if case.get("recipient") else None
        try:
            result = verify(badge_input, profile, use_cache=False)
            report = result["report"]
            errors = [m.get("result", "") for m in report.get("messages", [])
                      if m.get("messageLevel") == "ERROR"]
            out = {"file": case["file"], "valid": report.get("valid"), "errors": errors,
                   "version": report.get("openBadgesVersion")}
        except Exception as e:  # badgecheck crashing is a result too
            out = {"file": case["file"], "valid": None, "errors": ["exception: %r" % e], "version": None}
        print(json.dumps(out))
        sys.stdout.flush()
    server.shutdown()


if __name__ == "__main__":
    main()
