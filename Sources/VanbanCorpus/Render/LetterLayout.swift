/// The fixed wording of a letter's frame, shared by the TXT, DOCX and PDF forms.
enum LetterLayout {
    static let stateMotto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    static let partyMotto = ["ĐẢNG CỘNG SẢN VIỆT NAM"]

    static func motto(_ letter: Letter) -> [String] {
        letter.issuer.isParty ? partyMotto : stateMotto
    }

    /// Left header column: parent, issuer, the Party star, number, and a công văn's "V/v" line.
    static func leftHeader(_ letter: Letter) -> [String] {
        var lines = letter.issuer.parentHeaderLines + letter.issuer.headerLines
        if letter.issuer.isParty { lines.append("*") }
        lines.append(letter.numberLine)
        if letter.kind == .congVan { lines.append(letter.subjectLine) }
        return lines
    }

    /// The "Kính gửi" lines: one line, or a heading and dash items.
    static func addressLines(_ letter: Letter) -> [String] {
        guard !letter.addressees.isEmpty else { return [] }
        if letter.addresseesInline || letter.addressees.count == 1 {
            return ["Kính gửi: " + letter.addressees.joined(separator: "; ") + "."]
        }
        return ["Kính gửi:"] + letter.addressees.enumerated().map { i, a in
            "- " + a + (i == letter.addressees.count - 1 ? "." : ";")
        }
    }

    /// "Nơi nhận" items as printed, the archive line last.
    static func distributionLines(_ letter: Letter) -> [String] {
        letter.distribution.map { "- \($0.printed);" } + ["- " + letter.archiveLine]
    }
}
