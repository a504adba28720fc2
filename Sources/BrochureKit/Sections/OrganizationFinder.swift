/// Names the ministry or agency that publishes a brochure.
///
/// The e-mail domains of its contacts are the surest sign (`soumu.go.jp` is 総務省); without
/// them, the name ending in 省 or 庁 that the text repeats most, with titles counted thrice.
enum OrganizationFinder {
    static let domains: [String: String] = [
        "soumu": "総務省", "mlit": "国土交通省", "mhlw": "厚生労働省", "mext": "文部科学省", "meti": "経済産業省",
        "maff": "農林水産省", "mof": "財務省", "moj": "法務省", "mofa": "外務省", "env": "環境省", "mod": "防衛省",
        "cao": "内閣府", "npa": "警察庁", "fsa": "金融庁", "digital": "デジタル庁", "cfa": "こども家庭庁",
        "reconstruction": "復興庁", "jpo": "特許庁", "jma": "気象庁", "caa": "消費者庁", "nta": "国税庁",
    ]

    static func find(layout: DocumentLayout, contacts: [Contact]) -> String? {
        for email in contacts.flatMap(\.emails) {
            let labels = email.split(separator: "@").last?.split(separator: ".").map(String.init) ?? []
            if labels.suffix(2) == ["go", "jp"], let name = labels.dropLast(2).reversed().lazy.compactMap({ domains[$0] }).first {
                return name
            }
        }
        var scores: [String: Int] = [:]
        for page in layout.pages {
            for block in page.blocks {
                let weight = block.kind == .heading || block.isFurniture ? 3 : 1
                for line in block.lines {
                    for name in names(in: line.text) { scores[name, default: 0] += weight }
                }
            }
        }
        return scores.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Runs of kanji (and かな for こども家庭庁) ending in 省 or 庁, two to seven characters.
    static func names(in text: String) -> [String] {
        var found: [String] = []
        let characters = Array(text)
        for (i, c) in characters.enumerated() where (c == "省" || c == "庁") {
            var start = i
            while start > 0, i - start < 6, isNameCharacter(characters[start - 1]) { start -= 1 }
            let name = String(characters[start...i])
            if name.count >= 3, !name.hasPrefix("各"), !name.hasSuffix("官庁"), !name.hasSuffix("他省庁"), !name.hasPrefix("他") {
                found.append(name)
            }
        }
        return found
    }

    private static func isNameCharacter(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || "こどもデジタル".contains(c)
    }
}
