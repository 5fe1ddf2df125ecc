/// Removes the specks a scanner leaves on the paper: ink blots no larger than
/// `maxSize` inches across, isolated from any other ink. Tesseract reads such specks as
/// stray dots and commas ("Số:. 12/QĐ"); the smallest real marks of a letter (a full stop,
/// the dot under ạ, a tone mark at 8 pt) are about 0.35 mm and stay.
public struct Despeckle: Sendable, Equatable {
    /// Largest speck removed, in inches across (default 0.01″ ≈ 0.25 mm, 3 pixels at 300 dpi).
    public var maxSize: Double
    /// Grey level below which a pixel counts as ink.
    public var inkLevel: UInt8

    public init(maxSize: Double = 0.01, inkLevel: UInt8 = 128) {
        self.maxSize = maxSize
        self.inkLevel = inkLevel
    }

    /// Whitens every 8-connected blob of ink whose bounding box fits in `maxSize` × `maxSize`.
    public func apply(to image: inout PageImage) {
        let (width, height) = (image.width, image.height)
        let side = max(1, Int((maxSize * image.dpi).rounded()))
        let ink = inkLevel
        var seen = [Bool](repeating: false, count: width * height)
        var stack: [Int] = []
        var blob: [Int] = []
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            seen.withUnsafeMutableBufferPointer { seen in
                for start in 0..<pixels.count where pixels[start] < ink && !seen[start] {
                    seen[start] = true
                    stack.append(start)
                    blob.removeAll(keepingCapacity: true)
                    var (minX, maxX, minY, maxY) = (start % width, start % width, start / width, start / width)
                    var small = true
                    while let index = stack.popLast() {
                        let (x, y) = (index % width, index / width)
                        if small {
                            (minX, maxX, minY, maxY) = (min(minX, x), max(maxX, x), min(minY, y), max(maxY, y))
                            small = maxX - minX < side && maxY - minY < side
                            if small { blob.append(index) }
                        }
                        for ny in max(y - 1, 0)...min(y + 1, height - 1) {
                            for nx in max(x - 1, 0)...min(x + 1, width - 1) {
                                let neighbour = ny * width + nx
                                if pixels[neighbour] < ink && !seen[neighbour] {
                                    seen[neighbour] = true
                                    stack.append(neighbour)
                                }
                            }
                        }
                    }
                    guard small else { continue }
                    // The blob and the grey fringe around it.
                    for index in blob {
                        let (x, y) = (index % width, index / width)
                        for ny in max(y - 1, 0)...min(y + 1, height - 1) {
                            for nx in max(x - 1, 0)...min(x + 1, width - 1) where pixels[ny * width + nx] >= ink {
                                pixels[ny * width + nx] = 255
                            }
                        }
                        pixels[index] = 255
                    }
                }
            }
        }
    }
}
