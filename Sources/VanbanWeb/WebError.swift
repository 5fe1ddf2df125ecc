import Foundation
import Hummingbird

/// An error the web layer answers with: an HTTP status and a stable code, shown to clients as JSON
/// `{"error": {"code": …, "message": …}}` (or as a page for the HTML routes). Never carries a stack.
public struct WebError: Error, Sendable, Equatable {
    /// The HTTP status of the answer.
    public let status: HTTPResponse.Status
    /// A stable machine-readable code, e.g. `not-found`, `bad-filter`, `body-too-large`.
    public let code: String
    /// A sentence for people.
    public let message: String

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    static func notFound(_ what: String) -> WebError { WebError(.notFound, "not-found", what) }
    static func badRequest(_ code: String, _ message: String) -> WebError { WebError(.badRequest, code, message) }
}
