import FuzzSupport
import VanbanRecord
import VanbanRules

/// Any bytes, read as UTF-8 and normalised as the pipeline does, through every rule, and the
/// record written as its JSON line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = VietnameseText.normalize(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    var record = Record(source: Source(file: "fuzz.txt", path: "fuzz.txt"))
    DocumentAnalyzer().analyze(text, into: &record)
    _ = record.jsonLine
    return 0
}
