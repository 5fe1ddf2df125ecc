/// Characters that look like the Latin letters, digits and marks of a document number but are
/// not: Cyrillic and Greek capitals typed on another keyboard layout or pasted from a PDF
/// ("КН-UBND" with a Cyrillic К and Н), full-width forms, and the dashes and slashes of word
/// processors. Folded to what they look like in match keys only; the printed form is kept.
public enum Confusables {
    /// Look-alike → the ASCII character it passes for.
    static let table: [UInt32: Character] = {
        var t: [UInt32: Character] = [:]
        // Cyrillic capitals and small letters that look Latin.
        let cyrillic: [(UInt32, Character)] = [
            (0x0410, "A"), (0x0412, "B"), (0x0415, "E"), (0x041A, "K"), (0x041C, "M"), (0x041D, "H"), (0x041E, "O"),
            (0x0420, "P"), (0x0421, "C"), (0x0422, "T"), (0x0423, "Y"), (0x0425, "X"), (0x0405, "S"), (0x0406, "I"),
            (0x0408, "J"), (0x0430, "a"), (0x0435, "e"), (0x043E, "o"), (0x0440, "p"), (0x0441, "c"), (0x0443, "y"),
            (0x0445, "x"), (0x0455, "s"), (0x0456, "i"), (0x0458, "j"), (0x04BB, "h"),
        ]
        // Greek capitals that look Latin, and omicron.
        let greek: [(UInt32, Character)] = [
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0396, "Z"), (0x0397, "H"), (0x0399, "I"), (0x039A, "K"),
            (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"), (0x03A5, "Y"), (0x03A7, "X"),
            (0x03BF, "o"),
        ]
        // Dashes and slashes a word processor substitutes.
        let marks: [(UInt32, Character)] = [
            (0x2010, "-"), (0x2011, "-"), (0x2012, "-"), (0x2013, "-"), (0x2014, "-"), (0x2212, "-"), (0xFE63, "-"),
            (0x2044, "/"), (0x2215, "/"), (0x29F8, "/"),
        ]
        for (code, ascii) in cyrillic + greek + marks { t[code] = ascii }
        // Full-width ASCII (！ to ～).
        for code in UInt32(0xFF01)...0xFF5E {
            if let scalar = Unicode.Scalar(code - 0xFEE0) { t[code] = Character(scalar) }
        }
        return t
    }()

    /// `text` with every look-alike replaced by what it passes for.
    public static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x370 && table[$0.value] != nil }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let ascii = table[scalar.value] { out.append(ascii) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
