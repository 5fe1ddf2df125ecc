#!/usr/bin/env python3
"""Writes hostile inputs for measuring time and peak memory of `vanban extract`.

    python3 scripts/hostile-inputs.py /tmp/hostile

Files: citations.docx (200,000 copies of one citation, ~110 KB), bomb.docx (~360 KB of zip
inflating to 250 MB of XML), pages.pdf (4,000 text pages), big.txt (195 MiB of UTF-8, under the 200 MiB file cap),
citations.txt (200,000 citations, one per line), text20.txt (20 MB of letter-like prose).
"""
import os
import sys
import zipfile

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
TAIL = '</w:body></w:document>'

LETTER = ("UBND TỈNH BẮC NINH\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 62/SLĐTBXH-LĐVL\n"
          "V/v triển khai thực hiện Chỉ thị số 01/CT-UBND\n\nBắc Ninh, ngày 10 tháng 02 năm 2023\n\n")
CITATION = "Căn cứ Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh về tăng cường công tác."
PROSE = ("Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân tỉnh, Sở Lao động - "
         "Thương binh và Xã hội đề nghị các đơn vị khẩn trương triển khai các nội dung sau đây.")


def paragraph(text):
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"


def write_docx(path, chunks):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(HEAD.encode())
            for chunk in chunks:
                part.write(chunk.encode())
            part.write(TAIL.encode())


def citations_docx(path, count=200_000):
    def chunks():
        for line in LETTER.split("\n"):
            yield paragraph(line)
        block = paragraph(CITATION) * 1000
        for _ in range(count // 1000):
            yield block
    write_docx(path, chunks())


def bomb_docx(path, size=250 << 20):
    block = paragraph("a" * 4000) * 256
    def chunks():
        written = 0
        while written < size:
            yield block
            written += len(block)
    write_docx(path, chunks())


def pdf(path, pages=4000, lines=45):
    objects = []  # byte strings, object n at index n-1
    def add(body):
        objects.append(body)
        return len(objects)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_id = add(None)
    kids = []
    for p in range(pages):
        ops = [b"BT /F1 11 Tf 14 TL 60 780 Td"]
        for n in range(lines):
            text = "Page %d line %d: the committee asks every office to report on time, see Plan 15/KH-UBND." % (p + 1, n + 1)
            ops.append(b"(" + text.encode("latin-1") + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    objects[pages_id - 1] = (b"<< /Type /Pages /Count %d /Kids [" % pages
                             + b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    with open(path, "wb") as f:
        f.write(out)


def text(path, size, line):
    block = ((line + "\n") * 1000).encode()
    with open(path, "wb") as f:
        f.write(LETTER.encode())
        written = 0
        while written < size:
            f.write(block)
            written += len(block)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hostile"
    os.makedirs(folder, exist_ok=True)
    citations_docx(os.path.join(folder, "citations.docx"))
    bomb_docx(os.path.join(folder, "bomb.docx"))
    pdf(os.path.join(folder, "pages.pdf"))
    text(os.path.join(folder, "big.txt"), 195 << 20, PROSE)
    with open(os.path.join(folder, "citations.txt"), "w") as f:
        f.write(LETTER + (CITATION + "\n") * 200_000)
    text(os.path.join(folder, "text20.txt"), 20 << 20, PROSE)
    for name in sorted(os.listdir(folder)):
        print("%-16s %12d bytes" % (name, os.path.getsize(os.path.join(folder, name))))


if __name__ == "__main__":
    main()
