/// Damages a PDF the way Scripts/fuzz.py does, from a seed, so a test's cases are the same on
/// every machine: flipped bits, random bytes, a truncation, a deleted, duplicated or spliced
/// span, or a number (an offset, a length, a count) overwritten with a wild value.
struct SeededMutator {
    /// Knuth's MMIX linear congruential generator, its high bits folded down: the same on
    /// every machine (Swift's own generator is not seedable), and good enough to pick mutations.
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// One to four mutations of `data`; `donor` supplies spliced spans.
    mutating func mutate(_ data: [UInt8], donor: [UInt8]) -> [UInt8] {
        var bytes = data
        for _ in 0...below(4) where !bytes.isEmpty {
            let at = below(bytes.count)
            switch below(7) {
            case 0:
                for _ in 0...below(16) { bytes[below(bytes.count)] ^= UInt8(1) << UInt8(below(8)) }
            case 1:
                for i in at..<min(bytes.count, at + 1 + below(64)) { bytes[i] = UInt8(below(256)) }
            case 2:
                bytes.removeSubrange(at...)
            case 3:
                bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(4096)))
            case 4:
                bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 1 + below(4096))], at: at)
            case 5:
                let start = below(donor.count)
                bytes.insert(contentsOf: donor[start..<min(donor.count, start + 1 + below(8192))], at: at)
            default:
                overwriteNumber(in: &bytes, near: at)
            }
        }
        return bytes
    }

    /// Replaces the first run of digits after `at` with 0, 2^31 - 1, 2^63 or a random value.
    private mutating func overwriteNumber(in bytes: inout [UInt8], near at: Int) {
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        guard let start = bytes[at..<min(bytes.count, at + 2048)].firstIndex(where: isDigit) else { return }
        let end = bytes[start...].firstIndex { !isDigit($0) } ?? bytes.count
        let wild = ["0", "2147483647", "9223372036854775808", "-1", String(below(1_000_000))][below(5)]
        bytes.replaceSubrange(start..<end, with: Array(wild.utf8))
    }
}
