/// The decoding loops: bytes of a legacy encoding in, scalars out to a sink.
enum LegacyDecoder {
    typealias Encoding = LegacyVietnamese.Encoding

    /// Feeds the scalars of `bytes` read as `encoding` to `sink`, without finishing it. Combining
    /// tone marks are composed with the vowel before them; TCVN3 capitals are not restored here.
    static func decode<S: ScalarSink>(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: Encoding, into sink: inout S) {
        switch encoding {
        case .tcvn3:
            var composer = MarkComposer(sink)
            table(bytes, TCVN3Table.decodeTable, into: &composer)
            composer.flush()
            sink = composer.base
        case .cp1258:
            var composer = MarkComposer(sink)
            table(bytes, CP1258Table.decodeTable, into: &composer)
            composer.flush()
            sink = composer.base
        case .viscii:
            table(bytes, VISCIITable.decodeTable, into: &sink)
        case .vni:
            vni(bytes, into: &sink)
        }
    }

    /// The text of `bytes` read as `encoding`, with TCVN3 capitals restored where the words show them.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: Encoding) -> String {
        let out = UTF8Sink(capacity: bytes.count + bytes.count / 2)
        if encoding == .tcvn3 {
            var restorer = TCVN3CaseRestorer(out)
            decode(bytes, as: encoding, into: &restorer)
            restorer.finish()
            return restorer.base.string
        }
        var sink = out
        decode(bytes, as: encoding, into: &sink)
        return sink.string
    }

    /// The text of `bytes` read as Windows-1252, the fallback for 8-bit text of no Vietnamese encoding.
    static func windows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var sink = UTF8Sink(capacity: bytes.count + bytes.count / 2)
        table(bytes, Windows1252Table.decodeTable, into: &sink)
        return sink.string
    }

    @inline(__always)
    private static func table<S: ScalarSink>(_ bytes: UnsafeBufferPointer<UInt8>, _ table: [UInt32], into sink: inout S) {
        table.withUnsafeBufferPointer { table in
            for byte in bytes { sink.put(table[Int(byte)]) }
        }
    }

    private static func vni<S: ScalarSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        let baseRow = VNITable.baseRow, modifier = VNITable.modifier, single = VNITable.singleTable
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            let row = baseRow[Int(byte)]
            if row >= 0, i + 1 < bytes.count {
                let packed = modifier[Int(bytes[i + 1])]
                if packed >= 0, let shaped = VNITable.row(Int(row), with: Int(packed >> 3)) {
                    let id = shaped * 6 + Int(packed & 7)
                    sink.put(VietnameseAlphabet.scalar(id, upper: VNITable.baseIsUpper(byte)))
                    i += 2
                    continue
                }
            }
            sink.put(single[Int(byte)])
            i += 1
        }
    }
}
