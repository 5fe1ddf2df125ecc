import FuzzSupport
import Foundation
@testable import VanbanText

/// Any bytes through the plain-text reader: BOM and UTF-16 sniffing, UTF-8 validation, the legacy
/// encoding detector and decoders (TCVN3, VNI, VISCII, CP1258), Windows-1252, line clean-up and
/// the Markdown stripper; then the legacy-letter repair PDF and DOCX text goes through.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    if let document = try? PlainTextReader().read(bytes) {
        _ = LegacyVietnamese.repair(document.body)
    }
    return 0
}
