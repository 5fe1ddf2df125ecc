import Foundation

/// File paths are bytes; the archive, the records and the output hold them as text. A path
/// is written as its UTF-8 text, except that `\` is written `\\` and each byte that is not
/// part of valid UTF-8 (a name in Latin-1 or CP1258 copied from an old Windows machine) is
/// written `\xNN` (two upper-case hex digits). The form is lossless and unambiguous:
/// `bytes(of:)` gives back the exact bytes, with which the file is opened.
///
/// `"c\xf4ng v\xe3n.txt"` (Latin-1 bytes) is stored `c\xF4ng v\xE3n.txt`; `công văn.txt`
/// (UTF-8) is stored as it is.
public enum StoredPath {
    /// The stored form of the path `bytes`.
    public static func string(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var out = ""
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes[i])
            if length > 0, i + length <= bytes.count,
               let text = String(validating: bytes[i..<i + length], as: UTF8.self) {
                out += text == "\\" ? "\\\\" : text
                i += length
            } else {
                out += String(format: "\\x%02X", bytes[i])
                i += 1
            }
        }
        return out
    }

    /// The stored form of a path given as text (already valid UTF-8).
    public static func string(text: String) -> String { string(Array(text.utf8)) }

    /// The bytes of the path `stored` names (the inverse of `string(_:)`). A `\` that starts
    /// neither `\\` nor `\xNN` is taken as itself.
    public static func bytes(of stored: String) -> [UInt8] {
        let utf8 = Array(stored.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "\\"), i + 1 < utf8.count {
                if utf8[i + 1] == UInt8(ascii: "\\") {
                    out.append(utf8[i])
                    i += 2
                    continue
                }
                if utf8[i + 1] == UInt8(ascii: "x"), i + 3 < utf8.count,
                   let byte = UInt8(String(decoding: utf8[i + 2...i + 3], as: UTF8.self), radix: 16) {
                    out.append(byte)
                    i += 4
                    continue
                }
            }
            out.append(utf8[i])
            i += 1
        }
        return out
    }

    /// Calls `body` with the path `stored` names as a C string, for the system's calls.
    public static func withCString<T>(_ stored: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        var bytes = bytes(of: stored)
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The last component of a stored path (its file name, still in stored form).
    public static func name(_ stored: String) -> String {
        stored.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? stored
    }

    /// The path `stored` names, made absolute against the working folder, with `.` and `..`
    /// components removed (textually, links are not resolved), in stored form.
    public static func absolute(_ stored: String) -> String {
        var bytes = bytes(of: stored)
        if bytes.first != UInt8(ascii: "/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                bytes = Array(buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }) + [UInt8(ascii: "/")] + bytes
            }
        }
        var parts: [ArraySlice<UInt8>] = []
        for part in bytes.split(separator: UInt8(ascii: "/")) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return string(parts.reduce(into: [UInt8]()) { $0 += [UInt8(ascii: "/")] + $1 }.nonEmpty ?? [UInt8(ascii: "/")])
    }

    /// The stored path with every link resolved (`realpath`), nil when it names nothing.
    public static func resolved(_ stored: String) -> String? {
        withCString(stored) { path in
            guard let real = realpath(path, nil) else { return nil }
            defer { free(real) }
            return string(UnsafeRawBufferPointer(start: real, count: strlen(real)))
        }
    }

    /// How many bytes the UTF-8 sequence that `lead` starts has; 0 when it cannot start one.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}

private extension Array {
    var nonEmpty: Self? { isEmpty ? nil : self }
}
