import CLibraryLoaders
import Foundation
import VanbanRecord

/// Reads a PDF's signatures: the fields, signers, times and both statuses from poppler (which
/// checks the digest and the certificate with NSS, never over the network), the
/// certificate's other names from the signature's CMS blob with OpenSSL, and the byte
/// ranges from the signature dictionaries.
enum PDFSignatureReader {
    static func read(_ handle: PDFDocumentHandle, data: Data) -> [DigitalSignature] {
        var fields = popplerFields(handle.document)
        guard !fields.isEmpty else { return [] }
        let blobs = SignedRange.all(in: data)
        // Poppler lists the fields in the form's order, the dictionaries come in file order:
        // pair them by the certificate's name, and by order where names do not tell.
        var unpaired = Array(blobs.indices)
        var ends: [Int] = Array(repeating: Int.max, count: fields.count)
        for i in fields.indices {
            let byName = unpaired.firstIndex { blobs[$0].names.commonName != nil && blobs[$0].names.commonName == fields[i].signer }
            guard let position = byName ?? (unpaired.isEmpty ? nil : 0) else { continue }
            let blob = blobs[unpaired.remove(at: position)]
            fields[i].signer = fields[i].signer ?? blob.names.commonName
            fields[i].email = blob.names.email
            fields[i].unit = blob.names.unit
            fields[i].organization = blob.names.organization
            fields[i].wholeFile = blob.end == data.count
            if let offset = blob.utcOffset, let time = fields[i].signedAt.flatMap(Self.instant) {
                fields[i].signedAt = Self.iso(time, offset: offset)
            } else if fields[i].signedAt == nil, let signed = blob.signedAt {
                fields[i].signedAt = Self.iso(signed.date, offset: signed.offset)
            }
            ends[i] = blob.end
        }
        // In file order: the signature whose signed bytes end first was made first.
        return fields.indices.sorted { ends[$0] < ends[$1] }.map { fields[$0] }
    }

    /// The instant of an ISO 8601 time with offset.
    private static func instant(_ iso: String) -> Date? {
        ISO8601DateFormatter().date(from: iso)
    }

    /// `date` written in the signer's own offset (the signature dictionary's /M), as RECORD.md
    /// wants: 2025-03-12T15:40:02+07:00.
    static func iso(_ date: Date, offset: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: offset) ?? .gmt
        formatter.formatOptions = [.withInternetDateTime, .withColonSeparatorInTimeZone]
        let text = formatter.string(from: date)
        return text.hasSuffix("Z") ? String(text.dropLast()) + "+00:00" : text
    }

    private static func popplerFields(_ document: OpaquePointer) -> [DigitalSignature] {
        guard let list = vanban_poppler_document_get_signature_fields(document) else { return [] }
        defer { vanban_g_list_free_full(list) { vanban_g_object_unref($0) } }
        var out: [DigitalSignature] = []
        var node: UnsafeMutablePointer<vanban_GList>? = list
        while let item = node {
            node = item.pointee.next
            guard let raw = item.pointee.data else { continue }
            let field = OpaquePointer(raw)
            var signature = DigitalSignature()
            if let name = vanban_poppler_form_field_get_partial_name(field) {
                signature.field = String(cString: name)
                vanban_g_free(name)
            }
            let flags = VANBAN_POPPLER_SIGNATURE_VALIDATION_FLAG_VALIDATE_CERTIFICATE
                | VANBAN_POPPLER_SIGNATURE_VALIDATION_FLAG_WITHOUT_OCSP_REVOCATION_CHECK
            var error: UnsafeMutablePointer<vanban_GError>?
            if let info = vanban_poppler_form_field_signature_validate_sync(field, flags, nil, &error) {
                signature.signer = vanban_poppler_signature_info_get_signer_name(info).map { String(cString: $0) }
                if let time = vanban_poppler_signature_info_get_local_signing_time(info),
                   let text = vanban_g_date_time_format(time, "%Y-%m-%dT%H:%M:%S%:z") {
                    signature.signedAt = String(cString: text)
                    vanban_g_free(text)
                }
                signature.intact = intact(vanban_poppler_signature_info_get_signature_status(info))
                signature.certificate = certificate(vanban_poppler_signature_info_get_certificate_status(info))
                vanban_poppler_signature_info_free(info)
            }
            vanban_g_clear_error(&error)
            out.append(signature)
        }
        return out
    }

    private static func intact(_ status: vanban_PopplerSignatureStatus) -> Bool? {
        switch status {
        case VANBAN_POPPLER_SIGNATURE_VALID: return true
        case VANBAN_POPPLER_SIGNATURE_INVALID, VANBAN_POPPLER_SIGNATURE_DIGEST_MISMATCH: return false
        default: return nil
        }
    }

    private static func certificate(_ status: vanban_PopplerCertificateStatus) -> String? {
        switch status {
        case VANBAN_POPPLER_CERTIFICATE_TRUSTED: return "trusted"
        case VANBAN_POPPLER_CERTIFICATE_UNTRUSTED_ISSUER, VANBAN_POPPLER_CERTIFICATE_UNKNOWN_ISSUER: return "issuer-unknown"
        case VANBAN_POPPLER_CERTIFICATE_EXPIRED: return "expired"
        case VANBAN_POPPLER_CERTIFICATE_REVOKED: return "revoked"
        default: return nil
        }
    }
}

