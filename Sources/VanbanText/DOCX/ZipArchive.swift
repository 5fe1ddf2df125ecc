import Foundation

/// A zip archive read from memory through its central directory (ZIP64 included).
/// Only the directory is parsed here; `ZipInflater` reads an entry's bytes on demand.
struct ZipArchive {
    /// The whole archive.
    let data: Data
    /// The entries in central-directory order.
    let entries: [ZipEntry]
    private let index: [String: Int]

    /// More entries than any Word document has; a directory listing more is refused.
    static let maxEntries = 100_000

    /// Parses the central directory of `data`.
    /// - Throws: `TextExtractionError` `.corrupt` when `data` is not a zip archive or is cut short,
    ///   `.tooLarge` when the directory lists more than `maxEntries` entries.
    init(_ data: Data) throws {
        self.data = data
        let entries = try data.withUnsafeBytes { try Self.readDirectory(LittleEndianReader(bytes: $0)) }
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() {
            index[entry.name.lowercased()] = index[entry.name.lowercased()] ?? position
        }
        self.entries = entries
        self.index = index
    }

    /// The entry named `name`; zip part names compare without case, as OPC requires.
    func entry(named name: String) -> ZipEntry? {
        index[name.lowercased()].map { entries[$0] }
    }

    /// Calls `body` with the stored (compressed) bytes of `entry`.
    /// - Throws: `.corrupt` when the local header is missing or the data runs past the end.
    func withStoredBytes<R>(of entry: ZipEntry, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        try data.withUnsafeBytes { raw in
            let reader = LittleEndianReader(bytes: raw)
            let offset = entry.localHeaderOffset
            guard reader.uint32(at: offset) == Signature.localHeader,
                  let nameLength = reader.uint16(at: offset + 26),
                  let extraLength = reader.uint16(at: offset + 28) else {
                throw TextExtractionError(.corrupt, "the zip entry \(entry.name) has no local header (damaged zip)")
            }
            let start = offset + 30 + Int(nameLength) + Int(extraLength)
            guard let stored = reader.slice(at: start, count: entry.compressedSize) else {
                throw TextExtractionError(.corrupt, "the zip entry \(entry.name) is cut short (truncated zip)")
            }
            return try body(stored)
        }
    }

    private enum Signature {
        static let localHeader: UInt32 = 0x0403_4B50
        static let centralHeader: UInt32 = 0x0201_4B50
        static let endOfDirectory: UInt32 = 0x0605_4B50
        static let zip64Locator: UInt32 = 0x0706_4B50
        static let zip64EndOfDirectory: UInt32 = 0x0606_4B50
    }

    private struct Directory {
        var count: Int
        var size: Int
        var offset: Int
    }

