/// Group rows of an assignments table nested by INDENTATION, each carrying its subtotal in
/// its own row (`本局 12 14` over `総務部 7 －` over `総務課 3 －` …): they are no units.
///
/// Nothing but the indent and the arithmetic tells a group from a unit: a row followed by rows
/// set further in is a group, and its counts are the sums of the innermost rows under it (the
/// leaves). Only when EVERY such row adds up, with two to four indent levels, are the groups
/// taken out; a column of centred names (many left edges) or indented rows that do not add
/// up (a note, a wrapped name) are left as they are.
enum IndentedSubtotals {
    /// One body row: the left edge of its unit's cell and its count per track.
    struct Row: Equatable {
        var indent: Double?
        var counts: [Int]
    }

    /// Left edges closer than this (pt) are one indent level.
    static let tolerance = 1.0

    /// The indices of the subtotal rows among `rows`, or an empty set.
    static func groups(_ rows: [Row]) -> Set<Int> {
        let indents = rows.compactMap(\.indent)
        guard indents.count == rows.count, rows.count >= 3 else { return [] }
        var levels: [Double] = []
        for indent in indents.sorted() where levels.last.map({ indent - $0 > tolerance }) ?? true { levels.append(indent) }
        guard (2...4).contains(levels.count) else { return [] }
        // The rows set further in right under each row, up to the next row no further in.
        let spans = indents.indices.map { i in
            (i + 1..<indents.count).prefix { indents[$0] > indents[i] + tolerance }
        }
        let groups = Set(indents.indices.filter { !spans[$0].isEmpty })
        guard !groups.isEmpty else { return [] }
        for group in groups {
            let leaves = spans[group].filter { !groups.contains($0) }
            guard leaves.count >= 2 else { return [] }
            for track in rows[group].counts.indices {
                let sum = leaves.reduce(0) { $0 + (track < rows[$1].counts.count ? rows[$1].counts[track] : 0) }
                guard sum == rows[group].counts[track] else { return [] }
            }
        }
        return groups
    }
}
