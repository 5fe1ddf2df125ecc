/// One document as RECORD.md describes it: what `vanban extract` prints and the
/// archive stores. Every field is always written; unknown values are `null` or `[]`.
public struct Record: Sendable, Equatable {
    public var source: Source
    public var status: Status
    public var error: RecordError?
    public var warnings: [String]
    public var type: String?
    public var number: DocumentNumber?
    /// Issuing date, ISO `YYYY-MM-DD`.
    public var date: String?
    public var place: String?
    public var subject: String?
    public var issuer: Issuer?
    public var signer: Signer?
    public var addressees: [String]
    public var distribution: [String]
    public var citations: [Citation]
    public var targets: [Target]
    public var signature: Signature?
    /// The file's cryptographic signatures, in file order.
    public var signatures: [DigitalSignature]
    /// Fields beyond the contract (e.g. `ocr`), written after the contract's fields.
    public var extra: [(String, JSONValue)]

    public enum Status: String, Sendable { case ok, failed }

    public init(source: Source, status: Status = .ok, error: RecordError? = nil, warnings: [String] = [],
                type: String? = nil, number: DocumentNumber? = nil, date: String? = nil, place: String? = nil,
                subject: String? = nil, issuer: Issuer? = nil, signer: Signer? = nil,
                addressees: [String] = [], distribution: [String] = [], citations: [Citation] = [],
                targets: [Target] = [], signature: Signature? = nil, signatures: [DigitalSignature] = [],
                extra: [(String, JSONValue)] = []) {
        self.source = source
        self.status = status
        self.error = error
        self.warnings = warnings
        self.type = type
        self.number = number
        self.date = date
        self.place = place
        self.subject = subject
        self.issuer = issuer
        self.signer = signer
        self.addressees = addressees
        self.distribution = distribution
        self.citations = citations
        self.targets = targets
        self.signature = signature
        self.signatures = signatures
        self.extra = extra
    }

    /// A record for a file that could not be read: only `source` and `error` are set.
    public static func failed(_ source: Source, code: String, message: String, warnings: [String] = []) -> Record {
        Record(source: source, status: .failed, error: RecordError(code: code, message: message), warnings: warnings)
    }

    public static func == (lhs: Record, rhs: Record) -> Bool { lhs.json == rhs.json }
}

public struct Source: Sendable, Equatable {
    public var file: String
    public var path: String
    public var sha256: String?
    /// `pdf`, `docx`, `doc`, `txt`, or nil when the content is not recognised.
    public var format: String?
    public var pages: Int?
    public var bytes: Int?

    public init(file: String, path: String, sha256: String? = nil, format: String? = nil, pages: Int? = nil, bytes: Int? = nil) {
        self.file = file
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.pages = pages
        self.bytes = bytes
    }
}

/// Why a file failed, with a stable `code` (`empty`, `corrupt`, `encrypted`, `unsupported`,
/// `too-large`, `no-text`, `unreadable`, `timeout`).
public struct RecordError: Sendable, Equatable, Error {
    public var code: String
    public var message: String
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// A number and symbol as printed after "Số": `12/QĐ-UBND`, `30/2020/NĐ-CP`, `34-CT/TW`.
public struct DocumentNumber: Sendable, Equatable {
    public var raw: String
    public var seq: String?
    public var year: Int?
    public var symbol: String?
    public init(raw: String, seq: String?, year: Int?, symbol: String?) {
        self.raw = raw
        self.seq = seq
        self.year = year
        self.symbol = symbol
    }
}

public struct Issuer: Sendable, Equatable {
    public var name: String?
    public var parent: String?
    public init(name: String?, parent: String?) {
        self.name = name
        self.parent = parent
    }
}

public struct Signer: Sendable, Equatable {
    public var name: String?
    public var position: String?
    /// `TM`, `KT`, `TL`, `TUQ`, `Q` or nil.
    public var authority: String?
    public var principal: String?
    public init(name: String?, position: String?, authority: String?, principal: String?) {
        self.name = name
        self.position = position
        self.authority = authority
        self.principal = principal
    }
}

/// One distinct document cited by the text, with every place it is mentioned.
public struct Citation: Sendable, Equatable {
    public var type: String?
    public var number: String?
    public var title: String?
    public var date: String?
    public var issuer: String?
    public var subject: String?
    /// How the text relates to the document: `basis`, `implements`, `responds`, `amends`, `replaces`,
    /// `repeals`, `corrects`, `guides` or `mentions` (RECORD.md).
    public var relation: String
    public var mentions: [Mention]
    public init(type: String?, number: String?, title: String?, date: String?, issuer: String?,
                subject: String?, relation: String, mentions: [Mention]) {
        self.type = type
        self.number = number
        self.title = title
        self.date = date
        self.issuer = issuer
        self.subject = subject
        self.relation = relation
        self.mentions = mentions
    }
}

public struct Mention: Sendable, Equatable {
    /// Offset in Unicode scalars into the document text (what `vanban text` prints).
    public var offset: Int
    public var text: String
    public init(offset: Int, text: String) {
        self.offset = offset
        self.text = text
    }
}

/// A quantitative goal (chỉ tiêu).
public struct Target: Sendable, Equatable {
    public var text: String
    public var metric: String?
    public var value: Double?
    public var unit: String?
    public var comparison: String?
    public init(text: String, metric: String?, value: Double?, unit: String?, comparison: String?) {
        self.text = text
        self.metric = metric
        self.value = value
        self.unit = unit
        self.comparison = comparison
    }
}

/// A digital-signature stamp printed on an electronic copy.
public struct Signature: Sendable, Equatable {
    public var signer: String?
    public var email: String?
    /// ISO 8601 with offset, e.g. `2025-02-04T15:23:15+07:00`.
    public var signedAt: String?
    public var authority: String?
    public init(signer: String?, email: String?, signedAt: String?, authority: String?) {
        self.signer = signer
        self.email = email
        self.signedAt = signedAt
        self.authority = authority
    }
}
