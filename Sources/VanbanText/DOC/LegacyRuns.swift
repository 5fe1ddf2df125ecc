/// Decodes the characters a Word document set in legacy Vietnamese fonts (see `LegacyFonts`):
/// each run of characters in one such font, between Word's control characters, is turned back
/// into its bytes (Word keeps them as Windows-1252 characters) and read in the font's encoding.
enum LegacyRuns {
    /// `units` with every legacy run decoded, and the first legacy encoding met. The runs in other
    /// fonts are read again as legacy text when, taken together, they look like it (see
    /// `rereadingUndeclared`).
    static func decode(_ units: ArraySlice<UInt16>, _ readings: ArraySlice<LegacyFonts.Reading?>)
        -> (units: [UInt16], encoding: LegacyVietnamese.Encoding?) {
        guard readings.contains(where: { $0 != nil }) else { return (Array(units), nil) }
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var encoding: LegacyVietnamese.Encoding?
        var bytes: [UInt8] = []
        var current: LegacyFonts.Reading?
        // Where the text of fonts that declare no encoding lies in `out`.
        var undeclared: [Range<Int>] = []
        func flush() {
            guard let reading = current, !bytes.isEmpty else { bytes.removeAll(); return }
            var text = LegacyVietnamese.decode(bytes, as: reading.encoding)
            if reading.capitals { text = text.uppercased() }
            out.append(contentsOf: text.utf16)
            encoding = encoding ?? reading.encoding
            bytes.removeAll(keepingCapacity: true)
        }
        for (unit, reading) in zip(units, readings) {
            if let reading, let byte = legacyByte(unit) {
                if reading != current { flush(); current = reading }
                bytes.append(byte)
            } else {
                flush()
                current = nil
                if reading == nil, unit >= 0x20 {
                    if let last = undeclared.last, last.upperBound == out.count {
                        undeclared[undeclared.count - 1] = last.lowerBound..<out.count + 1
                    } else {
                        undeclared.append(out.count..<out.count + 1)
                    }
                }
                out.append(unit)
            }
        }
        flush()
        return (rereadingUndeclared(out, undeclared), encoding)
    }

    /// `units` with the runs at `undeclared` read again as legacy text when, taken together, they
    /// look like it: a letter whose headings are set in .VnTimeH and whose body is in a font of
    /// another name, still typed in TCVN3. Guessing is the fallback for what no font says.
    private static func rereadingUndeclared(_ units: [UInt16], _ undeclared: [Range<Int>]) -> [UInt16] {
        guard !undeclared.isEmpty else { return units }
        // The runs hold no control character, so a line break keeps them apart through the repair.
        let joined = undeclared.map { String(decoding: units[$0], as: UTF16.self) }.joined(separator: "\n")
        guard let (repaired, _) = LegacyVietnamese.repair(joined) else { return units }
        let texts = repaired.split(separator: "\n", omittingEmptySubsequences: false)
        guard texts.count == undeclared.count else { return units }
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var next = 0
        for (range, text) in zip(undeclared, texts) {
            out.append(contentsOf: units[next..<range.lowerBound])
            out.append(contentsOf: text.utf16)
            next = range.upperBound
        }
        out.append(contentsOf: units[next...])
        return out
    }

    /// `text`, all set in one legacy font, decoded.
    static func decode(_ text: String, as reading: LegacyFonts.Reading) -> String {
        let units = Array(text.utf16)
        let decoded = decode(units[...], Array(repeating: reading, count: units.count)[...])
        return String(decoding: decoded.units, as: UTF16.self)
    }

    /// The byte a legacy font draws for `unit`: the Windows-1252 code of the character Word
    /// stored. Word's optional hyphen (0x1F) and the soft hyphen are 0xAD, "ư" in TCVN3.
    static func legacyByte(_ unit: UInt16) -> UInt8? {
        switch unit {
        case 0x1F, 0xAD: return 0xAD
        case 0x20..<0x80, 0xA0...0xFF: return UInt8(unit)
        default: return Windows1252Table.byte(for: UInt32(unit))
        }
    }
}
