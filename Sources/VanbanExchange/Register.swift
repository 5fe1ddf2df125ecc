import VanbanRecord
import VanbanRules

/// The register of documents that Nghị định 30/2020/NĐ-CP Phụ lục VI asks an office to keep
/// (sổ đăng ký văn bản), as rows: one per document, in the columns of the register of
/// outgoing documents, filled from the record.
public enum Register {
    /// The column headings, as the decree prints them.
    public static let columns = [
        "Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản",
        "Tác giả (cơ quan ban hành)", "Người ký", "Nơi nhận văn bản", "Số trang", "Ghi chú",
    ]

    /// The register row of `record`.
    public static func row(_ record: Record) -> [String] {
        let typeName = record.type.flatMap { DocumentTypes.bySlug[$0]?.name }
        let title = [typeName, record.subject].compactMap { $0 }.joined(separator: " ")
        let issuer = [record.issuer?.name, record.issuer?.parent].compactMap { $0 }.joined(separator: " - ")
        let signer = [record.signer?.name, record.signer?.position.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        let places = (record.addressees + record.distribution).joined(separator: "; ")
        let note = record.status == .failed ? "không đọc được: \(record.error?.code ?? "")" : ""
        let month = record.extra.first(where: { $0.0 == "dateMonth" }).flatMap { entry -> String? in
            if case .string(let m) = entry.1 { return m } else { return nil }
        }
        return [record.number?.raw ?? "", dayMonthYear(record.date ?? month), title, issuer, signer, places,
                record.source.pages.map(String.init) ?? "", note]
    }

    /// "2023-02-27" → "27/02/2023", as registers write dates; a date whose day could not be read
    /// ("2025-12") → "12/2025".
    static func dayMonthYear(_ iso: String?) -> String {
        guard let iso else { return "" }
        let parts = iso.split(separator: "-")
        switch parts.count {
        case 3: return "\(parts[2])/\(parts[1])/\(parts[0])"
        case 2: return "\(parts[1])/\(parts[0])"
        default: return iso
        }
    }
}
