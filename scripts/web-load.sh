#!/usr/bin/env bash
# Load test of `vanban serve` on loopback: an archive of N synthetic letters (default 100,000,
# scripts/web-letters.py, kept in $WORK between runs), then wrk against the register search
# (a search word chosen at random per request, page and API) and a document page (a random id),
# CONNECTIONS connections for DURATION each. Prints wrk's latency distribution (p50…p99), the
# server's CPU time per answer, and the machine's load average (other work on it moves latency).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-20s}
WORK=${WORK:-/tmp/vanban-load}
PORT=${PORT:-18123}
scripts/setup.sh wrk
swift build -c release --product vanban >/dev/null
bin=$(swift build -c release --show-bin-path)/vanban
mkdir -p "$WORK"
if [ ! -f "$WORK/archive.sqlite" ]; then
  python3 scripts/web-letters.py "$WORK/letters" "$N"
  /usr/bin/time -f "ingest: %e s, %M KB" "$bin" ingest -q --in-process -j 2 "$WORK/letters" --db "$WORK/archive.sqlite"
fi
count=$(sqlite3 "$WORK/archive.sqlite" "SELECT COUNT(*) FROM documents" 2>/dev/null || echo "?")
echo "archive: $count documents, $(du -h "$WORK/archive.sqlite" | cut -f1)"
"$bin" serve --db "$WORK/archive.sqlite" --listen "127.0.0.1:$PORT" 2>"$WORK/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/api/documents?limit=1" >/dev/null && break
  sleep 0.2
done
base="http://127.0.0.1:$PORT"
export VANBAN_LOAD_MAX_ID="$count"
for target in "register search (page):/?q=@word" "register search (API):/api/documents?text=@word" \
              "document page:/documents/@id" "register, first page:/"; do
  name=${target%%:*}
  path=${target#*:}
  echo
  echo "== $name: $path, $CONNECTIONS connections, $DURATION"
  before=$(awk '{print $14 + $15}' "/proc/$server/stat")
  WRK_PATH="$path" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/web-load.lua "$base" | tee "$WORK/wrk.out"
  after=$(awk '{print $14 + $15}' "/proc/$server/stat")
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
  # CPU the server spent per answer (clock ticks → ms): what the machine's other load does not change.
  awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "server CPU per answer: %.2f ms (%d answers)\n", t * 1000 / hz / n, n }'
done
echo
uptime
