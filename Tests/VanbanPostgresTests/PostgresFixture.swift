import Foundation
import Testing
import VanbanPostgres
import VanbanTestSupport

/// A database of its own on the test server for one test, dropped when the test is done.
final class PostgresDatabase {
    let name: String
    let url: String
    private let server: String

    init() throws {
        let server = try #require(TestPostgres.url, Comment(rawValue: TestPostgres.missing))
        self.server = server
        name = "vanban_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        url = try PostgresServer.createDatabase(name, on: server)
    }

    deinit { try? PostgresServer.dropDatabase(name, on: server) }
}
