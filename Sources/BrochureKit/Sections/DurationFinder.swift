/// Finds the durations a sentence gives (`８週間`, `６月以内`, `約１ヶ月`, `（２日）`).
enum DurationFinder {
    private static let units = ["週間", "ヶ月", "か月", "カ月", "箇月", "月", "年", "日"]

    static func find(in raw: String) -> [DurationMention] {
        let text = Normalized.compact(raw)
        var found: [DurationMention] = []
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            guard characters[i].isASCII, characters[i].isNumber else { i += 1; continue }
            var j = i
            while j < characters.count, characters[j].isASCII, characters[j].isNumber || characters[j] == "." { j += 1 }
            let tail = String(characters[j...].prefix(4))
            guard let unit = units.first(where: { tail.hasPrefix($0) }) else { i = j; continue }
            // A date (`3月現在`, `令和5年度`, `11月から`) is not a duration.
            let after = String(characters[(j + unit.count)...].prefix(2))
            let before = i > 0 ? characters[i - 1] : " "
            let isDate = (unit == "月" || unit == "年") && (after.hasPrefix("度") || after.hasPrefix("現") || after.hasPrefix("か") || after.hasPrefix("ま") || after.hasPrefix("に") || "和成元".contains(before))
            let phrase = String(characters[i..<(j + unit.count)])
            if !isDate, let duration = try? Duration.parse(phrase) {
                found.append(DurationMention(value: duration.minimum.value, unit: duration.minimum.unit, text: phrase))
            }
            i = j + unit.count
        }
        return found
    }
}
