import FuzzSupport
import Foundation
@testable import VanbanText

/// Any bytes as a Word 97–2003 .doc: libgsf's OLE2 reader, then the FIB, the piece table, the
/// character property pages, the font table and the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let limits = ExtractionLimits(maxFileBytes: 4 << 20, maxInflatedBytes: 8 << 20)
    _ = try? DOCTextExtractor(limits: limits).extract(Data(bytes: data, count: size))
    return 0
}
