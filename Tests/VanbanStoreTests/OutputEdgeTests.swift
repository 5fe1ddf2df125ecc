import Foundation
import Testing
import VanbanTestSupport

/// What vanban writes: CSV cells no spreadsheet runs, tables without escape sequences, a
/// full disk or a closed pipe ending the run cleanly, progress agreeing with the summary.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct OutputEdgeTests {
    let letters: TemporaryFolder
    let db: String

    /// Letters whose subjects start like formulas, and a file that fails.
    init() throws {
        letters = try TemporaryFolder()
        for (n, start) in ["=HYPERLINK(\"http://x\")", "@SUM(1+1)", "+cmd", "-2+3"].enumerated() {
            try letters.write("in/letter-\(n).txt", SampleLetter.text(n).replacingOccurrences(of: "V/v ", with: "V/v \(start) "))
        }
        try letters.write("in/bad/empty.txt", Data())
        db = letters.file("archive.sqlite")
        _ = try VanbanBinary.run(["ingest", letters.file("in"), "--db", db, "--quiet"])
    }

    /// The cells of a CSV text (RFC 4180 quoting), header left out.
    private func cells(_ csv: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, header = true
        for c in csv {
            if quoted {
                if c == "\"" { quoted = false } else { cell.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," || c == "\r\n" || c == "\n" {
                if !header { cells.append(cell) }
                cell = ""
                if c != "," { header = false }
            } else if c != "\r" {
                cell.append(c)
            }
        }
        return cells
    }

    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    @Test func csvCellsThatStartLikeFormulasAreQuoted() throws {
        for command in [["export", "--format", "csv"], ["query", "--format", "csv"]] {
            let csv = try VanbanBinary.run(command + ["--db", db]).output
            let neutral = cells(csv)
            #expect(!neutral.isEmpty)
            #expect(!neutral.contains { $0.first.map(Self.formulaStarts.contains) ?? false }, "\(command)")
            #expect(neutral.contains { $0.hasPrefix("'=HYPERLINK") } && neutral.contains { $0.hasPrefix("'@SUM") })
            let raw = cells(try VanbanBinary.run(command + ["--db", db, "--raw-csv"]).output)
            #expect(raw.contains { $0.hasPrefix("=HYPERLINK") } && raw.contains { $0.hasPrefix("-2+3") })
        }
        #expect(try VanbanBinary.run(["export", "--help"]).output.contains("--raw-csv"))
    }

    @Test func tablesPrintNoControlCharacters() throws {
        try letters.write("esc/\u{1B}]0;owned\u{07}\u{1B}[31mred\u{9B}.txt", SampleLetter.text(3))
        let table = try VanbanBinary.run(["extract", "--format", "table", try #require(
            FileManager.default.contentsOfDirectory(atPath: letters.file("esc")).first.map { letters.file("esc/" + $0) })])
        #expect(table.status == 0)
        #expect(!table.output.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) })
        #expect(table.output.contains("red"))
    }

    @Test func aFullDiskEndsTheRunWithAMessage() throws {
        let run = try ShellRun.run("\"$VANBAN\" extract in/letter-0.txt > /dev/full", in: letters.path)
        #expect(run.status == 1)
        #expect(run.error.contains("vanban: cannot write the output: No space left on device"))
    }

    @Test func aClosedPipeEndsTheRunQuietly() throws {
        // Many records, so that vanban still writes when head has gone; SIGPIPE ignored (as a
        // parent may leave it, and the child inherits it), so that vanban meets EPIPE itself.
        let files = Array(repeating: "in/letter-0.txt", count: 200).joined(separator: " ")
        let direct = try ShellRun.run("trap '' PIPE; (\"$VANBAN\" extract \(files); echo $? > status) | head -c 10 >/dev/null; cat status",
                                      in: letters.path)
        #expect(direct.output.hasSuffix("141\n"), "\(direct.output) \(direct.error)")
        #expect(direct.error.isEmpty, "\(direct.error)")
        // SIGPIPE as it usually is: the signal ends vanban, which the shell reports as 141 too.
        let killed = try ShellRun.run("(\"$VANBAN\" extract \(files); echo $? > status) | head -c 10 >/dev/null; cat status",
                                      in: letters.path)
        #expect(killed.output.hasSuffix("141\n") && killed.error.isEmpty, "\(killed.output) \(killed.error)")
    }

    @Test func progressAgreesWithTheSummary() throws {
        for n in 0..<3 { try letters.write("more/noise-\(n).bin", TemporaryFolder.noise(count: 500, seed: UInt64(n + 1))) }
        try letters.write("more/letter.txt", SampleLetter.text(1) + " ")
        let run = try VanbanBinary.run(["ingest", letters.file("more"), "--db", letters.file("more.sqlite")])
        #expect(run.output.contains("1 ok, 3 failed"))
        let last = try #require(run.error.split(separator: "\n").last { $0.hasPrefix("ingest:") })
        #expect(last.hasPrefix("ingest: 4/4 files") && last.hasSuffix("failed 3"), "\(run.error)")
    }

    @Test func aLongTextQueryIsRefused() throws {
        let words = (0..<11_000).map { "t\($0 % 97)" }.joined(separator: " ")
        let run = try VanbanBinary.run(["query", "--db", db, "--text", words])
        #expect(run.status == 64)
        #expect(run.error.contains("at most 64 words"))
    }
}

/// Limits that are not numbers are refused as usage errors, never trapped on.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct LimitValueTests {
    @Test(arguments: ["nan", "inf", "-1", "0"])
    func timeLimitsThatAreNotPositiveNumbers(_ value: String) throws {
        let run = try VanbanBinary.run(["extract", "--time-limit", value, "/dev/null"])
        #expect(run.status == 64, "\(run.error)")
    }
}
