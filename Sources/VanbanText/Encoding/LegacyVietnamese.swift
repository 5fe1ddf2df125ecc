/// Vietnamese text in the 8-bit encodings that came before Unicode: detection, decoding to
/// Unicode (NFC), encoding, and repair of text that was already read as Windows-1252.
///
/// The tables are written from the published charts (TCVN 5712:1993, RFC 1456 for VISCII,
/// Microsoft's Windows-1258, the VNI-Windows font layout) against one chart of the Vietnamese
/// letters, and checked by round trip and against iconv in the tests.
public enum LegacyVietnamese {
    /// The legacy encodings read.
    public enum Encoding: String, Sendable, CaseIterable, CustomStringConvertible {
        /// TCVN 5712 (ABC), fonts .VnTime, .VnArial; .VnTimeH capitals use the lower-case codes.
        case tcvn3 = "TCVN3"
        /// VNI-Windows, fonts VNI-Times: two bytes per accented vowel.
        case vni = "VNI"
        /// VISCII (RFC 1456).
        case viscii = "VISCII"
        /// Windows-1258: base letters with combining tone marks.
        case cp1258 = "CP1258"

        public var description: String { rawValue }
    }

    /// The legacy encoding of `bytes`, or nil when they are UTF-8 (ASCII included) or no
    /// encoding reads as Vietnamese clearly enough (read them as Windows-1252 then).
    public static func detect(_ bytes: some Collection<UInt8>) -> Encoding? {
        withBuffer(bytes) { LegacyEncodingDetector.assess($0).encoding }
    }

    /// `bytes` read as `encoding`, in NFC. Every byte decodes to something; TCVN3 capitals typed
    /// with the lower-case codes are restored where the surrounding letters show a capital word.
    public static func decode(_ bytes: some Collection<UInt8>, as encoding: Encoding) -> String {
        withBuffer(bytes) { LegacyDecoder.string($0, as: encoding) }
    }

    /// `text` written in `encoding`, or nil when a character has no code there. TCVN3 writes
    /// capitals it lacks with the lower-case code, as its capital fonts do.
    public static func encode(_ text: String, as encoding: Encoding) -> [UInt8]? {
        LegacyEncoder.encode(text, as: encoding)
    }

    /// Repairs text whose legacy bytes were read as Windows-1252 or Latin-1 ("Céng hoµ x· héi
    /// chñ nghÜa ViÖt Nam" → "Cộng hoà xã hội chủ nghĩa Việt Nam"). Nil when the text reads
    /// better as it is, or no encoding makes it clearly Vietnamese.
    public static func repair(_ text: String) -> (String, Encoding)? {
        LegacyTextRepair.repair(text)
    }

    /// `bytes` read as Windows-1252: the fallback for 8-bit text in no Vietnamese encoding.
    public static func decodeWindows1252(_ bytes: some Collection<UInt8>) -> String {
        withBuffer(bytes) { LegacyDecoder.windows1252($0) }
    }

    private static func withBuffer<R>(_ bytes: some Collection<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = bytes.withContiguousStorageIfAvailable(body) { return result }
        return Array(bytes).withUnsafeBufferPointer(body)
    }
}
