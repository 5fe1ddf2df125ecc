/// Maps the elements a reader meets to a caller's tag type, classifying each distinct
/// (namespace, local name) pair once per reader. Use one table per `XMLStreamReader`.
struct XMLNameTable<Tag> {
    private var cache: [XMLInternedName: Tag] = [:]
    private let classify: (OfficeNamespace, String) -> Tag

    init(_ classify: @escaping (OfficeNamespace, String) -> Tag) {
        self.classify = classify
    }

    /// The tag of the element (or end element) `reader` is on.
    mutating func tag(of reader: XMLStreamReader) -> Tag {
        let key = reader.internedName
        if let known = cache[key] { return known }
        let namespace = key.namespace.map { OfficeNamespace(uri: String(cString: $0.assumingMemoryBound(to: UInt8.self))) }
        let name = key.localName.map { String(cString: $0.assumingMemoryBound(to: UInt8.self)) } ?? ""
        let tag = classify(namespace ?? .other, name)
        cache[key] = tag
        return tag
    }
}
