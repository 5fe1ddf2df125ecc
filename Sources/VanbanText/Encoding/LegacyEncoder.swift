import Foundation

/// Writes text in a legacy encoding: the inverse of `LegacyDecoder`, used to make samples and
/// to check the tables by round trip.
enum LegacyEncoder {
    typealias Encoding = LegacyVietnamese.Encoding

    /// The bytes of `text` (taken as NFC) in `encoding`, or nil when a character has no code.
    /// TCVN3 writes capitals it has no code for with the lower-case code, as its capital fonts do.
    static func encode(_ text: String, as encoding: Encoding) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            guard let codes = codes(scalar.value, encoding) else { return nil }
            out.append(contentsOf: codes)
        }
        return out
    }

    private static func codes(_ scalar: UInt32, _ encoding: Encoding) -> [UInt8]? {
        if scalar >= 0x80, let (id, upper) = VietnameseAlphabet.locate(scalar) {
            switch encoding {
            case .tcvn3: return [TCVN3Table.code(id: id, upper: upper)]
            case .vni: return VNITable.codes(id: id, upper: upper)
            case .viscii: return [VISCIITable.code(id: id, upper: upper)]
            case .cp1258: return CP1258Table.codes(id: id, upper: upper)
            }
        }
        guard let code = reverse[encoding]?[scalar] else { return nil }
        return [code]
    }

    /// Codes of the characters other than Vietnamese letters, per encoding: the first byte that
    /// decodes to each scalar on its own.
    private static let reverse: [Encoding: [UInt32: UInt8]] = {
        let tables: [Encoding: [UInt32]] = [
            .tcvn3: TCVN3Table.decodeTable, .vni: VNITable.singleTable,
            .viscii: VISCIITable.decodeTable, .cp1258: CP1258Table.decodeTable,
        ]
        return tables.mapValues { table in
            var map: [UInt32: UInt8] = [:]
            for (code, scalar) in table.enumerated() where map[scalar] == nil && !isVNIModifier(code, table) {
                map[scalar] = UInt8(code)
            }
            return map
        }
    }()

    /// VNI's modifier bytes stand for a mark, not for the Latin-1 letter they show alone.
    private static func isVNIModifier(_ code: Int, _ table: [UInt32]) -> Bool {
        table == VNITable.singleTable && VNITable.modifier[code] >= 0
    }
}
