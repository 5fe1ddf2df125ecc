import Foundation

/// Reads fuzz bytes front to back; past the end every read gives nil.
public struct FuzzInput {
    public let bytes: UnsafeBufferPointer<UInt8>
    public private(set) var offset = 0

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = UnsafeBufferPointer(start: data, count: size)
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    public mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func int16() -> Int16? {
        guard let a = byte(), let b = byte() else { return nil }
        return Int16(bitPattern: UInt16(a) << 8 | UInt16(b))
    }

    /// A coordinate in points, with the values a broken PDF can give: NaN, ±infinity, huge.
    public mutating func coordinate() -> Double? {
        guard let v = int16() else { return nil }
        switch v {
        case .max: return .nan
        case .min: return .infinity
        case .max - 1: return -.infinity
        case .max - 2: return 1e300
        case .min + 1: return -1e300
        default: return Double(v) / 8
        }
    }
}

/// The CRC-32 of zip entries (IEEE, reflected).
public func crc32(_ bytes: some Collection<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes {
        crc = crc32Table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8)
    }
    return crc ^ 0xFFFF_FFFF
}

private let crc32Table: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
}
