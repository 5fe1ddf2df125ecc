/// How often each kind of letter is written, overall and by each level of body.
enum KindWeights {
    /// Share of each kind in a mixed corpus.
    static let overall: [(String, Int)] = [
        ("cong-van", 24), ("ke-hoach", 17), ("quyet-dinh", 13), ("bao-cao", 10), ("nghi-quyet", 9),
        ("to-trinh", 8), ("thong-bao", 7), ("chi-thi", 6), ("huong-dan", 6),
    ]

    /// Weight of a body of this level as issuer, per kind (0: never).
    static let byLevel: [IssuingBody.Level: [String: Int]] = [
        .provinceCommittee: ["cong-van": 30, "ke-hoach": 20, "quyet-dinh": 30, "chi-thi": 12, "thong-bao": 12, "bao-cao": 8, "to-trinh": 4],
        .districtCommittee: ["cong-van": 8, "ke-hoach": 5, "quyet-dinh": 5, "chi-thi": 2, "thong-bao": 3, "bao-cao": 5, "to-trinh": 4],
        .department: ["cong-van": 6, "ke-hoach": 4, "quyet-dinh": 2, "thong-bao": 2, "bao-cao": 3, "to-trinh": 4, "huong-dan": 4],
        .serviceUnit: ["cong-van": 4, "ke-hoach": 4, "quyet-dinh": 2, "bao-cao": 3, "to-trinh": 2, "thong-bao": 1],
        .provinceParty: ["nghi-quyet": 30, "chi-thi": 10, "ke-hoach": 10, "thong-bao": 8, "bao-cao": 6, "cong-van": 10, "huong-dan": 2],
        .districtParty: ["nghi-quyet": 6, "ke-hoach": 3, "bao-cao": 3, "cong-van": 3, "chi-thi": 1, "thong-bao": 2],
        .partyBloc: ["nghi-quyet": 8, "ke-hoach": 4, "bao-cao": 3, "cong-van": 3, "huong-dan": 3, "thong-bao": 2],
        .partyCommittee: ["nghi-quyet": 2, "ke-hoach": 1, "bao-cao": 1, "cong-van": 1],
        .partyBoard: ["huong-dan": 10, "ke-hoach": 5, "cong-van": 5, "bao-cao": 3],
    ]

    /// Whose earlier letters a body carries out: its superiors, then itself.
    static let superiors: [IssuingBody.Level: [IssuingBody.Level]] = [
        .provinceCommittee: [.provinceParty, .provinceCommittee],
        .districtCommittee: [.provinceCommittee, .districtParty, .districtCommittee],
        .department: [.provinceCommittee, .provinceParty, .department],
        .serviceUnit: [.department, .provinceCommittee, .serviceUnit],
        .provinceParty: [.provinceParty],
        .districtParty: [.provinceParty, .districtParty],
        .partyBloc: [.provinceParty, .partyBloc],
        .partyCommittee: [.partyBloc, .provinceParty, .partyCommittee],
        .partyBoard: [.provinceParty, .partyBoard],
    ]
}
