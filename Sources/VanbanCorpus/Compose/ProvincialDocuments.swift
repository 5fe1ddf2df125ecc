/// Provincial documents that letters cite but the corpus does not contain: the HĐND's
/// yearly resolution on the socio-economic plan, the decision organising a department.
/// Each is fixed by the corpus seed and its label, so every letter cites the same one.
struct ProvincialDocuments {
    let seed: UInt64

    /// "Nghị quyết số 142/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2024".
    func councilResolution(province: String, forYear year: Int) -> CitedDocument {
        var rng = SeededRandom(seed: seed, label: "HĐND|\(province)|\(year)")
        let date = CalendarDate(year: year - 1, month: 12, day: rng.int(5...12))
        return CitedDocument(kind: .nghiQuyet, number: "\(rng.int(40...190))/NQ-HĐND", title: nil, date: date,
                             issuerNames: ["HĐND tỉnh", "Hội đồng nhân dân tỉnh", "HĐND tỉnh \(province)"],
                             subject: "kế hoạch phát triển kinh tế - xã hội năm \(year)")
    }

    /// "Quyết định số 25/2021/QĐ-UBND ngày ... của UBND tỉnh quy định chức năng, nhiệm vụ ... của Sở Nội vụ".
    func organisationDecision(for body: IssuingBody) -> CitedDocument {
        var rng = SeededRandom(seed: seed, label: "TCBM|\(body.key)")
        let year = rng.int(2016...2020)
        let date = CalendarDate(year: year, dayOfYear: rng.int(20...340))
        let seq = rng.int(8...45)
        return CitedDocument(kind: .quyetDinh, number: "\(seq < 10 ? "0" : "")\(seq)/\(year)/QĐ-UBND", title: nil, date: date,
                             issuerNames: ["UBND tỉnh", "Ủy ban nhân dân tỉnh \(body.province)"],
                             subject: "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của \(body.name)")
    }
}
