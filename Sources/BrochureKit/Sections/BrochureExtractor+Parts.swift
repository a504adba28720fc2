extension BrochureExtractor {
    /// How many parts are parsed together before they are merged and let go: few beside a
    /// long document's hundreds (783 on 200 pages), enough that a round's longest part does not
    /// leave the other threads idle long (with 64, two threads took 6% more wall time on 200
    /// pages; BENCHMARKS.md, thirty-third session).
    static let partsPerRound = 256

    /// The sections `parts` give, parsed on `threads` threads beside the file's checksum and
    /// merged in document order, exactly as reading them one by one would: a single-valued
    /// section takes the first part that gives a value (only the first part of each such kind
    /// is parsed ahead; later ones only if it gave none).
    ///
    /// Parsed a round of parts at a time, each part's blocks let go once it is merged, so the
    /// parts' blocks and their parsed values are never all alive together on a long document
    /// (BENCHMARKS.md, thirty-third session). The checksum runs in the first round, beside the
    /// most parsing.
    static func sections(
        of parts: consuming [SectionSegmenter.Part], document: PDFDocument, threads: Int, perRound: Int = partsPerRound
    ) -> SectionSet {
        var parts = parts
        var sections = SectionSet()
        var seen: Set<SectionKind> = []
        var start = 0
        repeat {
            let round = start..<min(start + max(perRound, 1), parts.count)
            let ahead = round.filter { !ParsedPart.isSingle(parts[$0].kind) || seen.insert(parts[$0].kind).inserted }
            enum Job { case checksum, part(Int) }
            let jobs: [Job] = (start == 0 ? [.checksum] : []) + ahead.map(Job.part)
            let done = ParallelWork.map(count: jobs.count, threads: threads) { job -> ParsedPart? in
                switch jobs[job] {
                case .checksum: _ = document.sha256; return nil
                case .part(let index): return ParsedPart(parts[index])
                }
            }
            var parsed: [Int: ParsedPart] = [:]
            for (job, result) in zip(jobs, done) {
                if case .part(let index) = job, let result { parsed[index] = result }
            }
            for index in round {
                if !ParsedPart.isFilled(parts[index].kind, in: sections) {
                    (parsed.removeValue(forKey: index) ?? ParsedPart(parts[index])).merge(into: &sections)
                }
                // (A plan set under a later section, before its blocks are let go.)
                PlannedBoxElsewhere.add(from: parts[index], to: &sections)
                parts[index].blocks = []
                parts[index].opener = nil
            }
            start = round.upperBound
        } while start < parts.count
        return sections
    }
}
