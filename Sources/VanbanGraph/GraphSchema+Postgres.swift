import VanbanStore

extension GraphSchema {
    /// The graph's tables in a PostgreSQL archive: open it with
    /// `PostgresArchive(url:parts: [GraphSchema.postgresPart])`. The same tables, columns,
    /// indexes and meaning as SQLite's `v3-citation-graph` and `v4-symbol-index`, in one
    /// migration, with the triggers written as PL/pgSQL functions.
    public static let postgresPart = ArchiveSchemaPart(name: "citation graph", migrations: [
        .init("v7-citation-graph", sql: postgresCitationGraph),
    ])

    /// (Statements end with `;` at the end of a line, and only there: the migration runs
    /// them one by one.)
    static let postgresCitationGraph = """
        CREATE TABLE graph_documents (
            document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            indexed     BIGINT NOT NULL DEFAULT 0,
            type        TEXT,
            number_key  TEXT,
            seq         TEXT,
            symbol_key  TEXT,
            year        BIGINT,
            title_key   TEXT
        );
        CREATE INDEX graph_documents_pending ON graph_documents(document_id) WHERE indexed = 0;
        CREATE INDEX graph_documents_number ON graph_documents(number_key) WHERE number_key IS NOT NULL;
        CREATE INDEX graph_documents_seq_symbol ON graph_documents(seq, year, symbol_key) WHERE seq IS NOT NULL;
        CREATE INDEX graph_documents_unnumbered ON graph_documents(type, year) WHERE seq IS NULL;
        CREATE INDEX graph_documents_title ON graph_documents(title_key) WHERE title_key IS NOT NULL;

        CREATE TABLE external_documents (
            id         BIGSERIAL PRIMARY KEY,
            key        TEXT NOT NULL UNIQUE,
            type       TEXT,
            number     TEXT,
            number_key TEXT,
            title      TEXT,
            year       BIGINT
        );
        CREATE INDEX external_documents_number ON external_documents(number_key);

        CREATE TABLE citation_resolutions (
            citation_id BIGINT PRIMARY KEY REFERENCES citations(id) ON DELETE CASCADE,
            citing_id   BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            relation    TEXT NOT NULL,
            method      TEXT NOT NULL DEFAULT 'pending',
            confidence  DOUBLE PRECISION NOT NULL DEFAULT 0,
            cited_id    BIGINT REFERENCES documents(id) ON DELETE SET NULL,
            external_id BIGINT REFERENCES external_documents(id) ON DELETE SET NULL,
            type        TEXT,
            number_key  TEXT,
            seq         TEXT,
            year        BIGINT,
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

        CREATE FUNCTION graph_documents_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO graph_documents (document_id) VALUES (NEW.id); RETURN NULL; END
        $$;
        CREATE TRIGGER graph_documents_insert AFTER INSERT ON documents
            FOR EACH ROW EXECUTE FUNCTION graph_documents_insert();
        CREATE FUNCTION graph_citations_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO citation_resolutions (citation_id, citing_id, relation) VALUES (NEW.id, NEW.document_id, NEW.relation); RETURN NULL; END
        $$;
        CREATE TRIGGER graph_citations_insert AFTER INSERT ON citations
            FOR EACH ROW EXECUTE FUNCTION graph_citations_insert();
        CREATE FUNCTION graph_documents_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE citation_resolutions SET method = 'pending', confidence = 0, cited_id = NULL
                    WHERE cited_id = OLD.id AND citing_id <> OLD.id; RETURN OLD; END
        $$;
        CREATE TRIGGER graph_documents_delete BEFORE DELETE ON documents
            FOR EACH ROW EXECUTE FUNCTION graph_documents_delete();
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
