import Foundation
import VanbanStore

/// The PostgreSQL archive's schema as named migrations, applied in order and only ever
/// appended to: the same tables, columns and meaning as the SQLite archive's
/// (`ArchiveSchema` in VanbanStore, docs/schema.md), with PostgreSQL types and a search table
/// in place of SQLite's FTS5 tables, then the work queue that many workers share.
enum PostgresSchema {
    struct Migration {
        let identifier: String
        let sql: String
    }

    static let migrations: [Migration] = [
        Migration(identifier: "v1-files-and-documents", sql: filesAndDocuments),
        Migration(identifier: "v2-full-text-search", sql: fullTextSearch),
        Migration(identifier: "v5-read-attempts", sql: readAttempts),
        Migration(identifier: "v6-work-queue", sql: workQueue),
        Migration(identifier: "v8-renditions", sql: renditions),
    ]

    /// One advisory lock key for every process migrating an archive at once.
    static let migrationLock: Int64 = 0x7661_6E62_616E_0001

    /// Brings the archive up to date (one transaction per migration, under an advisory lock
    /// so that workers starting together migrate once); refuses an archive written by a
    /// newer vanban. The migrations of `parts` (another module's tables) run after the store's
    /// own. Returns true when some migration was missing and `write` was false.
    @discardableResult
    static func migrate(_ session: PostgresSession, write: Bool, parts: [ArchiveSchemaPart] = []) throws -> Bool {
        let migrations = self.migrations + parts.flatMap { part in
            part.migrations.map { Migration(identifier: $0.identifier, sql: $0.sql) }
        }
        return try session.withConnection { connection in
            if write {
                try connection.execute("SELECT pg_advisory_lock($1)", [.int(migrationLock)])
            }
            defer { if write { try? connection.execute("SELECT pg_advisory_unlock($1)", [.int(migrationLock)]) } }
            try connection.script("""
                CREATE TABLE IF NOT EXISTS vanban_migrations (
                    identifier TEXT PRIMARY KEY,
                    applied_at TEXT NOT NULL
                )
                """)
            let applied = Set(try connection.rows("SELECT identifier FROM vanban_migrations").map { try $0.string("identifier") })
            let known = Set(migrations.map(\.identifier))
            let unknown = applied.subtracting(known).sorted()
            if !unknown.isEmpty {
                throw ArchiveError(.newerSchema, "the archive was written by a newer vanban (unknown schema migrations: "
                                   + unknown.joined(separator: ", ") + "); use a newer vanban")
            }
            let missing = migrations.filter { !applied.contains($0.identifier) }
            guard write else { return !missing.isEmpty }
            for migration in missing {
                try connection.execute("BEGIN")
                do {
                    try connection.script(migration.sql)
                    try connection.execute("INSERT INTO vanban_migrations (identifier, applied_at) VALUES ($1, $2)",
                                           [.text(migration.identifier), .text(ISO8601DateFormatter().string(from: Date()))])
                    try connection.execute("COMMIT")
                } catch {
                    try? connection.execute("ROLLBACK")
                    throw error
                }
            }
            return false
        }
    }

    private static let filesAndDocuments = """
        CREATE TABLE files (
            id            BIGSERIAL PRIMARY KEY,
            path          TEXT NOT NULL UNIQUE,
            sha256        TEXT UNIQUE,
            size          BIGINT,
            modified      DOUBLE PRECISION,
            format        TEXT,
            status        TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
            error_code    TEXT,
            error_message TEXT,
            extractor     TEXT NOT NULL,
            imported_at   TEXT NOT NULL,
            record        TEXT NOT NULL
        );
        CREATE INDEX files_status ON files(status);

        CREATE TABLE documents (
            id                  BIGINT PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
            type                TEXT,
            number_raw          TEXT,
            number_seq          TEXT,
            number_year         BIGINT,
            number_symbol       TEXT,
            number_key          TEXT,
            date                TEXT,
            place               TEXT,
            subject             TEXT,
            issuer_name         TEXT,
            issuer_parent       TEXT,
            issuer_key          TEXT,
            signer_name         TEXT,
            signer_position     TEXT,
            signer_authority    TEXT,
            signer_principal    TEXT,
            signer_key          TEXT,
            signature_signer    TEXT,
            signature_email     TEXT,
            signature_signed_at TEXT,
            signature_authority TEXT,
            text                TEXT
        );
        CREATE INDEX documents_type_date ON documents(type, date);
        CREATE INDEX documents_date ON documents(date);
        CREATE INDEX documents_number_key ON documents(number_key);

        CREATE TABLE citations (
            id          BIGSERIAL PRIMARY KEY,
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    BIGINT NOT NULL,
            type        TEXT,
            number      TEXT,
            number_key  TEXT,
            title       TEXT,
            date        TEXT,
            year        BIGINT,
            issuer      TEXT,
            subject     TEXT,
            relation    TEXT NOT NULL
        );
        CREATE INDEX citations_document ON citations(document_id);
        CREATE INDEX citations_number_key ON citations(number_key);

        CREATE TABLE citation_mentions (
            citation_id BIGINT NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
            position    BIGINT NOT NULL,
            "offset"    BIGINT NOT NULL,
            text        TEXT NOT NULL
        );
        CREATE INDEX citation_mentions_citation ON citation_mentions(citation_id);

        CREATE TABLE targets (
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    BIGINT NOT NULL,
            text        TEXT NOT NULL,
            metric      TEXT,
            value       DOUBLE PRECISION,
            unit        TEXT,
            comparison  TEXT
        );
        CREATE INDEX targets_document ON targets(document_id);

        CREATE TABLE addressees (
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    BIGINT NOT NULL,
            name        TEXT NOT NULL
        );
        CREATE INDEX addressees_document ON addressees(document_id);

        CREATE TABLE distribution (
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    BIGINT NOT NULL,
            name        TEXT NOT NULL
        );
        CREATE INDEX distribution_document ON distribution(document_id);

        CREATE VIEW document_files AS
            SELECT d.*, f.path, f.sha256, f.format, f.imported_at
            FROM documents d JOIN files f ON f.id = d.id;

        CREATE VIEW citation_links AS
            SELECT c.document_id   AS citing_id,
                   citing.number_raw AS citing_number,
                   c.position      AS position,
                   c.type          AS cited_type,
                   c.number        AS cited_number,
                   c.title         AS cited_title,
                   c.date          AS cited_date,
                   c.relation      AS relation,
                   cited.id        AS cited_id
            FROM citations c
            JOIN documents citing ON citing.id = c.document_id
            LEFT JOIN documents cited
                   ON cited.number_key = c.number_key
                  AND cited.id <> c.document_id
                  AND (c.year IS NULL
                       OR COALESCE(cited.number_year, CAST(NULLIF(substr(cited.date, 1, 4), '') AS BIGINT)) IS NULL
                       OR COALESCE(cited.number_year, CAST(NULLIF(substr(cited.date, 1, 4), '') AS BIGINT)) = c.year);
        """

