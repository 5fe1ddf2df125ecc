#!/usr/bin/env bash
# Benchmarks vanban side by side with the reference tools (pdftotext, pandoc, unzip + xmllint) and
# writes the table into docs/performance.md. Usage: scripts/bench.sh [--quick] [--only text,rules,ingest,isolation,doc,archive]
# Corpora and archives are generated once into $VANBAN_BENCH_DIR (default /tmp/vanban-bench) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh pandoc poppler-utils libxml2-utils unzip antiword libreoffice-writer-nogui
# The shipped build: release, with the Swift runtime linked in (faster start-up, see docs/performance.md).
# Only the three programs it runs: building everything would also link the argument parser's
# plugin tools against the static runtime, which fails.
for product in vanban vanban-gen vanban-bench; do
  swift build -c release --static-swift-stdlib --product "$product" >/dev/null
done
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
exec python3 scripts/bench.py --bin "$bin" --work "${VANBAN_BENCH_DIR:-/tmp/vanban-bench}" \
  --doc docs/performance.md "$@"
