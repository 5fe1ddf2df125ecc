import VanbanRules
import Foundation
import GRDB

/// The archive's schema as named migrations, applied in order and only ever appended to.
/// docs/schema.md describes the tables for people who use sqlite3 directly.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-files-and-documents") { db in
            try db.execute(sql: filesAndDocuments)
        }
        migrator.registerMigration("v2-full-text-search") { db in
            try db.execute(sql: fullTextSearch)
            try fillFoldedSearch(db)
        }
        migrator.registerMigration("v3-citation-graph") { db in
            try db.execute(sql: citationGraph)
        }
        migrator.registerMigration("v4-symbol-index") { db in
            try db.execute(sql: symbolIndex)
        }
        return migrator
    }

    /// Brings the archive up to date; refuses an archive written by a newer vanban.
    static func migrate(_ writer: any DatabaseWriter) throws {
        let migrator = migrator
        let (superseded, complete) = try writer.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded {
            throw ArchiveError(.newerSchema, "the archive was written by a newer vanban (unknown schema migrations); use a newer vanban")
        }
        if complete { return }
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

    /// The symbols of the documents of one sequence number and year, read from the index alone
    /// when a citation's symbol may hold a typo (a number like 01 is borne by hundreds of
    /// documents a year in a large archive; reading them whole made imports slow down as the
    /// archive grew).
    private static let symbolIndex = """
        CREATE INDEX graph_documents_seq_symbol ON graph_documents(seq, year, symbol_key) WHERE seq IS NOT NULL;
        DROP INDEX graph_documents_seq;
        """

    /// The citation graph (VanbanGraph): each citation's resolution to an archived document or
    /// to an outside one, and the keys documents are matched by. Triggers mark what arrives
    /// as pending (`indexed = 0`, `method = 'pending'`) and send back to pending the citations
    /// of a document that goes, so that the resolver only works on what changed.
    private static let citationGraph = """
        CREATE TABLE graph_documents (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            indexed     INTEGER NOT NULL DEFAULT 0,
            type        TEXT,
            number_key  TEXT,
            seq         TEXT,
            symbol_key  TEXT,
            year        INTEGER,
            title_key   TEXT
        );
        CREATE INDEX graph_documents_pending ON graph_documents(document_id) WHERE indexed = 0;
        CREATE INDEX graph_documents_number ON graph_documents(number_key) WHERE number_key IS NOT NULL;
        CREATE INDEX graph_documents_seq ON graph_documents(seq, year) WHERE seq IS NOT NULL;
        CREATE INDEX graph_documents_unnumbered ON graph_documents(type, year) WHERE seq IS NULL;
        CREATE INDEX graph_documents_title ON graph_documents(title_key) WHERE title_key IS NOT NULL;

        CREATE TABLE external_documents (
            id         INTEGER PRIMARY KEY,
            key        TEXT NOT NULL UNIQUE,
            type       TEXT,
            number     TEXT,
            number_key TEXT,
            title      TEXT,
            year       INTEGER
        );
        CREATE INDEX external_documents_number ON external_documents(number_key);

        CREATE TABLE citation_resolutions (
            citation_id INTEGER PRIMARY KEY REFERENCES citations(id) ON DELETE CASCADE,
            citing_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            relation    TEXT NOT NULL,
            method      TEXT NOT NULL DEFAULT 'pending',
            confidence  REAL NOT NULL DEFAULT 0,
            cited_id    INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            external_id INTEGER REFERENCES external_documents(id) ON DELETE SET NULL,
            type        TEXT,
            number_key  TEXT,
            seq         TEXT,
            year        INTEGER,
            title_key   TEXT
        );
        CREATE INDEX citation_resolutions_citing ON citation_resolutions(citing_id);
        CREATE INDEX citation_resolutions_cited ON citation_resolutions(cited_id) WHERE cited_id IS NOT NULL;
        CREATE INDEX citation_resolutions_external ON citation_resolutions(external_id) WHERE external_id IS NOT NULL;
        CREATE INDEX citation_resolutions_pending ON citation_resolutions(citation_id) WHERE method = 'pending';
        CREATE INDEX citation_resolutions_number ON citation_resolutions(number_key) WHERE number_key IS NOT NULL;
        CREATE INDEX citation_resolutions_seq ON citation_resolutions(seq, year) WHERE seq IS NOT NULL;
        CREATE INDEX citation_resolutions_type ON citation_resolutions(type, year);
        CREATE INDEX citation_resolutions_title ON citation_resolutions(title_key) WHERE title_key IS NOT NULL;

        CREATE TRIGGER graph_documents_insert AFTER INSERT ON documents BEGIN
            INSERT INTO graph_documents (document_id) VALUES (new.id);
        END;
        CREATE TRIGGER graph_citations_insert AFTER INSERT ON citations BEGIN
            INSERT INTO citation_resolutions (citation_id, citing_id, relation)
                VALUES (new.id, new.document_id, new.relation);
        END;
        CREATE TRIGGER graph_documents_delete BEFORE DELETE ON documents BEGIN
            UPDATE citation_resolutions SET method = 'pending', confidence = 0, cited_id = NULL
                WHERE cited_id = old.id AND citing_id <> old.id;
        END;
        INSERT INTO graph_documents (document_id) SELECT id FROM documents;
        INSERT INTO citation_resolutions (citation_id, citing_id, relation)
            SELECT id, document_id, relation FROM citations;

        CREATE VIEW resolved_citations AS
            SELECT r.citation_id, r.citing_id, c.position, c.type AS cited_type, c.number AS cited_number,
                   c.title AS cited_title, c.date AS cited_date, r.relation, r.method, r.confidence,
                   r.cited_id, r.external_id
            FROM citation_resolutions r JOIN citations c ON c.id = r.citation_id;
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
