import Foundation

/// One relationship of an OPC `.rels` part: a typed link from a part to another.
struct PackageRelationship: Equatable {
    /// The relationship type URI; compared by its last segment ("styles", "footer", ...).
    var type: String
    /// The target part's name inside the zip, resolved against the source part's folder.
    var target: String

    /// The last path segment of `type` ("officeDocument", "styles", "header").
    var kind: Substring { type[type.index(after: type.lastIndex(of: "/") ?? type.startIndex)...] }

    /// The internal relationships of the `.rels` part `bytes`, which describes `sourcePart`.
    /// - Throws: `.corrupt` when the part is not well-formed XML.
    static func parse(_ bytes: [UInt8], partName: String, sourcePart: String) throws -> [PackageRelationship] {
        try bytes.withUnsafeBufferPointer { buffer in
            let reader = try XMLStreamReader(buffer, partName: partName)
            var names = XMLNameTable { _, name in name == "Relationship" }
            var relationships: [PackageRelationship] = []
            while try reader.read() {
                guard reader.kind == .element, names.tag(of: reader),
                      let type = reader.attribute("Type"), let target = reader.attribute("Target"),
                      reader.attribute("TargetMode") != "External" else { continue }
                relationships.append(PackageRelationship(type: type, target: resolve(target, from: sourcePart)))
            }
            return relationships
        }
    }

    /// `target` as a zip entry name: absolute ("/word/x.xml") or relative to the folder of
    /// `sourcePart`, with "." and ".." segments and percent-escapes resolved.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring] = []
        if !decoded.hasPrefix("/") {
            segments = sourcePart.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
