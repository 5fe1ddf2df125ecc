/// Why a file gave no text. `code` is the stable `error.code` of RECORD.md.
public struct TextExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case empty
        case corrupt
        case encrypted
        case unsupported
        case tooLarge = "too-large"
        case noText = "no-text"
        case unreadable
        case timeout
        /// The reader died on the file (a worker process killed by a signal), twice.
        case crashed
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
