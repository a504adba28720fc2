/// The chains a left-to-right sweep over a page's glyphs holds open, filed by the band of the
/// page where the middle of each one's last glyph lies.
///
/// A glyph joins only a chain whose last glyph overlaps it across the line, so it need ask only
/// the bands within half the tallest last glyph of its own: on a dense table page a hundred rows
/// are open at once, and asking every open chain for every glyph was the layout's largest cost.
/// The answer is the one the whole list gave: the lowest score, and on a tie the chain opened
/// first.
struct OpenChains {
    /// The box of each chain's last glyph, by chain number (chains left behind included).
    private(set) var tails: [Rect] = []
    private var bands: [[Int32]]
    private let origin: Double
    private let bandHeight: Double
    /// The tallest last glyph so far: how far from a glyph a chain's middle can lie and still overlap it.
    private var tallest = 0.0

    /// Bands of `bandHeight` over `low...high`, the extent of the glyphs across the line.
    init(low: Double, high: Double, bandHeight: Double) {
        let height = max(bandHeight, 1)
        let span = (high - low) / height
        // (At most 4,096 bands, whatever a damaged page's coordinates say.)
        let count = span.isFinite ? Int(min(max(span, 0), 4095)) + 1 : 1
        self.origin = low.isFinite ? low : 0
        self.bandHeight = height
        self.bands = [[Int32]](repeating: [], count: count)
    }

    private func band(_ y: Double) -> Int {
        let position = (y - origin) / bandHeight
        guard position.isFinite else { return 0 }
        return Int(min(max(position, 0), Double(bands.count - 1)))
    }

    private func band(of box: Rect) -> Int { band((box.y0 + box.y1) / 2) }

    /// The chain `box` continues best: its last glyph overlaps `box` across the line by half the
    /// smaller height and ends less than `maxGap` heights before it. Chains whose last glyph
    /// lies two heights or more behind `box` are dropped: the glyphs come left to right, so no
    /// later one can reach them.
    mutating func best(for box: Rect, maxGap: Double) -> Int? {
        var best = -1
        var bestScore = 0.0
        for b in band(box.y0 - tallest / 2)...band(box.y1 + tallest / 2) {
            var kept = 0
            let count = bands[b].count
            for k in 0..<count {
                let chain = Int(bands[b][k])
                let last = tails[chain]
                if last.x1 < box.x0 - 2 * max(last.height, 1) { continue }
                bands[b][kept] = Int32(chain)
                kept += 1
                let h = max(min(box.height, last.height), 1)
                let gap = box.x0 - last.x1
                guard box.yOverlap(last) >= 0.5 * h, gap > -0.5 * h, gap <= maxGap * max(box.height, last.height)
                else { continue }
                let score = abs(gap) + 2 * abs(box.y1 - last.y1)
                if best < 0 || score < bestScore || (score == bestScore && chain < best) { (best, bestScore) = (chain, score) }
            }
            bands[b].removeLast(count - kept)
        }
        return best < 0 ? nil : best
    }

    /// Makes `box` the last glyph of `chain`, refiling the chain if its middle moved to another band.
    mutating func extend(_ chain: Int, with box: Rect) {
        let old = band(of: tails[chain]), new = band(of: box)
        tails[chain] = box
        tallest = max(tallest, box.height)
        guard old != new else { return }
        if let k = bands[old].firstIndex(of: Int32(chain)) { bands[old].remove(at: k) }
        bands[new].append(Int32(chain))
    }

    /// Opens a chain at `box`; its number.
    mutating func open(_ box: Rect) -> Int {
        tails.append(box)
        tallest = max(tallest, box.height)
        bands[band(of: box)].append(Int32(tails.count - 1))
        return tails.count - 1
    }
}
