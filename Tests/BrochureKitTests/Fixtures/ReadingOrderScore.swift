/// The reading-order score of `Scripts/eval_reading_order.py`, for the tests.
///
/// Lines are compared with all whitespace removed; integrity is the share of expected lines
/// found whole in the output, order is Kendall's tau between the expected and found order.
struct ReadingOrderScore {
    var integrity: Double
    var tau: Double

    init(expected: String, actual: String) {
        func lines(_ text: String) -> [String] {
            text.split(whereSeparator: \.isNewline).map { line in
                String(line.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{0C}" }.map(Character.init))
            }.filter { !$0.isEmpty }
        }
        let wanted = lines(expected)
        var available: [String: [Int]] = [:]
        for (index, line) in lines(actual).enumerated() { available[line, default: []].append(index) }
        var positions: [Int] = []
        for line in wanted {
            if var slots = available[line], !slots.isEmpty {
                positions.append(slots.removeFirst())
                available[line] = slots
            }
        }
        integrity = wanted.isEmpty ? 1 : Double(positions.count) / Double(wanted.count)
        guard positions.count >= 2 else {
            tau = 1
            return
        }
        var concordant = 0
        var discordant = 0
        for i in 0..<positions.count {
            for j in (i + 1)..<positions.count {
                if positions[i] < positions[j] { concordant += 1 } else { discordant += 1 }
            }
        }
        tau = Double(concordant - discordant) / Double(concordant + discordant)
    }
}
