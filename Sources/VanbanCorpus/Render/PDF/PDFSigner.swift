import CLibCrypto
import Foundation

/// Signs a PDF the way Vietnamese agencies' signing software does, for test letters only: an
/// incremental update appends a signature field (an invisible widget on the first page) whose
/// value is a detached CMS signature (adbe.pkcs7.detached) over the file's bytes but the
/// signature itself. Signing a signed PDF again appends a second update: a letter signed by a
/// person and then sealed by the issuing body with its number.
///
/// The certificate is self-signed, made on the spot with a fresh RSA key: the signature is
/// real (verifiable, and broken by any change to the signed bytes) but no one's. Because the
/// key is new on every run, signed files are not byte-for-byte reproducible; what a reader
/// extracts from them (names, time, status) is.
public struct PDFSigner: Sendable {
    /// Who signs: the certificate's subject names, the signing time and the field's name.
    public struct Identity: Sendable {
        public var field: String
        public var commonName: String
        public var email: String?
        public var unit: String?
        public var organization: String?
        /// When the signature was made.
        public var signedAt: Date
        /// The signer's time zone offset, in seconds (Vietnam: +07:00).
        public var utcOffset: Int
        /// What the widget shows; nil for an invisible signature.
        public var appearance: PDFSignatureAppearance?

        public init(field: String, commonName: String, email: String? = nil, unit: String? = nil,
                    organization: String? = nil, signedAt: Date, utcOffset: Int = 7 * 3600,
                    appearance: PDFSignatureAppearance? = nil) {
            self.appearance = appearance
            self.field = field
            self.commonName = commonName
            self.email = email
            self.unit = unit
            self.organization = organization
            self.signedAt = signedAt
            self.utcOffset = utcOffset
        }
    }

    public struct SigningError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Room for the CMS blob, in bytes (the hex string is twice as long).
    static let contentsCapacity = 8192

    public init() {}

    /// `pdf` with one more signature by `identity`.
    public func sign(_ pdf: Data, as identity: Identity) throws -> Data {
        let file = [UInt8](pdf)
        let tail = try PDFTail(file)
        let signatureNumber = tail.size, widgetNumber = tail.size + 1
        let page = try tail.latestObject(tail.firstPage, in: file)
        let catalog = try tail.latestObject(tail.root, in: file)

        var update: [UInt8] = Array("\n".utf8)
        var offsets: [(Int, Int)] = []
        func object(_ number: Int, _ body: String) {
            offsets.append((number, file.count + update.count))
            update += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let byteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]"
        let contentsPlaceholder = "<" + String(repeating: "0", count: Self.contentsCapacity * 2) + ">"
        object(signatureNumber, """
            << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached
               /Name \(Self.pdfString(identity.commonName)) /M \(Self.pdfString(Self.pdfDate(identity)))
               \(byteRangePlaceholder)
               /Contents \(contentsPlaceholder) >>
            """)
        var placement = "/Rect [0 0 0 0]"
        var size = tail.size + 2
        if let appearance = identity.appearance {
            let formNumber = tail.size + 2, fontNumber = tail.size + 3
            size += 2
            object(formNumber, appearance.form(font: fontNumber))
            object(fontNumber, appearance.font())
            placement = "/Rect \(appearance.rectangle) /AP << /N \(formNumber) 0 R >>"
        }
        object(widgetNumber, """
            << /Type /Annot /Subtype /Widget /FT /Sig /T \(Self.pdfString(identity.field)) /V \(signatureNumber) 0 R
               /P \(tail.firstPage) 0 R \(placement) /F 132 >>
            """)
        object(tail.firstPage, Self.adding("/Annots", widgetNumber, to: page))
        object(tail.root, Self.adding("/AcroForm", widgetNumber, to: catalog))

        let xrefOffset = file.count + update.count
        var xref = "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            xref += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset)
        }
        xref += "trailer\n<< /Size \(size) /Root \(tail.root) 0 R /Prev \(tail.startXref) >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        update += Array(xref.utf8)

