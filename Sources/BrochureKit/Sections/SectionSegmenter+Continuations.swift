extension SectionSegmenter {
    /// Joins a part headed as the continuation of one before it (`試験区分（続き）`) to that
    /// part: the rows go on under the same section, which a reader would not count twice.
    static func joinContinuations(_ parts: inout [Part]) {
        var kept = 0
        for k in parts.indices {
            let kind = parts[k].kind
            if PageTurnMark.saysContinued(parts[k].heading), let earlier = parts[..<kept].lastIndex(where: { $0.kind == kind }) {
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
