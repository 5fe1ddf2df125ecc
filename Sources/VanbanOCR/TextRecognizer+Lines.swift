import Foundation
import CTesseract

extension TextRecognizer {
    /// The words of the last recognised image, grouped in Tesseract's text lines, with boxes
    /// converted from pixels at `dpi` to points.
    static func lines(of handle: OpaquePointer, dpi: Double) -> [OCRLine] {
        guard let iterator = vanban_TessBaseAPIGetIterator(handle) else { return [] }
        defer { vanban_TessResultIteratorDelete(iterator) }
        guard let pageIterator = vanban_TessResultIteratorGetPageIterator(iterator) else { return [] }
        let points = 72 / dpi
        var lines: [OCRLine] = []
        repeat {
            let startsLine = vanban_TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0
            let startsParagraph = vanban_TessPageIteratorIsAtBeginningOf(pageIterator, RIL_PARA) != 0
            var (left, top, right, bottom): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
            guard vanban_TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom) != 0,
                  let utf8 = vanban_TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: utf8)
            vanban_TessDeleteText(utf8)
            guard !text.allSatisfy(\.isWhitespace) else { continue }
            let box = OCRBox(x: Double(left) * points, y: Double(top) * points,
                             width: Double(right - left) * points, height: Double(bottom - top) * points)
            let confidence = min(max(Double(vanban_TessResultIteratorConfidence(iterator, RIL_WORD)) / 100, 0), 1)
            let word = OCRWord(text: text, box: box, confidence: confidence)
            if startsLine || lines.isEmpty {
                lines.append(OCRLine(words: [word], startsParagraph: startsParagraph || lines.isEmpty))
            } else {
                lines[lines.count - 1].words.append(word)
            }
        } while vanban_TessResultIteratorNext(iterator, RIL_WORD) != 0
        return lines
    }
}

extension TextRecognizer {
    /// How far the image set is turned, in degrees counter-clockwise (its lines rise to the
    /// right), from Tesseract's layout analysis alone: the median slope of the baselines of lines
    /// at least a quarter of the image wide; 0 without such lines.
    static func layoutSkew(of handle: OpaquePointer, imageWidth: Int) -> Double {
        guard let lines = vanban_TessBaseAPIAnalyseLayout(handle) else { return 0 }
        defer { vanban_TessPageIteratorDelete(lines) }
        var slopes: [Double] = []
        repeat {
            var (x1, y1, x2, y2): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
            guard vanban_TessPageIteratorBaseline(lines, RIL_TEXTLINE, &x1, &y1, &x2, &y2) != 0,
                  Int(x2 - x1) >= imageWidth / 4 else { continue }
            slopes.append(Double(y2 - y1) / Double(x2 - x1))
        } while vanban_TessPageIteratorNext(lines, RIL_TEXTLINE) != 0
        guard !slopes.isEmpty else { return 0 }
        return -atan(slopes.sorted()[slopes.count / 2]) * 180 / .pi
    }
}
