extension LetterComposer {
    /// Công văn: "Kính gửi", what it carries out, numbered requests, sometimes chỉ tiêu, a closing request.
    mutating func writeCongVan(_ inline: inout Bool) {
        addressDownward()
        inline = addressees.count == 1 && rng.chance(0.7)
        let me = issuer.selfName
        let ask = rng.pick(["đề nghị các cơ quan, đơn vị triển khai thực hiện một số nội dung sau:",
                            "đề nghị các đơn vị quan tâm, thực hiện tốt một số nội dung sau:",
                            "có ý kiến như sau:"])
        let leading = sources.leading
        if !leading.isEmpty, rng.chance(0.85) {
            if !sources.implemented.isEmpty, sources.implemented[0].kind == .congVan, rng.chance(0.4) {
                var p = ParagraphBuilder("Theo đề nghị tại ")
                phraser.full(sources.implemented[0], into: &p, relation: "mentions")
                p.append(", \(me) \(ask)")
                emit(.paragraph, p)
            } else {
                implementing(leading, then: "\(me) \(ask)")
            }
        } else {
            paragraph("Nhằm \(Self.lowerFirst(rng.pick(topic.aims))), \(me) \(ask)")
        }
        var n = 1
        for task in rng.sample(topic.tasks, rng.int(2...3)) {
            paragraph("\(n). \(task).")
            n += 1
        }
        if let outside = fresh(sources.central + sources.laws) {
            var p = ParagraphBuilder("\(n). Thực hiện nghiêm các quy định tại ")
            phraser.full(outside, into: &p, relation: "mentions", subject: rng.chance(0.5))
            p.append(" và các văn bản hướng dẫn có liên quan.")
            emit(.paragraph, p)
            n += 1
        }
        if rng.chance(0.45) {
            paragraph("\(n). Phấn đấu hoàn thành các chỉ tiêu sau:")
            targetItems(rng.int(1...3))
            n += 1
        }
        var close = ParagraphBuilder()
        if let first = sources.implemented.first, rng.chance(0.5) {
            close.append("Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện ")
            phraser.short(first, into: &close, relation: "implements")
            close.append(" và nội dung Công văn này; ")
        } else {
            close.append("Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện; ")
        }
        if rng.chance(0.4) {
            close.append("trong quá trình thực hiện, nếu có khó khăn, vướng mắc, liên hệ \(leadUnit) (điện thoại: 0\(rng.int(203...299)).\(rng.int(3800...3899)).\(rng.int(100...999))) để được hướng dẫn./.")
        } else {
            close.append("báo cáo kết quả về \(me) \(deadline()) để tổng hợp./.")
        }
        emit(.paragraph, close)
    }

    /// Báo cáo: upward recipient, what was asked, results (figures that are not targets),
    /// shortcomings, the coming year's chỉ tiêu, proposals.
    mutating func writeBaoCao(_ inline: inout Bool) {
        let to = addressUpward()
        inline = true
        let me = issuer.selfName
        let year = date.year - 1
        let leading = sources.leading
        if !leading.isEmpty {
            implementing(leading, then: "\(me) báo cáo kết quả \(topic.activity) năm \(year) như sau:")
        } else {
            paragraph("\(me) báo cáo kết quả \(topic.activity) năm \(year) như sau:")
        }
        heading("I. KẾT QUẢ THỰC HIỆN")
        subheading("1. Công tác lãnh đạo, chỉ đạo")
        if !sources.related.isEmpty {
            var p = ParagraphBuilder("\(me) đã ban hành ")
            phraser.list(sources.related, into: &p, relation: "mentions")
            p.append("; chỉ đạo các cơ quan, đơn vị triển khai đồng bộ các nhiệm vụ được giao.")
            emit(.paragraph, p)
        } else {
            paragraph("\(me) đã kịp thời ban hành văn bản chỉ đạo, hướng dẫn các cơ quan, đơn vị triển khai thực hiện.")
        }
        subheading("2. Kết quả đạt được")
        for metric in rng.sample(topic.metrics, rng.int(1...3)) {
            paragraph(targetPhraser.result(metric, year: year) + ".")
        }
        heading("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
        paragraph(rng.pick(CommonPhrases.shortcomings) + ".")
        heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM \(date.year)")
        subheading("1. Chỉ tiêu")
        targetItems(rng.int(2...3))
        subheading("2. Nhiệm vụ, giải pháp")
        for (i, task) in rng.sample(topic.tasks, 2).enumerated() {
            paragraph("\(i == 0 ? "a" : "b")) \(task).")
        }
        heading("IV. ĐỀ XUẤT, KIẾN NGHỊ")
        paragraph(rng.pick(CommonPhrases.proposals) + ".")
        paragraph("Trên đây là báo cáo kết quả \(topic.activity) năm \(year) của \(me), kính báo cáo \(to) xem xét, chỉ đạo./.")
    }

    /// Tờ trình: upward recipient, bases, the request, its targets and content, the closing formula.
    mutating func writeToTrinh(_ inline: inout Bool) {
        let to = addressUpward()
        inline = true
        let me = issuer.selfName
        basisLines(Array(sources.laws.prefix(1)))
        if !sources.leading.isEmpty {
            implementing(sources.leading, then: "\(me) kính trình \(to) xem xét \(subject) với những nội dung chủ yếu sau:")
        } else {
            paragraph("\(me) kính trình \(to) xem xét \(subject) với những nội dung chủ yếu sau:")
        }
        subheading("1. Sự cần thiết")
        paragraph(rng.pick(topic.aims) + "; " + Self.lowerFirst(rng.pick(topic.aims)) + ".")
        subheading("2. Mục tiêu, chỉ tiêu")
        targetItems(rng.int(2...3))
        subheading("3. Nội dung chủ yếu")
        let tasks = rng.sample(topic.tasks, 3)
        for (i, task) in tasks.enumerated() { item(task, last: i == tasks.count - 1) }
        subheading("4. Kinh phí thực hiện")
        paragraph(rng.pick(CommonPhrases.funding) + ".")
        paragraph("\(me) kính trình \(to) xem xét, quyết định./.")
    }
}