        var signed = file + update
        // The byte ranges: everything but the hex string of /Contents.
        guard let contentsAt = Self.find(Array(contentsPlaceholder.utf8), in: signed, from: file.count),
              let rangeAt = Self.find(Array(byteRangePlaceholder.utf8), in: signed, from: file.count) else {
            throw SigningError(description: "placeholders not found")
        }
        let gapEnd = contentsAt + contentsPlaceholder.utf8.count
        let ranges = "/ByteRange [0 " + String(format: "%010d %010d %010d]", contentsAt, gapEnd, signed.count - gapEnd)
        signed.replaceSubrange(rangeAt..<(rangeAt + ranges.utf8.count), with: Array(ranges.utf8))
        let content = Array(signed[0..<contentsAt]) + Array(signed[gapEnd...])
        let der = try Self.cms(over: content, by: identity)
        guard der.count <= Self.contentsCapacity else { throw SigningError(description: "the signature is too large") }
        let hex = der.map { String(format: "%02X", $0) }.joined()
        signed.replaceSubrange((contentsAt + 1)..<(contentsAt + 1 + hex.utf8.count), with: Array(hex.utf8))
        return Data(signed)
    }

    /// A PDF string: literal when ASCII, else UTF-16BE with a byte-order mark, in hex.
    static func pdfString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "(" && $0 != ")" && $0 != "\\" }) { return "(\(text))" }
        return "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    /// A PDF date: D:YYYYMMDDHHmmSS+HH'mm'.
    static func pdfDate(_ identity: Identity) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: identity.utcOffset) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: identity.signedAt)
        let sign = identity.utcOffset < 0 ? "-" : "+"
        let offset = abs(identity.utcOffset)
        return String(format: "D:%04d%02d%02d%02d%02d%02d%@%02d'%02d'", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0, sign, offset / 3600, offset % 3600 / 60)
    }

    /// `dictionary` (an object's text, "<< … >>") with a reference to `widget` added to its
    /// /Annots array (a page) or to the /Fields of its /AcroForm (a catalog).
    static func adding(_ key: String, _ widget: Int, to dictionary: String) -> String {
        let reference = "\(widget) 0 R"
        let arrayKey = key == "/Annots" ? "/Annots [" : "/Fields ["
        if let open = dictionary.range(of: arrayKey),
           let close = dictionary.range(of: "]", range: open.upperBound..<dictionary.endIndex) {
            return dictionary.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: reference + " ")
        }
        guard let close = dictionary.range(of: ">>", options: .backwards) else { return dictionary }
        let entry = key == "/Annots" ? "\n   /Annots [ \(reference) ]\n" : "\n   /AcroForm << /Fields [ \(reference) ] /SigFlags 3 >>\n"
        return dictionary.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: entry)
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// A detached CMS signature of `content` by a fresh self-signed certificate for `identity`,
    /// its signing time set to `identity.signedAt`, in DER.
    static func cms(over content: [UInt8], by identity: Identity) throws -> [UInt8] {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nil) else { throw SigningError(description: "no RSA") }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, EVP_PKEY_CTX_set_rsa_keygen_bits(context, 2048) == 1,
              EVP_PKEY_keygen(context, &key) == 1, let key else { throw SigningError(description: "no key") }
        defer { EVP_PKEY_free(key) }
        let certificate = try selfSigned(key, identity)
        defer { X509_free(certificate) }

        let input = content.withUnsafeBytes { BIO_new_mem_buf($0.baseAddress, Int32($0.count)) }
        defer { BIO_free(input) }
        let flags = UInt32(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP)
        guard let cms = CMS_sign(nil, nil, nil, nil, flags) else { throw SigningError(description: "CMS_sign failed") }
        defer { CMS_ContentInfo_free(cms) }
        guard let signer = CMS_add1_signer(cms, certificate, key, EVP_sha256(), flags) else {
            throw SigningError(description: "CMS_add1_signer failed")
        }
        let time = ASN1_TIME_set(nil, time_t(identity.signedAt.timeIntervalSince1970))
        defer { ASN1_TIME_free(time) }
        guard CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime, Int32(time?.pointee.type ?? V_ASN1_UTCTIME),
                                          time, -1) == 1,
              CMS_final(cms, input, nil, flags) == 1 else { throw SigningError(description: "CMS_final failed") }
        var out: UnsafeMutablePointer<UInt8>?
        let length = i2d_CMS_ContentInfo(cms, &out)
        guard length > 0, let out else { throw SigningError(description: "i2d_CMS_ContentInfo failed") }
        defer { CRYPTO_free(out, nil, 0) }
        return Array(UnsafeBufferPointer(start: out, count: Int(length)))
    }

    private static func selfSigned(_ key: OpaquePointer, _ identity: Identity) throws -> OpaquePointer {
        guard let certificate = X509_new() else { throw SigningError(description: "X509_new failed") }
        X509_set_version(certificate, 2)
        ASN1_INTEGER_set(X509_get_serialNumber(certificate), Int(identity.signedAt.timeIntervalSince1970) & 0x7fff_ffff)
        let start = time_t(identity.signedAt.timeIntervalSince1970) - 86_400 * 30
        ASN1_TIME_set(X509_getm_notBefore(certificate), start)
        ASN1_TIME_set(X509_getm_notAfter(certificate), start + 86_400 * 365 * 30)
        let name = X509_get_subject_name(certificate)
        let entries: [(String, String?)] = [("C", "VN"), ("O", identity.organization), ("OU", identity.unit),
                                            ("CN", identity.commonName), ("emailAddress", identity.email)]
        for (field, value) in entries {
            guard let value else { continue }
            let bytes = Array(value.utf8)
            _ = bytes.withUnsafeBufferPointer { X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, $0.baseAddress, Int32($0.count), -1, 0) }
        }
        X509_set_issuer_name(certificate, name)
        X509_set_pubkey(certificate, key)
        guard X509_sign(certificate, key, EVP_sha256()) > 0 else {
            X509_free(certificate)
            throw SigningError(description: "X509_sign failed")
        }
        return certificate
    }
}

