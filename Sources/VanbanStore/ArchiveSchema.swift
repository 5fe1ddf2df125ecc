import VanbanRules
import Foundation
import GRDB

/// The archive's schema as named migrations, applied in order and only ever appended to: the
/// store's own, then those of the parts other modules keep in the archive (the citation
/// graph's, see `ArchiveSchemaPart`). docs/schema.md describes the tables for people who use
/// sqlite3 directly.
enum ArchiveSchema {
    /// The store's migrations and those of `parts`. The graph's first two migrations
    /// ("v3-citation-graph", "v4-symbol-index") were the store's before the graph owned them:
    /// their identifiers are kept so that older archives are not migrated twice.
    static func migrator(_ parts: [ArchiveSchemaPart] = []) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-files-and-documents") { db in
            try db.execute(sql: filesAndDocuments)
        }
        migrator.registerMigration("v2-full-text-search") { db in
            try db.execute(sql: fullTextSearch)
            try fillFoldedSearch(db)
        }
        migrator.registerMigration("v5-read-attempts") { db in
            try db.execute(sql: readAttempts)
        }
        migrator.registerMigration("v8-renditions") { db in
            try db.execute(sql: renditions)
        }
        for part in parts {
            for migration in part.migrations {
                migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
            }
        }
        return migrator
    }

    /// Brings the archive up to date; refuses an archive written by a newer vanban.
    static func migrate(_ writer: any DatabaseWriter, parts: [ArchiveSchemaPart]) throws {
        let migrator = migrator(parts)
        if try !check(writer, parts: parts) { return }
        // Another process may be migrating the same new archive: each migration is one
        // transaction, so wait for it to finish and look again.
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                attempt += 1
                if attempt >= 50 { throw error }
                Thread.sleep(forTimeInterval: 0.1)
                if try writer.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
            }
        }
    }

    /// Refuses an archive written by a newer vanban, without writing; true when the archive
    /// lacks some of this vanban's migrations (an upgrade is due).
    static func check(_ reader: any DatabaseReader, parts: [ArchiveSchemaPart]) throws -> Bool {
        let migrator = migrator(parts)
        let (unknown, complete) = try reader.read { db in
            (try unknownMigrations(migrator, db), try migrator.hasCompletedMigrations(db))
        }
        if !unknown.isEmpty {
            throw ArchiveError(.newerSchema, "the archive was written by a newer vanban (unknown schema migrations: "
                               + unknown.joined(separator: ", ") + "); use a newer vanban")
        }
        return !complete
    }

    /// Migrations the archive has that `migrator` does not know, by name.
    static func unknownMigrations(_ migrator: DatabaseMigrator, _ db: Database) throws -> [String] {
        let known = Set(migrator.migrations)
        return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
    }

    /// Files handed to a reader and not yet stored, by content: a file that was being read
    /// when a whole run died (or that killed its reader) is counted here, so that one file
    /// cannot stop every later run at the same place (see `ArchiveStore.beginAttempt`).
    /// Every file read successfully, as a rendition of a document (`Rendition`): the document
    /// it belongs to (the id of the rendition that speaks for it), its rendition key and rank,
    /// and, for a file that does not speak for its document (no `documents` row), its subject
    /// and the document text it was read with, so that it can speak for it again. Files stored
    /// before this migration are each their own document (their key and rank filled in here)
    /// until one of their key is stored.
    static let renditions = """
        CREATE TABLE renditions (
            file_id     INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL,
            key         TEXT,
            rank        INTEGER NOT NULL,
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
                   CASE WHEN f.format = 'pdf' AND json_extract(f.record, '$.ocr') = 1 THEN 1
                        WHEN f.format = 'pdf' AND (d.signature_signer IS NOT NULL OR d.signature_signed_at IS NOT NULL
                             OR json_array_length(f.record, '$.signatures') > 0) THEN 5
                        WHEN f.format = 'pdf' THEN 4 WHEN f.format = 'docx' THEN 3 WHEN f.format = 'doc' THEN 2
                        WHEN json_extract(f.record, '$.ocr') = 1 THEN 1 ELSE 0 END,
                   d.subject
            FROM documents d JOIN files f ON f.id = d.id;
        """

    private static let readAttempts = """
        CREATE TABLE read_attempts (
            sha256     TEXT PRIMARY KEY,
            path       TEXT NOT NULL,
            count      INTEGER NOT NULL,
            started_at TEXT NOT NULL
        );
        """

    private static let filesAndDocuments = """
        CREATE TABLE files (
            id            INTEGER PRIMARY KEY,
            path          TEXT NOT NULL UNIQUE,
            sha256        TEXT UNIQUE,
            size          INTEGER,
            modified      REAL,
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
            id                  INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
            type                TEXT,
            number_raw          TEXT,
            number_seq          TEXT,
            number_year         INTEGER,
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
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            type        TEXT,
            number      TEXT,
            number_key  TEXT,
            title       TEXT,
            date        TEXT,
            year        INTEGER,
            issuer      TEXT,
            subject     TEXT,
            relation    TEXT NOT NULL
        );
        CREATE INDEX citations_document ON citations(document_id);
        CREATE INDEX citations_number_key ON citations(number_key);

        CREATE TABLE citation_mentions (
            citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            offset      INTEGER NOT NULL,
            text        TEXT NOT NULL
        );
        CREATE INDEX citation_mentions_citation ON citation_mentions(citation_id);

        CREATE TABLE targets (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            text        TEXT NOT NULL,
            metric      TEXT,
            value       REAL,
            unit        TEXT,
            comparison  TEXT
        );
        CREATE INDEX targets_document ON targets(document_id);

        CREATE TABLE addressees (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            name        TEXT NOT NULL
        );
        CREATE INDEX addressees_document ON addressees(document_id);

        CREATE TABLE distribution (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
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
                       OR COALESCE(cited.number_year, CAST(substr(cited.date, 1, 4) AS INTEGER)) IS NULL
                       OR COALESCE(cited.number_year, CAST(substr(cited.date, 1, 4) AS INTEGER)) = c.year);
        """

    private static let fullTextSearch = """
        CREATE VIRTUAL TABLE document_search USING fts5(
            subject, text, content = 'documents', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 0');
        CREATE VIRTUAL TABLE document_search_folded USING fts5(
            subject, text, tokenize = 'unicode61 remove_diacritics 2');

        CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
            INSERT INTO document_search(rowid, subject, text) VALUES (new.id, new.subject, new.text);
        END;
        CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
            INSERT INTO document_search(document_search, rowid, subject, text)
                VALUES ('delete', old.id, old.subject, old.text);
            DELETE FROM document_search_folded WHERE rowid = old.id;
        END;
        CREATE TRIGGER documents_search_update AFTER UPDATE OF subject, text ON documents BEGIN
            INSERT INTO document_search(document_search, rowid, subject, text)
                VALUES ('delete', old.id, old.subject, old.text);
            INSERT INTO document_search(rowid, subject, text) VALUES (new.id, new.subject, new.text);
        END;
        INSERT INTO document_search(document_search) VALUES ('rebuild');
        """

    /// Indexes the folded copy of documents stored before full-text search existed.
    private static func fillFoldedSearch(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, subject, text FROM documents")
        let insert = try db.makeStatement(sql: "INSERT INTO document_search_folded(rowid, subject, text) VALUES (?, ?, ?)")
        while let row = try rows.next() {
            let subject: String? = row["subject"]
            let text: String? = row["text"]
            try insert.execute(arguments: [row["id"] as Int64, subject.map { VietnameseText.fold($0) },
                                           text.map { VietnameseText.fold($0) }])
        }
    }
}
