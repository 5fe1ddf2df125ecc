/// Bounds-checked little-endian reads over the bytes of a zip archive.
struct LittleEndianReader {
    let bytes: UnsafeRawBufferPointer

    /// The `UInt16` at `offset`, or nil past the end.
    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The `UInt32` at `offset`, or nil past the end.
    func uint32(at offset: Int) -> UInt32? {
        guard let low = uint16(at: offset), let high = uint16(at: offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// The `UInt64` at `offset`, or nil past the end.
    func uint64(at offset: Int) -> UInt64? {
        guard let low = uint32(at: offset), let high = uint32(at: offset + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }

    /// `count` bytes at `offset`, or nil when they run past the end.
    func slice(at offset: Int, count: Int) -> UnsafeRawBufferPointer? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }
}
