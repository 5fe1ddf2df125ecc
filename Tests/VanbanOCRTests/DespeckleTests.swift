import Testing
import VanbanOCR

@Suite("Despeckle")
struct DespeckleTests {
    /// A white 60×60 image at 300 dpi with black boxes (top-left corner, width, height).
    static func page(_ boxes: [(x: Int, y: Int, width: Int, height: Int)]) throws -> PageImage {
        var pixels = [UInt8](repeating: 255, count: 60 * 60)
        for box in boxes {
            for y in box.y..<box.y + box.height {
                for x in box.x..<box.x + box.width { pixels[y * 60 + x] = 0 }
            }
        }
        return try PageImage(width: 60, height: 60, dpi: 300, pixels: pixels)
    }

    static func ink(_ image: PageImage) -> Int { image.pixels.filter { $0 < 160 }.count }

    @Test func specksGoFullStopsStay() throws {
        // Specks of 1, 2 and 3 px (≤ 0.25 mm at 300 dpi) go; a 4-px dot (a full stop) stays.
        var image = try Self.page([(2, 2, 1, 1), (10, 10, 2, 2), (20, 20, 3, 3), (40, 40, 4, 4)])
        Despeckle().apply(to: &image)
        #expect(Self.ink(image) == 16)
        #expect(image.pixels[41 * 60 + 41] == 0)
    }

    @Test func aSpeckTouchingAStrokeIsPartOfTheStroke() throws {
        // A 1-px speck touching (diagonally) a thin 30-px rule is one blob with it and stays;
        // so does a 1-px-thin rule, however thin, as it is long.
        var image = try Self.page([(5, 29, 1, 1), (6, 30, 30, 1)])
        Despeckle().apply(to: &image)
        #expect(Self.ink(image) == 31)
    }

    @Test func theGreyFringeOfASpeckGoesToo() throws {
        var image = try Self.page([(20, 20, 2, 2)])
        image.pixels[19 * 60 + 20] = 200
        Despeckle().apply(to: &image)
        #expect(image.pixels.allSatisfy { $0 == 255 })
    }

    @Test func theSizeFollowsTheResolution() throws {
        // At 600 dpi, 0.01″ is 6 px: a 4-px square is a speck there.
        let square = try Self.page([(10, 10, 4, 4)])
        var fine = try PageImage(width: 60, height: 60, dpi: 600, pixels: square.pixels)
        Despeckle().apply(to: &fine)
        #expect(Self.ink(fine) == 0)
    }
}
