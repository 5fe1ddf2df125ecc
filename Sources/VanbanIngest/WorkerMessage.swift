import Foundation

/// The messages between the supervisor and its worker processes, over a pair of pipes. A
/// message is a list of byte strings: a 32-bit count, a 64-bit length for each, then their
/// bytes (little-endian). Nothing else is ever written to the pipes.
enum WorkerMessage {
    /// The largest part accepted (a file's bytes or its text): past it the stream is corrupt.
    static let maxPartBytes = 1 << 31
    /// The most parts a message may have.
    static let maxParts = 64

    static func encode(_ parts: [Data]) -> Data {
        var out = Data(capacity: 4 + parts.count * 8 + parts.reduce(0) { $0 + $1.count })
        append(UInt32(parts.count), to: &out)
        for part in parts { append(UInt64(part.count), to: &out) }
        for part in parts { out.append(part) }
        return out
    }

    /// The first whole message in `buffer` and the bytes it took; nil when more bytes are
    /// needed. - Throws: `WorkerError.corrupt` on a header no writer of ours makes.
    static func decode(_ buffer: Data) throws -> (parts: [Data], length: Int)? {
        guard buffer.count >= 4 else { return nil }
        let start = buffer.startIndex
        let count = Int(read(UInt32.self, buffer, at: start))
        guard count <= maxParts else { throw WorkerError.corrupt("a message of \(count) parts") }
        let headerLength = 4 + count * 8
        guard buffer.count >= headerLength else { return nil }
        var lengths: [Int] = []
        var total = headerLength
        for i in 0..<count {
            let length = read(UInt64.self, buffer, at: start + 4 + i * 8)
            guard length <= UInt64(maxPartBytes) else { throw WorkerError.corrupt("a part of \(length) bytes") }
            lengths.append(Int(length))
            total += Int(length)
        }
        guard buffer.count >= total else { return nil }
        var parts: [Data] = []
        var offset = start + headerLength
        for length in lengths {
            parts.append(buffer.subdata(in: offset..<offset + length))
            offset += length
        }
        return (parts, total)
    }

    /// An optional string as a part: a 0 byte for nil, else a 1 byte and the UTF-8.
    static func optional(_ string: String?) -> Data {
        guard let string else { return Data([0]) }
        var data = Data([1])
        data.append(contentsOf: string.utf8)
        return data
    }

    static func optionalString(_ part: Data) -> String? {
        guard part.first == 1 else { return nil }
        return String(decoding: part.dropFirst(), as: UTF8.self)
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func read<T: FixedWidthInteger>(_: T.Type, _ data: Data, at offset: Int) -> T {
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { raw in
            for i in 0..<MemoryLayout<T>.size { raw[i] = data[offset + i] }
        }
        return T(littleEndian: value)
    }
}

/// Why talking to a worker process failed.
enum WorkerError: Error, CustomStringConvertible {
    case corrupt(String)
    case io(String)

    var description: String {
        switch self {
        case let .corrupt(what): return "the worker sent a corrupt message (\(what))"
        case let .io(what): return what
        }
    }
}
