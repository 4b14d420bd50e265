#!/usr/bin/env bash
# The load proof of issue 9: serves INDEX, drives it for 60 s (DURATION) with 16 connections (wrk, queries.lua),
# and 5 s in runs `morgue index --update …` on the same index in another process. Prints wrk's
# requests, errors and percentiles, the update's summary and the story counts before and after.
#   usage: server/src/test/load/load-during-update.sh INDEX STORY_ID UPDATE-ARGS…
#   e.g.   … /tmp/rel-load/idx 17 --update more.sgm.gz new.jsonl --delete 20 21
# Needs wrk (Debian: apt-get install wrk). Measurement only: not part of the test suite.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
INDEX="$1"; STORY="$2"; shift 2
# A free port: a fixed one may already be another server's, and wrk would then measure that one.
PORT="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
OUT="${OUT:-$(mktemp -d)}"
"$ROOT/morgue" serve --index "$INDEX" --port "$PORT" >"$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >"$OUT/health-before.json" 2>/dev/null && break
  sleep 0.5
done
echo "before: $(cat "$OUT/health-before.json")"
kill -0 "$SERVER" 2>/dev/null && grep -q "\"index\":\"$(realpath "$INDEX")/" "$OUT/health-before.json" \
  || { echo "the server on port $PORT is not serving $INDEX; see $OUT/serve.log" >&2; exit 1; }
wrk -t2 -c16 -d"${DURATION:-60s}" --timeout 10s -s "$ROOT/server/src/test/load/queries.lua" "http://127.0.0.1:$PORT" -- "$STORY" >"$OUT/wrk.txt" 2>&1 &
WRK=$!
RUN_START=$(date +%s.%N)
# Watch, during the run, for the moment the server answers from another build (the switch).
OLD_BUILD="$(sed 's/.*"index":"\([^"]*\)".*/\1/' "$OUT/health-before.json")"
(
  for _ in $(seq 1 600); do  # at most 2 minutes
    sleep 0.2
    NOW=$(date +%s.%N)
    if curl -sf "http://127.0.0.1:$PORT/api/health" >"$OUT/health-watch.json" \
        && ! grep -q "\"index\":\"$OLD_BUILD\"" "$OUT/health-watch.json"; then
      echo "$NOW - $RUN_START" | bc >"$OUT/switched-at"
      break
    fi
  done
) &
WATCH=$!
sleep 5
START=$(date +%s.%N)
set +e
"$ROOT/morgue" index --index "$INDEX" --no-progress "$@" >"$OUT/update.log" 2>&1
CODE=$?
set -e
END=$(date +%s.%N)
echo "update: exit $CODE, $(echo "$END - $START" | bc) s "
grep -v '^\[' "$OUT/update.log" | grep -v WARNING || true
wait "$WRK"
wait "$WATCH" 2>/dev/null || true
echo "update ran from 5 s to $(echo "$END - $RUN_START" | bc) s of the run; the server answered from the new build at $(cat "$OUT/switched-at" 2>/dev/null || echo never) s"
cat "$OUT/wrk.txt"
echo "after: $(curl -sf "http://127.0.0.1:$PORT/api/health")"
grep -E "serving build|closed build" "$OUT/serve.log" || true
echo "logs in $OUT"
