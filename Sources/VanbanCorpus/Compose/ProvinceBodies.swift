/// The issuing bodies of one province, each with its signers, built once per corpus.
struct ProvinceBodies: Sendable {
    let province: ProvinceEntry
    let all: [IssuingBody]

    var committee: IssuingBody { all.first { $0.level == .provinceCommittee }! }
    var partyCommittee: IssuingBody { all.first { $0.level == .provinceParty }! }

    func body(key: String) -> IssuingBody? {
        all.first { $0.key == key }
    }

    init(_ province: ProvinceEntry, using rng: inout SeededRandom) {
        self.province = province
        let p = province.name
        let P = p.uppercased()
        var bodies: [IssuingBody] = []
        var namer = PersonNamer()

        func make(key: String, level: IssuingBody.Level, name: String, header: [String], parent: String?,
                  parentHeader: [String], code: String, units: [String], place: String, head: String, deputy: String,
                  office: String, collective: String?, selfName: String, citedAs: [String], sector: String?) {
            let deputies = (0..<rng.int(1...3)).map { _ in namer.name(using: &rng) }
            bodies.append(IssuingBody(
                key: "\(p)/\(key)", level: level, name: name, headerLines: header, parent: parent,
                parentHeaderLines: parentHeader, code: code, units: units, isParty: level.isParty, place: place,
                province: p, head: head, deputy: deputy, office: office, collective: collective, selfName: selfName,
                citedAs: citedAs, sector: sector, headName: namer.name(using: &rng), deputyNames: deputies,
                officeName: namer.name(using: &rng)))
        }

        let committeeHeader = rng.chance(0.5) ? ["ỦY BAN NHÂN DÂN", "TỈNH \(P)"] : ["ỦY BAN NHÂN DÂN TỈNH \(P)"]
        make(key: "UBND", level: .provinceCommittee, name: "Ủy ban nhân dân tỉnh \(p)", header: committeeHeader,
             parent: nil, parentHeader: [], code: "UBND", units: ["VP", "KT", "KTN", "VX", "NC", "TH"], place: p,
             head: "Chủ tịch", deputy: "Phó Chủ tịch", office: "Chánh Văn phòng", collective: "Ủy ban nhân dân",
             selfName: "Ủy ban nhân dân tỉnh", citedAs: ["UBND tỉnh", "Ủy ban nhân dân tỉnh", "UBND tỉnh \(p)"], sector: nil)

        for d in province.districts {
            make(key: "UBND-\(d.name)", level: .districtCommittee, name: "Ủy ban nhân dân \(d.kind) \(d.name)",
                 header: ["ỦY BAN NHÂN DÂN", "\(d.kind.uppercased()) \(d.name.uppercased())"], parent: nil, parentHeader: [],
                 code: "UBND", units: ["VP", "TCKH", "NV", "LĐTBXH", "TNMT"], place: d.name, head: "Chủ tịch",
                 deputy: "Phó Chủ tịch", office: "Chánh Văn phòng", collective: "Ủy ban nhân dân",
                 selfName: "Ủy ban nhân dân \(d.kind)",
                 citedAs: ["UBND \(d.kind) \(d.name)", "Ủy ban nhân dân \(d.kind) \(d.name)"], sector: nil)
            let partyName = d.kind == "huyện" ? "Huyện ủy" : (d.kind == "thị xã" ? "Thị ủy" : "Thành ủy")
            let partyCode = d.kind == "huyện" ? "HU" : (d.kind == "thị xã" ? "TXU" : "ThU")
            make(key: "\(partyCode)-\(d.name)", level: .districtParty, name: "\(partyName) \(d.name)",
                 header: ["\(partyName.uppercased()) \(d.name.uppercased())"], parent: "Đảng bộ tỉnh \(p)",
                 parentHeader: ["ĐẢNG BỘ TỈNH \(P)"], code: partyCode, units: ["VP", "BTG", "BTC"], place: d.name,
                 head: "Bí thư", deputy: "Phó Bí thư", office: "Chánh Văn phòng", collective: "Ban Thường vụ",
                 selfName: "Ban Thường vụ \(partyName)", citedAs: ["\(partyName) \(d.name)", "Ban Thường vụ \(partyName) \(d.name)"],
                 sector: nil)
        }

        let parentShort = rng.chance(0.25)
        for dep in Departments.all {
            let withProvince = rng.chance(0.2)
            let name = withProvince ? "\(dep.name) \(p)" : dep.name
            make(key: dep.code, level: .department, name: name, header: Self.split(name.uppercased()),
                 parent: parentShort ? "UBND tỉnh \(p)" : "Ủy ban nhân dân tỉnh \(p)",
                 parentHeader: [parentShort ? "UBND TỈNH \(P)" : "ỦY BAN NHÂN DÂN TỈNH \(P)"],
                 code: dep.code, units: dep.units, place: p, head: "Giám đốc", deputy: "Phó Giám đốc",
                 office: rng.chance(0.5) ? "Chánh Văn phòng" : dep.unitHead, collective: nil, selfName: dep.name,
                 citedAs: [dep.name, "\(dep.name) tỉnh \(p)"], sector: dep.code)
            make(key: "ĐU-\(dep.code)", level: .partyCommittee, name: "Đảng ủy \(dep.name)",
                 header: Self.split("ĐẢNG ỦY \(dep.name.uppercased())"), parent: "Đảng bộ Khối các cơ quan tỉnh",
                 parentHeader: ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"], code: "ĐU", units: ["VP"], place: p,
                 head: "Bí thư", deputy: "Phó Bí thư", office: "Chánh Văn phòng", collective: "Đảng ủy",
                 selfName: "Đảng ủy \(dep.name)", citedAs: ["Đảng ủy \(dep.name)"], sector: dep.code)
        }
        for unit in Departments.serviceUnits {
            guard let dep = Departments.all.first(where: { $0.code == unit.parent }) else { continue }
            make(key: unit.code, level: .serviceUnit, name: unit.name, header: Self.split(unit.name.uppercased()),
                 parent: dep.name, parentHeader: Self.split(dep.name.uppercased()), code: unit.code, units: unit.units,
                 place: p, head: "Giám đốc", deputy: "Phó Giám đốc", office: "Trưởng phòng Tổ chức - Hành chính",
                 collective: nil, selfName: unit.name, citedAs: [unit.name], sector: unit.parent)
        }

        make(key: "TU", level: .provinceParty, name: "Tỉnh ủy \(p)", header: ["TỈNH ỦY \(P)"], parent: nil,
             parentHeader: [], code: "TU", units: ["VPTU", "BTGTU", "BTCTU"], place: p, head: "Bí thư",
             deputy: "Phó Bí thư", office: "Chánh Văn phòng", collective: "Ban Thường vụ",
             selfName: "Ban Thường vụ Tỉnh ủy", citedAs: ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy \(p)"], sector: nil)
        make(key: "ĐUK", level: .partyBloc, name: "Đảng ủy Khối các cơ quan tỉnh",
             header: ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], parent: "Đảng bộ tỉnh \(p)", parentHeader: ["ĐẢNG BỘ TỈNH \(P)"],
             code: "ĐUK", units: ["VP", "BTG"], place: p, head: "Bí thư", deputy: "Phó Bí thư",
             office: "Chánh Văn phòng", collective: "Ban Thường vụ", selfName: "Ban Thường vụ Đảng ủy Khối",
             citedAs: ["Đảng ủy Khối các cơ quan tỉnh", "Ban Thường vụ Đảng ủy Khối"], sector: nil)
        for (board, code) in [("Ban Tuyên giáo", "BTGTU"), ("Ban Dân vận", "BDVTU"), ("Ban Tổ chức", "BTCTU")] {
            make(key: code, level: .partyBoard, name: board, header: [board.uppercased()], parent: "Tỉnh ủy \(p)",
                 parentHeader: ["TỈNH ỦY \(P)"], code: code, units: ["VP"], place: p, head: "Trưởng ban",
                 deputy: "Phó Trưởng ban", office: "Chánh Văn phòng", collective: nil, selfName: "\(board) Tỉnh ủy",
                 citedAs: ["\(board) Tỉnh ủy"], sector: nil)
        }
        all = bodies
    }

    /// Splits a long header line in two near its middle, as letterheads do, preferring a cut
    /// after a comma, before "VÀ" or between two-syllable words, and never beside a dash.
    static func split(_ line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        guard line.count > 30, words.count > 2 else { return [line] }
        var best = 1, bestScore = Int.max
        let head = words[0] == "SỞ" ? 1 : 2
        for cut in 1..<words.count where words[cut] != "-" && words[cut - 1] != "-" {
            let left = words[..<cut].joined(separator: " ").count
            var score = abs(left - (line.count - left))
            if words[cut] == "VÀ" || words[cut - 1].hasSuffix(",") { score -= 12 }
            // Names are mostly two-syllable words after a one-word ("SỞ") or two-word head ("TRUNG TÂM").
            if cut > head, (cut - head) % 2 == 0 { score -= 6 }
            if score < bestScore { best = cut; bestScore = score }
        }
        return [words[..<best].joined(separator: " "), words[best...].joined(separator: " ")]
    }
}
