import Foundation
import Testing
import VanbanTestSupport

/// `export --format edxml` and `--format register`, and `extract` of an envelope: an archive's
/// documents leave in the exchange format and come back with the same fields.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct ExchangeCommandTests {
    @Test func envelopesGoOutAndComeBackWithTheSameFields() throws {
        let letters = try TemporaryFolder()
        for n in 0..<3 { try letters.write("letter-\(n).txt", SampleLetter.text(n)) }
        let db = letters.file(".archive.sqlite")
        _ = try VanbanBinary.run(["ingest", letters.path, "--db", db, "--quiet"])
        let out = letters.file("envelopes")
        let export = try VanbanBinary.run(["export", "--db", db, "--format", "edxml", "--out", out, "--attach"])
        #expect(export.status == 0, "\(export.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["letter-0.txt.edxml", "letter-1.txt.edxml", "letter-2.txt.edxml"])
        for n in 0..<3 {
            let original = try VanbanBinary.run(["extract", letters.file("letter-\(n).txt")])
            let back = try VanbanBinary.run(["extract", out + "/letter-\(n).txt.edxml"])
            #expect(back.status == 0)
            for field in ["\"type\":", "\"number\":", "\"date\":", "\"place\":", "\"subject\":", "\"issuer\":", "\"signer\":"] {
                #expect(slice(original.output, after: field) == slice(back.output, after: field), "\(field) differs")
            }
            #expect(back.output.contains("\"container\":\"edxml\""))
        }
    }

    @Test func theRegisterIsCSVWithTheDecreesColumns() throws {
        let letters = try TemporaryFolder()
        try letters.write("letter-0.txt", SampleLetter.text(0))
        let db = letters.file(".archive.sqlite")
        _ = try VanbanBinary.run(["ingest", letters.path, "--db", db, "--quiet"])
        let register = try VanbanBinary.run(["export", "--db", db, "--format", "register"])
        #expect(register.status == 0)
        let lines = register.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\"Số, ký hiệu văn bản\",Ngày tháng văn bản,") == true)
    }

    @Test func edxmlNeedsAFolder() throws {
        let run = try VanbanBinary.run(["export", "--db", "/nonexistent.sqlite", "--format", "edxml"])
        #expect(run.status == 64)
    }

    /// The JSON value after `field` up to the next top-level comma-quote.
    private func slice(_ json: String, after field: String) -> Substring? {
        guard let start = json.range(of: field) else { return nil }
        let rest = json[start.upperBound...]
        let end = rest.range(of: ",\"")?.lowerBound ?? rest.endIndex
        return rest[..<end]
    }
}
