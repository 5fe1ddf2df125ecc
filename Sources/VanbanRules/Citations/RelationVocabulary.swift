/// The words from which a citation's relation is read (RECORD.md: basis, implements, responds,
/// amends, replaces, repeals, corrects, guides, mentions), one table per place they stand.
enum RelationVocabulary {
    /// Words that open the clause holding the citation: every document the clause names takes
    /// the relation ("Căn cứ Luật …; Nghị định …", "Thực hiện ý kiến chỉ đạo … tại Công văn số …").
    static let clauseLeads: [(String, CitationMention.Relation)] = [
        ("căn cứ", .basis), ("trên cơ sở", .basis),
        ("thực hiện", .implements), ("triển khai", .implements), ("hưởng ứng", .implements), ("thi hành", .implements),
        ("trả lời", .responds), ("phúc đáp", .responds),
    ]

    /// Words of a clause saying the text answers a letter it received ("Sở Nội vụ nhận được Công văn
    /// số … của Sở Tư pháp về việc …"): such a letter, written by one of the text's addressees, is
    /// answered. ("Xét đề nghị của … tại Công văn số …" is left a mention: annotators of real letters
    /// split on it, and RECORD.md names only "Trả lời" and "Phúc đáp".)
    static let receivedLetterWords = ["nhận được"]

    /// The kinds of document a letter answers (letters and requests, not laws or decisions).
    static let answerableTypes: Set<String> = [
        "cong-van", "van-ban", "to-trinh", "bao-cao", "thong-bao", "giay-moi", "phieu-chuyen", "cong-dien",
    ]

    /// Headings over a list of the documents a text rests on (a tờ trình's "I. Căn cứ pháp lý"):
    /// each item of the list is a basis.
    static let basisHeadings = ["căn cứ pháp lý", "cơ sở pháp lý"]

    /// Verbs whose object is the citation, said by the text of itself ("… thay thế Quyết định số …",
    /// "bãi bỏ Quyết định số …", "Sửa đổi, bổ sung một số điều của Nghị định số …"); the words
    /// between the verb and the citation may only be `objectFillers`.
    static let verbs: [(String, CitationMention.Relation)] = [
        ("sửa đổi, bổ sung", .amends), ("sửa đổi", .amends), ("bổ sung", .amends),
        ("thay thế", .replaces),
        ("bãi bỏ", .repeals), ("hủy bỏ", .repeals), ("huỷ bỏ", .repeals), ("bãi bỏ toàn bộ", .repeals),
        ("đính chính", .corrects),
        ("hướng dẫn thi hành", .guides), ("hướng dẫn thực hiện", .guides), ("quy định chi tiết", .guides),
        ("trả lời", .responds), ("phúc đáp", .responds),
    ]

    /// Words before a citation saying a text was issued with it ("Quy chế … ban hành kèm theo
    /// Quyết định số …"), and the kinds of such texts: a verb acting on the text acts on the citation
    /// ("Sửa đổi, bổ sung một số điều của Quy chế … ban hành kèm theo Quyết định số 13/2018/QĐ-UBND").
    static let attachedLeads = ["ban hành kèm theo", "kèm theo"]
    static let attachedTexts = ["quy chế", "quy định", "điều lệ", "nội quy", "quy trình", "chương trình", "danh mục", "đề án"]

    /// Words allowed between such a verb and its citation: "sửa đổi, bổ sung một số điều của Nghị
    /// định …", "thay thế các Quyết định …", "hướng dẫn thi hành một số điều của …".
    static let objectFillers: Set<String> = [
        "một", "số", "điều", "của", "các", "toàn", "bộ", "nội", "dung", "tại", "khoản", "điểm", "và", "quy", "định", "trong",
    ]

    /// A passive after the citation, pointing at the text itself: "Quyết định số … được thay thế
    /// bởi Quyết định này" (`needsSelf`: the words after it must name the text, "… này"), or a
    /// state the text puts it in: "Quyết định số … hết hiệu lực kể từ ngày …".
    static let passives: [(phrase: String, relation: CitationMention.Relation, needsSelf: Bool)] = [
        ("được sửa đổi, bổ sung bởi", .amends, true), ("được thay thế bởi", .replaces, true),
        ("bị thay thế bởi", .replaces, true), ("bị bãi bỏ bởi", .repeals, true), ("được bãi bỏ bởi", .repeals, true),
        ("hết hiệu lực", .repeals, false),
    ]

    /// Words naming the text itself after a passive ("… bởi Quyết định này", "… bởi văn bản này").
    static let selfReference = "này"
}
