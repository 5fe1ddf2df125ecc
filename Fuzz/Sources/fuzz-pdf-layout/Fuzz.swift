import FuzzSupport

/// Synthetic glyph boxes (see `GlyphPages`) through our PDF layout code.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    var input = FuzzInput(data, size)
    let text = GlyphPages.assemble(&input)
    if fuzzPrint { print(text) }
    return 0
}
