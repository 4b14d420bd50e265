#!/usr/bin/env bash
# Exact-phrase query latency against a running Morgue server: each phrase is asked folded ("…") and
# exact (exact:"…"), ROUNDS times after one warm-up round, and the server's own took_ms is summarised
# per mode (median, p95, max). A measurement, not a test: run it against a built index you serve, e.g.
#   ./morgue serve --index DIR --port 7220 &
#   bench/scripts/exact-latency.sh http://127.0.0.1:7220 20
# Loopback only; one request at a time.
set -euo pipefail
BASE="${1:?usage: exact-latency.sh BASE_URL [ROUNDS]}"
ROUNDS="${2:-20}"
PHRASES=("Federal Reserve" "White House" "U.S. dollar" "European Central Bank" "Wall Street" "oil prices"
  "Barack Obama" "Prime Minister" "interest rates" "Hong Kong" "Goldman Sachs" "Middle East" "New York"
  "Bank of Japan" "said on Tuesday" "the company said" "Reuters poll" "Supreme Court" "Kim Jong" "São Paulo")
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
ask() { curl -sf "$BASE/api/search?size=10&q=$(enc "$1")" | python3 -c 'import sys, json; d = json.load(sys.stdin); print(d["took_ms"], d["total"]["value"])'; }
OUT="$(mktemp)"
for round in $(seq 0 "$ROUNDS"); do
  for p in "${PHRASES[@]}"; do
    for mode in folded exact; do
      if [ "$mode" = exact ]; then q="exact:\"$p\""; else q="\"$p\""; fi
      read -r took total < <(ask "$q")
      [ "$round" -gt 0 ] && echo "$mode $took $total $p" >> "$OUT"
    done
  done
done
python3 - "$OUT" "$ROUNDS" <<'PY'
import sys, statistics
rows = [l.split(' ', 3) for l in open(sys.argv[1])]
for mode in ('folded', 'exact'):
    t = sorted(int(r[1]) for r in rows if r[0] == mode)
    p95 = t[max(0, int(len(t) * 0.95) - 1)]
    print(f"{mode:6} n={len(t)} median={statistics.median(t)} ms p95={p95} ms max={t[-1]} ms")
hits = {}
for r in rows:
    hits[(r[3].strip(), r[0])] = int(r[2])
print("phrase: folded hits / exact hits")
for p in sorted({k[0] for k in hits}):
    print(f"  {p}: {hits[(p, 'folded')]} / {hits[(p, 'exact')]}")
PY
rm -f "$OUT"
