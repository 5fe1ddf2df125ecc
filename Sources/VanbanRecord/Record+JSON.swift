extension Record {
    /// The record as JSON, fields in RECORD.md order, nulls written.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("source", source.json),
            ("status", .string(status.rawValue)),
            ("error", error.map { .object([("code", .string($0.code)), ("message", .string($0.message))]) } ?? .null),
            ("warnings", .array(warnings.map(JSONValue.string))),
            ("type", .optional(type)),
            ("number", number?.json ?? .null),
            ("date", .optional(date)),
            ("place", .optional(place)),
            ("subject", .optional(subject)),
            ("issuer", issuer.map { .object([("name", .optional($0.name)), ("parent", .optional($0.parent))]) } ?? .null),
            ("signer", signer?.json ?? .null),
            ("addressees", .array(addressees.map(JSONValue.string))),
            ("distribution", .array(distribution.map(JSONValue.string))),
            ("citations", .array(citations.map(\.json))),
            ("targets", .array(targets.map(\.json))),
            ("signature", signature?.json ?? .null),
            ("signatures", .array(signatures.map(\.json))),
        ]
        members.append(contentsOf: extra)
        return .object(members)
    }

    /// One line of JSON Lines.
    public var jsonLine: String { json.serialized() }

    /// Reads a record back from its JSON form (as written by `json`).
    public init(json: JSONValue) throws {
        guard case .object = json, let src = json["source"] else { throw RecordError(code: "invalid", message: "not a record") }
        source = Source(file: src["file"]?.stringValue ?? "", path: src["path"]?.stringValue ?? "",
                        sha256: src["sha256"]?.stringValue, format: src["format"]?.stringValue,
                        pages: src["pages"]?.doubleValue.map { Int($0) }, bytes: src["bytes"]?.doubleValue.map { Int($0) })
        status = Status(rawValue: json["status"]?.stringValue ?? "") ?? .failed
        if let e = json["error"], case .object = e {
            error = RecordError(code: e["code"]?.stringValue ?? "", message: e["message"]?.stringValue ?? "")
        } else {
            error = nil
        }
        warnings = json["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        type = json["type"]?.stringValue
        if let n = json["number"], let raw = n["raw"]?.stringValue {
            number = DocumentNumber(raw: raw, seq: n["seq"]?.stringValue, year: n["year"]?.doubleValue.map { Int($0) },
                                    symbol: n["symbol"]?.stringValue)
        } else {
            number = nil
        }
        date = json["date"]?.stringValue
        place = json["place"]?.stringValue
        subject = json["subject"]?.stringValue
        if let i = json["issuer"], case .object = i {
            issuer = Issuer(name: i["name"]?.stringValue, parent: i["parent"]?.stringValue)
        } else {
            issuer = nil
        }
        if let s = json["signer"], case .object = s {
            signer = Signer(name: s["name"]?.stringValue, position: s["position"]?.stringValue,
                            authority: s["authority"]?.stringValue, principal: s["principal"]?.stringValue)
        } else {
            signer = nil
        }
        addressees = json["addressees"]?.arrayValue?.compactMap(\.stringValue) ?? []
        distribution = json["distribution"]?.arrayValue?.compactMap(\.stringValue) ?? []
        citations = (json["citations"]?.arrayValue ?? []).map { c in
            Citation(type: c["type"]?.stringValue, number: c["number"]?.stringValue, title: c["title"]?.stringValue,
                     date: c["date"]?.stringValue, issuer: c["issuer"]?.stringValue, subject: c["subject"]?.stringValue,
                     relation: c["relation"]?.stringValue ?? "mentions",
                     mentions: (c["mentions"]?.arrayValue ?? []).map {
                         Mention(offset: Int($0["offset"]?.doubleValue ?? 0), text: $0["text"]?.stringValue ?? "")
                     })
        }
        targets = (json["targets"]?.arrayValue ?? []).map { t in
            Target(text: t["text"]?.stringValue ?? "", metric: t["metric"]?.stringValue, value: t["value"]?.doubleValue,
                   unit: t["unit"]?.stringValue, comparison: t["comparison"]?.stringValue)
        }
        if let s = json["signature"], case .object = s {
            signature = Signature(signer: s["signer"]?.stringValue, email: s["email"]?.stringValue,
                                  signedAt: s["signedAt"]?.stringValue, authority: s["authority"]?.stringValue)
        } else {
            signature = nil
        }
        signatures = (json["signatures"]?.arrayValue ?? []).map(DigitalSignature.init(json:))
        let known: Set<String> = ["source", "status", "error", "warnings", "type", "number", "date", "place", "subject",
                                  "issuer", "signer", "addressees", "distribution", "citations", "targets", "signature",
                                  "signatures"]
        if case let .object(members) = json {
            extra = members.filter { !known.contains($0.0) }
        } else {
            extra = []
        }
    }
}

extension JSONValue {
    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    static func optional(_ n: Int?) -> JSONValue { n.map { .number(Double($0)) } ?? .null }
}

extension Source {
    var json: JSONValue {
        .object([("file", .string(file)), ("path", .string(path)), ("sha256", .optional(sha256)),
                 ("format", .optional(format)), ("pages", .optional(pages)), ("bytes", .optional(bytes))])
    }
}

extension DocumentNumber {
    var json: JSONValue {
        .object([("raw", .string(raw)), ("seq", .optional(seq)), ("year", .optional(year)), ("symbol", .optional(symbol))])
    }
}

extension Signer {
    var json: JSONValue {
        .object([("name", .optional(name)), ("position", .optional(position)),
                 ("authority", .optional(authority)), ("principal", .optional(principal))])
    }
}

extension Citation {
    var json: JSONValue {
        .object([("type", .optional(type)), ("number", .optional(number)), ("title", .optional(title)),
                 ("date", .optional(date)), ("issuer", .optional(issuer)), ("subject", .optional(subject)),
                 ("relation", .string(relation)),
                 ("mentions", .array(mentions.map { .object([("offset", .number(Double($0.offset))), ("text", .string($0.text))]) }))])
    }
}

extension Target {
    var json: JSONValue {
        .object([("text", .string(text)), ("metric", .optional(metric)), ("value", value.map(JSONValue.number) ?? .null),
                 ("unit", .optional(unit)), ("comparison", .optional(comparison))])
    }
}

extension Signature {
    var json: JSONValue {
        .object([("signer", .optional(signer)), ("email", .optional(email)),
                 ("signedAt", .optional(signedAt)), ("authority", .optional(authority))])
    }
}
