import VanbanRecord

extension LetterComposer {
    /// Writes the whole letter.
    mutating func compose() -> Letter {
        let signature = makeSignature()
        let authority = decisionAuthority(signature)
        var inline = false
        switch kind {
        case .congVan: writeCongVan(&inline)
        case .keHoach: writeKeHoach()
        case .quyetDinh: writeQuyetDinh()
        case .chiThi: writeChiThi()
        case .thongBao: writeThongBao()
        case .baoCao: writeBaoCao(&inline)
        case .toTrinh: writeToTrinh(&inline)
        case .huongDan: writeHuongDan()
        default: writeNghiQuyet()
        }
        let articles = blocks.filter { $0.role == .article }.count
        return Letter(
            index: index, kind: kind, topic: topic.key, issuer: issuer, number: number, numberLine: numberLine(), date: date,
            dateLine: dateLine(), subject: subject, subjectLine: subjectLine(), authorityLine: authority,
            addressees: addressees, addresseesInline: inline, blocks: blocks, signature: signature,
            distribution: makeDistribution(lastArticle: articles), archiveLine: archiveLine(),
            citations: citations, targets: targets, traps: LetterTraps())
    }

    mutating func numberLine() -> String {
        var raw = number.raw
        if !issuer.isParty, rng.chance(0.04), let dash = raw.lastIndex(of: "-") {
            raw.replaceSubrange(dash...dash, with: " - ")
        }
        if issuer.isParty { return rng.chance(0.85) ? "Số \(raw)" : "Số: \(raw)" }
        return "Số: \(raw)"
    }

    mutating func dateLine() -> String {
        let roll = rng.unit()
        let words: String
        if roll < 0.85 {
            words = DateStyle.decreeWords(date, padAllMonths: false)
        } else if roll < 0.95 {
            words = DateStyle.decreeWords(date, padAllMonths: true)
        } else {
            words = "\(date.day) tháng \(date.month) năm \(date.year)"
        }
        return "\(issuer.place), ngày \(words)"
    }

    /// The subject as printed: "V/v ..." for a công văn, "Về việc ..." for a decision or submission.
    mutating func subjectLine() -> String {
        switch kind {
        case .congVan: return "V/v " + subject
        case .quyetDinh, .toTrinh: return rng.chance(0.6) ? "Về việc " + subject : Self.upperFirst(subject)
        case .chiThi: return "Về " + subject
        case .nghiQuyet: return "về " + subject
        default: return Self.upperFirst(subject)
        }
    }

    /// The line above "Căn cứ" in a quyết định: who decides.
    func decisionAuthority(_ signature: SignatureBlock) -> String? {
        guard kind == .quyetDinh else { return nil }
        switch issuer.level {
        case .provinceCommittee, .districtCommittee:
            return signature.authority == "TM" ? issuer.name.uppercased() : "CHỦ TỊCH " + issuer.name.uppercased()
        case .department, .serviceUnit:
            return "GIÁM ĐỐC " + issuer.name.uppercased()
        default:
            return "BAN THƯỜNG VỤ " + issuer.name.uppercased()
        }
    }

    mutating func archiveLine() -> String {
        let unit = rng.pick(issuer.units)
        return rng.chance(0.3) ? "Lưu: VT, \(unit), \(rng.pick(["Th", "H", "Ng", "L", "T"]))." : "Lưu: VT, \(unit)."
    }

    /// Sets the "Kính gửi" list from the issuer's usual recipients.
    mutating func addressDownward() {
        let options = Recipients.downward[issuer.level] ?? [["Các cơ quan, đơn vị có liên quan"]]
        addressees = rng.pick(options).map { Recipients.fill($0, issuer, districtKind: districtKind) }
    }

    /// Sets the single upward recipient (reports, submissions) and returns it.
    @discardableResult
    mutating func addressUpward() -> String {
        let to = Recipients.fill(rng.pick(Recipients.upward[issuer.level] ?? ["Ủy ban nhân dân tỉnh"]), issuer,
                                 districtKind: districtKind)
        addressees = [to]
        return to
    }
}
