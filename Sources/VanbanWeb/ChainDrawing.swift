import VanbanGraph

/// A citation chain drawn as SVG on the server, in layers: what the document cites above it
/// (one layer per step), what cites it below, the document itself in the middle. Outside
/// documents (not in the archive) are drawn apart, in a column of their own on the right,
/// dashed. Each edge goes from the citing letter to the cited document, with its relation.
struct ChainDrawing {
    let chain: CitationChain

    static let boxWidth = 230.0
    static let boxHeight = 50.0
    static let columnGap = 40.0
    static let layerGap = 70.0
    static let margin = 36.0
    static let apartGap = 70.0

    struct Place { var x: Double; var y: Double }

    /// Each node's layer: negative above (cited), positive below (citing).
    func layers() -> [NodeID: Int] {
        var layer: [NodeID: Int] = [chain.root: 0]
        for edge in chain.upstream.sorted(by: { $0.depth < $1.depth }) where layer[edge.to] == nil {
            layer[edge.to] = -edge.depth
        }
        for edge in chain.downstream.sorted(by: { $0.depth < $1.depth }) where layer[edge.from] == nil {
            layer[edge.from] = edge.depth
        }
        for node in chain.nodes.keys where layer[node] == nil { layer[node] = 0 }
        return layer
    }

    func svg() -> String {
        let layer = layers()
        let levels = Set(layer.values).sorted()
        var places: [NodeID: Place] = [:]
        var archivedColumns = 1
        var rows: [Int: (archived: [NodeID], outside: [NodeID])] = [:]
        for (node, level) in layer {
            if node.isArchived { rows[level, default: ([], [])].archived.append(node) } else { rows[level, default: ([], [])].outside.append(node) }
        }
        for level in levels { archivedColumns = max(archivedColumns, rows[level]?.archived.count ?? 0) }
        let outsideColumns = rows.values.map(\.outside.count).max() ?? 0
        let step = ChainDrawing.boxWidth + ChainDrawing.columnGap
        let archivedWidth = Double(archivedColumns) * step - ChainDrawing.columnGap
        let outsideLeft = ChainDrawing.margin + archivedWidth + ChainDrawing.apartGap
        let order = orderInLayers(rows.mapValues { $0.archived }, levels: levels)
        for (row, level) in levels.enumerated() {
            let y = ChainDrawing.margin + Double(row) * (ChainDrawing.boxHeight + ChainDrawing.layerGap)
            let archived = order[level] ?? []
            let rowWidth = Double(archived.count) * step - ChainDrawing.columnGap
            let start = ChainDrawing.margin + (archivedWidth - rowWidth) / 2
            for (i, node) in archived.enumerated() { places[node] = Place(x: start + Double(i) * step, y: y) }
            for (i, node) in (rows[level]?.outside ?? []).sorted().enumerated() {
                places[node] = Place(x: outsideLeft + Double(i) * step, y: y)
            }
        }
        let width = (outsideColumns > 0 ? outsideLeft + Double(outsideColumns) * step - ChainDrawing.columnGap : ChainDrawing.margin + archivedWidth)
            + ChainDrawing.margin
        let height = ChainDrawing.margin * 2 + Double(levels.count) * (ChainDrawing.boxHeight + ChainDrawing.layerGap) - ChainDrawing.layerGap
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
            + "width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"Chuỗi dẫn chiếu\">\n"
        out += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n"
        if outsideColumns > 0 {
            out += "<line class=\"apart\" x1=\"\(f(outsideLeft - ChainDrawing.apartGap / 2))\" y1=\"0\" x2=\"\(f(outsideLeft - ChainDrawing.apartGap / 2))\" y2=\"\(f(height))\" stroke=\"#bbb\" stroke-dasharray=\"4 4\"/>\n"
            out += "<text x=\"\(f(outsideLeft))\" y=\"14\" class=\"apart-label\" font-size=\"12\" fill=\"#777\">Ngoài kho</text>\n"
        }
        var seen = Set<Int64>()
        for edge in chain.upstream + chain.downstream where seen.insert(edge.citation).inserted {
            guard let from = places[edge.from], let to = places[edge.to] else { continue }
            out += edgeSVG(edge, from: from, to: to)
        }
        for node in chain.orderedNodes {
            guard let place = places[node.id] else { continue }
            out += nodeSVG(node, at: place)
        }
        return out + "</svg>\n"
    }

