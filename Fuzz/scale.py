#!/usr/bin/env python3
"""Looks for superlinear time the fuzz targets cannot see (their inputs are small): grows each
shape of input a target reads ×4 and times one run of the fuzz binary on it. A run that takes
over 8 times as long (and over 0.5 s) is reported. Usage: scale.py [BIN_DIR] (default
Fuzz/.build/release, built by scripts/fuzz.sh). Exits 1 when a shape grows superlinearly."""
import os, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
bin_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, ".build", "release")


def docx_levels(n):
    levels = "".join(f'<w:lvl w:ilvl="{i + 9}"><w:numFmt w:val="decimal"/><w:pStyle w:val="K"/></w:lvl>' for i in range(n))
    numbering = f'<w:abstractNum w:abstractNumId="0">{levels}<w:lvl w:ilvl="0"><w:pStyle w:val="M"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    doc = '<w:p><w:pPr><w:pStyle w:val="M"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p>' * n
    return doc.encode() + b"\0" + numbering.encode()


def glyph_pages(n):
    # GlyphPages encoding: one paragraph of n lines at the right margin, a page every 40 lines.
    out = bytearray((4760).to_bytes(2, "big") + (6736).to_bytes(2, "big") + bytes([70, 26]))
    for k in range(n):
        if k and k % 40 == 0:
            out += bytes([0xFF]) + (4760).to_bytes(2, "big") + (6736).to_bytes(2, "big")
        for c in "Dieu 1. Chi tieu so 5 dat 95% ke hoach nam":
            out += bytes([ord(c), 0, 0, 48])
        out += bytes([0x0A, 0, 1])
    return bytes(out)


text = lambda unit: (lambda n: (unit * n).encode("utf-8"))
latin = lambda unit: (lambda n: (unit * n).encode("latin-1"))
shapes = [  # target, name, input of size n, n
    ("rules", "Điều headings", text("Điều 1. Chỉ tiêu\n"), 2000),
    ("rules", "Chương labels", text("Chương 1\n"), 2000),
    ("rules", "numbers", text("1.000 "), 2000),
    ("rules", "numbered mentions", text("số 12/QĐ-UBND, "), 2000),
    ("rules", "law names", text("Luật Đất đai, "), 2000),
    ("rules", "targets", text("- Phấn đấu đạt 95% kế hoạch; "), 2000),
    ("rules", "dates", text("ngày 1 tháng 1 năm 2020 "), 2000),
    ("rules", "wrapped lines", text("dòng viết tiếp theo của đoạn\n\n"), 2000),
    ("rules", "signature lines", text("KT. GIÁM ĐỐC\n"), 2000),
    ("rules", "brackets", text("("), 2000),
    ("plaintext", "emphasis runs", text("*Sở_ "), 20000),
    ("plaintext", "bold runs", text("**a "), 20000),
    ("plaintext", "<br>", text("<br>"), 20000),
    ("plaintext", "escapes", text("\\*"), 20000),
    ("plaintext", "TCVN3 bytes", latin("\xb8\xb5\xb6 "), 20000),
    ("plaintext", "VNI pairs", latin("a\xf8 "), 20000),
    ("docx-xml", "paragraphs", text('<w:p><w:r><w:t>Chỉ tiêu 95%</w:t></w:r></w:p>'), 5000),
    ("docx-xml", "open fields", lambda n: ("<w:p>" + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>x</w:t></w:r>' * n + "</w:p>").encode(), 5000),
    ("docx-xml", "table rows", lambda n: ("<w:tbl>" + '<w:tr><w:tc><w:p><w:r><w:t>Ô</w:t></w:r></w:p></w:tc></w:tr>' * n + "</w:tbl>").encode(), 5000),
    ("docx-xml", "list levels", docx_levels, 2000),
    ("pdf-layout", "one paragraph over pages", glyph_pages, 400),
]

failed = False
with tempfile.TemporaryDirectory() as tmp:
    for target, name, make, n in shapes:
        times = []
        for size in (n, 4 * n):
            path = os.path.join(tmp, "input")
            with open(path, "wb") as f:
                f.write(make(size))
            started = time.monotonic()
            subprocess.run([os.path.join(bin_dir, "fuzz-" + target), path], capture_output=True)
            times.append(time.monotonic() - started)
        ratio = times[1] / max(times[0], 1e-3)
        slow = ratio > 8 and times[1] > 0.5
        failed |= slow
        print(f"{'SLOW' if slow else 'ok  '} {target:10} {name:26} ×{n:<6} {times[0]:6.2f} s  ×{4 * n:<6} {times[1]:6.2f} s  ({ratio:4.1f}×)")
sys.exit(1 if failed else 0)
