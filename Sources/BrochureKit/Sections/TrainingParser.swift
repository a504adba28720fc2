#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the 研修制度 section: every programme it names (`新規採用職員研修`, `語学研修`) with
/// the sentence that names it.
struct TrainingParser {
    func parse(_ part: SectionSegmenter.Part) -> Training? {
        let text = part.blocks.filter { $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) }.map(Normalized.compact).joined()
        guard !text.isEmpty else { return nil }
        var programs: [Training.Program] = []
        for sentence in text.split(separator: "。").map(String.init) {
            for name in Self.names(in: sentence) where !programs.contains(where: { $0.name == name }) {
                programs.append(Training.Program(name: name, summary: sentence + "。"))
            }
        }
        return Training(programs: programs, page: part.blocks.first?.page ?? part.page)
    }

    /// Noun phrases ending in 研修 (`新規採用職員研修`, `語学研修`), cut at particles and punctuation.
    static func names(in sentence: String) -> [String] {
        var names: [String] = []
        let stops: Set<Character> = ["、", "。", "の", "を", "に", "は", "が", "で", "と", "や", "も", "(", ")", "「", "」", " ", "等", "へ"]
        var search = sentence.startIndex
        while let range = sentence.range(of: "研修", range: search..<sentence.endIndex) {
            var start = range.lowerBound
            while start > sentence.startIndex {
                let previous = sentence.index(before: start)
                if stops.contains(sentence[previous]) { break }
                start = previous
            }
            let name = String(sentence[start..<range.upperBound])
            if name.count >= 4 && name.count <= 16 && !names.contains(name) { names.append(name) }
            search = range.upperBound
        }
        return names
    }
}
