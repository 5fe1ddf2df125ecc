import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanText

private let evalFolder = SharedFolder.path("eval")

/// The generated development letters and the hostile set, when ../shared/eval is present.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: evalFolder)))
struct DOCXCorpusTests {
    static let dev = evalFolder + "/corpus/dev"
    static let bad = evalFolder + "/bad"

    private func text(_ name: String) throws -> DocumentText {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.dev)/\(name)"))
        return try DOCXTextExtractor(limits: .standard).extract(data)
    }

    @Test func autobulletsGetTheirLabelsAndTheSoftBreakStays() throws {
        let body = try text("dev-05-bao-cao.docx").body
        #expect(body.contains("\n• 92% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng;\n"))
        #expect(body.contains("Quyết định số 749/QĐ-TTg\nngày 03.6.2020"))
        #expect(body.hasPrefix("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG ĐIỆN BIÊN\nSố: 224/BC-STTTT\n\n"))
    }

    @Test func trackedChangesAndFooterPageFields() throws {
        let inserted = try text("dev-07-ke-hoach.docx")
        #expect(inserted.body.contains("Đồng thời thực hiện Nghị quyết số 57-NQ/TW ngày 22.12.2024"))
        #expect(inserted.furniture == ["1"])
        let deleted = try text("dev-08-thong-bao.docx")
        #expect(!deleted.body.contains("999/KH-UBND"))
        #expect(deleted.furniture == ["1"])
    }

    @Test(arguments: [("bomb.docx", TextExtractionError.Code.tooLarge), ("malformed.docx", .corrupt),
                      ("nodocxml.docx", .corrupt)])
    func hostileFiles(name: String, code: TextExtractionError.Code) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.bad)/\(name)"))
        let error = #expect(throws: TextExtractionError.self) { try DOCXTextExtractor(limits: .standard).extract(data) }
        #expect(error?.code == code)
    }
}
