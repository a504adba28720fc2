extension SectionSegmenter {
    /// Joins a part headed as the continuation of one before it (`試験区分（続き）`) to that
    /// part: the rows go on under the same section, which a reader would not count twice.
    static func joinContinuations(_ parts: inout [Part]) {
        var kept = 0
        for k in parts.indices {
            let kind = parts[k].kind
            // (Or whose continued title closed the part before, as one of its lines: `配属実績
            // (2/2)` over a slide whose table repeats its header, `配属先`, which opened this one.)
            let titled = kept > 0 && parts[kept - 1].kind == kind && parts[kept - 1].blocks.last.map { last in
                last.page == parts[k].page && last.block.table == nil && last.block.lines.count == 1
                    && PageTurnMark.saysContinued(last.block.lines[0].text) && SectionKind.opened(by: last.block.lines[0].text) == kind
            } == true
            if PageTurnMark.saysContinued(parts[k].heading) || titled, let earlier = parts[..<kept].lastIndex(where: { $0.kind == kind }) {
                let blocks = parts[k].blocks
                parts[k].blocks = []
                parts[earlier].blocks += blocks
                continue
            }
            if kept != k { parts.swapAt(kept, k) }
            kept += 1
        }
        parts.removeLast(parts.count - kept)
    }
}
