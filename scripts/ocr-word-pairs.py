#!/usr/bin/env python3
"""Writes Sources/VanbanRules/OCR/OCRWordPairs.swift (the word pairs OCRRepair.mendingTones reads)
from letters' text: one UTF-8 text file a letter, read from text layers (PDF, DOCX), never scans.

    scripts/ocr-word-pairs.py letters/*.txt > Sources/VanbanRules/OCR/OCRWordPairs.swift

`toned`: pairs with a tone mark in at least MIN_LETTERS letters (both words syllables). `asRead`:
pairs holding a syllable that some toned pair has lost its tone on, found in at least
MIN_AS_READ letters, or as a toned pair's toneless form in more than RATIO of its uses.
Words are paired within a stretch of a line free of punctuation."""
import collections, hashlib, re, sys, unicodedata

MIN_LETTERS, MIN_AS_READ, RATIO = 20, 3, 0.03
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def toneless(w):
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", w) if c not in TONES))


def syllable(w):
    bare = "".join(c for c in unicodedata.normalize("NFD", toneless(w)) if unicodedata.category(c) != "Mn")
    return any(c in "aeiouy" for c in bare) and (len(w) > 1 or toneless(w) != w)


pairs, letters, seen = collections.Counter(), collections.Counter(), set()
word = re.compile(r"[^\W\d_]+")
for path in sys.argv[1:]:
    text = unicodedata.normalize("NFC", open(path, encoding="utf-8").read()).lower()
    digest = hashlib.md5(text.encode()).hexdigest()
    if digest in seen:
        continue
    seen.add(digest)
    found = set()
    for line in text.split("\n"):
        for stretch in re.split(r"[,.;:()\"“”'!?\-–/]", line):
            ws = word.findall(stretch)
            for pair in zip(ws, ws[1:]):
                pairs[pair] += 1
                found.add(pair)
    letters.update(found)

toned, as_read, mended = [], set(), {}
for (a, b), n in pairs.items():
    if letters[(a, b)] < MIN_LETTERS or (toneless(a) == a and toneless(b) == b) or not (syllable(a) and syllable(b)):
        continue
    toned.append((a, b))
    forms = {(toneless(a), b), (a, toneless(b)), (toneless(a), toneless(b))} - {(a, b)}
    for form in forms:
        (as_read.add if pairs.get(form, 0) > RATIO * n else lambda f: mended.setdefault(f, (a, b)))(form)
damaged = {x for (x, y), (a, b) in mended.items() if x != a} | {y for (x, y), (a, b) in mended.items() if y != b}
as_read |= {p for p, n in letters.items() if n >= MIN_AS_READ and (p[0] in damaged or p[1] in damaged)}


def table(items):
    lines, line = [], ""
    for item in sorted(" ".join(p) for p in items):
        if line and len(line) + len(item) + 1 > 110:
            lines.append(line)
            line = ""
        line = item if not line else line + "|" + item
    return "\n".join("        " + l for l in lines + [line])


print(f'''/// Word pairs for `OCRRepair.mendingTones`, as data, written by scripts/ocr-word-pairs.py. Counted
/// on about 1,100 official letters read from their text layers (PDF, DOCX; none of them a scan):
/// `toned` holds the pairs with a tone mark found in at least {MIN_LETTERS} letters; `asRead` the pairs
/// that hold a syllable as Tesseract leaves it when it drops a tone ("tô", "thông", "nhân") and are
/// words as they stand: found in at least {MIN_AS_READ} letters, or as a toned pair's toneless form in
/// more than {round(RATIO * 100)} % of its uses ("nhân dân", "truyền thông", "hồ sơ"). Lowercase, NFC,
/// pairs separated by "|".
enum OCRWordPairs {{
    static let toned = """
{table(toned)}
        """

    static let asRead = """
{table(as_read)}
        """
}}''')
