/// One cryptographic signature of the file (a PDF signature field), as RECORD.md describes
/// `signatures`: who signed (the certificate's names), when, and whether the signed bytes
/// are still as signed.
public struct DigitalSignature: Sendable, Equatable {
    /// The signature field's name.
    public var field: String?
    /// The certificate's common name (CN): a person, or the issuing body for its seal.
    public var signer: String?
    /// The certificate's e-mail address (E).
    public var email: String?
    /// The certificate's organisational unit (OU).
    public var unit: String?
    /// The certificate's organisation (O).
    public var organization: String?
    /// The signing time, ISO 8601 with offset.
    public var signedAt: String?
    /// Whether the signed byte ranges still match the signature; nil when it could not be checked.
    public var intact: Bool?
    /// Whether the signed ranges cover the whole file as it is now (false when bytes were
    /// added after signing, e.g. a later signature or an edit).
    public var wholeFile: Bool?
    /// `trusted`, `issuer-unknown`, `expired`, `revoked`, or nil when not known.
    public var certificate: String?

    public init(field: String? = nil, signer: String? = nil, email: String? = nil, unit: String? = nil,
                organization: String? = nil, signedAt: String? = nil, intact: Bool? = nil, wholeFile: Bool? = nil,
                certificate: String? = nil) {
        self.field = field
        self.signer = signer
        self.email = email
        self.unit = unit
        self.organization = organization
        self.signedAt = signedAt
        self.intact = intact
        self.wholeFile = wholeFile
        self.certificate = certificate
    }

    var json: JSONValue {
        .object([("field", .optional(field)), ("signer", .optional(signer)), ("email", .optional(email)),
                 ("unit", .optional(unit)), ("organization", .optional(organization)), ("signedAt", .optional(signedAt)),
                 ("intact", intact.map(JSONValue.bool) ?? .null), ("wholeFile", wholeFile.map(JSONValue.bool) ?? .null),
                 ("certificate", .optional(certificate))])
    }

    init(json s: JSONValue) {
        self.init(field: s["field"]?.stringValue, signer: s["signer"]?.stringValue, email: s["email"]?.stringValue,
                  unit: s["unit"]?.stringValue, organization: s["organization"]?.stringValue,
                  signedAt: s["signedAt"]?.stringValue, intact: s["intact"]?.boolValue,
                  wholeFile: s["wholeFile"]?.boolValue, certificate: s["certificate"]?.stringValue)
    }
}
