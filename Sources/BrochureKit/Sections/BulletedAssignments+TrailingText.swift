extension BulletedAssignments {
    /// The first two neighbouring cells of a table row that make an entry, a name then its
    /// counts (`都市整備局 | 12名（事務4・技術8）`), when the row's last two do not: the layout
    /// may take a box set beside the list into its table, its lines becoming cells after the
    /// entries level with them (`… | 12名（事務4・技術8） | 人口 | 約41万人`). Nil when no pair is one.
    static func firstEntryPair(_ filled: [Table.Cell]) -> ArraySlice<Table.Cell>? {
        guard filled.count >= 3 else { return nil }
        let start = filled.indices.dropLast().first { i in
            entry(filled[i].text, filled[i + 1].text, boxes: [], page: 0) != nil
        }
        return start.map { filled[$0...($0 + 1)] }
    }
}
