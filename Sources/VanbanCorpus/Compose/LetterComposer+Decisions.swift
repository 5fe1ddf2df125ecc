extension LetterComposer {
    /// Quyết định: "Căn cứ" lines, the proposal it answers, "QUYẾT ĐỊNH:", articles.
    mutating func writeQuyetDinh() {
        let state = !issuer.isParty
        var basis = Array(sources.laws.prefix(state ? rng.int(1...2) : 0))
        basis += sources.provincial.prefix(1)
        basis += sources.implemented.prefix(1)
        basisLines(Self.distinct(basis))
        if let proposal = sources.proposal {
            var p = ParagraphBuilder("Theo đề nghị của \(proposalAuthor(proposal)) tại ")
            phraser.full(proposal, into: &p, relation: "mentions", issuer: false, subject: false)
            p.append(".")
            emit(.paragraph, p)
        } else {
            let proposer: String
            switch issuer.level {
            case .provinceCommittee: proposer = rng.pick(["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc \(leadUnit)"])
            case .districtCommittee: proposer = rng.pick(["Chánh Văn phòng HĐND và UBND \(districtKind)", "Trưởng phòng Nội vụ"])
            case .department: proposer = "Chánh Văn phòng Sở"
            case .serviceUnit: proposer = "Trưởng phòng Tổ chức - Hành chính"
            default: proposer = "Chánh Văn phòng"
            }
            paragraph("Theo đề nghị của \(proposer).")
        }
        emit(.centered, ParagraphBuilder("QUYẾT ĐỊNH:"))
        var article = 1
        func lead(_ n: Int) -> String { "Điều \(n)." }
        if subject.hasPrefix("giao chỉ tiêu") || subject.hasPrefix("phê duyệt") {
            emit(.article, ParagraphBuilder("\(lead(article)) \(Self.upperFirst(subject)) với các chỉ tiêu chủ yếu sau:"), lead: lead(article))
            targetItems(rng.int(2...4))
        } else if subject.hasPrefix("kiện toàn") {
            emit(.article, ParagraphBuilder("\(lead(article)) \(Self.upperFirst(subject)), gồm các thành viên sau:"), lead: lead(article))
            var namer = PersonNamer()
            let roles = ["Trưởng ban", "Phó Trưởng ban", "Thành viên", "Thành viên"]
            let district = issuer.level == .districtCommittee
            let offices = district ? Departments.districtOffices : Departments.all.map(\.name)
            for (i, role) in roles.enumerated() {
                let person = namer.person(using: &rng)
                let title = i == 0 ? issuer.deputy : "đại diện lãnh đạo \(rng.pick(offices))"
                item("\(person.female ? "Bà" : "Ông") \(person.name), \(title) - \(role)", last: i == roles.count - 1)
            }
        } else {
            emit(.article, ParagraphBuilder("\(lead(article)) Ban hành kèm theo Quyết định này \(Self.upperFirst(String(subject.dropFirst("ban hành ".count))))."), lead: lead(article))
        }
        article += 1
        var p = ParagraphBuilder("\(lead(article)) Giao \(leadUnit) chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện")
        if let reference = (sources.implemented + sources.central).first {
            p.append(", bảo đảm phù hợp với ")
            phraser.short(reference, into: &p, relation: "mentions")
        }
        p.append(".")
        emit(.article, p, lead: lead(article))
        article += 1
        var q = ParagraphBuilder("\(lead(article)) Quyết định này có hiệu lực kể từ ngày ký")
        if let replaced = sources.related.first(where: { $0.kind == .quyetDinh }) {
            q.append(" và thay thế ")
            phraser.full(replaced, into: &q, relation: "mentions", issuer: rng.chance(0.5))
        }
        q.append(".")
        emit(.article, q, lead: lead(article))
        article += 1
        emit(.article, ParagraphBuilder("\(lead(article)) Chánh Văn phòng, \(leadUnit), Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."), lead: lead(article))
    }

    /// Who signed a tờ trình, as the decision names them ("Giám đốc Sở Nội vụ").
    func proposalAuthor(_ proposal: CitedDocument) -> String {
        let body = proposal.issuerNames.first ?? "cơ quan chuyên môn"
        if body.hasPrefix("Sở") || body.hasPrefix("Trung tâm") || body.hasPrefix("Cơ sở") { return "Giám đốc \(body)" }
        if body.hasPrefix("UBND") || body.hasPrefix("Ủy ban") { return "Chủ tịch \(body)" }
        return body
    }

    /// Chỉ thị: the situation (figures that are not targets), what it rests on, orders with chỉ tiêu inline.
    mutating func writeChiThi() {
        let who = issuer.isParty ? issuer.selfName : "Chủ tịch \(issuer.name)"
        paragraph("Thời gian qua, \(topic.activity) trên địa bàn đã đạt được nhiều kết quả quan trọng. "
                  + targetPhraser.result(rng.pick(topic.metrics), year: date.year - 1) + ". "
                  + rng.pick(CommonPhrases.shortcomings) + ".")
        let aim = Self.lowerFirst(rng.pick(topic.aims))
        if !sources.leading.isEmpty {
            var p = ParagraphBuilder("Để \(aim), thực hiện ")
            phraser.list(Self.distinct(sources.leading + Array(sources.central.prefix(1))), into: &p, relation: "implements")
            p.append(", \(who) yêu cầu:")
            emit(.paragraph, p)
        } else {
            paragraph("Để \(aim), \(who) yêu cầu:")
        }
        let chiefs = issuer.isParty ? CommonPhrases.chiefs[2] : CommonPhrases.chiefs[issuer.level == .districtCommittee ? 1 : 0]
        paragraph("1. \(chiefs):")
        let tasks = rng.sample(topic.tasks, 3)
        for (i, task) in tasks.enumerated() { item(Self.lowerFirst(task), last: i == tasks.count - 1) }
        paragraph("2. Phấn đấu hoàn thành các chỉ tiêu: \(inlineTargets(rng.int(2...3))).")
        paragraph("3. \(leadUnit) chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này; tổng hợp, báo cáo \(superiorShort) \(deadline()).")
        paragraph("Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện Chỉ thị này./.")
    }

    /// Thông báo (kết luận): the meeting (a date that is no citation), conclusions, tasks.
    mutating func writeThongBao() {
        let leader = issuer.isParty ? "Thường trực \(issuer.name)" : "\(issuer.head) \(issuer.name)"
        let meeting = date.adding(days: -rng.int(2...9))
        let when = rng.chance(0.5) ? DateStyle.slash.format(meeting) : DateStyle.words.format(meeting)
        let byHead = rng.chance(0.5)
        let chair = byHead ? issuer.headName : rng.pick(issuer.deputyNames)
        let role = (byHead ? issuer.head : issuer.deputy) + " " + issuer.name
        let attendees: String
        switch issuer.level {
        case .provinceCommittee: attendees = CommonPhrases.attendees[0]
        case .districtCommittee: attendees = CommonPhrases.attendees[1]
        case .department, .serviceUnit: attendees = CommonPhrases.attendees[2]
        default: attendees = CommonPhrases.attendees[3]
        }
        paragraph("Ngày \(when), đồng chí \(chair), \(role) chủ trì cuộc họp về \(topic.activity). Tham dự có \(attendees).")
        paragraph("Sau khi nghe \(leadUnit) báo cáo và ý kiến của các đại biểu dự họp, \(leader) kết luận như sau:")
        subheading("1. Đánh giá chung")
        paragraph(targetPhraser.result(rng.pick(topic.metrics), year: date.year - 1) + ". " + rng.pick(CommonPhrases.shortcomings) + ".")
        subheading("2. Nhiệm vụ trong thời gian tới")
        if let first = sources.leading.first {
            var p = ParagraphBuilder("Tiếp tục triển khai nghiêm túc ")
            phraser.full(first, into: &p, relation: "implements")
            p.append(".")
            emit(.paragraph, p)
        }
        let tasks = rng.sample(topic.tasks, 2)
        for (i, task) in tasks.enumerated() { item(task, last: i == tasks.count - 1) }
        if rng.chance(0.5) {
            paragraph("Phấn đấu đến cuối năm \(date.year):")
            targetItems(rng.int(1...2))
        }
        paragraph("Văn phòng thông báo ý kiến kết luận của \(leader) để các cơ quan, đơn vị biết, thực hiện./.")
    }
}
