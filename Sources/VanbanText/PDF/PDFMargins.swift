/// A page's body margins and line pitch, measured from its body lines (tables left out).
struct PDFMargins {
    let left: Double
    let right: Double
    /// How far short of the right margin a wrapped line may stop (ragged edges, a long word pushed down).
    let tolerance: Double
    /// How far right of the left margin a line starts before it counts as indented.
    let indent: Double
    /// The usual distance from one line's top to the next's.
    let linePitch: Double

    init(lines singles: [PDFTextAssembler.Line], pageWidth: Double) {
        left = singles.map(\.x1).min() ?? 0
        right = singles.map(\.x2).max() ?? pageWidth
        let width = max(right - left, 1)
        tolerance = max(24, 0.07 * width)
        indent = 6
        var pitches: [Double] = []
        for (a, b) in zip(singles, singles.dropFirst()) where b.y1 > a.y1 {
            pitches.append(b.y1 - a.y1)
        }
        pitches.sort()
        let fallback = singles.first.map { ($0.y2 - $0.y1) * 1.2 } ?? 14
        linePitch = pitches.isEmpty ? fallback : pitches[pitches.count / 2]
    }
}
