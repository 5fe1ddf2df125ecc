import Foundation
import VanbanRecord

/// A record flattened to one CSV row: its fields as columns, lists joined with "; ".
enum RecordColumns {
    static let names = [
        "id", "path", "status", "error_code", "error_message", "type", "number", "date", "place", "subject",
        "issuer", "issuer_parent", "signer", "signer_position", "signer_authority", "signer_principal",
        "addressees", "distribution", "citations", "targets", "format", "pages", "bytes", "sha256",
    ]

    static func values(id: Int64, _ record: Record) -> [String] {
        [
            String(id), record.source.path, record.status.rawValue, record.error?.code ?? "", record.error?.message ?? "",
            record.type ?? "", record.number?.raw ?? "", record.date ?? "", record.place ?? "", record.subject ?? "",
            record.issuer?.name ?? "", record.issuer?.parent ?? "", record.signer?.name ?? "",
            record.signer?.position ?? "", record.signer?.authority ?? "", record.signer?.principal ?? "",
            record.addressees.joined(separator: "; "), record.distribution.joined(separator: "; "),
            record.citations.map { $0.number ?? $0.title ?? "" }.joined(separator: "; "),
            record.targets.map(\.text).joined(separator: "; "),
            record.source.format ?? "", record.source.pages.map(String.init) ?? "",
            record.source.bytes.map(String.init) ?? "", record.source.sha256 ?? "",
        ]
    }
}
