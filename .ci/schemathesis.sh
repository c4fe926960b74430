#!/usr/bin/env bash
# schemathesis (PyPI) against the real `jalon serve` binary: a bounded number of examples per
# operation, the stateful phase included (the document's `links` lead from reading the project to
# every operation on `{id}`, with its ETag as If-Match). The person's token reaches a seeded project,
# Karim's sample, created and linked by the portal; `Tests/Contract/schemathesis.toml` points every
# `{id}` at it. Usage: .ci/schemathesis.sh [path/to/jalon]  (default .build/debug/jalon)
set -euo pipefail
cd "$(dirname "$0")/.."
JALON=${1:-.build/debug/jalon}
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

token() { "$JALON" serve token --role "$1" --subject "$2"; }
token portal portail >"$WORK/portal"; token person personne >"$WORK/person"
printf '{"tokens": [%s, %s], "limits": {"requestsPerMinute": 1000000, "pdfRenderPriority": "normal"}}' "$(sed -n 2p "$WORK/portal")" "$(sed -n 2p "$WORK/person")" >"$WORK/serve.json"
PORTAL=$(sed -n 1p "$WORK/portal"); PERSON=$(sed -n 1p "$WORK/person")

"$JALON" serve --port 0 --store "$WORK/store" --config "$WORK/serve.json" >"$WORK/out" 2>"$WORK/log" &
SERVER=$!
for _ in $(seq 100); do grep -q ':[0-9]' "$WORK/out" 2>/dev/null && break; sleep 0.2; done
PORT=$(grep -o '[0-9]*$' "$WORK/out" | head -1)
BASE="http://127.0.0.1:$PORT"
JALON_SEED_ID=$(curl -fsS -X POST "$BASE/v1/projects?person=personne" -H "Authorization: Bearer $PORTAL" \
  -H 'Content-Type: application/xml' --data-binary @Samples/karim-montbeliard-reconversion.xml | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
export JALON_SEED_ID

# Bounded: a few examples per operation, a few minutes at most on two cores.
timeout 600 schemathesis --config-file "${JALON_ST_CONFIG:-Tests/Contract/schemathesis.toml}" run Resources/OpenAPI/jalon-1.yaml --url "$BASE" \
  -H "Authorization: Bearer $PERSON" --phases examples,coverage,fuzzing,stateful --checks all --no-color "${@:2}"
