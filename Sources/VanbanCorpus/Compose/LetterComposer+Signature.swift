extension LetterComposer {
    /// The signature block, in the forms the issuer's level and the kind allow.
    mutating func makeSignature() -> SignatureBlock {
        let deputyName = rng.pick(issuer.deputyNames)
        let head = issuer.head, deputy = issuer.deputy
        func block(_ prefix: String?, principal: String?, position: String, name: String) -> SignatureBlock {
            guard let prefix, let principal else {
                return SignatureBlock(lines: [position.uppercased()], name: name, position: position, authority: nil, principal: nil)
            }
            let authority = prefix.filter { $0 != "/" && $0 != "." }
            let first = "\(prefix) \(principal.uppercased())"
            let lines = authority == "Q" ? [first] : [first, position.uppercased()]
            return SignatureBlock(lines: lines, name: name, position: position, authority: authority, principal: principal)
        }
        if issuer.isParty {
            let slash = rng.chance(0.7)
            if let collective = issuer.collective {
                if kind == .congVan || kind == .thongBao, rng.chance(0.3) {
                    return block(slash ? "T/L" : "TL.", principal: collective, position: issuer.office, name: issuer.officeName)
                }
                return rng.chance(0.55)
                    ? block(slash ? "T/M" : "TM.", principal: collective, position: head, name: issuer.headName)
                    : block(slash ? "T/M" : "TM.", principal: collective, position: deputy, name: deputyName)
            }
            return rng.chance(0.4)
                ? block(nil, principal: nil, position: head, name: issuer.headName)
                : block(slash ? "K/T" : "KT.", principal: head, position: deputy, name: deputyName)
        }
        let committee = issuer.level == .provinceCommittee || issuer.level == .districtCommittee
        let roll = rng.unit()
        if committee, [.quyetDinh, .keHoach, .chiThi].contains(kind) {
            if roll < 0.35 { return block("TM.", principal: issuer.collective ?? head, position: head, name: issuer.headName) }
            if roll < 0.9 { return block("KT.", principal: head, position: deputy, name: deputyName) }
            return block(nil, principal: nil, position: head, name: issuer.headName)
        }
        if kind == .thongBao {
            return block("TL.", principal: head, position: issuer.office, name: issuer.officeName)
        }
        if roll < 0.3 { return block(nil, principal: nil, position: head, name: issuer.headName) }
        if roll < 0.75 { return block("KT.", principal: head, position: deputy, name: deputyName) }
        if roll < 0.87 { return block("TL.", principal: head, position: issuer.office, name: issuer.officeName) }
        if roll < 0.95 { return block("TUQ.", principal: head, position: issuer.office, name: issuer.officeName) }
        return committee
            ? block("KT.", principal: head, position: deputy, name: deputyName)
            : block("Q.", principal: head, position: head, name: deputyName)
    }

    /// "Nơi nhận": "Như trên" when there are addressees, superiors for information, peers; the
    /// archive line is kept apart.
    mutating func makeDistribution(lastArticle: Int) -> [DistributionItem] {
        var items: [DistributionItem] = []
        if lastArticle > 0 {
            items.append(DistributionItem(name: "Như Điều \(lastArticle)", note: nil))
        } else if !addressees.isEmpty {
            items.append(DistributionItem(name: "Như trên", note: nil))
        }
        let issuer = self.issuer, kind = districtKind
        let fill = { (s: String) in Recipients.fill(s, issuer, districtKind: kind) }
        for name in rng.sample(Recipients.superiors[issuer.level] ?? [], rng.int(1...2)) {
            items.append(DistributionItem(name: fill(name), note: rng.chance(0.6) ? rng.pick(Recipients.notes) : nil))
        }
        for name in rng.sample(Recipients.peers[issuer.level] ?? [], rng.int(1...3)) {
            let filled = fill(name)
            if !items.contains(where: { $0.name == filled }) { items.append(DistributionItem(name: filled, note: nil)) }
        }
        return items
    }
}