/// What an incremental update needs from the end of a PDF: the last cross-reference
/// section's offset, the object count, the catalog and the first page.
struct PDFTail {
    let startXref: Int
    let size: Int
    let root: Int
    let firstPage: Int

    init(_ file: [UInt8]) throws {
        let text = String(decoding: file.suffix(4096), as: UTF8.self)
        guard let startXref = Self.number(after: "startxref", in: text, last: true),
              let size = Self.number(after: "/Size", in: text, last: true),
              let root = Self.number(after: "/Root", in: text, last: true) else {
            throw PDFSigner.SigningError(description: "no trailer in the last 4 KB")
        }
        self.startXref = startXref
        self.size = size
        self.root = root
        let whole = String(decoding: file, as: UTF8.self)
        guard let page = whole.range(of: #"(\d+) 0 obj\s*<<\s*/Type\s*/Page\b"#, options: .regularExpression),
              let number = Int(whole[page].prefix { $0.isNumber }) else {
            throw PDFSigner.SigningError(description: "no page object")
        }
        firstPage = number
    }

    /// The dictionary text of object `number` as last written ("<< … >>").
    func latestObject(_ number: Int, in file: [UInt8]) throws -> String {
        let whole = String(decoding: file, as: UTF8.self)
        guard let header = whole.range(of: "\n\(number) 0 obj", options: .backwards),
              let open = whole.range(of: "<<", range: header.upperBound..<whole.endIndex) else {
            throw PDFSigner.SigningError(description: "object \(number) not found")
        }
        var depth = 0
        var i = open.lowerBound
        while i < whole.endIndex {
            if whole[i...].hasPrefix("<<") { depth += 1; i = whole.index(i, offsetBy: 2); continue }
            if whole[i...].hasPrefix(">>") {
                depth -= 1
                i = whole.index(i, offsetBy: 2)
                if depth == 0 { return String(whole[open.lowerBound..<i]) }
                continue
            }
            i = whole.index(after: i)
        }
        throw PDFSigner.SigningError(description: "object \(number) is not closed")
    }

    private static func number(after key: String, in text: String, last: Bool) -> Int? {
        guard let range = text.range(of: key, options: last ? .backwards : []) else { return nil }
        let digits = text[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }.prefix { $0.isNumber }
        return Int(digits)
    }
}
