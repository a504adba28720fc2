/// Reads support systems named in running text: `「育児休業」は子が3歳に達するまで取れるので…`.
///
/// A round-table (座談会) sets the systems only inside its speakers' speech bubbles: the
/// section's short lines are the speakers (`A`, `B`) and the list of participants, none of
/// them a system's name, and each bubble names its system in 「」 with the period in passing.
/// When no item of a support section is titled with a system's name, the quoted names of its
/// sentences stand for the items, each with its sentences up to the next quoted name.
enum QuotedSupportSystems {
    /// `systems` when one of them is named like a system; else the systems quoted in `part`'s
    /// text, when there are any.
    static func resolved(_ systems: [SupportSystem], in part: SectionSegmenter.Part) -> [SupportSystem] {
        guard !systems.contains(where: { namesSystem($0.name) }) else { return systems }
        let quoted = found(in: part)
        if !quoted.isEmpty { return quoted }
        // Or listed with their periods inside one sentence (`ListedSupportSystems`).
        let listed = ListedSupportSystems.found(in: part)
        return listed.isEmpty ? systems : listed
    }

    /// The systems quoted in the sentences of `part`'s paragraphs (headings, the speakers, are
    /// left out), each kept only when its sentences give a period (`2日`, `…まで`).
    static func found(in part: SectionSegmenter.Part) -> [SupportSystem] {
        var systems: [SupportSystem] = []
        var open: [SupportSystem] = []
        func close() {
            for system in open where hasPeriod(system.summary) && !systems.contains(where: { $0.name == system.name }) {
                var kept = system
                kept.durations = DurationFinder.find(in: kept.summary)
                systems.append(kept)
            }
            open = []
        }
        for (page, block) in part.blocks where block.table == nil && block.kind != .heading {
            for sentence in sentences(Normalized.compact(block.lines.map(\.text).joined())) {
                let names = quotedNames(sentence)
                if names.isEmpty {
                    for i in open.indices { open[i].summary += sentence }
                    continue
                }
                close()
                open = names.map {
                    SupportSystem(name: $0, summary: sentence, durations: [], page: page, provenance: Provenance(page: page, box: block.box, text: sentence))
                }
            }
        }
        close()
        return systems
    }

    /// The sentences of `text`, each with its full stop; a last piece without one too.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "。" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The words in 「」 that name a system (`「部分休業」`), in order.
    static func quotedNames(_ sentence: String) -> [String] {
        var names: [String] = []
        var rest = Substring(sentence)
        while let open = rest.firstIndex(of: "「") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "」") else { break }
            let inner = String(after[..<close])
            if (2...16).contains(inner.count), !inner.contains(where: { "。、「".contains($0) }), namesSystem(inner) {
                names.append(inner)
            }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// Whether `name` ends in a word for a leave, a way of working or a scheme (`育児休業`,
    /// `子の看護休暇`, `短時間勤務`, `早出遅出勤務`, `時間外勤務の制限`).
    static func namesSystem(_ name: String) -> Bool {
        endings.contains { name.hasSuffix($0) }
    }

    private static let endings = ["休暇", "休業", "休職", "勤務", "時間", "制度", "制限", "免除", "手当", "緩和"]

    /// Whether a system's sentences give its period: a length of time (`2日`, `年5日`) or a
    /// limit (`子が小学校に入るまで`).
    private static func hasPeriod(_ text: String) -> Bool {
        !DurationFinder.find(in: text).isEmpty || text.contains("まで") || text.contains("以内")
    }
}
