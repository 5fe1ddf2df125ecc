#!/usr/bin/env bash
# Coverage-guided fuzzing of vanban's parsers and rules with libFuzzer (see docs/reliability.md).
#
#   scripts/fuzz.sh [--time SECONDS] [--runs N] [--max-len BYTES] [--asan] [TARGET...]
#
# Targets (default: all): rules plaintext docx docx-xml doc pdf-layout pdf. Builds the fuzz package
# in Fuzz/ (its own .build; the normal build is untouched), writes seeds from samples/ and
# ../shared/eval, then runs each target in turn, one process at a time, for SECONDS (default 600)
# or N executions. The corpus persists under $FUZZ_WORK (default /tmp/vanban-fuzz) between runs;
# crashes, timeouts and out-of-memory inputs go to $FUZZ_WORK/crashes/TARGET/. --asan adds
# AddressSanitizer (its own build in Fuzz/.build-asan; slower), which catches reads past the end
# of unsafe buffers that release builds do not check. Exits 1 when a run found a crash, 2 on a
# usage or build error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
shared="$(dirname "$root")/shared"
work="${FUZZ_WORK:-/tmp/vanban-fuzz}"
all=(rules plaintext docx docx-xml doc pdf-layout pdf)
time=600
runs=""
max_len=""
asan=""
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) time="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --max-len) max_len="$2"; shift 2 ;;
    --asan) asan=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "unknown target $t (targets: ${all[*]})" >&2; exit 2; }
done

"$root/scripts/setup.sh"
# One -sanitize list: a second -sanitize flag replaces the first (and its coverage).
build=(swift build -c release -Xswiftc -sanitize=fuzzer${asan:+,address} -Xswiftc -enable-testing)
scratch="$root/Fuzz/.build"
if [ -n "$asan" ]; then
  build+=(--scratch-path "$root/Fuzz/.build-asan")
  scratch="$root/Fuzz/.build-asan"
fi
echo "Building the fuzz targets (release, -sanitize=fuzzer${asan:+,address}) in $scratch ..." >&2
(cd "$root/Fuzz" && set -o pipefail && "${build[@]}" 2>&1 | { grep -Ev '^\[|^Compiling|PrivacyInfo|unhandled' || true; } >&2) || {
  echo "the fuzz build failed" >&2; exit 2; }
bin="$scratch/release"

found=0
for t in "${targets[@]}"; do
  corpus="$work/corpus/$t"; seeds="$work/seeds/$t"; crashes="$work/crashes/$t"; log="$work/logs/$t-$(date -u +%Y%m%dT%H%M%S).log"
  mkdir -p "$corpus" "$crashes" "$work/logs"
  rm -rf "$seeds"
  python3 "$root/Fuzz/seeds.py" "$t" "$seeds" "$root" "$shared"
  args=(-rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/")
  if [ -n "$runs" ]; then args+=(-runs="$runs"); else args+=(-max_total_time="$time"); fi
  case "$t" in
    rules|plaintext) args+=(-dict="$root/Fuzz/dict/rules.dict" -max_len="${max_len:-8192}") ;;
    docx-xml) args+=(-dict="$root/Fuzz/dict/docx-xml.dict" -max_len="${max_len:-32768}") ;;
    docx|doc|pdf) args+=(-max_len="${max_len:-262144}") ;;
    pdf-layout) args+=(-max_len="${max_len:-16384}") ;;
  esac
  before=$(ls "$crashes" | wc -l)
  budget="$time s"; [ -n "$runs" ] && budget="$runs runs"
  echo "== $t: $budget; corpus $corpus; log $log" >&2
  status=0
  "$bin/fuzz-$t" "${args[@]}" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
  grep -E '^#[0-9]+ +DONE|^Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec' "$log" >&2 || true
  after=$(ls "$crashes" | wc -l)
  if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    found=1
    echo "!! $t: the fuzzer stopped with status $status; inputs in $crashes:" >&2
    ls -t "$crashes" | head -5 | sed "s|^|   $crashes/|" >&2
    grep -m1 -E 'Fatal error|runtime failure|ERROR: libFuzzer|ERROR: AddressSanitizer' "$log" >&2 || true
    echo "   reproduce: $bin/fuzz-$t <input>; minimise: $bin/fuzz-$t -minimize_crash=1 -runs=100000 <input>" >&2
  fi
done
echo "crashes folder: $work/crashes" >&2
exit $found
