import Foundation

/// Renders the list labels of numbered paragraphs ("1.", "1.2.", "a)", "-", "•") the way
/// Word counts them: in document order, per list, with `w:start`, `w:lvlRestart` and
/// start overrides. Numbering comes from the paragraph's own `w:numPr` or from its style.
/// numbering.xml is parsed on first need only, styles.xml only when a styled paragraph
/// may be numbered (a document without numbering.xml never reads its styles).
final class ListLabeler {
    /// What a paragraph says about its numbering.
    struct Request {
        var numId: Int?
        var level: Int?
        var style: String?

        var isEmpty: Bool { numId == nil && level == nil && style == nil }
    }

    private enum ListKey: Hashable {
        case abstract(Int)
        case instance(Int)
    }

    private static let levels = ListLevel.indices.count
    private let loadStyles: () -> ParagraphStyles?
    private let loadNumbering: () -> NumberingDefinitions?
    private lazy var styles: ParagraphStyles? = loadStyles()
    private lazy var numbering: NumberingDefinitions? = loadNumbering()
    private var counters: [ListKey: [Int?]] = [:]

    /// - Parameters:
    ///   - styles: reads styles.xml; nil when the document has none or it is unreadable.
    ///   - numbering: reads numbering.xml, likewise.
    init(styles: @escaping () -> ParagraphStyles?, numbering: @escaping () -> NumberingDefinitions?) {
        loadStyles = styles
        loadNumbering = numbering
    }

    /// The label of the next paragraph numbered as `request` says, counting it; nil when
    /// the paragraph is not numbered or its level shows no label.
    func label(for request: Request) -> String? {
        if request.isEmpty || request.numId == 0 { return nil }
        guard let numbering, !numbering.instances.isEmpty else { return nil }
        var numId = request.numId
        var level = request.level
        if let style = request.style, numId == nil || level == nil,
           let inherited = styles?.numbering(forStyle: style) {
            numId = numId ?? inherited.numId
            level = level ?? inherited.level
        }
        guard let numId, numId != 0, let instance = numbering.instances[numId],
              let abstract = resolvedAbstract(instance.abstractId, in: numbering) else { return nil }
        let styleLevel = request.style.flatMap { style in
            abstract.definition.levels.filter { $0.value.style == style }.keys.min()
        }
        let index = min(max(level ?? styleLevel ?? 0, 0), Self.levels - 1)
        func definition(_ level: Int) -> ListLevel? {
            instance.levelOverrides[level] ?? abstract.definition.levels[level]
        }
        guard let current = definition(index) else { return nil }
        func start(_ level: Int) -> Int {
            instance.startOverrides[level] ?? definition(level)?.start ?? 0
        }
        let key: ListKey = instance.hasOverrides ? .instance(numId) : .abstract(abstract.id)
        var values = counters[key] ?? Array(repeating: nil, count: Self.levels)
        values[index] = (values[index] ?? start(index) - 1) + 1
        for deeper in (index + 1)..<Self.levels {
            let restart = definition(deeper)?.restartAfter ?? deeper
            if restart != 0, index < min(restart, deeper) { values[deeper] = nil }
        }
        counters[key] = values
        if current.format == "bullet" { return BulletGlyph.label(for: current.text) }
        let label = render(current.text) { level in
            guard let source = definition(level) else { return "" }
            let value = values[level] ?? start(level)
            return ListNumberFormat.render(value, format: current.isLegal ? "decimal" : source.format)
        }
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `template` with each "%N" (N = 1...9) replaced by `number(N - 1)`.
    private func render(_ template: String, number: (Int) -> String) -> String {
        var result = ""
        var scalars = template.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let digit = scalars.next() else {
                result += "%"
                break
            }
            if let value = digit.properties.numericType != nil ? Int(String(digit)) : nil, (1...9).contains(value) {
                result += number(value - 1)
            } else {
                result += "%"
                result.unicodeScalars.append(digit)
            }
        }
        return result
    }

    /// The abstract definition `id`, following a `w:numStyleLink` through its numbering style once.
    private func resolvedAbstract(_ id: Int, in numbering: NumberingDefinitions)
        -> (id: Int, definition: NumberingDefinitions.Abstract)? {
        guard let abstract = numbering.abstracts[id] else { return nil }
        guard let link = abstract.numStyleLink, let linked = styles?.numbering(forStyle: link),
              let target = numbering.instances[linked.numId]?.abstractId, target != id,
              let definition = numbering.abstracts[target] else { return (id, abstract) }
        return (target, definition)
    }
}
