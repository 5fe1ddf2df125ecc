// swift-tools-version: 6.1
// libFuzzer targets for vanban: build and run them with scripts/fuzz.sh (see docs/reliability.md).
// A package of its own, so that the fuzzer's instrumentation never touches the normal build.
import PackageDescription

let fuzzTargets = ["rules", "plaintext", "docx", "docx-xml", "doc", "pdf-layout", "pdf"]

let package = Package(
    name: "vanban-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "vanban", path: "..")],
    targets: [
        // Decodes fuzz bytes into inputs (glyph pages, zip packages); uses internal VanbanText API,
        // so the package is built with -enable-testing.
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "VanbanKit", package: "vanban")]),
    ] + fuzzTargets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzSupport", .product(name: "VanbanKit", package: "vanban")])
    }
)
