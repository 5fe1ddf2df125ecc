/// Repairs text whose legacy bytes were already read as Windows-1252 or Latin-1 (PDF text in
/// .VnTime fonts comes out as "Céng hoµ x· héi chñ nghÜa ViÖt Nam"): maps the characters back
/// to the bytes they came from and decodes those, keeping any character that has no byte.
enum LegacyTextRepair {
    typealias Encoding = LegacyVietnamese.Encoding

    /// Lead the repaired text needs over the text as it is, in share of syllables.
    static let minimumGain = 0.2

    static func repair(_ text: String) -> (String, Encoding)? {
        let asIs = asIsRatio(text)
        // Text already this Vietnamese cannot gain enough: most Unicode text stops here.
        guard asIs + minimumGain <= 1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        // Characters with no byte, at the byte offset they come before.
        var foreign: [(offset: Int, scalar: UInt32)] = []
        var suspicious = 0
        var previousIsLetter = false
        for scalar in text.unicodeScalars {
            defer { previousIsLetter = scalar.properties.isAlphabetic }
            // TCVN3's "ư" (byte 0xAD) sits where Latin-1 has the soft hyphen, and some PDF fonts name
            // that glyph "minus": a minus right after a letter ("tr−êng", "n−íc") is that byte.
            if scalar.value == 0x2212, previousIsLetter {
                suspicious += 1
                bytes.append(0xAD)
                continue
            }
            if let byte = Windows1252Table.byte(for: scalar.value) {
                if byte >= 0x80 { suspicious += 1 }
                bytes.append(byte)
            } else {
                foreign.append((bytes.count, scalar.value))
            }
        }
        guard suspicious > 0 else { return nil }

        let assessment = probe(bytes, foreign).withUnsafeBufferPointer(LegacyEncodingDetector.assessLegacy)
        guard let encoding = assessment.encoding,
              let ratio = assessment.candidates.first(where: { $0.encoding == encoding })?.ratio,
              ratio >= asIs + minimumGain else { return nil }
        return (rebuild(bytes, foreign, as: encoding), encoding)
    }

    /// The bytes with a space where foreign characters were, so that words do not run together.
    private static func probe(_ bytes: [UInt8], _ foreign: [(offset: Int, scalar: UInt32)]) -> [UInt8] {
        guard !foreign.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + foreign.count)
        var next = 0
        for (offset, _) in foreign {
            out.append(contentsOf: bytes[next..<offset])
            out.append(0x20)
            next = offset
        }
        out.append(contentsOf: bytes[next...])
        return out
    }

    /// Share of syllables in the text as it is, over the same sample the detector reads.
    private static func asIsRatio(_ text: String) -> Double {
        var tally = SyllableTally()
        for scalar in text.unicodeScalars.prefix(LegacyEncodingDetector.sampleLimit) { tally.put(scalar.value) }
        tally.finish()
        return tally.ratio
    }

    private static func rebuild(_ bytes: [UInt8], _ foreign: [(offset: Int, scalar: UInt32)], as encoding: Encoding) -> String {
        let out = UTF8Sink(capacity: bytes.count * 2)
        if encoding == .tcvn3 {
            var restorer = TCVN3CaseRestorer(out)
            feed(bytes, foreign, encoding, into: &restorer)
            return restorer.base.string
        }
        var sink = out
        feed(bytes, foreign, encoding, into: &sink)
        return sink.string
    }

    private static func feed<S: ScalarSink>(_ bytes: [UInt8], _ foreign: [(offset: Int, scalar: UInt32)],
                                            _ encoding: Encoding, into sink: inout S) {
        bytes.withUnsafeBufferPointer { all in
            var next = 0
            for (offset, scalar) in foreign {
                LegacyDecoder.decode(UnsafeBufferPointer(rebasing: all[next..<offset]), as: encoding, into: &sink)
                sink.put(scalar)
                next = offset
            }
            LegacyDecoder.decode(UnsafeBufferPointer(rebasing: all[next...]), as: encoding, into: &sink)
        }
        sink.finish()
    }
}
