import Testing
@testable import VanbanCorpus

@Suite("Archive and citations")
struct ArchiveTests {
    let letters = Fixtures.archive

    @Test func lettersAreInDateOrder() {
        #expect(zip(letters, letters.dropFirst()).allSatisfy { $0.date <= $1.date })
        #expect(letters.enumerated().allSatisfy { $0.offset == $0.element.index })
    }

    @Test func citationsOfTheArchivePointToEarlierLettersOfTheSameProvince() {
        var cited = 0
        for letter in letters {
            for citation in letter.citations {
                guard let target = citation.document.letterIndex else { continue }
                cited += 1
                let earlier = letters[target]
                #expect(target < letter.index)
                #expect(earlier.date < letter.date)
                #expect(earlier.issuer.province == letter.issuer.province)
                #expect(citation.document.number == earlier.number.raw)
                #expect(citation.document.kind == earlier.kind)
                #expect(citation.document.date == earlier.date)
            }
        }
        #expect(cited > letters.count / 2)
    }

    @Test func citedOutsideDocumentsAreOlderThanTheLetter() {
        for letter in letters {
            for citation in letter.citations {
                if let date = citation.document.date { #expect(date < letter.date, "\(letter.number.raw) cites a later document") }
            }
        }
    }

    @Test func chainsRunSeveralLettersDeep() {
        var depth: [Int: Int] = [:]
        for letter in letters {
            depth[letter.index] = letter.citations.compactMap { $0.document.letterIndex }.map { (depth[$0] ?? 0) + 1 }.max() ?? 0
        }
        #expect((depth.values.max() ?? 0) >= 3)
    }

    @Test func theSameNumberNamesDocumentsOfDifferentYearsAndSuchNumbersAreCited() {
        var years: [String: Set<Int>] = [:]
        for letter in letters { years["\(letter.issuer.province)|\(letter.number.raw)", default: []].insert(letter.date.year) }
        let recurring = Set(years.filter { $0.value.count > 1 }.keys)
        #expect(!recurring.isEmpty)
        let citedRecurring = letters.flatMap { letter in
            letter.citations.filter { $0.document.letterIndex != nil && recurring.contains("\(letter.issuer.province)|\($0.document.number ?? "")") }
        }
        #expect(!citedRecurring.isEmpty)
    }

    @Test func stateSequencesRestartEachYearAndRise() {
        var last: [String: (year: Int, seq: Int)] = [:]
        for letter in letters where !letter.issuer.isParty && letter.number.year == nil {
            let seq = Int(letter.number.seq ?? "") ?? -1
            let key = "\(letter.issuer.key)|\(letter.number.symbol ?? "")"
            if let previous = last[key], previous.year == letter.date.year {
                #expect(seq > previous.seq, "\(letter.number.raw) after \(previous.seq) in \(letter.date.year)")
            }
            last[key] = (letter.date.year, seq)
        }
    }

    @Test func numbersHaveTheShapeOfTheirBody() {
        for letter in letters {
            let raw = letter.number.raw
            if letter.issuer.isParty {
                #expect(raw.contains("-\(letter.kind.partySymbol)/\(letter.issuer.code)"))
                #expect(letter.numberLine.hasPrefix("Số \(raw)") || letter.numberLine == "Số: \(raw)")
            } else if letter.kind == .congVan {
                #expect(raw.contains("/\(letter.issuer.code)-"))
            } else {
                #expect(raw.hasSuffix("\(letter.kind.symbol ?? "")-\(letter.issuer.code)"))
            }
        }
    }

    @Test func theCorpusVariesKindsIssuersAndSigningForms() {
        #expect(Set(letters.map(\.kind)).count == LetterKind.written.count)
        #expect(Set(letters.map(\.issuer.level)).count >= 8)
        #expect(Set(letters.compactMap(\.signature.authority)).isSuperset(of: ["TM", "KT", "TL", "TUQ"]))
        #expect(Set(letters.map(\.issuer.province)).count >= 5)
        let mentions = letters.flatMap { $0.citations.flatMap(\.places).map(\.text) }
        #expect(mentions.contains { $0.contains(" tháng ") })
        #expect(mentions.contains { $0.contains(", ngày ") })
        #expect(mentions.contains { $0.hasPrefix("Luật ") && !$0.contains("ngày") })
        #expect(mentions.contains { $0.hasPrefix("số ") })
    }
}
