#!/usr/bin/env bash
# Remakes the Word 97–2003 .doc fixtures (and the TCVN3 DOCX beside them) of Tests/VanbanTextTests/Fixtures/doc from the sample
# letters (our own generator's): LibreOffice converts each DOCX once. Only for making fixtures:
# neither the tests nor vanban need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh libreoffice-writer-nogui
out=Tests/VanbanTextTests/Fixtures/doc
mkdir -p "$out"
soffice --headless --convert-to doc --outdir "$out" samples/vb-0001-cong-van.docx samples/vb-0002-ke-hoach.docx >/dev/null
# The same letter typed in TCVN3 with the ABC fonts (.VnTime, .VnTimeH), through RTF.
work=$(mktemp -d)
python3 scripts/fixtures/tcvn3_rtf.py samples/vb-0001-cong-van.txt "$work/vb-0001-tcvn3.rtf"
soffice --headless --convert-to doc --outdir "$out" "$work/vb-0001-tcvn3.rtf" >/dev/null
soffice --headless --convert-to docx --outdir "$out" "$work/vb-0001-tcvn3.rtf" >/dev/null
# The plan with its headings and items as Word list paragraphs ("I.", "1.", "a)", "-"), for list labels.
python3 scripts/fixtures/list_docx.py samples/vb-0002-ke-hoach.txt "$out/vb-0002-lists.docx"
soffice --headless --convert-to doc --outdir "$out" "$out/vb-0002-lists.docx" >/dev/null
# The letter with its closing block (distribution list, signer) in two text boxes, for Word's text box story.
python3 scripts/fixtures/textbox_docx.py samples/vb-0001-cong-van.txt "$out/vb-0001-textbox.docx"
soffice --headless --convert-to doc --outdir "$out" "$out/vb-0001-textbox.docx" >/dev/null
rm -rf "$work"
ls -l "$out"
