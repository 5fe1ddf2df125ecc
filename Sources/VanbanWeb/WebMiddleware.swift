import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into an answer with a status and a code: JSON for the API (and any path
/// that is not a page), a page in Vietnamese for the pages. Never a stack; errors that are not
/// `WebError` are logged and answered 500 `internal`.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let webError = ErrorMiddleware.webError(error, logger: context.logger)
            let path = request.uri.path
            if request.method == .get, !path.hasPrefix("/api/"), path != "/openapi.json" {
                return pages.errorPage(webError)
            }
            return WebJSON.response(WebJSON.error(webError), status: webError.status)
        }
    }

    static func webError(_ error: any Error, logger: Logger) -> WebError {
        switch error {
        case let error as WebError:
            return error
        case let error as any HTTPResponseError:
            switch error.status {
            case .notFound: return WebError(.notFound, "not-found", "no such address")
            case .methodNotAllowed: return WebError(.methodNotAllowed, "method-not-allowed", "this address does not take that method")
            case .contentTooLarge: return WebError(.contentTooLarge, "body-too-large", "the body is too large")
            default: return WebError(error.status, "http-\(error.status.code)", error.status.reasonPhrase)
            }
        default:
            logger.error("internal error: \(String(describing: error))")
            return WebError(.internalServerError, "internal", "the server could not answer; the error is in its log")
        }
    }
}

/// The API key: writes always need it (and are refused when the server has none), reads
/// only when the server was started with `--read-key`. The key comes as
/// `Authorization: Bearer KEY` or `X-API-Key: KEY`.
struct KeyCheck: Sendable {
    let key: String?
    let forReads: Bool

    func check(_ request: Request, write: Bool) throws {
        if !write && !forReads { return }
        guard let key else {
            throw WebError(.forbidden, "writes-disabled", "this server takes no uploads (start it with --api-key-file)")
        }
        var given: String?
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
            given = String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
        } else if let header = request.headers[KeyCheck.apiKeyHeader] {
            given = header.trimmingCharacters(in: .whitespaces)
        }
        guard let given else { throw WebError(.unauthorized, "key-required", "this needs the API key") }
        guard KeyCheck.same(given, key) else { throw WebError(.unauthorized, "wrong-key", "the API key is not right") }
    }

    static let apiKeyHeader = HTTPField.Name("X-API-Key")!

    /// Compares without stopping at the first difference.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var diff = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            diff |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return diff == 0
    }
}

/// Every request needs the key when the server was started with `--read-key`: the pages and the API alike.
struct ReadKeyMiddleware<Context: RequestContext>: RouterMiddleware {
    let keys: KeyCheck

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try keys.check(request, write: false)
        return try await next(request, context)
    }
}
