import Foundation
import Testing
import VanbanTestSupport

/// Debian's Chromium, headless, where it is installed (scripts/setup.sh installs it).
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    /// In CI a missing Chromium fails the browser tests instead of skipping them.
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Runs Chromium headless with `arguments` and the page `url`; standard output (the DOM
    /// with `--dump-dom`). Killed after 90 s.
    static func run(_ arguments: [String], url: String) async throws -> String {
        let chromium = try #require(path, "chromium is not installed (scripts/setup.sh installs it)")
        let profile = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--hide-scrollbars", "--user-data-dir=" + profile.path] + arguments + [url]
        let output = profile.file("stdout")
        FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async { process.waitUntilExit(); done.resume() }
        }
        watchdog.cancel()
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static func dom(_ url: String) async throws -> String {
        try await run(["--dump-dom", "--virtual-time-budget=3000"], url: url)
    }

    /// Saves a screenshot of `url` at `width`×`height` as `name` in docs/screenshots when
    /// VANBAN_SCREENSHOTS is set (scripts/screenshots.sh), else in a temporary folder; returns its size in bytes.
    static func screenshot(_ url: String, name: String, width: Int, height: Int, into folder: String) async throws -> Int {
        let file = folder + "/" + name
        _ = try await run(["--screenshot=" + file, "--window-size=\(width),\(height)", "--virtual-time-budget=3000"], url: url)
        return ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0
    }
}

/// The pages as a person sees them: loaded in Chromium from the fixture archive, asserted
/// on the DOM the browser built, and photographed.
@Suite("Browser", .enabled(if: Chromium.path != nil || Chromium.required, "chromium is not installed"))
struct BrowserTests {
    static let screenshots: String? = ProcessInfo.processInfo.environment["VANBAN_SCREENSHOTS"].flatMap { $0.isEmpty ? nil : $0 }

    /// Rows of the register table in a DOM.
    static func rows(_ dom: String) -> Int { dom.components(separatedBy: "<tr data-id=").count - 1 }

    /// The first `href` of an element with `class="…"` in a DOM.
    static func href(ofClass name: String, in dom: String) -> String? {
        guard let range = dom.range(of: "class=\"\(name)\" href=\"") else { return nil }
        let rest = dom[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    @Test func pagesInChromium() async throws {
        let web = try await WebFixture()
        let base = "http://127.0.0.1:\(web.http.port)"
        let decision = try web.id("120/QĐ-UBND", year: 2023)
        let plan = try web.id("11/KH-UBND", year: 2023)
        let report = try web.id("07/BC-UBND", year: 2023)

        // The register lists every document; search without diacritics finds a letter.
        let register = try await Chromium.dom(base + "/")
        #expect(register.contains("<h1>Sổ văn bản</h1>"))
        #expect(BrowserTests.rows(register) == 6)
        let search = try await Chromium.dom(base + "/?q=tiep+cong+dan")
        #expect(BrowserTests.rows(search) == 1)
        #expect(search.contains("03/TB-UBND"))

        // The document page marks its citations; a citation link leads to the cited document.
        let document = try await Chromium.dom(base + "/documents/\(decision)")
        #expect(document.contains("<mark id=\"m0-0\""))
        let link = try #require(BrowserTests.href(ofClass: "citation", in: document))
        #expect(link == "/documents/\(plan)")
        let cited = try await Chromium.dom(base + link)
        #expect(cited.contains("<h1>Kế hoạch 11/KH-UBND</h1>"))

        // The chain page's SVG has the expected nodes and edges.
        let chain = try await Chromium.dom(base + "/documents/\(decision)/chain")
        for id in ["d\(decision)", "d\(plan)", "d\(report)"] { #expect(chain.contains("data-id=\"\(id)\""), "\(id)") }
        #expect(chain.contains("data-from=\"d\(decision)\" data-to=\"d\(plan)\""))
        #expect(chain.contains("data-from=\"d\(report)\" data-to=\"d\(decision)\""))
        #expect(chain.components(separatedBy: "class=\"node outside\"").count - 1 == 2)

        // The check report links the letters; the lookup page answers a pasted draft (a form post).
        let check = try await Chromium.dom(base + "/check")
        #expect(check.contains("data-kind=\"unresolved\""))
        #expect(check.contains("href=\"/documents/\(plan)\""))
        let lookup = try await Chromium.dom(base + "/lookup")
        #expect(lookup.contains("<textarea id=\"draft\""))

        // Screenshots for the README (docs/screenshots when asked, else thrown away).
        let folder = try TemporaryFolder()
        let target = BrowserTests.screenshots ?? folder.path
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for (path, name, width, height) in [("/", "register.png", 1280, 720), ("/?q=thi+dua", "register-phone.png", 390, 760),
                                            ("/documents/\(decision)", "document.png", 1280, 900),
                                            ("/documents/\(decision)/chain", "chain.png", 1280, 760),
                                            ("/check", "check.png", 1280, 720)] {
            let size = try await Chromium.screenshot(base + path, name: name, width: width, height: height, into: target)
            #expect(size > 5000, "\(name): \(size) bytes")
        }
    }
}
