import Foundation
import FuzzSupport
@testable import VanbanText

/// The bytes as the XML parts of a valid .docx (document, numbering, styles, footnotes: split at
/// NUL bytes), so that every input reaches the WordprocessingML reader and the list labeller.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let docx = DOCXParts.package(UnsafeBufferPointer(start: data, count: size))
    do {
        let text = try DOCXTextExtractor(limits: ExtractionLimits(maxInflatedBytes: 8 << 20)).extract(docx)
        if fuzzPrint { print(text.body) }
    } catch {
        if fuzzPrint { print(error) }
    }
    return 0
}
