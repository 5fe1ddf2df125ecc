/// What a letter says right after it cites a document: "Chỉ thị số 01/CT-UBND ngày
/// 03/01/2023 | của UBND tỉnh Sơn La về phát động phong trào thi đua năm 2023; ..." gives
/// the issuer and subject a citation may not carry.
enum CitationContext {
    /// Characters read after the mention.
    static let length = 300

    /// The text up to the end of the clause: ";", a full stop before a space or line end, or
    /// a colon.
    static func clause(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        for (i, scalar) in scalars.enumerated() {
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            if scalar == ";" || scalar == ":" || (scalar == "." && next.properties.isWhitespace) {
                end = i
                break
            }
        }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}
