extension LetterComposer {
    /// Kế hoạch: what it carries out, purpose and requirements, chỉ tiêu, tasks, funding, organisation.
    mutating func writeKeHoach() {
        let me = issuer.selfName
        if rng.chance(0.35) { basisLines(Array(sources.laws.prefix(rng.int(1...2)))) }
        let lead = "\(me) ban hành Kế hoạch \(Self.lowerFirst(subject)) như sau:"
        if sources.leading.isEmpty {
            paragraph("Nhằm \(Self.lowerFirst(rng.pick(topic.aims))), " + lead)
        } else {
            implementing(Self.distinct(sources.leading + Array(sources.central.prefix(rng.int(0...1)))), then: lead)
        }
        heading("I. MỤC ĐÍCH, YÊU CẦU")
        subheading("1. Mục đích")
        for aim in rng.sample(topic.aims, 2) { paragraph(aim + ".") }
        subheading("2. Yêu cầu")
        for requirement in rng.sample(CommonPhrases.requirements, 2) { paragraph(requirement + ".") }
        heading("II. MỤC TIÊU, CHỈ TIÊU")
        paragraph("Phấn đấu trong năm \(date.year) hoàn thành các chỉ tiêu chủ yếu sau:")
        targetItems(rng.int(2...4))
        heading("III. NHIỆM VỤ, GIẢI PHÁP")
        let tasks = rng.sample(topic.tasks, rng.int(3...4))
        let cited = fresh(sources.central + sources.laws)
        for (i, task) in tasks.enumerated() {
            subheading("\(i + 1). \(Self.upperFirst(task))")
            if i == 1, let cited {
                var p = ParagraphBuilder("Bám sát nội dung ")
                phraser.full(cited, into: &p, relation: "mentions")
                p.append(", các cơ quan, đơn vị chủ động xây dựng nội dung, lộ trình thực hiện phù hợp với tình hình thực tế.")
                emit(.paragraph, p)
            } else {
                paragraph(rng.pick(CommonPhrases.requirements) + ".")
            }
        }
        heading("IV. KINH PHÍ THỰC HIỆN")
        paragraph(rng.pick(CommonPhrases.funding) + ".")
        heading("V. TỔ CHỨC THỰC HIỆN")
        paragraph("1. \(leadUnit) chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai Kế hoạch này; theo dõi, đôn đốc, tổng hợp kết quả, báo cáo \(superiorShort) \(deadline()).")
        var p = ParagraphBuilder("2. Các cơ quan, đơn vị căn cứ Kế hoạch này")
        if let first = sources.implemented.first {
            p.append(" và ")
            phraser.short(first, into: &p, relation: "implements")
        }
        p.append(" xây dựng kế hoạch cụ thể của cơ quan, đơn vị mình để triển khai thực hiện.")
        emit(.paragraph, p)
        paragraph("Trên đây là Kế hoạch \(Self.lowerFirst(subject)) của \(me); yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.")
    }

    /// Hướng dẫn: its basis, purpose, content (with chỉ tiêu), organisation and a contact line.
    mutating func writeHuongDan() {
        let me = issuer.selfName
        let basis = Self.distinct(sources.leading + Array(sources.central.prefix(1)))
        let grounds = basis.isEmpty ? Array(sources.laws.prefix(1)) : basis
        let lead = "\(me) hướng dẫn \(Self.lowerFirst(subject)) như sau:"
        if grounds.isEmpty {
            paragraph("Nhằm \(Self.lowerFirst(rng.pick(topic.aims))), " + lead)
        } else {
            var p = ParagraphBuilder("Căn cứ ")
            phraser.list(grounds, into: &p, relation: "basis")
            p.append("; " + lead)
            emit(.paragraph, p)
        }
        heading("I. MỤC ĐÍCH, YÊU CẦU")
        paragraph(rng.pick(topic.aims) + ".")
        paragraph(rng.pick(CommonPhrases.requirements) + ".")
        heading("II. NỘI DUNG")
        let tasks = rng.sample(topic.tasks, 3)
        for (i, task) in tasks.enumerated() {
            subheading("\(i + 1). \(Self.upperFirst(task))")
            paragraph(rng.pick(CommonPhrases.requirements) + ".")
        }
        subheading("\(tasks.count + 1). Chỉ tiêu phấn đấu")
        targetItems(rng.int(1...3))
        heading("III. TỔ CHỨC THỰC HIỆN")
        paragraph("Các cơ quan, đơn vị căn cứ Hướng dẫn này tổ chức triển khai thực hiện, báo cáo kết quả về \(me) \(deadline()).")
        paragraph("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về \(me) (qua \(leadUnit)) để được hướng dẫn./.")
    }

    /// Nghị quyết (Party): the situation with last year's figures, goals and chỉ tiêu, tasks, organisation.
    mutating func writeNghiQuyet() {
        let me = issuer.selfName
        let year = date.year
        let leading = sources.leading + Array(sources.central.prefix(1))
        if !leading.isEmpty {
            var p = ParagraphBuilder("Thực hiện ")
            phraser.list(Self.distinct(leading), into: &p, relation: "implements")
            p.append(", \(me) ban hành Nghị quyết về \(Self.lowerFirst(subject)) như sau:")
            emit(.paragraph, p)
        }
        heading("I. TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN NĂM \(year - 1)")
        paragraph("Thời gian qua, \(topic.activity) tiếp tục được các cấp ủy, tổ chức đảng quan tâm lãnh đạo, đạt nhiều kết quả tích cực. "
                  + targetPhraser.result(rng.pick(topic.metrics), year: year - 1) + ".")
        paragraph(rng.pick(CommonPhrases.shortcomings) + ".")
        heading("II. MỤC TIÊU, CHỈ TIÊU")
        subheading("1. Mục tiêu chung")
        paragraph(rng.pick(topic.aims) + ".")
        subheading("2. Các chỉ tiêu chủ yếu")
        targetItems(rng.int(2...4))
        heading("III. NHIỆM VỤ, GIẢI PHÁP")
        let tasks = rng.sample(topic.tasks, 3)
        for (i, task) in tasks.enumerated() {
            if i == 2, let outside = fresh(sources.central) {
                var p = ParagraphBuilder("\(i + 1). \(task), gắn với thực hiện ")
                phraser.full(outside, into: &p, relation: "mentions")
                p.append(".")
                emit(.paragraph, p)
            } else {
                paragraph("\(i + 1). \(task).")
            }
        }
        heading("IV. TỔ CHỨC THỰC HIỆN")
        paragraph("1. Các cấp ủy, tổ chức đảng trực thuộc tổ chức quán triệt, xây dựng chương trình hành động thực hiện Nghị quyết này.")
        paragraph("2. \(leadUnit) chủ trì, phối hợp theo dõi, đôn đốc, kiểm tra việc thực hiện Nghị quyết; định kỳ báo cáo \(me)./.")
    }
}
