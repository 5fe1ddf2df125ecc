import Foundation
import Testing
import ZIPFoundation
@testable import VanbanCorpus
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("DOCX writer")
struct DOCXWriterTests {
    /// Parts of a package by path.
    static func parts(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            out[entry.path] = bytes
        }
        return out
    }

    /// The text a reader of the final document sees: w:t runs, w:br as a new line, deleted text left out.
    final class TextCollector: NSObject, XMLParserDelegate {
        var text = ""
        var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "w:t" { inText = true }
            if name == "w:br" { text += "\n" }
            if name == "w:p" { text += "\n" }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:t" { inText = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }
    }

    static func visibleText(_ xml: Data) -> String {
        let parser = XMLParser(data: xml)
        let collector = TextCollector()
        parser.delegate = collector
        _ = parser.parse()
        return collector.text
    }

    @Test(arguments: Array(Fixtures.trapped.prefix(20)))
    func packageIsAValidZipOfWellFormedXML(letter: Letter) throws {
        let parts = try Self.parts(try DOCXWriter().data(for: letter))
        for required in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
            #expect(parts[required] != nil, "missing \(required)")
        }
        for (path, xml) in parts {
            let parser = XMLParser(data: xml)
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
    }

    @Test(arguments: Array(Fixtures.trapped.prefix(20)))
    func headerAndSignatureAreTwoColumnTablesAndTheTextIsThere(letter: Letter) throws {
        let parts = try Self.parts(try DOCXWriter().data(for: letter))
        let xml = try #require(parts["word/document.xml"])
        let document = String(decoding: xml, as: UTF8.self)
        #expect(document.components(separatedBy: "<w:tbl>").count - 1 == 2)
        #expect(document.components(separatedBy: "<w:gridCol ").count - 1 == 4)
        let visible = Fixtures.squeezed(Self.visibleText(xml))
        #expect(visible.contains(letter.numberLine))
        #expect(visible.contains(letter.dateLine))
        #expect(visible.contains(letter.signature.name))
        #expect(visible.contains("Nơi nhận:"))
        for citation in letter.citations {
            for place in citation.places {
                #expect(visible.contains(Fixtures.squeezed(place.text)), "mention \(place.text) lost")
            }
        }
    }

    @Test func trapsAreWrittenAsWordDoes() throws {
        let letters = Fixtures.trapped
        let broken = try #require(letters.first { $0.traps.breakInCitation != nil })
        let brokenXML = String(decoding: try #require(try Self.parts(DOCXWriter().data(for: broken))["word/document.xml"]), as: UTF8.self)
        #expect(brokenXML.contains("<w:r><w:br/></w:r>"))

        let footed = try #require(letters.first { $0.traps.pageField })
        let footedParts = try Self.parts(DOCXWriter().data(for: footed))
        let footer = String(decoding: try #require(footedParts["word/footer1.xml"]), as: UTF8.self)
        #expect(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))

        let tracked = try #require(letters.first { $0.traps.deletion != nil })
        let trackedXML = try #require(try Self.parts(DOCXWriter().data(for: tracked))["word/document.xml"])
        let trackedText = String(decoding: trackedXML, as: UTF8.self)
        let deleted = try #require(tracked.traps.deletion?.text)
        #expect(trackedText.contains("<w:delText xml:space=\"preserve\">\(deleted)</w:delText>"))
        #expect(!Self.visibleText(trackedXML).contains(deleted))

        let inserted = try #require(letters.first { $0.traps.insertion != nil })
        let insertedXML = String(decoding: try #require(try Self.parts(DOCXWriter().data(for: inserted))["word/document.xml"]), as: UTF8.self)
        #expect(insertedXML.contains("<w:ins "))

        let bulleted = try #require(letters.first { $0.traps.bulletNumbering })
        let bulletParts = try Self.parts(DOCXWriter().data(for: bulleted))
        #expect(bulletParts["word/numbering.xml"] != nil)
        let bulletXML = String(decoding: try #require(bulletParts["word/document.xml"]), as: UTF8.self)
        #expect(bulletXML.contains("<w:pStyle w:val=\"ListBullet\"/>"))
    }

    @Test func lettersWithoutTrapsHaveNone() throws {
        let plain = CorpusGenerator(options: CorpusOptions(count: 10, seed: 4, trapRate: 0)).letters()
        for letter in plain {
            #expect(letter.traps.isEmpty)
            let parts = try Self.parts(DOCXWriter().data(for: letter))
            let xml = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
            #expect(!xml.contains("<w:br/>") && !xml.contains("<w:del ") && !xml.contains("<w:ins "))
            #expect(parts["word/footer1.xml"] == nil && parts["word/numbering.xml"] == nil)
        }
    }
}
