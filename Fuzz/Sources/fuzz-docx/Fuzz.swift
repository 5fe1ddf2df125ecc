import FuzzSupport
import Foundation
@testable import VanbanText

/// Any bytes as a whole .docx: the zip reader, inflate, CRC checks, then the XML parts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let limits = ExtractionLimits(maxInflatedBytes: 8 << 20)
    _ = try? DOCXTextExtractor(limits: limits).extract(Data(bytes: data, count: size))
    return 0
}
