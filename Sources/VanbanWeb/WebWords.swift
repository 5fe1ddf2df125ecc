import VanbanGraph
import VanbanRules

/// The Vietnamese words of the pages, one table per kind of word.
enum WebWords {
    /// A citation's relation to the cited document.
    static let relations = ["basis": "căn cứ", "implements": "thực hiện", "mentions": "nhắc đến"]

    /// How a citation was resolved.
    static let methods = [
        "exact": "đúng số", "symbol": "gần đúng ký hiệu", "subject": "theo trích yếu", "title": "theo tên",
        "external": "ngoài kho", "none": "không tìm thấy", "pending": "chưa giải",
    ]

    /// The kinds of finding of the check report.
    static let findings: [Finding.Kind: String] = [
        .unresolved: "Văn bản được dẫn chiếu không có trong kho",
        .conflictingDates: "Một văn bản được ghi nhiều ngày khác nhau",
        .citesLater: "Dẫn chiếu văn bản ban hành sau",
        .issuerMismatch: "Cơ quan ban hành không khớp",
        .symbolVariants: "Một văn bản được ghi nhiều số khác nhau",
        .duplicateDocuments: "Văn bản trùng số",
        .selfCitation: "Văn bản tự dẫn chiếu",
    ]

    /// The status of a looked-up citation.
    static let lookup = ["found": "có trong kho", "ambiguous": "nhiều văn bản trùng", "not-found": "không có trong kho"]

    /// What an error page says, by the error's code (the API's message is English).
    static let errors = [
        "not-found": "Không có trang hoặc văn bản này trong kho.",
        "bad-id": "Mã văn bản không hợp lệ.",
        "bad-filter": "Bộ lọc không hợp lệ.",
        "key-required": "Cần khóa truy cập (API key).",
        "wrong-key": "Khóa truy cập không đúng.",
        "method-not-allowed": "Địa chỉ này không nhận yêu cầu đó.",
        "file-missing": "Tệp gốc không còn ở nơi đã lưu.",
        "internal": "Máy chủ gặp lỗi; chi tiết ở nhật ký của máy chủ.",
    ]

    static func relation(_ slug: String) -> String { relations[slug] ?? slug }
    static func method(_ slug: String) -> String { methods[slug] ?? slug }

    /// The type's Vietnamese name ("Quyết định") for its slug.
    static func type(_ slug: String?) -> String? {
        guard let slug else { return nil }
        return DocumentTypes.bySlug[slug]?.name ?? slug
    }

    /// An ISO date as Vietnamese write it: 2023-03-05 → 05/03/2023.
    static func date(_ iso: String?) -> String? {
        guard let iso else { return nil }
        let utf8 = iso.utf8
        if utf8.count == 10, let year = utf8.firstIndex(of: UInt8(ascii: "-")), utf8.distance(from: utf8.startIndex, to: year) == 4,
           let month = utf8[utf8.index(after: year)...].firstIndex(of: UInt8(ascii: "-")), utf8.distance(from: year, to: month) == 3 {
            // YYYY-MM-DD, the common case, without splitting.
            return String(iso[utf8.index(after: month)...]) + "/" + iso[utf8.index(after: year)..<month] + "/" + iso[..<year]
        }
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }
}
