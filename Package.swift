// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "vanban",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "VanbanKit", targets: ["VanbanKit"]),
        .executable(name: "vanban", targets: ["VanbanCLI"]),
        .executable(name: "vanban-gen", targets: ["VanbanGen"]),
        .executable(name: "vanban-scan", targets: ["VanbanScan"]),
        .executable(name: "vanban-bench", targets: ["VanbanBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The web server for `vanban serve` (without the swift-configuration trait: less to build).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C libraries, each behind its own system-library target.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib",
                       providers: [.apt(["libpoppler-glib-dev"])]),
        // Poppler's core C++ library and headers (libpoppler-private-dev), for CPopplerCore only.
        .systemLibrary(name: "CPopplerCoreLib", pkgConfig: "poppler",
                       providers: [.apt(["libpoppler-dev", "libpoppler-private-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibZ", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CLibGSF", pkgConfig: "libgsf-1",
                       providers: [.apt(["libgsf-1-dev"])]),
        // Tesseract, loaded with dlopen on first use (see its header): only OCR pays its start-up.
        .target(name: "CTesseract", linkerSettings: [.linkedLibrary("dl")]),
        // poppler-glib, cairo, GLib, libgsf and libcrypto, each loaded with dlopen on first use (see
        // vanban_library.h): a process that reads no PDF or .doc does not pay their start-up.
        .target(name: "CLibraryLoaders", linkerSettings: [.linkedLibrary("dl")]),

        // The text annotations draw (signature widgets), read with poppler's core API behind a C interface.
        .target(name: "CPopplerCore", dependencies: ["CPopplerCoreLib"]),

        // OCR for pages without a text layer (poppler renders, Tesseract reads).
        .target(name: "VanbanOCR", dependencies: ["CLibraryLoaders", "CTesseract"]),

        // Stage 1: bytes on disk -> text with its layout repaired.
        .target(name: "VanbanText", dependencies: [
            "CLibraryLoaders", "CPopplerCore", "CLibXML2", "CLibZ", "VanbanOCR", "VanbanRecord",
        ]),
        // The record contract (RECORD.md) and its JSON form.
        .target(name: "VanbanRecord"),
        // Stage 2: Vietnamese rules, text -> record fields.
        .target(name: "VanbanRules", dependencies: ["VanbanRecord"]),
        // The pipeline: file -> record.
        .target(name: "VanbanKit", dependencies: ["VanbanText", "VanbanRules", "VanbanRecord", "VanbanExchange"]),
        // The archive: a sink for records behind a narrow protocol (SQLite embedded).
        .target(name: "VanbanStore", dependencies: [
            "VanbanRecord", "VanbanRules",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's own calls, for the register's id lists (read without GRDB's generic cursors).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // The archive in PostgreSQL (same tables and meaning as SQLite) and its work queue, for many machines.
        .target(name: "VanbanPostgres", dependencies: [
            "VanbanRecord", "VanbanRules", "VanbanStore",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The formats archives exchange: the edXML envelope (QCVN 102:2016), the register of Phụ lục VI.
        .target(name: "VanbanExchange", dependencies: [
            "CLibXML2", "VanbanRecord", "VanbanRules", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Linux process calls for the worker supervisor.
        .target(name: "CProcess"),
        // Bulk import: the file walker, supervised worker processes, the batch writer.
        .target(name: "VanbanIngest", dependencies: [
            "CProcess", "VanbanKit", "VanbanText", "VanbanRecord", "VanbanStore",
        ]),
        // Many workers on one queue in a PostgreSQL archive: claim, read as ingest does, write.
        .target(name: "VanbanWorker", dependencies: [
            "VanbanIngest", "VanbanKit", "VanbanPostgres", "VanbanRecord", "VanbanStore", "VanbanText",
        ]),
        // Stage 4: the citation graph over the archive (SQLite or PostgreSQL).
        .target(name: "VanbanGraph", dependencies: [
            "VanbanStore", "VanbanPostgres", "VanbanRecord", "VanbanRules",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The archive on the web: JSON API and server-rendered pages for `vanban serve` (a sink-side module).
        .target(name: "VanbanWeb", dependencies: [
            "VanbanKit", "VanbanIngest", "VanbanStore", "VanbanPostgres", "VanbanGraph", "VanbanRecord", "VanbanRules",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The command-line program.
        .executableTarget(name: "VanbanCLI", dependencies: [
            "VanbanKit", "VanbanIngest", "VanbanStore", "VanbanGraph", "VanbanExchange", "VanbanPostgres", "VanbanWorker", "VanbanWeb",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Makes scanned PDFs (images only, no text layer) from text PDFs, to test and measure OCR.
        .executableTarget(name: "VanbanScan", dependencies: [
            "VanbanOCR",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Times one stage in-process, for scripts/bench.sh.
        .executableTarget(name: "VanbanBench", dependencies: [
            "VanbanKit", "VanbanText", "VanbanRules", "VanbanRecord",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Synthetic letters with their gold records, for measuring the pipeline.
        .target(name: "VanbanCorpus", dependencies: [
            "CPoppler", "CLibCrypto", "VanbanRecord",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .executableTarget(name: "VanbanGen", dependencies: [
            "VanbanCorpus",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Temporary folders and the built vanban binary, for the test targets.
        .target(name: "VanbanTestSupport", path: "Tests/VanbanTestSupport"),
        .testTarget(name: "VanbanTextTests", dependencies: [
            "VanbanTestSupport", "VanbanText", "CLibraryLoaders", "CPoppler", "CLibCrypto", "CLibGSF", "CLibZ", "VanbanOCR",
            "VanbanCorpus", "VanbanKit", "VanbanRecord",
        ],
                    exclude: ["Fixtures"]),
        .testTarget(name: "VanbanRecordTests", dependencies: ["VanbanRecord"]),
        .testTarget(name: "VanbanExchangeTests", dependencies: [
            "VanbanExchange", "VanbanRecord", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "VanbanRulesTests", dependencies: ["VanbanTestSupport", "VanbanRules", "VanbanRecord"]),
        .testTarget(name: "VanbanCLITests", dependencies: ["VanbanRecord", "VanbanOCR", "CPoppler"]),
        .testTarget(name: "VanbanStoreTests", dependencies: [
            "VanbanTestSupport", "VanbanStore", "VanbanIngest", "VanbanKit", "VanbanText", "VanbanRecord", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VanbanIngestTests", dependencies: [
            "VanbanTestSupport", "VanbanGraph", "VanbanIngest", "VanbanStore", "VanbanKit", "VanbanText", "VanbanRecord", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VanbanPostgresTests", dependencies: [
            "VanbanTestSupport", "VanbanPostgres", "VanbanWorker", "VanbanGraph", "VanbanIngest", "VanbanStore", "VanbanRecord",
        ]),
        .testTarget(name: "VanbanGraphTests", dependencies: [
            "VanbanTestSupport", "VanbanGraph", "VanbanPostgres", "VanbanCorpus", "VanbanOCR", "VanbanIngest", "VanbanStore", "VanbanKit", "VanbanRecord", "VanbanRules", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VanbanCorpusTests", dependencies: [
            "VanbanCorpus", "VanbanRecord", "CPoppler",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "VanbanOCRTests", dependencies: ["VanbanOCR", "CPoppler"]),
        .testTarget(name: "VanbanKitTests", dependencies: ["VanbanKit", "VanbanRecord"]),
        .testTarget(name: "VanbanWebTests", dependencies: [
            "VanbanTestSupport", "VanbanWeb", "VanbanStore", "VanbanPostgres", "VanbanGraph", "VanbanIngest", "VanbanKit", "VanbanRecord",
        ], exclude: ["Fixtures"]),
    ],
    cxxLanguageStandard: .cxx17
)
