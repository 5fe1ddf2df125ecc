/// Collects scalars as UTF-8 in a buffer of its own (no per-byte uniqueness checks of an array)
/// and makes the string at the end.
final class UTF8Sink: ScalarSink {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        buffer.deallocate()
    }

    @inline(__always)
    func put(_ scalar: UInt32) {
        if count + 4 > capacity { grow() }
        switch scalar {
        case 0..<0x80:
            buffer[count] = UInt8(scalar)
            count += 1
        case 0x80..<0x800:
            buffer[count] = UInt8(0xC0 | scalar >> 6)
            buffer[count + 1] = UInt8(0x80 | scalar & 0x3F)
            count += 2
        case 0xD800..<0xE000:
            put(0xFFFD)
        case 0x800..<0x10000:
            buffer[count] = UInt8(0xE0 | scalar >> 12)
            buffer[count + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            buffer[count + 2] = UInt8(0x80 | scalar & 0x3F)
            count += 3
        case 0x10000..<0x110000:
            buffer[count] = UInt8(0xF0 | scalar >> 18)
            buffer[count + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            buffer[count + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            buffer[count + 3] = UInt8(0x80 | scalar & 0x3F)
            count += 4
        default:
            put(0xFFFD)
        }
    }

    private func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }

    var string: String { String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self) }
}
