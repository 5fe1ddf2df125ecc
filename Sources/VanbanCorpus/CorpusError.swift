/// A failure while writing a corpus, with a stable code (`docx`, `pdf`, `io`, `options`).
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    public let code: String
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
