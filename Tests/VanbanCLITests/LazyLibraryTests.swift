import Foundation
import Testing

/// poppler-glib, cairo, GLib, libgsf and libcrypto are loaded only by a process that reads a file
/// needing them: the dynamic loader's own account (LD_DEBUG=libs, inherited by the worker process)
/// of what `vanban extract` opened, for a text file, a .doc and a PDF. (Poppler's core library is
/// still linked, for the annotations' text: see docs/performance.md.)
@Suite(.enabled(if: CLIRunner.binary != nil, "the vanban executable was not built"))
struct LazyLibraryTests {
    static let heavy = ["libpoppler-glib.so", "libcairo.so", "libglib-2.0.so", "libgsf-1.so", "libcrypto.so"]
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let docFixture = tests.appendingPathComponent("VanbanTextTests/Fixtures/doc/vb-0001-cong-van.doc")
    static let pdfSample = tests.deletingLastPathComponent().appendingPathComponent("samples/vb-0001-cong-van.pdf")

    /// The shared libraries the processes of `vanban extract file` initialised, by file name. The
    /// loader writes its account to a file per process (LD_DEBUG_OUTPUT), not to standard error.
    private func librariesLoaded(extracting file: String) throws -> (status: Int32, names: Set<String>) {
        let dir = try TemporaryFolder()
        let prefix = dir.url.appendingPathComponent("ld").path
        let result = try CLIRunner.run(["extract", file], environment: ["LD_DEBUG": "libs", "LD_DEBUG_OUTPUT": prefix])
        var names: Set<String> = []
        for account in try FileManager.default.contentsOfDirectory(atPath: dir.url.path) {
            let text = try String(contentsOf: dir.url.appendingPathComponent(account), encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let range = line.range(of: "calling init: ") else { continue }
                names.insert(String(line[range.upperBound...].split(separator: "/").last ?? ""))
            }
        }
        return (result.status, names)
    }

    private func loaded(_ library: String, in names: Set<String>) -> Bool {
        names.contains { $0.hasPrefix(library) }
    }

    @Test func aTextFileLoadsNoneOfThem() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("cv.txt", Data(ExtractCommandTests.letter.utf8))
        let (status, names) = try librariesLoaded(extracting: file)
        #expect(status == 0)
        #expect(!names.isEmpty, "LD_DEBUG gave no account")
        for library in Self.heavy { #expect(!loaded(library, in: names), "\(library) was loaded") }
    }

    @Test func aDocLoadsLibgsfOnly() throws {
        let (status, names) = try librariesLoaded(extracting: Self.docFixture.path)
        #expect(status == 0)
        #expect(loaded("libgsf-1.so", in: names))
        for library in Self.heavy where library != "libgsf-1.so" && library != "libglib-2.0.so" { #expect(!loaded(library, in: names), "\(library) was loaded") }
    }

    @Test func aPDFLoadsPoppler() throws {
        let (status, names) = try librariesLoaded(extracting: Self.pdfSample.path)
        #expect(status == 0)
        #expect(loaded("libpoppler-glib.so", in: names))
        #expect(loaded("libcairo.so", in: names))
    }
}
