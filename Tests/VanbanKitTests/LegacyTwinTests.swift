import Foundation
import Testing
import VanbanKit
import VanbanRecord

/// A letter typed in TCVN3 with the ABC fonts, as .doc and as DOCX (made from our sample
/// letter by scripts/make-doc-fixtures.sh), gives the same record as its Unicode twin.
@Suite struct LegacyTwinTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The record's fields; left out: the source, the warnings and where in the text each
    /// mention stands (a blank line more or less in the layout moves it).
    private func fields(_ path: String) -> String {
        var record = DocumentPipeline(ocr: .off).record(forFileAt: Self.root.appendingPathComponent(path).path)
        record.source = Source(file: "", path: "")
        record.warnings = []
        for i in record.citations.indices {
            record.citations[i].mentions = record.citations[i].mentions.map { Mention(offset: 0, text: $0.text) }
        }
        return record.jsonLine
    }

    @Test(arguments: ["Tests/VanbanTextTests/Fixtures/doc/vb-0001-tcvn3.doc", "Tests/VanbanTextTests/Fixtures/doc/vb-0001-tcvn3.docx"])
    func theTCVN3LetterIsItsUnicodeTwin(_ path: String) {
        #expect(fields(path) == fields("samples/vb-0001-cong-van.txt"))
    }
}
