#!/usr/bin/env bash
# Throughput of vanban worker on this machine (docs/scale-out.md):
#   scripts/queue-bench.sh FOLDER [WORKERS ...]      (default: 1 2 4 workers)
# For each number of workers: a new database on the server $VANBAN_TEST_POSTGRES names
# (scripts/postgres.sh start prints it), FOLDER queued, that many workers started with
# --exit-when-empty, the wall time and each worker's own account of its time printed, the
# database dropped. $VANBAN is the binary (default: the release build); $WORKER_ARGS are
# given to each worker (e.g. "--batch 1" for scans, where one batch is minutes of OCR).
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:?usage: scripts/queue-bench.sh FOLDER [WORKERS ...]}"
shift
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(1 2 4)
server="${VANBAN_TEST_POSTGRES:?set VANBAN_TEST_POSTGRES (scripts/postgres.sh start)}"
vanban="${VANBAN:-.build/release/vanban}"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
for n in "${counts[@]}"; do
  name="vanban_bench_${n}_$$"
  url="${server%/*}/$name"
  psql -q "$server" -c "CREATE DATABASE $name" >/dev/null
  "$vanban" ingest --db "$url" --enqueue --quiet "$folder"
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    # shellcheck disable=SC2086
    "$vanban" worker --db "$url" --exit-when-empty --name "w$i" ${WORKER_ARGS:-} 2>"$logs/w$i.log" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  end=$(date +%s.%N)
  files=$(psql -tA "$url" -c "SELECT count(*) FROM files")
  awk -v n="$n" -v f="$files" -v s="$start" -v e="$end" \
    'BEGIN { printf "%d worker(s): %d files in %.1f s = %.1f files/s\n", n, f, e - s, f / (e - s) }'
  for i in $(seq 1 "$n"); do sed "s/^/  w$i: /" "$logs/w$i.log"; done
  psql -q "$server" -c "DROP DATABASE $name" >/dev/null
done
