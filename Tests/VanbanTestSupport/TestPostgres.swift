import Foundation

/// The PostgreSQL server tests run against: `VANBAN_TEST_POSTGRES`, a URL such as
/// `postgres://postgres@127.0.0.1:5433/postgres` (`scripts/postgres.sh start` starts one and
/// prints it; .ci/run does so). Without it, tests that need PostgreSQL are skipped, except in
/// CI (`CI=true`), where they run and fail.
public enum TestPostgres {
    /// The server's URL, when one is given.
    public static let url: String? = {
        let value = ProcessInfo.processInfo.environment["VANBAN_TEST_POSTGRES"] ?? ""
        return value.isEmpty ? nil : value
    }()

    /// Whether the tests that need PostgreSQL run: a server is given, or this is CI (where
    /// they fail without one).
    public static let enabled: Bool = url != nil || ProcessInfo.processInfo.environment["CI"] == "true"

    /// What a test says when CI gives it no server.
    public static let missing = "no PostgreSQL server: set VANBAN_TEST_POSTGRES (scripts/postgres.sh start prints it)"
}
