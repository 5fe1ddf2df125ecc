/// The dirt of a cheap scan: dark specks on the paper and white dropouts in the ink.
public struct ScanNoise: Sendable, Equatable {
    /// Share of the pixels hit, from 0 (clean) to 0.05.
    public var amount: Double
    public var seed: UInt64

    public init(amount: Double, seed: UInt64 = 1) {
        self.amount = min(max(amount.isFinite ? amount : 0, 0), 0.05)
        self.seed = seed
    }

    /// Adds the noise to `image`: a hit on paper becomes a grey-to-black speck (a 2×2 dot one
    /// time in ten), a hit on ink turns white.
    public func apply(to image: inout PageImage) {
        let (width, height) = (image.width, image.height)
        let hits = Int(amount * Double(width) * Double(height))
        guard hits > 0 else { return }
        var random = SeededGenerator(seed: seed)
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            for _ in 0..<hits {
                let x = Int.random(in: 0..<width, using: &random)
                let y = Int.random(in: 0..<height, using: &random)
                let index = y * width + x
                if pixels[index] < 128 {
                    pixels[index] = 255
                    continue
                }
                let level = UInt8.random(in: 0...110, using: &random)
                pixels[index] = level
                if Int.random(in: 0..<10, using: &random) == 0, x + 1 < width, y + 1 < height {
                    pixels[index + 1] = level
                    pixels[index + width] = level
                    pixels[index + width + 1] = level
                }
            }
        }
    }
}
