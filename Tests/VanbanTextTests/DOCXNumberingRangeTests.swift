import Testing
@testable import VanbanText

/// List numbers from numbering.xml at the ends of their range: `w:start`, `w:startOverride`,
/// `w:ilvl` and `w:numId` as large, small or negative as a file may write them. Counting from
/// them once overflowed ("arithmetic overflow"); now they are clamped to Word's 32-bit range.
@Suite struct DOCXNumberingRangeTests {
    typealias B = DOCXBuilder

    private func lines(_ paragraphs: [String], numbering: String) throws -> [String] {
        var builder = B(body: paragraphs.joined())
        builder.numbering = numbering
        return try builder.extract().body.split(separator: "\n").map(String.init)
    }

    private static let items = [
        B.paragraph("Phạm vi điều chỉnh", numId: 1, level: 0),
        B.paragraph("Đối tượng áp dụng", numId: 1, level: 0),
        B.paragraph("Giải thích từ ngữ", numId: 1, level: 0),
    ]

    @Test(arguments: [
        ("9223372036854775807", "decimal", ["Điều 2147483647.", "Điều 2147483648.", "Điều 2147483649."]),
        ("2147483647", "decimal", ["Điều 2147483647.", "Điều 2147483648.", "Điều 2147483649."]),
        ("-9223372036854775808", "decimal", ["Điều -2147483648.", "Điều -2147483647.", "Điều -2147483646."]),
        ("-2147483648", "upperRoman", ["Điều -2147483648.", "Điều -2147483647.", "Điều -2147483646."]),
        ("2147483647", "lowerLetter", nil),
        ("-3", "lowerLetter", ["Điều -3.", "Điều -2.", "Điều -1."]),
        ("3999", "upperRoman", ["Điều MMMCMXCIX.", "Điều 4000.", "Điều 4001."]),
    ] as [(String, String, [String]?)])
    func startAtTheEndsOfTheRange(_ start: String, _ format: String, _ expected: [String]?) throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/>"
                + "<w:lvlText w:val=\"Điều %1.\"/></w:lvl>",
        ])
        let labels = try lines(Self.items, numbering: numbering).map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        #expect(labels.count == 3)
        if let expected { #expect(labels == expected) }
        // Letters repeat, capped at 100 of them.
        if expected == nil { #expect(labels.allSatisfy { $0.hasPrefix("Điều ") && $0.count <= 106 }) }
    }

    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "2147483647", "-2147483648"])
    func startOverrideAtTheEndsOfTheRange(_ value: String) throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [B.level(0, format: "decimal", text: "%1.")],
                               overrides: "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(value)\"/></w:lvlOverride>")
        let got = try lines(Self.items, numbering: numbering)
        let first = value.hasPrefix("-") ? Int(Int32.min) : Int(Int32.max)
        #expect(got == ["\(first). Phạm vi điều chỉnh", "\(first + 1). Đối tượng áp dụng", "\(first + 2). Giải thích từ ngữ"])
    }

    @Test(arguments: ["99999999999999999999", "-1", "2147483647", "-2147483648", "9223372036854775807"])
    func paragraphLevelOutOfRange(_ level: String) throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [
            B.level(0, format: "decimal", text: "%1."), B.level(8, format: "lowerLetter", text: "%9)"),
        ])
        let paragraph = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + B.run("Tổ chức thực hiện") + "</w:p>"
        let got = try lines([paragraph, paragraph], numbering: numbering)
        #expect(got.count == 2)
        #expect(got.allSatisfy { $0.hasSuffix("Tổ chức thực hiện") })
    }

    /// Levels outside Word's nine (ilvl 0...8) are ignored: 20,000 of them once made every styled
    /// numbered paragraph search them all (quadratic; 20,000 × 20,000 took 14 s in release).
    @Test func levelsBeyondTheNinthAreIgnored() throws {
        let levels = (0..<20_000).map { index in
            "<w:lvl w:ilvl=\"\(index < 10_000 ? -1 - index : 9 + index)\"><w:numFmt w:val=\"upperRoman\"/><w:pStyle w:val=\"Khac\"/>"
                + "<w:lvlText w:val=\"%1.\"/></w:lvl>"
        }
        // The style's level is the lowest that names it; levels 3 and 7 both do.
        let named = B.level(3, format: "decimal", text: "%4)").replacingOccurrences(of: "<w:lvlText", with: "<w:pStyle w:val=\"Muc\"/><w:lvlText")
        let other = B.level(7, format: "lowerLetter", text: "%8)").replacingOccurrences(of: "<w:lvlText", with: "<w:pStyle w:val=\"Muc\"/><w:lvlText")
        let numbering = B.list(numId: 1, abstractId: 0, levels: levels + [named, other])
        let paragraph = "<w:p><w:pPr><w:pStyle w:val=\"Muc\"/><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + B.run("Chỉ tiêu") + "</w:p>"
        let started = ContinuousClock.now
        let got = try lines(Array(repeating: paragraph, count: 10_000), numbering: numbering)
        let elapsed = ContinuousClock.now - started
        #expect(got.count == 10_000)
        #expect(got.prefix(2) == ["1) Chỉ tiêu", "2) Chỉ tiêu"])
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }
}
