import VanbanRecord

/// Finds every document the text cites: numbered documents ("Chỉ thị số 01/CT-UBND ngày
/// 03/01/2023 của UBND tỉnh về ..."), laws and codes cited by name ("Luật Thi đua, khen
/// thưởng"), one citation per distinct document with every place it is mentioned.
///
/// The text must be `VietnameseText.normalize`d; its lines may be one paragraph each or
/// hard-wrapped anywhere, even inside a number ("19/CT-" and "TTg" on two lines).
/// Offsets are in Unicode scalars into `text`; a mention's text is its surface form with
/// line breaks read as spaces.
public struct CitationFinder: Sendable {
    public init() {}

    /// The citations of `text`, leaving out the document's own number `ownNumber`
    /// (e.g. "62/SLĐTBXH-LĐVL") and any number the header gives after "Số:". `ownType` (a type
    /// slug) tells the text's own verbs ("Nghị định này thay thế …") from another document's;
    /// `addressees` (the "Kính gửi" list) tell a letter the text answers (`responds`).
    public func find(in text: String, ownNumber: String?, ownType: String? = nil, addressees: [String] = []) -> [Citation] {
        let t = ScalarText(text)
        return find(in: t, layout: LogicalParagraphs(t), ownNumber: ownNumber, ownType: ownType, addressees: addressees)
    }

    /// The same, over a text already read into scalars and paragraphs (shared with `TargetFinder`).
    func find(in t: ScalarText, layout: LogicalParagraphs, ownNumber: String?, ownType: String? = nil,
              addressees: [String] = []) -> [Citation] {
        var bareNumbers: [Int] = []
        var mentions = NumberedMentionReader.mentions(in: t, ownNumber: ownNumber, bareNumbers: &bareNumbers)
            + LawNameReader.mentions(in: t)
        guard !mentions.isEmpty else { return [] }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        ShortForms.resolve(&mentions, in: t)
        let short = ShortForms.shortMentions(of: mentions, in: t, bareNumbers: bareNumbers)
        if !short.isEmpty {
            mentions += short
            mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        CitationContext(t, layout, ownType: ownType, addressees: addressees).describe(&mentions)
        var merger = CitationMerger()
        for m in mentions { merger.add(m) }
        return merger.citations(t)
    }
}
