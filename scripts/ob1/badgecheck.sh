#!/usr/bin/env bash
# Runs 1EdTech's badgecheck (PyPI `badgecheck`, pinned) on tests/fixtures/ob1 and the OB 1.0
# specification's example, all served from a loopback HTTP server (scripts/ob1/badgecheck.py),
# and prints a Markdown table of its verdicts beside badgeverify's (from the fixtures'
# manifest, which tests/ob1.rs and cli/tests/ob1.rs check). docs/conformance.md holds a copy.
#
# badgecheck 1.1.8 (its newest release that installs; 1.2.0 needs a newer resolver) pins
# pycryptodome 3.6.6, python-jose 3.0.1 and pytz 2017.2, which import `collections.Mapping`:
# it runs on Python <= 3.9 only. Set PYTHON38 to such an interpreter (default: pyenv's 3.8).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
py="${PYTHON38:-$(ls -d "$HOME"/.pyenv/versions/3.8.*/bin/python 2>/dev/null | tail -1)}"
[ -x "$py" ] || { echo "need Python 3.8/3.9 for badgecheck (set PYTHON38)" >&2; exit 2; }
venv="${BADGECHECK_VENV:-$repo/target/badgecheck-venv}"
[ -x "$venv/bin/python" ] || "$py" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check badgecheck==1.1.8
for v in HTTP_PROXY HTTPS_PROXY ALL_PROXY http_proxy https_proxy all_proxy; do unset "$v"; done
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$venv/bin/python" "$here/badgecheck.py" >"$out"
python3 - "$out" "$repo/tests/fixtures/ob1/manifest.json" <<'PY'
import json, sys
results = [json.loads(l) for l in open(sys.argv[1])]
manifest = {c["file"]: c for c in json.load(open(sys.argv[2]))}
print("| input | badgecheck 1.1.8 | its first error | badgeverify online | badgeverify offline |")
print("|---|---|---|---|---|")
for r in results:
    c = manifest.get(r["file"])
    name = r["file"].split("/")[-1]
    bc = {True: "valid", False: "not valid", None: "crashed"}[r["valid"]]
    if r["version"]:
        bc += " (" + r["version"] + ")"
    err = (r["errors"][0] if r["errors"] else "").replace("|", "\\|").replace("\n", " ")
    if len(err) > 90:
        err = err[:87] + "..."
    def ours(e):
        s = e["verdict"]
        if e.get("code"):
            s += " (`" + e["check"] + "` " + e["code"] + ")"
        return s
    on = ours(c["online"]) if c else "valid"
    off = ours(c["offline"]) if c else "indeterminate (`proof` hosted-unreachable)"
    print("| `%s` | %s | %s | %s | %s |" % (name, bc, err, on, off))
PY
