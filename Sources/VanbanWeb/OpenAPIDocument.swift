/// The API described for clients (OpenAPI 3.1), served at `/openapi.json`. A test keeps it
/// in step with the routes: every API route is in it and every path in it is a route.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {"title": "vanban", "version": "1", "description": "An archive of Vietnamese official documents: the register, records, citation chains and checks."},
      "components": {
        "securitySchemes": {"key": {"type": "http", "scheme": "bearer", "description": "The API key (also as X-API-Key). Writes need it; reads only when the server was started with --read-key."}},
        "parameters": {
          "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}},
          "node": {"name": "id", "in": "path", "required": true, "description": "A document (12, d12) or an outside document (x3).", "schema": {"type": "string"}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message", "status"], "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "status": {"type": "integer"}}}}},
          "Entry": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}, "number": {"type": ["string", "null"]}, "date": {"type": ["string", "null"]}, "type": {"type": ["string", "null"]}, "subject": {"type": ["string", "null"]}, "issuer": {"type": ["string", "null"]}, "signer": {"type": ["string", "null"]}, "format": {"type": ["string", "null"]}}},
          "Record": {"type": "object", "description": "A record as docs/record.md describes it."},
          "Document": {"type": "object", "required": ["id", "record", "renditions", "citations", "citedBy"], "properties": {"id": {"type": "integer"}, "path": {"type": "string"}, "format": {"type": ["string", "null"]}, "importedAt": {"type": "string"}, "record": {"$ref": "#/components/schemas/Record"}, "renditions": {"type": "array", "items": {"type": "object"}}, "citations": {"type": "array", "items": {"type": "object", "properties": {"resolution": {"type": "object", "properties": {"method": {"type": "string"}, "confidence": {"type": "number"}, "document": {"type": ["integer", "null"]}, "number": {"type": ["string", "null"]}, "external": {"type": ["string", "null"]}}}}}}, "citedBy": {"type": "array", "items": {"type": "object"}}}}
        },
        "responses": {
          "BadRequest": {"description": "Bad input (bad-id, bad-filter, empty-body…)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "No such document (not-found)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "TooLarge": {"description": "The body is too large (body-too-large), or too many citations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Timeout": {"description": "The body did not arrive in time (body-timeout)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Unauthorized": {"description": "The key is missing or wrong (key-required, wrong-key)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      },
      "paths": {
        "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "The OpenAPI document"}}}},
        "/api/documents": {
          "get": {"summary": "The register: documents matching the filters of vanban query, a page of them and the total",
            "parameters": [
              {"name": "type", "in": "query", "schema": {"type": "string"}, "description": "A type slug (quyet-dinh, ke-hoach…)"},
              {"name": "issuer", "in": "query", "schema": {"type": "string"}}, {"name": "signer", "in": "query", "schema": {"type": "string"}},
              {"name": "number", "in": "query", "schema": {"type": "string"}}, {"name": "cites", "in": "query", "schema": {"type": "string"}},
              {"name": "from", "in": "query", "schema": {"type": "string"}}, {"name": "to", "in": "query", "schema": {"type": "string"}},
              {"name": "text", "in": "query", "schema": {"type": "string"}, "description": "Words of the subject or text; without diacritics they match any"},
              {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Same as text"},
              {"name": "citing", "in": "query", "schema": {"type": "integer"}}, {"name": "cited-by", "in": "query", "schema": {"type": "integer"}},
              {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
              {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}}
            ],
            "responses": {"200": {"description": "{\"total\": N, \"documents\": […]}", "content": {"application/json": {"schema": {"type": "object", "required": ["total", "documents"], "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}, "documents": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}}}}}}}, "400": {"$ref": "#/components/responses/BadRequest"}}},
          "post": {"summary": "Archive a file (the body): read, stored, citations resolved; its document", "security": [{"key": []}],
            "parameters": [{"name": "name", "in": "query", "schema": {"type": "string"}, "description": "The file's name (also X-File-Name)"}],
            "requestBody": {"required": true, "content": {"application/octet-stream": {}}},
            "responses": {"201": {"description": "The archived document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}}, "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"description": "Writes are disabled (writes-disabled, read-only)"}, "408": {"$ref": "#/components/responses/Timeout"}, "413": {"$ref": "#/components/responses/TooLarge"}, "415": {"description": "A format vanban does not read (unsupported)"}, "422": {"description": "The file could not be read (empty, corrupt, encrypted, no-text…)"}}}
        },
        "/api/documents/{id}": {"get": {"summary": "One document: record, renditions, citations with their resolution, what cites it", "parameters": [{"$ref": "#/components/parameters/id"}],
          "responses": {"200": {"description": "The document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
        "/api/documents/{id}/file": {"get": {"summary": "The original file", "parameters": [{"$ref": "#/components/parameters/id"}],
          "responses": {"200": {"description": "The file as archived, with its media type"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}, "410": {"description": "The file is no longer where it was archived (file-missing)"}}}},
        "/api/chain/{id}": {"get": {"summary": "The citation chain through a document, as vanban chain --format json", "parameters": [{"$ref": "#/components/parameters/node"}],
          "responses": {"200": {"description": "{root, nodes, upstream, downstream}"}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
        "/api/check": {"get": {"summary": "Broken or suspicious citation chains, as vanban check --format json", "responses": {"200": {"description": "An array of findings"}}}},
        "/api/extract": {"post": {"summary": "A file (the body) → its record; nothing is stored",
          "parameters": [{"name": "name", "in": "query", "schema": {"type": "string"}}],
          "requestBody": {"required": true, "content": {"application/octet-stream": {}}},
          "responses": {"200": {"description": "The record", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Record"}}}}, "408": {"$ref": "#/components/responses/Timeout"}, "413": {"$ref": "#/components/responses/TooLarge"}, "415": {"description": "A format vanban does not read (unsupported)"}, "422": {"description": "The file could not be read"}}}},
        "/api/citations/lookup": {"post": {"summary": "A draft's text → each citation found (one archived document), ambiguous (several) or not-found",
          "requestBody": {"required": true, "content": {"text/plain": {}, "application/json": {"schema": {"type": "object", "properties": {"text": {"type": "string"}}}}}},
          "responses": {"200": {"description": "{count, citations: [{text, number, status, documents}]}"}, "400": {"$ref": "#/components/responses/BadRequest"}, "408": {"$ref": "#/components/responses/Timeout"}, "413": {"$ref": "#/components/responses/TooLarge"}}}}
      }
    }
    """#
}