    private static func readDirectory(_ reader: LittleEndianReader) throws -> [ZipEntry] {
        guard let end = findEndOfDirectory(reader) else {
            let isZip = reader.uint32(at: 0) == Signature.localHeader
            throw TextExtractionError(.corrupt, isZip
                ? "the zip archive is cut short: its central directory is missing (truncated file)"
                : "not a zip archive (no end-of-central-directory record)")
        }
        let directory = try locateDirectory(reader, endOffset: end)
        guard directory.count <= maxEntries else {
            throw TextExtractionError(.tooLarge, "the zip lists \(directory.count) entries; the limit is \(maxEntries)")
        }
        guard directory.offset >= 0, directory.size >= 0, directory.offset <= end - directory.size else {
            throw TextExtractionError(.corrupt, "the zip central directory lies outside the file (damaged zip)")
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(directory.count)
        var offset = directory.offset
        for _ in 0..<directory.count {
            let (entry, next) = try readCentralHeader(reader, at: offset)
            entries.append(entry)
            offset = next
        }
        return entries
    }

    /// The offset of the end-of-central-directory record, searched backwards over the
    /// largest possible archive comment.
    private static func findEndOfDirectory(_ reader: LittleEndianReader) -> Int? {
        let last = reader.bytes.count - 22
        guard last >= 0 else { return nil }
        var offset = last
        let stop = max(0, last - 65_535)
        while offset >= stop {
            if reader.uint32(at: offset) == Signature.endOfDirectory,
               let commentLength = reader.uint16(at: offset + 20),
               offset + 22 + Int(commentLength) <= reader.bytes.count {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    private static func locateDirectory(_ reader: LittleEndianReader, endOffset end: Int) throws -> Directory {
        guard let count = reader.uint16(at: end + 10), let size = reader.uint32(at: end + 12),
              let offset = reader.uint32(at: end + 16) else {
            throw TextExtractionError(.corrupt, "the zip end-of-central-directory record is cut short")
        }
        guard count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF else {
            return Directory(count: Int(count), size: Int(size), offset: Int(offset))
        }
        guard reader.uint32(at: end - 20) == Signature.zip64Locator,
              let zip64End = reader.uint64(at: end - 12), zip64End < UInt64(end),
              reader.uint32(at: Int(zip64End)) == Signature.zip64EndOfDirectory,
              let count64 = reader.uint64(at: Int(zip64End) + 32),
              let size64 = reader.uint64(at: Int(zip64End) + 40),
              let offset64 = reader.uint64(at: Int(zip64End) + 48),
              count64 <= UInt64(Int.max >> 1), size64 <= UInt64(Int.max >> 1),
              offset64 <= UInt64(Int.max >> 1) else {
            throw TextExtractionError(.corrupt, "the zip64 end-of-central-directory record is missing or damaged")
        }
        return Directory(count: Int(count64), size: Int(size64), offset: Int(offset64))
    }

    private static func readCentralHeader(_ reader: LittleEndianReader, at offset: Int) throws -> (ZipEntry, Int) {
        guard reader.uint32(at: offset) == Signature.centralHeader,
              let flags = reader.uint16(at: offset + 8), let method = reader.uint16(at: offset + 10),
              let crc = reader.uint32(at: offset + 16),
              let compressed = reader.uint32(at: offset + 20), let uncompressed = reader.uint32(at: offset + 24),
              let nameLength = reader.uint16(at: offset + 28), let extraLength = reader.uint16(at: offset + 30),
              let commentLength = reader.uint16(at: offset + 32), let localOffset = reader.uint32(at: offset + 42),
              let nameBytes = reader.slice(at: offset + 46, count: Int(nameLength)),
              let extra = reader.slice(at: offset + 46 + Int(nameLength), count: Int(extraLength)) else {
            throw TextExtractionError(.corrupt, "the zip central directory is damaged at byte \(offset)")
        }
        var entry = ZipEntry(name: String(decoding: nameBytes, as: UTF8.self), method: method, flags: flags,
                             crc32: crc, compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
                             localHeaderOffset: Int(localOffset))
        try applyZip64Extra(LittleEndianReader(bytes: extra), to: &entry)
        let next = offset + 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        return (entry, next)
    }

    /// Replaces the 0xFFFFFFFF placeholders of `entry` with the 64-bit values of its ZIP64 extra field.
    private static func applyZip64Extra(_ extra: LittleEndianReader, to entry: inout ZipEntry) throws {
        let placeholder = Int(UInt32.max)
        guard entry.uncompressedSize == placeholder || entry.compressedSize == placeholder
                || entry.localHeaderOffset == placeholder else { return }
        var offset = 0
        while let id = extra.uint16(at: offset), let length = extra.uint16(at: offset + 2) {
            if id == 0x0001 {
                var field = offset + 4
                func next() throws -> Int {
                    guard let value = extra.uint64(at: field), value <= UInt64(Int.max >> 1) else {
                        throw TextExtractionError(.corrupt, "the zip64 sizes of \(entry.name) are damaged")
                    }
                    field += 8
                    return Int(value)
                }
                if entry.uncompressedSize == placeholder { entry.uncompressedSize = try next() }
                if entry.compressedSize == placeholder { entry.compressedSize = try next() }
                if entry.localHeaderOffset == placeholder { entry.localHeaderOffset = try next() }
                return
            }
            offset += 4 + Int(length)
        }
        throw TextExtractionError(.corrupt, "the zip entry \(entry.name) lacks its zip64 sizes")
    }
}
