import Testing

@testable import BrochureKit

/// The open chains filed by band answer as the whole list of open chains did, asked in the
/// order they were opened (the reference, written out here).
@Suite("Open chains filed by band")
struct OpenChainsTests {
    /// The sweep of `LineBuilder.chains` over the whole open list: the rule the bands replace.
    static func reference(_ boxes: [Rect], maxGap: Double) -> [[Int]] {
        var chains: [[Int]] = []
        var tails: [Rect] = []
        var open: [Int] = []
        for i in boxes.indices.sorted(by: { boxes[$0].x0 < boxes[$1].x0 }) {
            let box = boxes[i]
            var best: (chain: Int, score: Double)? = nil
            open.removeAll { tails[$0].x1 < box.x0 - 2 * max(tails[$0].height, 1) }
            for c in open {
                let last = tails[c]
                let h = max(min(box.height, last.height), 1)
                let gap = box.x0 - last.x1
                guard box.yOverlap(last) >= 0.5 * h, gap > -0.5 * h, gap <= maxGap * max(box.height, last.height) else { continue }
                let score = abs(gap) + 2 * abs(box.y1 - last.y1)
                if best == nil || score < best!.score { best = (c, score) }
            }
            if let best {
                chains[best.chain].append(i)
                tails[best.chain] = box
            } else {
                chains.append([i])
                tails.append(box)
                open.append(chains.count - 1)
            }
        }
        return chains
    }

    static func banded(_ boxes: [Rect], maxGap: Double, bandHeight: Double) -> [[Int]] {
        var chains: [[Int]] = []
        var open = OpenChains(low: boxes.map(\.y0).min() ?? 0, high: boxes.map(\.y1).max() ?? 0, bandHeight: bandHeight)
        for i in boxes.indices.sorted(by: { boxes[$0].x0 < boxes[$1].x0 }) {
            if let chain = open.best(for: boxes[i], maxGap: maxGap) {
                chains[chain].append(i)
                open.extend(chain, with: boxes[i])
            } else {
                chains.append([i])
                _ = open.open(boxes[i])
            }
        }
        return chains
    }

    /// Rows of glyphs of mixed sizes, some touching or overlapping across the line, some twice
    /// at one place (a bold drawn twice), some tall beside short ones, in a seeded random order.
    static func page(seed: UInt64) -> [Rect] {
        var state = seed
        func next(_ range: ClosedRange<Double>) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Double(state >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
        }
        var boxes: [Rect] = []
        var y = 20.0
        while y < 700 {
            let size = [6.0, 8.0, 10.0, 14.0, 24.0][Int(next(0...4.99))]
            var x = next(10...60)
            while x < 560 {
                let shift = next(0...1) < 0.2 ? next(-4...4) : 0
                let box = Rect(x0: x, y0: y + shift, x1: x + size * next(0.5...1), y1: y + shift + size)
                boxes.append(box)
                if next(0...1) < 0.05 { boxes.append(box) }
                x = box.x1 + (next(0...1) < 0.1 ? next(5...40) : next(-0.5...1.5))
            }
            y += size * next(0.7...1.6)
        }
        return boxes
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func sameChainsAsTheWholeList(seed: UInt64) {
        let boxes = Self.page(seed: seed)
        for (maxGap, band) in [(0.3, 10.0), (1.5, 10.0), (3.0, 4.0), (0.3, 40.0)] {
            #expect(Self.banded(boxes, maxGap: maxGap, bandHeight: band) == Self.reference(boxes, maxGap: maxGap))
        }
    }

    @Test func damagedCoordinatesGiveOneBand() {
        var open = OpenChains(low: .nan, high: .infinity, bandHeight: 10)
        let chain = open.open(Rect(x0: 0, y0: 0, x1: 5, y1: 10))
        #expect(open.best(for: Rect(x0: 5, y0: 0, x1: 10, y1: 10), maxGap: 0.3) == chain)
        #expect(open.best(for: Rect(x0: .nan, y0: .nan, x1: .nan, y1: .nan), maxGap: 0.3) == nil)
    }
}
