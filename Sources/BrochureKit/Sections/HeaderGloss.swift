/// An English gloss printed under a header's Japanese label (`計` over `Total`, `うち女性` over
/// `Women`), in a header row of its own or as the cell's second line.
///
/// Joined to the label it makes a word no role reads (`計Total` is no total), so the column's
/// total is lost and its women's column (`うち女性`) has no count to belong to. A column's
/// label is read without its glosses; a header of Latin words alone keeps them, as they are
/// all it says.
enum HeaderGloss {
    /// The label of one column from its header cells, top to bottom: the cells' texts joined,
    /// each line that is only an English gloss left out when a line of the column is not.
    static func label(_ cells: [Table.Cell]) -> String {
        let lines = cells.flatMap { $0.lines.count > 1 ? $0.lines : [$0.text] }
        let said = lines.filter { !$0.trimmingWhitespace().isEmpty && !isGloss($0) }
        guard !said.isEmpty, said.count < lines.filter({ !$0.trimmingWhitespace().isEmpty }).count else {
            return cells.map(\.text).joined()
        }
        return said.joined()
    }

    /// Latin words only (`Total`, `Fiscal year`, `Women`), as the layout tells a gloss row:
    /// no digit (`R8` and `FY2026` are years).
    static func isGloss(_ raw: String) -> Bool {
        TableDetector.isLatinGloss(Normalized.compact(raw))
    }
}