/// A signature dictionary's `/ByteRange [a b c d]`: the signed bytes are [a, a+b) and
/// [c, c+d), and the gap between them holds `/Contents`, the CMS blob in hex. A signature
/// dictionary is never compressed (its byte offsets refer to the file as written), so the
/// file's bytes can be searched for it.
struct SignedRange {
    let ranges: [Range<Int>]
    let names: CertificateNames
    /// The dictionary's /M: when the signer's software says it signed, and its UTC offset in seconds.
    let signedAt: (date: Date, offset: Int)?

    var utcOffset: Int? { signedAt?.offset }

    /// Where the signed bytes end.
    var end: Int { ranges.last?.upperBound ?? 0 }

    /// Every signature dictionary's byte ranges and certificate names, in file order.
    static func all(in data: Data) -> [SignedRange] {
        let bytes = [UInt8](data)
        let key = Array("/ByteRange".utf8)
        var out: [SignedRange] = []
        var i = 0
        while out.count < 64, let at = find(key, in: bytes, from: i) {
            i = at + key.count
            guard let numbers = integers(in: bytes, from: i, count: 4) else { continue }
            let (a, b, c, d) = (numbers[0], numbers[1], numbers[2], numbers[3])
            guard a >= 0, b > 0, c > a + b, d >= 0, c + d <= bytes.count, c <= bytes.count else { continue }
            let der = hexBlob(bytes[(a + b)..<c])
            // /M is in the same dictionary: the nearest one before /ByteRange, else after the hex string.
            let before = Array(bytes[max(0, at - 1024)..<at])
            let after = Array(bytes[c..<min(bytes.count, c + 512)])
            let signedAt = modificationDate(in: before, nearestTo: .end) ?? modificationDate(in: after, nearestTo: .start)
            out.append(SignedRange(ranges: [a..<(a + b), c..<(c + d)], names: CertificateNames(cms: der),
                                   signedAt: signedAt))
        }
        return out
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    enum End { case start, end }

    /// The date of the /M entry nearest to one end of `bytes`: "/M (D:YYYYMMDDHHmmSS+HH'mm')",
    /// the offset defaulting to UTC.
    static func modificationDate(in bytes: [UInt8], nearestTo end: End) -> (date: Date, offset: Int)? {
        var entries: [Int] = []
        var from = 0
        while let at = find(Array("/M".utf8), in: bytes, from: from) {
            from = at + 2
            var j = at + 2
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: "(") { entries.append(j) }
        }
        guard let open = end == .end ? entries.last : entries.first else { return nil }
        let text = String(decoding: bytes[(open + 1)..<min(bytes.count, open + 40)].prefix { $0 != UInt8(ascii: ")") },
                          as: UTF8.self)
        return PDFDate.parse(text)
    }

    /// `count` non-negative integers after a "[", within 200 bytes.
    private static func integers(in bytes: [UInt8], from start: Int, count: Int) -> [Int]? {
        var i = start
        let limit = min(bytes.count, start + 200)
        while i < limit, bytes[i] != UInt8(ascii: "[") {
            guard bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 else { return nil }
            i += 1
        }
        i += 1
        var numbers: [Int] = []
        while i < limit, numbers.count < count {
            while i < limit, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            var value = 0
            var digits = 0
            while i < limit, (0x30...0x39).contains(bytes[i]), digits < 12 {
                value = value * 10 + Int(bytes[i] - 0x30)
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            numbers.append(value)
        }
        return numbers.count == count ? numbers : nil
    }

    /// The bytes of the hex string `<…>` in `gap` (DER is self-delimiting: the zeros padding
    /// the placeholder are left for the parser to ignore).
    private static func hexBlob(_ gap: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(gap.count / 2)
        var high: UInt8?
        for byte in gap {
            let nibble: UInt8
            switch byte {
            case 0x30...0x39: nibble = byte - 0x30
            case 0x41...0x46: nibble = byte - 0x41 + 10
            case 0x61...0x66: nibble = byte - 0x61 + 10
            default: continue
            }
            if let h = high { out.append(h << 4 | nibble); high = nil } else { high = nibble }
        }
        return out
    }
}

/// The subject names of the certificate that made a CMS signature, read with OpenSSL.
struct CertificateNames: Equatable {
    var commonName: String?
    var email: String?
    var unit: String?
    var organization: String?

