import CLibZ

/// Reads the bytes of one zip entry: stored or raw-deflated, size capped by an `InflateBudget`
/// inside the inflate loop (headers can lie), CRC-32 checked.
struct ZipInflater {
    let archive: ZipArchive

    /// Output chunk used once an entry inflates past its declared size: the rest is only counted.
    private static let overflowChunk = 64 * 1024

    /// The uncompressed bytes of `entry`, taken from `budget`.
    /// - Throws: `.tooLarge` past the budget; `.corrupt` for bad deflate data, sizes that differ
    ///   from the header or a CRC mismatch; `.encrypted` / `.unsupported` for entries not read.
    func contents(of entry: ZipEntry, budget: inout InflateBudget) throws -> [UInt8] {
        if entry.isEncrypted {
            throw TextExtractionError(.encrypted, "the zip entry \(entry.name) is encrypted")
        }
        try budget.check(entry.uncompressedSize, for: entry.name)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw TextExtractionError(.corrupt, "the stored zip entry \(entry.name) has two different sizes")
            }
            output = try archive.withStoredBytes(of: entry) { Array($0) }
        case 8:
            output = try archive.withStoredBytes(of: entry) { try inflateEntry($0, entry: entry, budget: budget) }
        default:
            throw TextExtractionError(.unsupported, "the zip entry \(entry.name) uses compression method \(entry.method)")
        }
        try budget.spend(output.count, for: entry.name)
        let crc = output.withUnsafeBufferPointer { Self.crc32($0) }
        guard crc == entry.crc32 else {
            throw TextExtractionError(.corrupt, "the zip entry \(entry.name) fails its CRC check (damaged data)")
        }
        return output
    }

    /// The CRC-32 of `bytes` (zlib's).
    static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var crc = CLibZ.crc32(0, nil, 0)
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, Int(UInt32.max >> 1))
            crc = CLibZ.crc32(crc, bytes.baseAddress! + offset, uInt(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    /// Inflates `stored` into a buffer of the declared size; past it, keeps inflating into a
    /// scratch chunk only to tell a bomb (over the budget) from a lying header (corrupt).
    private func inflateEntry(_ stored: UnsafeRawBufferPointer, entry: ZipEntry, budget: InflateBudget) throws -> [UInt8] {
        var stream = z_stream()
        guard vanban_inflate_init_raw(&stream) == Z_OK else {
            throw TextExtractionError(.corrupt, "cannot start inflating \(entry.name)")
        }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: stored.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(min(stored.count, Int(UInt32.max)))
        var produced = 0
        var finished = false
        let output = try [UInt8](unsafeUninitializedCapacity: entry.uncompressedSize) { buffer, count in
            stream.next_out = buffer.baseAddress
            stream.avail_out = uInt(buffer.count)
            let status = CLibZ.inflate(&stream, Z_FINISH)
            count = buffer.count - Int(stream.avail_out)
            produced = count
            switch status {
            case Z_STREAM_END: finished = true
            case Z_BUF_ERROR where stream.avail_out == 0: break
            default: throw damaged(entry, status: status, stream: stream)
            }
        }
        if finished {
            guard produced == entry.uncompressedSize else {
                throw TextExtractionError(.corrupt,
                    "\(entry.name) inflates to \(produced) bytes but its header says \(entry.uncompressedSize)")
            }
            return output
        }
        try finishOverflow(&stream, entry: entry, produced: produced, budget: budget)
        return output
    }

    /// Inflates the rest of an entry that filled its declared size, discarding the bytes: returns
    /// when nothing was left, throws `.tooLarge` once the total passes the budget, else `.corrupt`.
    private func finishOverflow(_ stream: inout z_stream, entry: ZipEntry, produced: Int, budget: InflateBudget) throws {
        var total = produced
        var scratch = [UInt8](repeating: 0, count: Self.overflowChunk)
        while true {
            let status = scratch.withUnsafeMutableBufferPointer { chunk -> Int32 in
                stream.next_out = chunk.baseAddress
                stream.avail_out = uInt(chunk.count)
                return CLibZ.inflate(&stream, Z_NO_FLUSH)
            }
            total += Self.overflowChunk - Int(stream.avail_out)
            try budget.check(total, for: entry.name)
            switch status {
            case Z_OK: continue
            case Z_STREAM_END:
                if total == entry.uncompressedSize { return }
                throw TextExtractionError(.corrupt,
                    "\(entry.name) inflates to \(total) bytes but its header says \(entry.uncompressedSize)")
            default: throw damaged(entry, status: status, stream: stream)
            }
        }
    }

    private func damaged(_ entry: ZipEntry, status: Int32, stream: z_stream) -> TextExtractionError {
        if status == Z_BUF_ERROR || (status == Z_OK && stream.avail_in == 0) {
            return TextExtractionError(.corrupt, "the deflate data of \(entry.name) ends too early (truncated zip)")
        }
        let reason = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        return TextExtractionError(.corrupt, "the deflate data of \(entry.name) is damaged: \(reason)")
    }
}
