#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine with Swift 6.3 (apt packages when missing),
# builds vanban, and runs the main job on samples/: extract every letter to records.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product vanban >/dev/null
bin=$(swift build -c release --show-bin-path)/vanban
mkdir -p out
"$bin" extract samples/*.txt samples/*.docx samples/*.pdf > out/samples.jsonl || true
"$bin" extract --format table samples/*.txt samples/*.docx samples/*.pdf
echo
echo "Records: out/samples.jsonl"
