/// The piece table of a Word 97–2003 document (MS-DOC 2.9.38 Clx): where each run of
/// character positions is stored in the WordDocument stream, as UTF-16LE or as 8-bit text.
struct PieceTable: Equatable {
    struct Piece: Equatable {
        /// Character positions this piece holds.
        let characters: Range<Int>
        /// Byte offset of its first character in the WordDocument stream.
        let offset: Int
        /// 8-bit characters (Windows-1252 as Word writes them) rather than UTF-16LE.
        let compressed: Bool
    }

    let pieces: [Piece]

    /// The most pieces a document may have: far above any real letter, it bounds the work a
    /// forged table can ask for.
    static let maxPieces = 1 << 20

    /// Reads the Clx: property runs (Prc, skipped) then the piece table proper (Pcdt).
    init(clx bytes: ArraySlice<UInt8>) throws {
        var i = bytes.startIndex
        while i < bytes.endIndex, bytes[i] == 0x01 {
            guard i + 3 <= bytes.endIndex else { throw Self.corrupt }
            let size = Int(bytes[i + 1]) | Int(bytes[i + 2]) << 8
            i += 3 + size
        }
        guard i + 5 <= bytes.endIndex, bytes[i] == 0x02 else { throw Self.corrupt }
        let length = Int(bytes[i + 1]) | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) << 16 | Int(bytes[i + 4]) << 24
        let start = i + 5
        guard length >= 4, start + length <= bytes.endIndex, (length - 4) % 12 == 0 else { throw Self.corrupt }
        let count = (length - 4) / 12
        guard count <= Self.maxPieces else { throw TextExtractionError(.tooLarge, "the .doc has \(count) text pieces") }
        func u32(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        var pieces: [Piece] = []
        pieces.reserveCapacity(count)
        let descriptors = start + (count + 1) * 4
        for n in 0..<count {
            let from = Int(Int32(bitPattern: u32(start + n * 4)))
            let to = Int(Int32(bitPattern: u32(start + (n + 1) * 4)))
            guard from >= 0, to >= from else { throw Self.corrupt }
            let fc = u32(descriptors + n * 8 + 2)
            let compressed = fc & 0x4000_0000 != 0
            let raw = Int(fc & 0x3FFF_FFFF)
            pieces.append(Piece(characters: from..<to, offset: compressed ? raw / 2 : raw, compressed: compressed))
        }
        self.pieces = pieces
    }

    private static let corrupt = TextExtractionError(.corrupt, "the .doc's piece table is damaged")
}
