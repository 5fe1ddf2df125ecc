#!/usr/bin/env python3
"""Side-by-side benchmark of vanban and the reference tools; see docs/performance.md.

Called by scripts/bench.sh, which builds the binaries and installs the reference tools.
Every timed command runs as a child process; its wall time, CPU time (user + system) and peak
resident memory come from wait4(). Commands compared with each other run interleaved, several
rounds, and the median round is kept, so a busy moment of the machine hits both sides alike.
"""
import argparse
import json
import os
import platform
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


def run(argv, stdin=None, cwd=None):
    """Runs argv (a list, or a shell string run by bash); returns (wall s, cpu s, peak RSS MB, exit)."""
    if isinstance(argv, str):
        argv = ["bash", "-c", argv]
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=stdin, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def compare(commands, rounds):
    """Runs each named command `rounds` times, interleaved; returns {name: median (wall, cpu, rss, exit)}."""
    samples = {name: [] for name in commands}
    for _ in range(rounds):
        for name, argv in commands.items():
            samples[name].append(run(argv))
    out = {}
    for name, runs in samples.items():
        runs.sort(key=lambda r: r[0])
        wall, cpu, rss, code = runs[len(runs) // 2]
        out[name] = {"wall": wall, "cpu": cpu, "rss": max(r[2] for r in runs), "exit": code,
                     "walls": [round(r[0], 4) for r in runs]}
    return out


def loop(command, files, after=""):
    """A bash loop running `command "$f" after` once per file, output discarded."""
    listing = " ".join(shlex.quote(str(f)) for f in files)
    return f'for f in {listing}; do {command} "$f" {after} >/dev/null 2>&1; done'


class Bench:
    def __init__(self, args):
        self.args = args
        self.bin = Path(args.bin)
        self.work = Path(args.work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.rows = []
        self.results = {}
        self.scale = dict(text=60, mixed_small=200, mixed_large=1000, archive=5000, rounds=3) if args.quick else \
            dict(text=200, mixed_small=1000, mixed_large=10000, archive=100000, rounds=5)

    def tool(self, name):
        return str(self.bin / name)

    def log(self, message):
        print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def corpus(self, name, count, seed, formats, mixed):
        """Generates (once, then reuses) a corpus of synthetic letters."""
        folder = self.work / f"{name}-{count}-{seed}-{formats.replace(',', '')}{'-mixed' if mixed else ''}"
        done = folder / ".complete"
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            self.log(f"generating {count} letters ({formats}{', mixed' if mixed else ''}) in {folder}")
            argv = [self.tool("vanban-gen"), "--count", str(count), "--seed", str(seed), "--formats", formats,
                    "--out", str(folder)] + (["--mixed"] if mixed else [])
            subprocess.run(argv, check=True)
            # The gold records are not letters: moved beside the folder so that ingest sees only letters.
            shutil.rmtree(str(folder) + ".gold", ignore_errors=True)
            (folder / "gold").rename(str(folder) + ".gold")
            done.write_text("")
        return folder

    def add(self, group, what, vanban, reference, ratio, note=""):
        self.rows.append((group, what, vanban, reference, ratio, note))

    # --- text extraction -------------------------------------------------------------------------

    def text_extraction(self):
        folder = self.corpus("letters", self.scale["text"], 11, "docx,pdf", False)
        pdfs = sorted(folder.glob("*.pdf"))
        docxs = sorted(folder.glob("*.docx"))
        vanban = self.tool("vanban")
        rounds = self.scale["rounds"]
        n = len(pdfs)

        tiny = self.work / "tiny.docx"
        if not tiny.exists():
            import zipfile
            with zipfile.ZipFile(tiny, "w") as z:
                z.writestr("word/document.xml", "<w:document xmlns:w='urn:x'/>")
        self.log("start-up")
        # Each start-up is timed as a loop of n runs, the same shape as the per-file loops below.
        times = lambda cmd: f"for i in $(seq {n}); do {cmd} >/dev/null 2>&1; done"
        start = compare({
            "vanban": times(f"{shlex.quote(vanban)} --version"),
            "pdftotext": times("pdftotext -v"),
            "pandoc": times("pandoc --version"),
            "unzip+xmllint": times(f"unzip -p {shlex.quote(str(tiny))} word/document.xml | xmllint --stream -"),
        }, rounds)
        for r in start.values():
            r["wall"] /= n
        self.results["startup"] = {k: v["wall"] for k, v in start.items()}
        ms = {k: v["wall"] * 1000 for k, v in start.items()}

        self.log(f"PDF: {n} files, one process each")
        pdf = compare({
            "vanban": loop(f"{shlex.quote(vanban)} text", pdfs),
            "pdftotext": loop("pdftotext -q", pdfs, "-"),
        }, rounds)
        inproc = self.inprocess("text", pdfs)
        batch = compare({"extract": [vanban, "extract", *map(str, pdfs)]}, rounds)["extract"]
        self.results["pdf"] = {"loop": pdf, "inprocess": inproc, "extract": batch}
        per = lambda r: r["wall"] / n * 1000
        v, p = per(pdf["vanban"]), per(pdf["pdftotext"])
        self.add("PDF text", f"{n} letters ({self.pages(pdfs)} pages), one process per file: `vanban text` / `pdftotext`",
                 f"{v:.1f} ms/file", f"{p:.1f} ms/file", v / p, "goal ≤ 1.2×")
        self.add("PDF text", "process start-up alone: `vanban --version` / `pdftotext -v`",
                 f"{ms['vanban']:.1f} ms", f"{ms['pdftotext']:.1f} ms", ms["vanban"] / ms["pdftotext"])
        self.add("PDF text", "reading one file, start-up left out: `vanban-bench text` (in one process) / "
                 "pdftotext per file less its start-up", f"{inproc['msPerFile']:.1f} ms", f"{p - ms['pdftotext']:.1f} ms",
                 inproc["msPerFile"] / (p - ms["pdftotext"]), "goal ≤ 1.2×")
        self.add("PDF text", "all files in one process: `vanban extract` (text, rules and JSON) / pdftotext loop",
                 f"{per(batch):.1f} ms/file", f"{p:.1f} ms/file", per(batch) / p)

        self.log(f"DOCX: {len(docxs)} files, one process each")
        docx = compare({
            "vanban": loop(f"{shlex.quote(vanban)} text", docxs),
            "pandoc": loop("pandoc -t plain", docxs),
            "unzip+xmllint": loop("unzip -p", docxs, "word/document.xml | xmllint --stream -"),
        }, rounds)
        dinproc = self.inprocess("text", docxs)
        dbatch = compare({"extract": [vanban, "extract", *map(str, docxs)]}, rounds)["extract"]
        self.results["docx"] = {"loop": docx, "inprocess": dinproc, "extract": dbatch}
        m = len(docxs)
        per = lambda r: r["wall"] / m * 1000
        v, pd, ux = per(docx["vanban"]), per(docx["pandoc"]), per(docx["unzip+xmllint"])
        self.add("DOCX text", f"{m} letters, one process per file: `vanban text` / `pandoc -t plain`",
                 f"{v:.1f} ms/file", f"{pd:.1f} ms/file", v / pd, f"{pd / v:.1f}× faster; goal ≥ 10× faster")
        self.add("DOCX text", "one process per file: `vanban text` / `unzip -p … word/document.xml \\| xmllint --stream -`",
                 f"{v:.1f} ms/file", f"{ux:.1f} ms/file", v / ux, "goal ≤ 2×")
        self.add("DOCX text", "process start-up alone: vanban / pandoc / unzip+xmllint on an empty part",
                 f"{ms['vanban']:.1f} ms", f"{ms['pandoc']:.1f} / {ms['unzip+xmllint']:.1f} ms", None)
        dw = dinproc["msPerFile"]
        self.add("DOCX text", "reading one file, start-up left out: `vanban-bench text` / pandoc per file less its start-up",
                 f"{dw:.2f} ms", f"{pd - ms['pandoc']:.1f} ms", dw / (pd - ms["pandoc"]),
                 f"{(pd - ms['pandoc']) / dw:.0f}× faster; goal ≥ 10×")
        self.add("DOCX text", "all files in one process: `vanban extract` (text, rules and JSON) / pandoc loop",
                 f"{per(dbatch):.1f} ms/file", f"{pd:.1f} ms/file", per(dbatch) / pd, f"{pd / per(dbatch):.0f}× faster")
        self.add("DOCX text", "all files in one process: `vanban extract` / unzip+xmllint loop",
                 f"{per(dbatch):.1f} ms/file", f"{ux:.1f} ms/file", per(dbatch) / ux, "goal ≤ 2×")

    @staticmethod
    def pages(pdfs):
        total = 0
        for pdf in pdfs:
            out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            for line in out.splitlines():
                if line.startswith("Pages:"):
                    total += int(line.split()[1])
        return total

    def inprocess(self, stage, files, extra=()):
        out = subprocess.run([self.tool("vanban-bench"), stage, *extra, *map(str, files)],
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)

    # --- rules -----------------------------------------------------------------------------------

    def rules(self):
        folder = self.corpus("letters-txt", self.scale["text"], 11, "txt", False)
        txts = sorted(folder.glob("*.txt"))
        self.log("rules alone")
        one = self.inprocess("rules", txts, ["--seconds", "5", "--threads", "1"])
        cores = os.cpu_count() or 1
        all_ = self.inprocess("rules", txts, ["--seconds", "5", "--threads", str(cores)])
        self.results["rules"] = {"one": one, "all": all_}
        self.add("Rules", f"Vietnamese rules alone over {len(txts)} letters' text ({one['bytes'] / 1e6:.2f} MB), one core",
                 f"{one['mbPerSecond']:.1f} MB/s", "", None, "goal ≥ 50 MB/s per core")
        self.add("Rules", f"same, {cores} threads", f"{all_['mbPerSecond']:.1f} MB/s",
                 "", None, f"{all_['mbPerSecond'] / cores:.1f} MB/s per core")

    # --- ingest ----------------------------------------------------------------------------------

    def ingest(self):
        cores = os.cpu_count() or 1
        for key, seed in (("mixed_small", 21), ("mixed_large", 22)):
            count = self.scale[key]
            folder = self.corpus("mixed", count, seed, "txt,docx,pdf", True)
            db = self.work / f"ingest-{count}.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            self.log(f"ingest of {count} mixed letters")
            wall, cpu, rss, code = run([self.tool("vanban"), "ingest", str(folder), "--db", str(db), "--quiet"])
            again = run([self.tool("vanban"), "ingest", str(folder), "--db", str(db), "--quiet"])
            size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
            self.results[f"ingest_{count}"] = {"wall": wall, "cpu": cpu, "rss": rss, "exit": code,
                                               "again": again[0], "bytes": size}
            files = sum(1 for f in folder.iterdir() if f.is_file() and not f.name.startswith("."))
            self.add("Ingest", f"`vanban ingest` of {files:,} mixed letters (⅓ each TXT/DOCX/PDF, "
                     f"{size / 1e6:.0f} MB), {cores} cores, new archive",
                     f"{wall:.1f} s, {files / wall:,.0f} files/s, peak {rss:.0f} MB", "", None,
                     "goal < 120 s and < 300 MB" if count >= 10000 else "")
            self.add("Ingest", f"run again over the same {files:,} files (all unchanged)", f"{again[0]:.2f} s", "", None)

    # --- Word 97–2003 .doc: vanban against antiword and LibreOffice ------------------------------

    def doc(self):
        """.doc files made once by LibreOffice from generated DOCX letters; vanban extract (text,
        rules and JSON) against antiword (text only) per file and in one call, and against
        soffice --convert-to txt."""
        count = 40 if self.args.quick else 200
        source = self.corpus("docsrc", count, 31, "docx", False)
        folder = self.work / f"doc-{count}"
        if not (folder / ".complete").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            self.log(f"converting {count} DOCX letters to .doc with LibreOffice (once)")
            docx = sorted(str(f) for f in source.iterdir() if f.suffix == ".docx")
            subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(folder)] + docx,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            (folder / ".complete").write_text("")
        files = sorted(f for f in folder.iterdir() if f.suffix == ".doc")
        vanban = shlex.quote(self.tool("vanban"))
        listing = " ".join(shlex.quote(str(f)) for f in files)
        self.log(f".doc: {len(files)} files, vanban against antiword")
        per_file = compare({"vanban": loop(f"{vanban} extract", files), "antiword": loop("antiword", files)},
                           self.scale["rounds"])
        one_call = compare({"vanban": f"{vanban} extract {listing} > /dev/null",
                            "antiword": loop("antiword", files)}, self.scale["rounds"])
        # LibreOffice against vanban like for like: one process per file, and all files in one call.
        few, some = files[:5], files[:20]
        office_out = shlex.quote(str(self.work / "doc-txt"))
        soffice = f"soffice --headless --convert-to txt:Text --outdir {office_out}"
        rounds = max(3, self.scale["rounds"] - 2)
        office_each = compare({"vanban": loop(f"{vanban} extract", few),
                               "soffice": loop(soffice, few)}, rounds)
        office_once = compare({"vanban": f"{vanban} extract " + " ".join(shlex.quote(str(f)) for f in some) + " > /dev/null",
                               "soffice": f"{soffice} " + " ".join(shlex.quote(str(f)) for f in some) + " > /dev/null 2>&1"},
                              rounds)
        self.results["doc"] = {"per_file": per_file, "one_call": one_call,
                               "soffice_per_file": office_each, "soffice_one_call": office_once}
        n = len(files)
        v, a = per_file["vanban"], per_file["antiword"]
        self.add(".doc", f"`vanban extract` per file (text, rules, JSON) vs `antiword` (text), {n} letters, one process each",
                 f"{v['wall'] / n * 1000:.1f} ms/file", f"{a['wall'] / n * 1000:.1f} ms/file", v["wall"] / a["wall"],
                 "goal ≤ 2× per file")
        v, a = one_call["vanban"], one_call["antiword"]
        self.add(".doc", f"`vanban extract` of all {n} in one call vs `antiword` per file (it reads one file a call)",
                 f"{v['wall'] / n * 1000:.2f} ms/file", f"{a['wall'] / n * 1000:.2f} ms/file", v["wall"] / a["wall"],
                 "goal ≤ 2× per file")
        v, o = office_each["vanban"], office_each["soffice"]
        self.add(".doc", f"`vanban extract` vs `soffice --convert-to txt`, one process per file ({len(few)} files)",
                 f"{v['wall'] / len(few) * 1000:.0f} ms/file", f"{o['wall'] / len(few) * 1000:.0f} ms/file",
                 v["wall"] / o["wall"], "goal ≤ 0.05× (20× faster)")
        v, o = office_once["vanban"], office_once["soffice"]
        self.add(".doc", f"`vanban extract` vs `soffice --convert-to txt`, {len(some)} files in one call each",
                 f"{v['wall']:.2f} s", f"{o['wall']:.2f} s", v["wall"] / o["wall"], "goal ≤ 0.05× (20× faster)")

    # --- isolation: worker processes against threads of one process ----------------------------

    def isolation(self):
        """The cost of reading files in supervised worker processes: the same ingest and extract,
        with workers (the default) and --in-process, interleaved rounds, each ingest into a new archive."""
        key = "mixed_large"
        count = self.scale[key]
        folder = self.corpus("mixed", count, 22, "txt,docx,pdf", True)
        files = sorted(str(f) for f in folder.iterdir() if f.is_file() and not f.name.startswith("."))
        vanban = shlex.quote(self.tool("vanban"))
        commands = {}
        for mode, flag in (("workers", ""), ("in-process", " --in-process")):
            db = shlex.quote(str(self.work / f"isolation-{mode}.sqlite"))
            commands[mode] = f"rm -f {db} {db}-wal {db}-shm; {vanban} ingest {shlex.quote(str(folder))} --db {db} --quiet{flag}"
        self.log(f"ingest of {count} mixed letters, workers against in-process")
        result = compare(commands, max(3, self.scale["rounds"] - 2))
        self.results["isolation_ingest"] = result
        w, i = result["workers"], result["in-process"]
        self.add("Isolation", f"`vanban ingest` of {len(files):,} mixed letters: worker processes (default) "
                 f"vs `--in-process`", f"{w['wall']:.1f} s, peak {w['rss']:.0f} MB",
                 f"{i['wall']:.1f} s, peak {i['rss']:.0f} MB", w["wall"] / i["wall"], "goal ≤ 1.10×")
        listing = os.path.join(str(self.work), "isolation-files.txt")
        Path(listing).write_text("\0".join(files[:1000]))
        extract = {mode: f"xargs -0 -a {shlex.quote(listing)} {vanban} extract{flag} > /dev/null"
                   for mode, flag in (("workers", ""), ("in-process", " --in-process"))}
        self.log("extract of 1,000 mixed letters, workers against in-process")
        result = compare(extract, self.scale["rounds"])
        self.results["isolation_extract"] = result
        w, i = result["workers"], result["in-process"]
        self.add("Isolation", f"`vanban extract` of {min(1000, len(files)):,} mixed letters in one call: workers vs "
                 f"`--in-process`", f"{w['wall']:.2f} s", f"{i['wall']:.2f} s", w["wall"] / i["wall"], "")

    # --- archive of many documents ---------------------------------------------------------------

    def archive(self):
        count = self.scale["archive"]
        folder = self.corpus("archive", count, 23, "txt", False)
        db = self.work / f"archive-{count}.sqlite"
        if not (self.work / f"archive-{count}.complete").exists():
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            self.log(f"building an archive of {count} documents")
            wall, cpu, rss, code = run([self.tool("vanban"), "ingest", str(folder), "--db", str(db), "--quiet"])
            self.results["archive_build"] = {"wall": wall, "rss": rss, "exit": code}
            (self.work / f"archive-{count}.complete").write_text(json.dumps(self.results["archive_build"]))
        build = json.loads((self.work / f"archive-{count}.complete").read_text())
        self.add("Archive", f"`vanban ingest` of {count:,} TXT letters into a new archive (once, then reused)",
                 f"{build['wall']:.0f} s, peak {build['rss']:.0f} MB", "", None)

        con = sqlite3.connect(str(db))
        biggest = con.execute("""SELECT cited_id, COUNT(*) n FROM citation_resolutions WHERE cited_id IS NOT NULL
                                 GROUP BY cited_id ORDER BY n DESC LIMIT 1""").fetchone()
        cited = con.execute("""SELECT cited_id FROM citation_resolutions WHERE cited_id IS NOT NULL
                               GROUP BY cited_id ORDER BY COUNT(*), cited_id""").fetchall()
        typical = cited[len(cited) // 2][0]
        # For `chain NUMBER --year`, a cited document whose number is borne by no other that year.
        number, year = None, None
        for (candidate,) in cited[len(cited) // 2:]:
            key, raw, y = con.execute("""SELECT g.number_key, d.number_raw, g.year FROM graph_documents g
                                         JOIN documents d ON d.id = g.document_id WHERE g.document_id = ?""",
                                      (candidate,)).fetchone()
            if key and con.execute("SELECT COUNT(*) FROM graph_documents WHERE number_key = ? AND year = ?",
                                   (key, y)).fetchone()[0] == 1:
                number, year = raw, str(y)
                break
        total = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        con.close()

        vanban = self.tool("vanban")
        q = lambda *a: [vanban, "query", "--db", str(db), "--format", "jsonl", *a]
        commands = {
            f"`vanban chain` of a typical cited document (#{typical})": [vanban, "chain", str(typical), "--db", str(db)],
            f"`vanban chain` of the most cited document (#{biggest[0]}, {biggest[1]} citing)":
                [vanban, "chain", str(biggest[0]), "--db", str(db)],
            f"`vanban chain {number} --year {year}` (by number)": [vanban, "chain", number, "--year", year, "--db", str(db)],
            f"`vanban query --number {number}`": q("--number", number),
            f"`vanban query --cites {number}`": q("--cites", number),
            "`vanban query --text \"thi đua\" --limit 50`": q("--text", "thi đua", "--limit", "50"),
            "`vanban query --text \"thi dua\" --limit 50` (no diacritics)": q("--text", "thi dua", "--limit", "50"),
            "`vanban query --type ke-hoach --from 2023-01 --to 2023-03 --limit 100`":
                q("--type", "ke-hoach", "--from", "2023-01", "--to", "2023-03", "--limit", "100"),
        }
        self.log(f"chain and query latency on {total} documents")
        res = compare(commands, self.scale["rounds"])
        self.results["archive_latency"] = res
        for what, r in res.items():
            self.add(f"Archive of {total:,}", what + ", whole process", f"{r['wall'] * 1000:.0f} ms", "", None,
                     "" if r["exit"] == 0 else f"exit {r['exit']}")

    # --- report ----------------------------------------------------------------------------------

    def table(self):
        cpu = "unknown"
        try:
            for line in Path("/proc/cpuinfo").read_text().splitlines():
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
        versions = []
        for argv in (["pdftotext", "-v"], ["pandoc", "--version"], ["xmllint", "--version"]):
            try:
                p = subprocess.run(argv, capture_output=True, text=True)
                versions.append((p.stdout + p.stderr).splitlines()[0])
            except (OSError, IndexError):
                pass
        lines = [
            f"Run on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores ({cpu}), "
            f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, {platform.platform()}; "
            f"{'quick scale' if self.args.quick else 'full scale'}, median of {self.scale['rounds']} interleaved rounds. "
            f"Reference tools: {'; '.join(versions)}.",
            "",
            "| stage | what | vanban | reference | ratio (vanban / reference) | note |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for group, what, vanban, reference, ratio, note in self.rows:
            r = "" if ratio is None else f"{ratio:.2f}×"
            lines.append(f"| {group} | {what} | {vanban} | {reference} | {r} | {note} |")
        return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bin", required=True, help="folder of the release binaries")
    parser.add_argument("--work", required=True, help="folder for corpora and archives (reused between runs)")
    parser.add_argument("--quick", action="store_true", help="small corpora, fewer rounds (a smoke run)")
    parser.add_argument("--only", default="text,rules,ingest,isolation,doc,archive",
                        help="comma-separated parts to run; the doc's table is rewritten only when all are run")
    parser.add_argument("--doc", help="Markdown file whose bench block is replaced by the table")
    args = parser.parse_args()
    bench = Bench(args)
    parts = args.only.split(",")
    for part, method in (("text", bench.text_extraction), ("rules", bench.rules), ("ingest", bench.ingest),
                         ("isolation", bench.isolation), ("doc", bench.doc), ("archive", bench.archive)):
        if part in parts:
            method()
    table = bench.table()
    print(table)
    (Path(args.work) / "results.json").write_text(json.dumps(bench.results, indent=1, default=str))
    if args.doc and set(parts) != {"text", "rules", "ingest", "isolation", "doc", "archive"}:
        print(f"only some parts were run: {args.doc} keeps its table", file=sys.stderr)
    elif args.doc:
        doc = Path(args.doc)
        text = doc.read_text()
        begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
        if begin in text and end in text:
            head, rest = text.split(begin, 1)
            _, tail = rest.split(end, 1)
            doc.write_text(head + begin + "\n" + table + end + tail)
        else:
            print(f"{doc} has no {begin} … {end} block; table not written", file=sys.stderr)


if __name__ == "__main__":
    main()
