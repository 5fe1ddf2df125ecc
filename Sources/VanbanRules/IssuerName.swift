/// The name of an issuing body as a set of folded words, with the abbreviations of
/// administrative names spelled out, so that "UBND tỉnh Sơn La" and "Ủy ban nhân dân tỉnh
/// Sơn La" (or "Sở LĐ-TBXH" and "Sở Lao động - Thương binh và Xã hội") compare equal.
public struct IssuerName: Sendable, Equatable {
    /// The folded words, abbreviations spelled out, "và"/"của"/"thuộc" left out.
    public let words: Set<String>

    public init(_ text: String) {
        var words = Set<String>()
        for chunk in IssuerName.chunks(of: text) {
            for word in IssuerName.expand(chunk) where !IssuerName.stopWords.contains(word) { words.insert(word) }
        }
        self.words = words
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The share of the shorter name's words found in the other (0...1): "UBND tỉnh" is
    /// contained in "Ủy ban nhân dân tỉnh Sơn La".
    public func similarity(to other: IssuerName) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        return Double(words.intersection(other.words).count) / Double(min(words.count, other.words.count))
    }

    /// Folded pieces of the name split at spaces and punctuation, keeping "&" and "-" inside
    /// a piece ("ld-tbxh", "gd&dt") for `expand` to read as one abbreviation.
    private static func chunks(of text: String) -> [String] {
        var chunks: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in VietnameseText.fold(VietnameseText.normalize(text)).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "&" || scalar == "-" {
                current.append(scalar)
            } else if !current.isEmpty {
                chunks.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { chunks.append(String(current)) }
        return chunks
    }

    /// The words a piece stands for: its spelled-out form when the piece (with its joiners
    /// dropped) or each of its parts is a known abbreviation.
    private static func expand(_ chunk: String) -> [String] {
        let joined = chunk.filter { $0 != "&" && $0 != "-" }
        if let words = abbreviations[joined] { return words }
        return chunk.split(whereSeparator: { $0 == "&" || $0 == "-" }).flatMap { part -> [String] in
            abbreviations[String(part)] ?? [String(part)]
        }
    }

    /// Abbreviations of administrative bodies, folded, and the words they stand for.
    static let abbreviations: [String: [String]] = {
        let table: [(String, String)] = [
            ("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"),
            ("ldtbxh", "lao dong thuong binh xa hoi"), ("tbxh", "thuong binh xa hoi"), ("ld", "lao dong"),
            ("gddt", "giao duc dao tao"), ("tttt", "thong tin truyen thong"),
            ("nnptnt", "nong nghiep phat trien nong thon"), ("tnmt", "tai nguyen moi truong"),
            ("khdt", "ke hoach dau tu"), ("vhttdl", "van hoa the thao du lich"), ("gtvt", "giao thong van tai"),
            ("ttg", "thu tuong chinh phu"), ("cp", "chinh phu"), ("tw", "trung uong"), ("bct", "bo chinh tri"),
            ("mttq", "mat tran to quoc"), ("bch", "ban chap hanh"), ("bcd", "ban chi dao"),
            ("sldtbxh", "so lao dong thuong binh xa hoi"), ("sgddt", "so giao duc dao tao"),
            ("stttt", "so thong tin truyen thong"), ("snv", "so noi vu"), ("syt", "so y te"),
            ("stc", "so tai chinh"), ("snn", "so nong nghiep"), ("stp", "so tu phap"),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { ($0.0, $0.1.split(separator: " ").map(String.init)) })
    }()

    static let stopWords: Set<String> = ["va", "cua", "thuoc"]
}
