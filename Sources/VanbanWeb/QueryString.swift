import Foundation
import Hummingbird

/// The pairs of a query string as forms send them: `+` is a space, `%XX` a byte of UTF-8.
enum QueryString {
    static func pairs(_ request: Request) -> [(String, String)] {
        pairs(request.uri.query ?? "")
    }

    static func pairs(_ query: String) -> [(String, String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// `+` as a space and percent escapes decoded; a malformed escape is kept as written.
    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
