/// A PNG's pixels as Swift values: for checking what `inspect` drew where, in tests and tools.
public struct RasterImage: Sendable {
    public var width: Int
    public var height: Int
    /// Row-major, premultiplied ARGB as cairo stores it.
    var pixels: [UInt32]

    /// Reads a PNG file; nil when it is not one.
    public init?(png path: String) {
        guard let image = CairoCanvas.readPNG(path) else { return nil }
        self = image
    }

    init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Red, green and blue (0–1) of the pixel at column `x`, row `y`; nil outside the image.
    public func color(x: Int, y: Int) -> (red: Double, green: Double, blue: Double)? {
        guard x >= 0 && x < width && y >= 0 && y < height else { return nil }
        let argb = pixels[y * width + x]
        let alpha = Double((argb >> 24) & 0xFF)
        guard alpha > 0 else { return (1, 1, 1) }
        func channel(_ shift: UInt32) -> Double { Double((argb >> shift) & 0xFF) / alpha }
        return (channel(16), channel(8), channel(0))
    }
}
