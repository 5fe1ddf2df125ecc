/// Tells which legacy encoding 8-bit Vietnamese bytes are in: each candidate decoding is scored
/// by the share of its non-ASCII words that are Vietnamese syllables, and the letterhead
/// ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc") is a cheap extra check.
/// The best candidate wins only when it is clearly Vietnamese and clearly ahead of the others.
enum LegacyEncodingDetector {
    typealias Encoding = LegacyVietnamese.Encoding

    /// How one candidate decoding read.
    struct Candidate: Sendable {
        var encoding: Encoding
        var scored: Int
        var valid: Int
        var letterhead: Bool
        var ratio: Double { scored == 0 ? 0 : Double(valid) / Double(scored) }
    }

    /// The verdict and the evidence behind it.
    struct Assessment: Sendable {
        /// The encoding picked, nil when none was clear.
        var encoding: Encoding?
        /// Every candidate, best first (empty when the bytes are UTF-8 or ASCII).
        var candidates: [Candidate]
    }

    /// Bytes looked at: the start of the file, where the letterhead is.
    static let sampleLimit = 64 * 1024
    /// Bytes decoded for the letterhead check.
    static let letterheadLimit = 4 * 1024
    /// Share of syllables the winner needs.
    static let minimumRatio = 0.7
    /// Lead the winner needs over the runner-up.
    static let minimumMargin = 0.15
    /// Scored words the winner needs without a letterhead.
    static let minimumWords = 3
    /// Share of syllables enough for a candidate whose letterhead decoded.
    static let letterheadRatio = 0.5
    /// The codes where Windows-1258 differs from Windows-1252 by a Vietnamese letter or mark;
    /// without any of them a CP1258 reading is just Windows-1252.
    static let cp1258Evidence: Set<UInt8> = [0xC3, 0xCC, 0xD0, 0xD2, 0xD5, 0xDD, 0xDE, 0xE3, 0xEC, 0xF0, 0xF2, 0xF5, 0xFD]

    /// Assesses `bytes`; UTF-8 (ASCII included) gives no encoding and no candidates.
    static func assess(_ bytes: UnsafeBufferPointer<UInt8>) -> Assessment {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(sampleLimit))
        let utf8 = UTF8Validation(sample)
        if utf8.invalid == 0 { return Assessment(encoding: nil, candidates: []) }
        return assessLegacy(sample)
    }

    /// Assesses bytes known not to be UTF-8 (or text mapped back to bytes), without the UTF-8 check.
    static func assessLegacy(_ bytes: UnsafeBufferPointer<UInt8>) -> Assessment {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(sampleLimit))
        let head = UnsafeBufferPointer(rebasing: sample.prefix(letterheadLimit))
        let cp1258Possible = sample.contains { cp1258Evidence.contains($0) }
        var candidates: [Candidate] = []
        for encoding in Encoding.allCases where encoding != .cp1258 || cp1258Possible {
            var tally = SyllableTally()
            LegacyDecoder.decode(sample, as: encoding, into: &tally)
            tally.finish()
            candidates.append(Candidate(encoding: encoding, scored: tally.scored, valid: tally.valid,
                                        letterhead: hasLetterhead(LegacyDecoder.string(head, as: encoding))))
        }
        candidates.sort { ($0.ratio, $0.valid) > ($1.ratio, $1.valid) }
        return Assessment(encoding: winner(candidates), candidates: candidates)
    }

    private static func winner(_ candidates: [Candidate]) -> Encoding? {
        guard let best = candidates.first else { return nil }
        let runnerUp = candidates.dropFirst().first?.ratio ?? 0
        let withLetterhead = candidates.filter(\.letterhead)
        if withLetterhead.count == 1, let marked = withLetterhead.first, marked.ratio >= letterheadRatio,
           marked.ratio + minimumMargin >= best.ratio {
            return marked.encoding
        }
        if best.scored >= minimumWords, best.ratio >= minimumRatio, best.ratio - runnerUp >= minimumMargin {
            return best.encoding
        }
        return nil
    }

    /// Whether decoded text holds the national motto or its second line.
    static func hasLetterhead(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("xã hội chủ nghĩa việt nam") || (lower.contains("độc lập") && lower.contains("hạnh phúc"))
    }
}
