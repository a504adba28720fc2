/// Support systems whose periods stand in footnotes under them (`●育児休業※1` … `※1 子が3歳に
/// 達するまで`), each name carrying the footnote's mark.
///
/// Read as printed, the mark is part of the name (`育児休業※1`), which no reader looks a system
/// up by, and the period is lost among the section's notes. The mark names its footnote: the
/// name is read without it and the footnote's period with the system, as a bracket after the
/// name would give it.
enum FootnotedSupportSystems {
    /// `systems` with each name's footnote mark taken off and the period its footnote in `part`
    /// gives added to its summary.
    static func attached(_ systems: [SupportSystem], in part: SectionSegmenter.Part) -> [SupportSystem] {
        guard systems.contains(where: { mark(of: $0.name) != nil }) else { return systems }
        let notes = part.blocks.flatMap { $0.block.lines.map { Normalized.compact($0.text).trimmingWhitespace() } }
        return systems.map { system in
            guard let (name, mark) = mark(of: system.name) else { return system }
            var found = system
            found.name = name
            let note = notes.lazy.compactMap { line -> String? in
                guard line.hasPrefix(mark) else { return nil }
                let rest = line.dropFirst(mark.count)
                // (`※1` is not `※12`'s start.)
                guard let first = rest.first, !(first.isASCII && first.isNumber) else { return nil }
                return String(rest.drop { $0 == " " || $0 == ":" || $0 == "　" })
            }.first
            if let note, SupportSystem.isPeriod(note) {
                found.summary += "(" + note + ")"
                found.durations = DurationFinder.find(in: found.summary)
            }
            return found
        }
    }

    /// The name without a footnote mark closing it, and the mark (`育児休業※1` → `育児休業`,
    /// `※1`): `※` or `*`, and a number or none.
    static func mark(of name: String) -> (name: String, mark: String)? {
        let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }.count
        let head = name.dropLast(digits)
        guard digits <= 2, let sign = head.last, sign == "※" || sign == "*" || sign == "＊", head.count >= 3 else { return nil }
        return (String(head.dropLast()), String(name.suffix(digits + 1)))
    }
}
