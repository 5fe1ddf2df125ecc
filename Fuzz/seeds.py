#!/usr/bin/env python3
"""Writes the seed inputs of one fuzz target into a folder, from the sample letters (samples/),
the shared evaluation corpus (../shared/eval/corpus, ../shared/eval/bad) and what can be derived
from them: the text of PDFs (pdftotext), legacy encodings (iconv), the XML parts of DOCX files,
glyph boxes of text lines for the PDF layout target. Usage: seeds.py TARGET OUT_DIR ROOT SHARED."""
import hashlib, os, subprocess, sys, zipfile

target, out, root, shared = sys.argv[1:5]
os.makedirs(out, exist_ok=True)
folders = [os.path.join(root, "samples"), os.path.join(shared, "eval", "corpus"), os.path.join(shared, "eval", "bad")]


def files(*extensions):
    for folder in folders:
        for base, _, names in os.walk(folder):
            for name in sorted(names):
                if name.lower().endswith(extensions) and not name.endswith(".json"):
                    yield os.path.join(base, name)


def write(data):
    if data:
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)


def pdf_texts():
    for path in files(".pdf"):
        try:
            text = subprocess.run(["pdftotext", "-layout", "-l", "5", path, "-"], capture_output=True, timeout=20).stdout
        except (OSError, subprocess.TimeoutExpired):
            continue
        if text.strip():
            yield text


def texts():
    for path in files(".txt", ".md"):
        yield open(path, "rb").read()
    yield from pdf_texts()


if target == "rules":
    for text in texts():
        write(text)
elif target == "plaintext":
    for n, text in enumerate(texts()):
        write(text)
        if n % 3 == 0:
            write(b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"))
        # Legacy and UTF-16 forms of a few letters (iconv knows TCVN3, VISCII, CP1258).
        if n < 8:
            for encoding in ["TCVN5712-1", "VISCII", "CP1258", "UTF-16LE", "UTF-16BE", "UTF-16"]:
                try:
                    write(subprocess.run(["iconv", "-c", "-f", "UTF-8", "-t", encoding], input=text[:6000],
                                         capture_output=True, timeout=20).stdout)
                except (OSError, subprocess.TimeoutExpired):
                    pass
elif target in ("docx", "pdf"):
    for path in files("." + target):
        write(open(path, "rb").read())
elif target == "doc":
    folders.append(os.path.join(root, "Tests", "VanbanTextTests", "Fixtures", "doc"))
    for path in files(".doc"):
        write(open(path, "rb").read())
elif target == "docx-xml":
    # The fuzz target's layout: document.xml, numbering.xml, styles.xml, footnotes.xml, NUL-separated.
    for path in files(".docx"):
        try:
            with zipfile.ZipFile(path) as z:
                parts = []
                for name in ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml"]:
                    small = name in z.namelist() and z.getinfo(name).file_size < 1 << 20  # not the zip bomb
                    parts.append(z.read(name) if small else b"")
        except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, NotImplementedError):
            continue
        while parts and not parts[-1]:
            parts.pop()
        write(b"\0".join(p.replace(b"\0", b"") for p in parts))
elif target == "pdf-layout":
    # GlyphPages' encoding: page size, left margin, pitch; then 4 bytes a glyph (char, gap, jitter,
    # width); "\n" then indent and spacing bytes; 0xFF a new page.
    extra = "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ–•ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ\u00a0\t\r"
    def code(c):
        if 0x20 <= ord(c) < 0x7F:
            return ord(c)
        if c in extra:
            for b in range(0x80, 0xFE):
                if extra[b % len(extra)] == c:
                    return b
        return ord("?")
    for text in pdf_texts():
        out_bytes = bytearray((4760).to_bytes(2, "big") + (6736).to_bytes(2, "big") + bytes([70, 26]))
        for n, line in enumerate(text.decode("utf-8", "replace").splitlines()[:150]):
            if n and n % 50 == 0:
                out_bytes += bytes([0xFF]) + (4760).to_bytes(2, "big") + (6736).to_bytes(2, "big")
            indent = min(len(line) - len(line.lstrip(" ")), 100)
            for c in line.strip():
                out_bytes += bytes([code(c), 0, 0, 48])
            out_bytes += bytes([0x0A, indent, 1 if line.strip() else 3])
        write(bytes(out_bytes))
else:
    sys.exit(f"unknown target {target}")
