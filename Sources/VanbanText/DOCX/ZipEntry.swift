/// One file of a zip archive as its central directory describes it.
struct ZipEntry: Sendable, Equatable {
    /// The name stored in the archive ("word/document.xml").
    var name: String
    /// 0 = stored, 8 = deflated; others are not read.
    var method: UInt16
    /// General-purpose flags (bit 0: encrypted).
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int
    /// The size the header claims; the inflater checks it rather than trusting it.
    var uncompressedSize: Int
    /// Offset of the entry's local header from the start of the archive.
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
}
