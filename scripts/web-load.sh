#!/usr/bin/env bash
# Load test of `vanban serve` on loopback: an archive of N synthetic letters (default 100,000,
# scripts/web-letters.py, kept in $WORK between runs), then wrk against the register search
# (a search word chosen at random per request, page and API) and a document page (a random id),
# CONNECTIONS connections for DURATION each. Prints wrk's latency distribution (p50…p99), the
# server's CPU time per answer, and the machine's load average (other work on it moves latency).
# SERVE_ARGS: more options for `vanban serve` (e.g. --no-register-cache to measure without the
# register's cache); ONLY: a comma-separated list of targets to run (search-page, search-api,
# document, first-page). The server's CPU per answer gives what the latency would be with the
# 2 cores to the server alone: with CONNECTIONS requests always in flight, each waits for the others.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-20s}
WORK=${WORK:-/tmp/vanban-load}
PORT=${PORT:-18123}
SERVE_ARGS=${SERVE_ARGS:-}
ONLY=${ONLY:-search-page,search-api,document,first-page}
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
# shellcheck disable=SC2086
"$bin" serve --db "$WORK/archive.sqlite" --listen "127.0.0.1:$PORT" $SERVE_ARGS 2>"$WORK/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/api/documents?limit=1" >/dev/null && break
  sleep 0.2
done
base="http://127.0.0.1:$PORT"
export VANBAN_LOAD_MAX_ID="$count"
cores=$(getconf _NPROCESSORS_ONLN)
for target in "search-page|register search (page)|/?q=@word" "search-api|register search (API)|/api/documents?text=@word" \
              "document|document page|/documents/@id" "first-page|register, first page|/"; do
  key=${target%%|*}
  rest=${target#*|}
  name=${rest%%|*}
  path=${rest#*|}
  case ",$ONLY," in *",$key,"*) ;; *) continue ;; esac
  echo
  echo "== $name: $path, $CONNECTIONS connections, $DURATION${SERVE_ARGS:+, serve $SERVE_ARGS}"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  before=$(awk '{print $14 + $15}' "/proc/$server/stat")
  WRK_PATH="$path" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/web-load.lua "$base" | tee "$WORK/wrk.out"
  after=$(awk '{print $14 + $15}' "/proc/$server/stat")
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
  # CPU the server spent per answer (clock ticks → ms): what the machine's other load does not change.
  awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" -v c="$CONNECTIONS" -v cores="$cores" \
    'BEGIN { if (n > 0) { cpu = t * 1000 / hz / n
             printf "server CPU per answer: %.2f ms (%d answers); with the %d cores to the server alone: about %.0f ms a request at %d connections\n", cpu, n, cores, c * cpu / cores, c } }'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo
uptime
