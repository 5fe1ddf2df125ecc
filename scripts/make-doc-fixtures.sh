#!/usr/bin/env bash
# Remakes the Word 97–2003 .doc fixtures of Tests/VanbanTextTests/Fixtures/doc from the sample
# letters (our own generator's): LibreOffice converts each DOCX once. Only for making fixtures:
# neither the tests nor vanban need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh libreoffice-writer-nogui
out=Tests/VanbanTextTests/Fixtures/doc
mkdir -p "$out"
soffice --headless --convert-to doc --outdir "$out" samples/vb-0001-cong-van.docx samples/vb-0002-ke-hoach.docx >/dev/null
ls -l "$out"
