/// The inline part of Markdown stripping for one line: backslash escapes, `<br>`, and emphasis
/// delimiters (`*`, `**`, `_`, `__`, `***`) paired by the flanking rules of CommonMark, made
/// stricter so that content survives: a run between two letters or digits is never a
/// delimiter ("2*3", "a_b"), runs pair only with a run of the same character and length, and an
/// unpaired run is kept, except a `**` (or longer) that opens or closes the line, which is the
/// end of a bold spanning lines.
struct EmphasisScanner {
    private let s: [Unicode.Scalar]
    private let start: Int
    private let end: Int

    init(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) {
        self.s = s
        self.start = start
        self.end = end
    }

    private enum Piece {
        case text(Unicode.Scalar)
        case run(Int)
    }

    private struct Run {
        var char: Unicode.Scalar
        var length: Int
        var canOpen: Bool
        var canClose: Bool
        var removed = false
    }

    /// The line's scalars between `start` and `end` without the markup.
    func stripped() -> [Unicode.Scalar] {
        var pieces: [Piece] = []
        var runs: [Run] = []
        var i = start
        while i < end {
            let c = s[i]
            if c == "\\" {
                if i + 1 == end { i += 1; continue }
                if Self.isASCIIPunctuation(s[i + 1]) {
                    pieces.append(.text(s[i + 1]))
                    i += 2
                    continue
                }
            } else if c == "<", let length = breakTagLength(at: i) {
                pieces.append(.text("\n"))
                i += length
                continue
            } else if c == "*" || c == "_" {
                var j = i
                while j < end, s[j] == c { j += 1 }
                runs.append(run(of: c, from: i, to: j))
                pieces.append(.run(runs.count - 1))
                i = j
                continue
            }
            pieces.append(.text(c))
            i += 1
        }
        pair(&runs)
        dropLineEnds(pieces, &runs)

        var out: [Unicode.Scalar] = []
        out.reserveCapacity(end - start)
        for piece in pieces {
            switch piece {
            case .text(let c): out.append(c)
            case .run(let index) where !runs[index].removed:
                out.append(contentsOf: repeatElement(runs[index].char, count: runs[index].length))
            case .run: break
            }
        }
        return out
    }

    private func run(of c: Unicode.Scalar, from i: Int, to j: Int) -> Run {
        let before: Unicode.Scalar = i > start ? s[i - 1] : " "
        let after: Unicode.Scalar = j < end ? s[j] : " "
        if Self.isAlphanumeric(before), Self.isAlphanumeric(after) {
            return Run(char: c, length: j - i, canOpen: false, canClose: false)
        }
        let left = !Self.isSpace(after) && (!Self.isPunctuation(after) || Self.isSpace(before) || Self.isPunctuation(before))
        let right = !Self.isSpace(before) && (!Self.isPunctuation(before) || Self.isSpace(after) || Self.isPunctuation(after))
        if c == "_" {
            return Run(char: c, length: j - i, canOpen: left && (!right || Self.isPunctuation(before)),
                       canClose: right && (!left || Self.isPunctuation(after)))
        }
        return Run(char: c, length: j - i, canOpen: left, canClose: right)
    }

    /// A run's character and length: what a closer must match.
    private struct Kind: Hashable {
        let char: Unicode.Scalar
        let length: Int
        init(_ run: Run) {
            char = run.char
            length = run.length
        }
    }

    /// Pairs closers with the nearest open run of the same character and length; the open runs
    /// between them are dropped. The open runs of each kind are counted, so that a closer with
    /// none of its kind open does not search the whole stack: linear time on a line of thousands
    /// of unpaired runs ("*a_ *a_ …" once took minutes).
    private func pair(_ runs: inout [Run]) {
        var openers: [Int] = []
        var open: [Kind: Int] = [:]
        for index in runs.indices {
            let kind = Kind(runs[index])
            if runs[index].canClose, open[kind, default: 0] > 0,
               let at = openers.lastIndex(where: { Kind(runs[$0]) == kind }) {
                runs[openers[at]].removed = true
                runs[index].removed = true
                // Everything searched is dropped: the search costs no more than the openers it removes.
                for dropped in openers[at...] { open[Kind(runs[dropped]), default: 0] -= 1 }
                openers.removeSubrange(at...)
            } else if runs[index].canOpen {
                openers.append(index)
                open[kind, default: 0] += 1
            }
        }
    }

    /// Drops an unpaired `**` run that opens or closes the line: one end of a bold over lines.
    private func dropLineEnds(_ pieces: [Piece], _ runs: inout [Run]) {
        if case .run(let first) = pieces.first, runs[first].char == "*", runs[first].length >= 2,
           runs[first].canOpen, !runs[first].removed {
            runs[first].removed = true
        }
        if case .run(let last) = pieces.last, runs[last].char == "*", runs[last].length >= 2,
           runs[last].canClose, !runs[last].removed {
            runs[last].removed = true
        }
    }

    /// The length of a `<br>`, `<br/>` or `<br />` tag (any case) at `i`, if there is one.
    private func breakTagLength(at i: Int) -> Int? {
        guard i + 3 < end, s[i + 1] == "b" || s[i + 1] == "B", s[i + 2] == "r" || s[i + 2] == "R" else { return nil }
        var j = i + 3
        while j < end, s[j] == " " { j += 1 }
        if j < end, s[j] == "/" { j += 1 }
        guard j < end, s[j] == ">" else { return nil }
        return j + 1 - i
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c.properties.isWhitespace
    }

    private static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(c)
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isASCIIPunctuation(c) }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
