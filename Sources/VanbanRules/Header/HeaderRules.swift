import VanbanRecord

/// The fields read from the header, the signature block and the lists. (Being written.)
enum HeaderRules {
    struct Fields {
        var number: DocumentNumber?
        var type: String?
        var date: String?
        var place: String?
        var subject: String?
        var issuer: Issuer?
        var signer: Signer?
        var addressees: [String] = []
        var distribution: [String] = []
        var signature: Signature?
    }

    static func read(_ text: String) -> Fields { Fields() }
}