    /// SQLite's two FTS5 tables become one table of words: each column holds a text's words
    /// (`SearchKey.words`) lower case, one space between them and one at each end, so that a
    /// phrase is found as " w1 w2 " (its words one after the other, as an FTS5 phrase) and a
    /// word as " w "; trigram GIN indexes (pg_trgm) make these LIKE searches fast.
    private static let fullTextSearch = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE TABLE document_search (
            document_id  BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            folded_subject TEXT NOT NULL,
            folded_text    TEXT NOT NULL,
            exact_words    TEXT NOT NULL
        );
        CREATE INDEX document_search_folded_subject ON document_search USING gin (folded_subject gin_trgm_ops);
        CREATE INDEX document_search_folded_text ON document_search USING gin (folded_text gin_trgm_ops);
        CREATE INDEX document_search_exact ON document_search USING gin (exact_words gin_trgm_ops);
        """

    /// Every file read successfully, as a rendition of a document (`Rendition`; SQLite's
    /// `v8-renditions`).
    private static let renditions = """
        CREATE TABLE renditions (
            file_id     BIGINT PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
            document_id BIGINT NOT NULL,
            key         TEXT,
            rank        BIGINT NOT NULL,
            subject     TEXT,
            text        TEXT
        );
        CREATE INDEX renditions_document ON renditions(document_id);
        CREATE INDEX renditions_key ON renditions(key) WHERE key IS NOT NULL;
        INSERT INTO renditions (file_id, document_id, key, rank, subject)
            SELECT d.id, d.id,
                   CASE WHEN d.type IS NOT NULL AND d.number_key IS NOT NULL AND coalesce(d.number_seq, '') <> ''
                             AND d.date IS NOT NULL AND d.issuer_key IS NOT NULL
                        THEN d.type || '|' || d.number_key || '|' || d.date || '|' || d.issuer_key END,
                   CASE WHEN f.format = 'pdf' AND f.record::jsonb ->> 'ocr' = 'true' THEN 1
                        WHEN f.format = 'pdf' AND (d.signature_signer IS NOT NULL OR d.signature_signed_at IS NOT NULL
                             OR jsonb_array_length(coalesce(f.record::jsonb -> 'signatures', '[]'::jsonb)) > 0) THEN 5
                        WHEN f.format = 'pdf' THEN 4 WHEN f.format = 'docx' THEN 3 WHEN f.format = 'doc' THEN 2
                        WHEN f.record::jsonb ->> 'ocr' = 'true' THEN 1 ELSE 0 END,
                   d.subject
            FROM documents d JOIN files f ON f.id = d.id;
        """

    private static let readAttempts = """
        CREATE TABLE read_attempts (
            sha256     TEXT PRIMARY KEY,
            path       TEXT NOT NULL,
            count      BIGINT NOT NULL,
            started_at TEXT NOT NULL
        );
        """

    /// The files to read, shared by the workers (`WorkQueue`): each row is a file waiting,
    /// leased to a worker until `lease_end`, done or failed. Batches are the rows one worker
    /// claimed at once (`batch_id`).
    private static let workQueue = """
        CREATE TABLE work_queue (
            id          BIGSERIAL PRIMARY KEY,
            path        TEXT NOT NULL UNIQUE,
            state       TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
            attempts    BIGINT NOT NULL DEFAULT 0,
            worker      TEXT,
            batch_id    BIGINT,
            lease_end   TIMESTAMPTZ,
            last_error  TEXT,
            queued_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
            finished_at TIMESTAMPTZ
        );
        CREATE INDEX work_queue_waiting ON work_queue(id) WHERE state = 'queued';
        CREATE INDEX work_queue_leases ON work_queue(lease_end) WHERE state = 'running';
        CREATE INDEX work_queue_finished ON work_queue(finished_at) WHERE finished_at IS NOT NULL;
        CREATE SEQUENCE work_batches;
        """
}
