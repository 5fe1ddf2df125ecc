import Hummingbird
import HTTPTypes
import Mustache

/// Renders the pages' templates to HTML answers.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all { try library.register(text, named: name) }
        self.library = library
    }

    func page(_ template: String, _ context: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(context, withTemplate: template) ?? "<!DOCTYPE html><title>vanban</title><p>Lỗi trang</p>"
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers[.contentSecurityPolicy] = PageRenderer.policy
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// Nothing from outside, no script: the pages need neither.
    static let policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'; base-uri 'none'; form-action 'self'"

    func errorPage(_ error: WebError) -> Response {
        let heading: String
        switch error.status.code {
        case 404: heading = "Không tìm thấy"
        case 400: heading = "Yêu cầu không hợp lệ"
        case 401, 403: heading = "Không có quyền"
        default: heading = "Có lỗi"
        }
        let message = WebWords.errors[error.code] ?? error.message
        return page("error", ["title": heading, "heading": heading, "code": error.code, "message": message],
                    status: error.status)
    }
}
