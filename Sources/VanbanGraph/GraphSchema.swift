import VanbanStore

/// The citation graph's tables in the archive, as a part of the archive's schema: open an
/// archive with `SQLiteArchive(path:create:parts: [GraphSchema.part])` for the graph to work.
public enum GraphSchema {
    /// The graph's migrations, in order, only ever appended to.
    public static let part = ArchiveSchemaPart(name: "citation graph", migrations: [
        .init("v3-citation-graph", sql: citationGraph),
        .init("v4-symbol-index", sql: symbolIndex),
    ])

    /// The symbols of the documents of one sequence number and year, read from the index alone
    /// when a citation's symbol may hold a typo (a number like 01 is borne by hundreds of
    /// documents a year in a large archive; reading them whole made imports slow down as the
    /// archive grew).
    static let symbolIndex = """
        CREATE INDEX graph_documents_seq_symbol ON graph_documents(seq, year, symbol_key) WHERE seq IS NOT NULL;
        DROP INDEX graph_documents_seq;
        """

    /// The citation graph (VanbanGraph): each citation's resolution to an archived document or
    /// to an outside one, and the keys documents are matched by. Triggers mark what arrives
    /// as pending (`indexed = 0`, `method = 'pending'`) and send back to pending the citations
    /// of a document that goes, so that the resolver only works on what changed.
    static let citationGraph = """
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
}
