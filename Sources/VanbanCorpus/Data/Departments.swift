/// A provincial department (Sở): name, number code and drafting units.
struct DepartmentEntry: Sendable {
    let name: String
    let code: String
    let units: [String]
    /// Its unit heads who sign TUQ. ("Trưởng phòng Tổ chức cán bộ").
    let unitHead: String
}

/// Provincial departments and the service units (Trung tâm, Cơ sở) under them.
enum Departments {
    static let all: [DepartmentEntry] = [
        DepartmentEntry(name: "Sở Nội vụ", code: "SNV", units: ["VP", "TCBC", "CCVC", "TĐKT"], unitHead: "Trưởng phòng Tổ chức, biên chế"),
        DepartmentEntry(name: "Sở Tài chính", code: "STC", units: ["VP", "QLNS", "TCĐT", "QLG"], unitHead: "Trưởng phòng Quản lý ngân sách"),
        DepartmentEntry(name: "Sở Kế hoạch và Đầu tư", code: "SKHĐT", units: ["VP", "TH", "ĐKKD", "KTĐN"], unitHead: "Trưởng phòng Tổng hợp"),
        DepartmentEntry(name: "Sở Y tế", code: "SYT", units: ["VP", "NVY", "KHTC", "TCCB"], unitHead: "Trưởng phòng Nghiệp vụ Y"),
        DepartmentEntry(name: "Sở Giáo dục và Đào tạo", code: "SGDĐT", units: ["VP", "GDTrH", "GDTX", "KHTC"], unitHead: "Trưởng phòng Giáo dục Trung học"),
        DepartmentEntry(name: "Sở Lao động - Thương binh và Xã hội", code: "SLĐTBXH", units: ["VP", "LĐVL", "BTXH", "GDNN"], unitHead: "Trưởng phòng Lao động - Việc làm"),
        DepartmentEntry(name: "Sở Nông nghiệp và Phát triển nông thôn", code: "SNN", units: ["VP", "KHTC", "TL", "PTNT"], unitHead: "Trưởng phòng Kế hoạch - Tài chính"),
        DepartmentEntry(name: "Sở Tài nguyên và Môi trường", code: "STNMT", units: ["VP", "QLĐĐ", "MT", "TNN"], unitHead: "Trưởng phòng Quản lý đất đai"),
        DepartmentEntry(name: "Sở Thông tin và Truyền thông", code: "STTTT", units: ["VP", "CNTT", "BCVT", "TTBCXB"], unitHead: "Trưởng phòng Công nghệ thông tin"),
        DepartmentEntry(name: "Sở Văn hóa, Thể thao và Du lịch", code: "SVHTTDL", units: ["VP", "QLVH", "QLDL", "QLTDTT"], unitHead: "Trưởng phòng Quản lý du lịch"),
        DepartmentEntry(name: "Sở Giao thông vận tải", code: "SGTVT", units: ["VP", "QLCL", "KHTC", "QLVT"], unitHead: "Trưởng phòng Quản lý vận tải"),
        DepartmentEntry(name: "Sở Tư pháp", code: "STP", units: ["VP", "PBGDPL", "HCTP", "XDKTVB"], unitHead: "Trưởng phòng Phổ biến, giáo dục pháp luật"),
        DepartmentEntry(name: "Sở Công Thương", code: "SCT", units: ["VP", "QLTM", "QLCN", "QLNL"], unitHead: "Trưởng phòng Quản lý thương mại"),
    ]

    /// Offices of a district's people's committee.
    static let districtOffices = [
        "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin",
        "Phòng Lao động - Thương binh và Xã hội", "Phòng Tài nguyên và Môi trường", "Phòng Giáo dục và Đào tạo",
    ]

    /// Service units: (name, code, parent department code, drafting units).
    static let serviceUnits: [(name: String, code: String, parent: String, units: [String])] = [
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "TTKSBT", "SYT", ["TCHC", "KHNV"]),
        ("Cơ sở Điều trị nghiện ma túy tỉnh", "CSĐTNMT", "SLĐTBXH", ["TCHCKT", "YT"]),
        ("Trung tâm Dịch vụ việc làm", "TTDVVL", "SLĐTBXH", ["HCTH", "TVGTVL"]),
        ("Trung tâm Công nghệ thông tin và Truyền thông", "TTCNTT", "STTTT", ["HCTH", "KT"]),
        ("Trung tâm Khuyến nông", "TTKN", "SNN", ["HCTH", "KTKN"]),
        ("Trung tâm Phát triển quỹ đất", "TTPTQĐ", "STNMT", ["HCTH", "KTĐC"]),
        ("Trung tâm Trợ giúp pháp lý nhà nước", "TTTGPL", "STP", ["HCTH", "NV"]),
        ("Trung tâm Văn hóa, Điện ảnh tỉnh", "TTVHĐA", "SVHTTDL", ["HCTH", "NV"]),
    ]
}
