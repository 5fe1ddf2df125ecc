import CLibZ
import Foundation

/// Writes small zip archives for the DOCX tests, with ways to damage them on purpose.
struct DOCXZipWriter {
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var deflated = true
        /// Stored in the headers instead of the real CRC-32.
        var crcOverride: UInt32?
        /// Stored in the headers instead of the real uncompressed size.
        var sizeOverride: Int?
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ text: String, deflated: Bool = true) {
        entries.append(Entry(name: name, bytes: Array(text.utf8), deflated: deflated))
    }

    /// The archive: local headers and data, central directory, end record.
    func data() -> Data {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let payload = entry.deflated ? Self.deflate(entry.bytes) : entry.bytes
            let crc = entry.crcOverride ?? Self.crc32(entry.bytes)
            let size = UInt32(entry.sizeOverride ?? entry.bytes.count)
            let name = Array(entry.name.utf8)
            let offset = UInt32(out.count)
            let method: UInt16 = entry.deflated ? 8 : 0
            out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(method) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(payload.count)) + le32(size) + le16(UInt16(name.count)) + le16(0)
            out += name + payload
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(method) + le16(0) + le16(0x21)
            directory += le32(crc) + le32(UInt32(payload.count)) + le32(size) + le16(UInt16(name.count))
            directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return Data(out)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        UInt32(bytes.withUnsafeBufferPointer { CLibZ.crc32(0, $0.baseAddress, uInt($0.count)) })
    }

    /// Raw deflate (no zlib header), as zip entries store it.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(vanban_deflate_init_raw(&stream, 9) == Z_OK)
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                precondition(CLibZ.deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(written))
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
