import CLibCrypto
import CLibGSF
import CLibraryLoaders
import CPoppler
import Testing

/// CLibraryLoaders declares the few types and constants vanban uses from poppler-glib, cairo,
/// GLib, libgsf and libcrypto itself, so that no process has to link them: here each is held
/// against the system headers it copies (this test target links the real libraries).
@Suite struct LibraryLoaderTests {
    static let constants: [(name: String, ours: Int64, system: Int64)] = [
        ("POPPLER_ERROR_ENCRYPTED", Int64(VANBAN_POPPLER_ERROR_ENCRYPTED), Int64(POPPLER_ERROR_ENCRYPTED.rawValue)),
        ("POPPLER_SIGNATURE_VALIDATION_FLAG_VALIDATE_CERTIFICATE",
         Int64(VANBAN_POPPLER_SIGNATURE_VALIDATION_FLAG_VALIDATE_CERTIFICATE),
         Int64(POPPLER_SIGNATURE_VALIDATION_FLAG_VALIDATE_CERTIFICATE.rawValue)),
        ("POPPLER_SIGNATURE_VALIDATION_FLAG_WITHOUT_OCSP_REVOCATION_CHECK",
         Int64(VANBAN_POPPLER_SIGNATURE_VALIDATION_FLAG_WITHOUT_OCSP_REVOCATION_CHECK),
         Int64(POPPLER_SIGNATURE_VALIDATION_FLAG_WITHOUT_OCSP_REVOCATION_CHECK.rawValue)),
        ("POPPLER_SIGNATURE_VALID", Int64(VANBAN_POPPLER_SIGNATURE_VALID), Int64(POPPLER_SIGNATURE_VALID.rawValue)),
        ("POPPLER_SIGNATURE_INVALID", Int64(VANBAN_POPPLER_SIGNATURE_INVALID), Int64(POPPLER_SIGNATURE_INVALID.rawValue)),
        ("POPPLER_SIGNATURE_DIGEST_MISMATCH", Int64(VANBAN_POPPLER_SIGNATURE_DIGEST_MISMATCH),
         Int64(POPPLER_SIGNATURE_DIGEST_MISMATCH.rawValue)),
        ("POPPLER_CERTIFICATE_TRUSTED", Int64(VANBAN_POPPLER_CERTIFICATE_TRUSTED), Int64(POPPLER_CERTIFICATE_TRUSTED.rawValue)),
        ("POPPLER_CERTIFICATE_UNTRUSTED_ISSUER", Int64(VANBAN_POPPLER_CERTIFICATE_UNTRUSTED_ISSUER),
         Int64(POPPLER_CERTIFICATE_UNTRUSTED_ISSUER.rawValue)),
        ("POPPLER_CERTIFICATE_UNKNOWN_ISSUER", Int64(VANBAN_POPPLER_CERTIFICATE_UNKNOWN_ISSUER),
         Int64(POPPLER_CERTIFICATE_UNKNOWN_ISSUER.rawValue)),
        ("POPPLER_CERTIFICATE_REVOKED", Int64(VANBAN_POPPLER_CERTIFICATE_REVOKED), Int64(POPPLER_CERTIFICATE_REVOKED.rawValue)),
        ("POPPLER_CERTIFICATE_EXPIRED", Int64(VANBAN_POPPLER_CERTIFICATE_EXPIRED), Int64(POPPLER_CERTIFICATE_EXPIRED.rawValue)),
        ("POPPLER_ANNOT_FREE_TEXT", Int64(VANBAN_POPPLER_ANNOT_FREE_TEXT), Int64(POPPLER_ANNOT_FREE_TEXT.rawValue)),
        ("POPPLER_ANNOT_STAMP", Int64(VANBAN_POPPLER_ANNOT_STAMP), Int64(POPPLER_ANNOT_STAMP.rawValue)),
        ("POPPLER_ANNOT_WIDGET", Int64(VANBAN_POPPLER_ANNOT_WIDGET), Int64(POPPLER_ANNOT_WIDGET.rawValue)),
        ("CAIRO_STATUS_SUCCESS", Int64(VANBAN_CAIRO_STATUS_SUCCESS), Int64(CAIRO_STATUS_SUCCESS.rawValue)),
        ("CAIRO_STATUS_WRITE_ERROR", Int64(VANBAN_CAIRO_STATUS_WRITE_ERROR), Int64(CAIRO_STATUS_WRITE_ERROR.rawValue)),
        ("CAIRO_FORMAT_RGB24", Int64(VANBAN_CAIRO_FORMAT_RGB24), Int64(CAIRO_FORMAT_RGB24.rawValue)),
        ("CAIRO_FILTER_GOOD", Int64(VANBAN_CAIRO_FILTER_GOOD), Int64(CAIRO_FILTER_GOOD.rawValue)),
        ("CAIRO_PDF_METADATA_CREATOR", Int64(VANBAN_CAIRO_PDF_METADATA_CREATOR), Int64(CAIRO_PDF_METADATA_CREATOR.rawValue)),
        ("G_LOG_LEVEL_CRITICAL", Int64(VANBAN_G_LOG_LEVEL_CRITICAL), Int64(G_LOG_LEVEL_CRITICAL.rawValue)),
        ("G_LOG_LEVEL_WARNING", Int64(VANBAN_G_LOG_LEVEL_WARNING), Int64(G_LOG_LEVEL_WARNING.rawValue)),
        ("NID_commonName", Int64(VANBAN_NID_commonName), Int64(NID_commonName)),
        ("NID_organizationName", Int64(VANBAN_NID_organizationName), Int64(NID_organizationName)),
        ("NID_organizationalUnitName", Int64(VANBAN_NID_organizationalUnitName), Int64(NID_organizationalUnitName)),
        ("NID_pkcs9_emailAddress", Int64(VANBAN_NID_pkcs9_emailAddress), Int64(NID_pkcs9_emailAddress)),
    ]