    /// The archived nodes of each layer in an order that keeps edges from crossing much: the
    /// root's layer by id, then each layer outward by the mean position of its neighbours in
    /// the layer nearer the root (the barycentre heuristic).
    func orderInLayers(_ layers: [Int: [NodeID]], levels: [Int]) -> [Int: [NodeID]] {
        var neighbours: [NodeID: [NodeID]] = [:]
        for edge in chain.upstream + chain.downstream {
            neighbours[edge.from, default: []].append(edge.to)
            neighbours[edge.to, default: []].append(edge.from)
        }
        var order: [Int: [NodeID]] = [0: (layers[0] ?? []).sorted()]
        for outward in [levels.filter { $0 < 0 }.sorted(by: >), levels.filter { $0 > 0 }.sorted()] {
            for level in outward {
                let inner = order[level < 0 ? level + 1 : level - 1] ?? []
                let position = Dictionary(uniqueKeysWithValues: inner.enumerated().map { ($1, Double($0)) })
                func centre(_ node: NodeID) -> Double {
                    let places = (neighbours[node] ?? []).compactMap { position[$0] }
                    return places.isEmpty ? Double.infinity : places.reduce(0, +) / Double(places.count)
                }
                order[level] = (layers[level] ?? []).sorted { (centre($0), $0) < (centre($1), $1) }
            }
        }
        return order
    }

    private func edgeSVG(_ edge: GraphEdge, from: Place, to: Place) -> String {
        let w = ChainDrawing.boxWidth, h = ChainDrawing.boxHeight
        // Citing letter → cited document: from the citing box's side facing the cited one.
        let x1 = from.x + w / 2, x2 = to.x + w / 2
        let y1: Double, y2: Double
        if from.y > to.y { y1 = from.y; y2 = to.y + h } else if from.y < to.y { y1 = from.y + h; y2 = to.y } else { y1 = from.y + h / 2; y2 = to.y + h / 2 }
        let dashed = edge.method == .exact || edge.method == .external ? "" : " stroke-dasharray=\"3 3\""
        let label = WebWords.relation(edge.relation)
        var mx = (x1 + x2) / 2, my = (y1 + y2) / 2
        var out = "<g class=\"edge\" data-from=\"\(edge.from.slug)\" data-to=\"\(edge.to.slug)\" data-relation=\"\(edge.relation)\">"
        if from.y == to.y {
            // Same layer: an arc over the boxes, from the top of one to the top of the other.
            let top = from.y - ChainDrawing.layerGap * 0.45
            let (ax, bx) = (from.x + w / 2, to.x + w / 2)
            out += "<path d=\"M\(f(ax)),\(f(from.y)) Q\(f((ax + bx) / 2)),\(f(top)) \(f(bx)),\(f(to.y))\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.4\"\(dashed) marker-end=\"url(#arrow)\"/>"
            mx = (ax + bx) / 2
            my = (from.y + top) / 2
        } else {
            out += "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"#555\" stroke-width=\"1.4\"\(dashed) marker-end=\"url(#arrow)\"/>"
        }
        let labelWidth = Double(label.count) * 6.5 + 8
        out += "<rect x=\"\(f(mx - labelWidth / 2))\" y=\"\(f(my - 9))\" width=\"\(f(labelWidth))\" height=\"16\" fill=\"#fff\" opacity=\"0.9\"/>"
        out += "<text x=\"\(f(mx))\" y=\"\(f(my + 4))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">\(HTML.escape(label))</text>"
        return out + "</g>\n"
    }

    private func nodeSVG(_ node: GraphNode, at p: Place) -> String {
        let isRoot = node.id == chain.root
        let stroke = isRoot ? "#0b5394" : node.isArchived ? "#444" : "#999"
        let fill = isRoot ? "#e8f0fb" : node.isArchived ? "#fff" : "#f6f6f6"
        let dash = node.isArchived ? "" : " stroke-dasharray=\"5 4\""
        let kind = node.isArchived ? "archived" : "outside"
        let numbered = node.number ?? node.citedAs
        var first = numbered.map { [WebWords.type(node.type), $0].compactMap { $0 }.joined(separator: " ") }
            ?? node.title ?? WebWords.type(node.type) ?? node.id.description
        if first.isEmpty { first = node.id.description }
        let second = [WebWords.date(node.date) ?? node.year.map(String.init), node.subject ?? (numbered == nil ? nil : node.title)]
            .compactMap { $0 }.joined(separator: " · ")
        var out = "<g class=\"node \(kind)\(isRoot ? " root" : "")\" data-id=\"\(node.id.slug)\">"
        if case let .document(id) = node.id { out += "<a href=\"/documents/\(id)\">" }
        out += "<title>\(HTML.escape(node.label))</title>"
        out += "<rect x=\"\(f(p.x))\" y=\"\(f(p.y))\" width=\"\(f(ChainDrawing.boxWidth))\" height=\"\(f(ChainDrawing.boxHeight))\" rx=\"5\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(isRoot ? 2.5 : 1.2)\"\(dash)/>"
        out += "<text x=\"\(f(p.x + 8))\" y=\"\(f(p.y + 20))\" font-size=\"13\" font-weight=\"bold\" fill=\"#111\">\(HTML.escape(ChainDrawing.clip(first, 30)))</text>"
        out += "<text x=\"\(f(p.x + 8))\" y=\"\(f(p.y + 38))\" font-size=\"11\" fill=\"#444\">\(HTML.escape(ChainDrawing.clip(second, 38)))</text>"
        if node.id.isArchived { out += "</a>" }
        return out + "</g>\n"
    }

    static func clip(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }

    private func f(_ value: Double) -> String { String(Int(value.rounded())) }
}
