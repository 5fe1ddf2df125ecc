/// An element's local name and namespace URI as pointers into the reader's name dictionary:
/// a cheap key for caching what an element means.
struct XMLInternedName: Hashable {
    var localName: UnsafeRawPointer?
    var namespace: UnsafeRawPointer?
}
