#!/usr/bin/env bash
# schemathesis (PyPI) against the real `jalon serve` binary: a bounded number of examples per
# operation, stateful phase included (the document's `links` lead from project creation to every
# operation on `{id}`). A seeded project, created and linked by the portal, is what the person's token
# reaches. Usage: .ci/schemathesis.sh [path/to/jalon]  (default .build/debug/jalon)
set -euo pipefail
cd "$(dirname "$0")/.."
JALON=${1:-.build/debug/jalon}
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

token() { "$JALON" serve token --role "$1" --subject "$2"; }
token portal portail >"$WORK/portal"; token person personne >"$WORK/person"
printf '{"tokens": [%s, %s]}' "$(sed -n 2p "$WORK/portal")" "$(sed -n 2p "$WORK/person")" >"$WORK/serve.json"
PORTAL=$(sed -n 1p "$WORK/portal"); PERSON=$(sed -n 1p "$WORK/person")

"$JALON" serve --port 0 --store "$WORK/store" --config "$WORK/serve.json" >"$WORK/out" 2>"$WORK/log" &
SERVER=$!
for _ in $(seq 50); do grep -q ':[0-9]' "$WORK/out" 2>/dev/null && break; sleep 0.2; done
PORT=$(grep -o '[0-9]*$' "$WORK/out" | head -1)
BASE="http://127.0.0.1:$PORT"
curl -fsS -X POST "$BASE/v1/projects" -H "Authorization: Bearer $PORTAL" -H 'Content-Type: application/json' \
  -d '{"displayName": "Seed", "person": "personne"}' >/dev/null

# Bounded: a few examples per operation, a few minutes at most on two cores.
timeout 300 schemathesis run Resources/OpenAPI/jalon-1.yaml --url "$BASE" \
  -H "Authorization: Bearer $PERSON" --max-examples 5 \
  --phases examples,coverage,stateful --checks not_a_server_error
