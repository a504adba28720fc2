/// Damages a PDF the way Scripts/fuzz.py does, from a seed, so a test's cases are the same on
/// every machine: flipped bits, random bytes, a truncation, a deleted, duplicated or spliced
/// span, or a number (an offset, a length, a count) overwritten with a wild value.
struct SeededMutator {
    /// SplitMix64: tiny, fast and the same everywhere (Swift's generator is not seedable).
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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