    init(commonName: String? = nil, email: String? = nil, unit: String? = nil, organization: String? = nil) {
        self.commonName = commonName
        self.email = email
        self.unit = unit
        self.organization = organization
    }

    /// The names of the signer's certificate in the DER CMS blob `der`; empty when it cannot be read.
    init(cms der: [UInt8]) {
        self.init()
        guard !der.isEmpty, vanban_crypto_load() != 0 else { return }
        let cms: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return vanban_d2i_CMS_ContentInfo(nil, &cursor, buffer.count)
        }
        guard let cms else { return }
        defer { vanban_CMS_ContentInfo_free(cms) }
        guard let signers = vanban_CMS_get0_SignerInfos(cms), vanban_OPENSSL_sk_num(signers) > 0,
              let signer = vanban_OPENSSL_sk_value(signers, 0),
              let certificates = vanban_CMS_get1_certs(cms) else { return }
        defer { vanban_OPENSSL_sk_pop_free(certificates) { vanban_X509_free(OpaquePointer($0)) } }
        for i in 0..<vanban_OPENSSL_sk_num(certificates) {
            guard let raw = vanban_OPENSSL_sk_value(certificates, i) else { continue }
            let certificate = OpaquePointer(raw)
            guard vanban_CMS_SignerInfo_cert_cmp(OpaquePointer(signer), certificate) == 0,
                  let subject = vanban_X509_get_subject_name(certificate) else { continue }
            commonName = Self.entry(subject, VANBAN_NID_commonName)
            email = Self.entry(subject, VANBAN_NID_pkcs9_emailAddress)
            unit = Self.entry(subject, VANBAN_NID_organizationalUnitName)
            organization = Self.entry(subject, VANBAN_NID_organizationName)
            return
        }
    }

    private static func entry(_ name: OpaquePointer, _ nid: Int32) -> String? {
        let index = vanban_X509_NAME_get_index_by_NID(name, nid, -1)
        guard index >= 0, let entry = vanban_X509_NAME_get_entry(name, index), let data = vanban_X509_NAME_ENTRY_get_data(entry) else { return nil }
        var utf8: UnsafeMutablePointer<UInt8>?
        let length = vanban_ASN1_STRING_to_UTF8(&utf8, data)
        guard length >= 0, let utf8 else { return nil }
        defer { vanban_CRYPTO_free(utf8, nil, 0) }
        let text = String(decoding: UnsafeBufferPointer(start: utf8, count: Int(length)), as: UTF8.self)
        return text.isEmpty ? nil : text.precomposedStringWithCanonicalMapping
    }
}

/// A PDF date string: "D:YYYYMMDDHHmmSS" and an optional "+HH'mm'", "-HH'mm'" or "Z".
enum PDFDate {
    static func parse(_ text: String) -> (date: Date, offset: Int)? {
        var s = Substring(text)
        if s.hasPrefix("D:") { s = s.dropFirst(2) }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 8 else { return nil }
        func field(_ from: Int, _ length: Int, _ fallback: Int) -> Int {
            let start = digits.index(digits.startIndex, offsetBy: from, limitedBy: digits.endIndex) ?? digits.endIndex
            let end = digits.index(start, offsetBy: length, limitedBy: digits.endIndex) ?? digits.endIndex
            return Int(digits[start..<end]) ?? fallback
        }
        var offset = 0
        let rest = s.dropFirst(digits.count)
        if let sign = rest.first, sign == "+" || sign == "-" {
            let parts = rest.dropFirst().split(separator: "'", omittingEmptySubsequences: true)
            let hours = parts.first.flatMap { Int($0.prefix(2)) } ?? 0
            let minutes = parts.dropFirst().first.flatMap { Int($0.prefix(2)) } ?? 0
            guard hours <= 14, minutes < 60 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? .gmt
        let components = DateComponents(year: field(0, 4, 0), month: field(4, 2, 1), day: field(6, 2, 1),
                                        hour: field(8, 2, 0), minute: field(10, 2, 0), second: field(12, 2, 0))
        guard let year = components.year, (1900...2200).contains(year),
              let date = calendar.date(from: components) else { return nil }
        return (date, offset)
    }
}
