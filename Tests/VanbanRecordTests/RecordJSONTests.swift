import Testing
@testable import VanbanRecord

@Suite struct RecordJSONTests {
    @Test func failedRecordWritesEveryFieldInContractOrder() {
        let record = Record.failed(Source(file: "a.pdf", path: "in/a.pdf", format: "pdf", bytes: 0), code: "empty", message: "0 bytes")
        let line = record.jsonLine
        let keys = ["\"source\"", "\"status\"", "\"error\"", "\"warnings\"", "\"type\"", "\"number\"", "\"date\"", "\"place\"",
                    "\"subject\"", "\"issuer\"", "\"signer\"", "\"addressees\"", "\"distribution\"", "\"citations\"",
                    "\"targets\"", "\"signature\""]
        var last = line.startIndex
        for key in keys {
            let range = line.range(of: key, range: last..<line.endIndex)
            #expect(range != nil, "missing \(key)")
            if let range { last = range.upperBound }
        }
        #expect(line.contains("\"type\":null"))
        #expect(line.contains("\"citations\":[]"))
        #expect(line.contains("\"status\":\"failed\""))
    }

    @Test func roundTripsThroughJSONText() throws {
        var record = Record(source: Source(file: "kh.docx", path: "kh.docx", sha256: "ab", format: "docx", bytes: 10))
        record.type = "ke-hoach"
        record.number = DocumentNumber(raw: "170/KH-CSĐTNTMT", seq: "170", year: nil, symbol: "KH-CSĐTNTMT")
        record.subject = "Tổ chức phong trào thi đua “Sơn La chung tay vì người nghèo”\nTab\t\"quoted\""
        record.citations = [Citation(type: "ke-hoach", number: "84/KH-UBND", title: nil, date: "2017-05-15", issuer: "UBND tỉnh",
                                     subject: nil, relation: "implements", mentions: [Mention(offset: 412, text: "Kế hoạch số 84/KH-UBND")])]
        record.targets = [Target(text: "GRDP tăng 7,5%", metric: "GRDP", value: 7.5, unit: "%", comparison: "tăng")]
        let parsed = try Record(json: JSONValue.parse(record.jsonLine))
        #expect(parsed == record)
        #expect(record.jsonLine.contains("\"value\":7.5"))
        #expect(record.jsonLine.contains("\"offset\":412"))
    }

    @Test func rejectsMalformedJSON() {
        #expect(throws: (any Error).self) { try JSONValue.parse("{\"a\": [1, 2}") }
        #expect(throws: (any Error).self) { try JSONValue.parse("{\"a\": 1} x") }
    }
}
