import Testing
@testable import VanbanGraph

/// Labels in diagrams carry text from the letters: no HTML and no syntax may come through.
@Suite struct DiagramEscapeTests {
    static let hostile = "Kế hoạch <script>alert(\"x\")</script> & #lt; | a\\nb\u{1B}[31m\nend"

    @Test func mermaidLabelsUseEntityCodes() {
        let label = CitationChain.mermaidEscaped(Self.hostile)
        #expect(!label.contains("<") && !label.contains(">") && !label.contains("\"") && !label.contains("|"))
        #expect(!label.contains("&") && !label.contains("\u{1B}") && !label.contains("\n"))
        #expect(label.hasPrefix("Kế hoạch #60;script#62;alert(#34;x#34;)#60;/script#62; #38; #35;lt; #124; a\\nb [31m end"))
    }

    @Test func dotLabelsEscapeQuotesBackslashesAndEntities() {
        let label = CitationChain.dotEscaped(Self.hostile)
        #expect(label == "Kế hoạch &lt;script&gt;alert(\\\"x\\\")&lt;/script&gt; &amp; #lt; | a\\\\nb [31m end")
    }
}