    @Test(arguments: constants.map(\.name))
    func aConstantHasTheSystemValue(_ name: String) throws {
        let entry = try #require(Self.constants.first { $0.name == name })
        #expect(entry.ours == entry.system)
    }

    /// (type, our size, the system's size, the offsets of the fields vanban reads, ours and the system's)
    static let layouts: [(name: String, ours: [Int?], system: [Int?])] = [
        ("GError", [MemoryLayout<vanban_GError>.size, MemoryLayout<vanban_GError>.offset(of: \.code),
                    MemoryLayout<vanban_GError>.offset(of: \.message)],
         [MemoryLayout<GError>.size, MemoryLayout<GError>.offset(of: \.code), MemoryLayout<GError>.offset(of: \.message)]),
        ("GList", [MemoryLayout<vanban_GList>.size, MemoryLayout<vanban_GList>.offset(of: \.data),
                   MemoryLayout<vanban_GList>.offset(of: \.next)],
         [MemoryLayout<GList>.size, MemoryLayout<GList>.offset(of: \.data), MemoryLayout<GList>.offset(of: \.next)]),
        ("PopplerRectangle", [MemoryLayout<vanban_PopplerRectangle>.size, MemoryLayout<vanban_PopplerRectangle>.offset(of: \.y2)],
         [MemoryLayout<PopplerRectangle>.size, MemoryLayout<PopplerRectangle>.offset(of: \.y2)]),
        ("PopplerImageMapping", [MemoryLayout<vanban_PopplerImageMapping>.size,
                                 MemoryLayout<vanban_PopplerImageMapping>.offset(of: \.image_id)],
         [MemoryLayout<PopplerImageMapping>.size, MemoryLayout<PopplerImageMapping>.offset(of: \.image_id)]),
        ("PopplerAnnotMapping", [MemoryLayout<vanban_PopplerAnnotMapping>.size,
                                 MemoryLayout<vanban_PopplerAnnotMapping>.offset(of: \.annot)],
         [MemoryLayout<PopplerAnnotMapping>.size, MemoryLayout<PopplerAnnotMapping>.offset(of: \.annot)]),
        ("gsf_off_t", [MemoryLayout<vanban_gsf_off_t>.size], [MemoryLayout<gsf_off_t>.size]),
    ]

    @Test(arguments: layouts.map(\.name))
    func aStructHasTheSystemLayout(_ name: String) throws {
        let entry = try #require(Self.layouts.first { $0.name == name })
        #expect(entry.ours == entry.system)
    }

    /// Loads the library `name`: whether it loaded, and the error it reports.
    static func load(_ name: String) -> (loaded: Int32, error: UnsafePointer<CChar>?)? {
        switch name {
        case "glib": return (vanban_glib_load(), vanban_glib_error())
        case "cairo": return (vanban_cairo_load(), vanban_cairo_error())
        case "poppler": return (vanban_poppler_load(), vanban_poppler_error())
        case "gsf": return (vanban_gsf_load(), vanban_gsf_error())
        case "crypto": return (vanban_crypto_load(), vanban_crypto_error())
        default: return nil
        }
    }

    @Test(arguments: ["glib", "cairo", "poppler", "gsf", "crypto"])
    func aLibraryLoadsWithEveryFunction(_ name: String) throws {
        let first = try #require(Self.load(name))
        let error = first.error.map { String(cString: $0) }
        #expect(first.loaded == 1, "\(error ?? "")")
        #expect(error == nil)
        #expect(Self.load(name)?.loaded == 1)   // the second call is free and gives the same
    }
}
