/// The signature block: the lines above the signer's name and what the record says of them.
public struct SignatureBlock: Sendable, Equatable {
    /// Upper-case lines above the name: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"].
    public let lines: [String]
    public let name: String
    public let position: String
    /// `TM`, `KT`, `TL`, `TUQ`, `Q` or nil.
    public let authority: String?
    public let principal: String?
}
