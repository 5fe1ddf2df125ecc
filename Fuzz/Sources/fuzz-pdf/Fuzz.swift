import FuzzSupport
import Foundation
@testable import VanbanText

/// Whole PDF bytes through poppler (not instrumented) and our layout code, OCR off, 2 s budget.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let limits = ExtractionLimits(maxInflatedBytes: 8 << 20, maxPages: 20, timeBudget: 2)
    _ = try? PDFTextExtractor(limits: limits, ocr: .off).extract(Data(bytes: data, count: size))
    return 0
}
