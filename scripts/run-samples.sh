#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine with Swift 6.3 (apt packages when missing),
# builds vanban, and runs the main job on samples/: extract every letter to records, import
# them into an archive, and query it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --static-swift-stdlib --product vanban >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)/vanban
mkdir -p out
rm -f out/samples.sqlite out/samples.sqlite-wal out/samples.sqlite-shm
"$bin" extract samples/*.txt samples/*.docx samples/*.pdf > out/samples.jsonl || true
"$bin" extract --format table samples/*.txt samples/*.docx samples/*.pdf || true
echo
# The three formats hold the same three letters: the archive takes one copy of each (the PDFs),
# as a records office files the signed copy, so that a number names one document.
"$bin" ingest samples/*.pdf --db out/samples.sqlite || true
echo
"$bin" query --db out/samples.sqlite --format table || true
"$bin" chain 11/KH-UBND --db out/samples.sqlite || true
echo
echo "Records: out/samples.jsonl   Archive: out/samples.sqlite"
