/// A hiring table of years across with no column of row labels: every cell opens with its
/// row's label (`事務系 13（6）` under each year of an infographic's row of circles, the total
/// `３７名` with none), so the first column is a year like the others.
///
/// Read as labels, the first column's cells would name the rows and its year would be lost.
/// Only a first column whose header is a year and whose every cell holds a figure counts.
enum LabelsInCells {
    /// Each body row's label, the text before its first-column cell's first digit (empty for a
    /// bare count); nil when the first column is not a year of figures.
    static func rowLabels(_ body: [[Table.Cell]], years: [YearLabel?]) -> [String]? {
        guard years.first.flatMap({ $0 }) != nil, !body.isEmpty,
            body.allSatisfy({ $0.first.map { $0.text.unicodeScalars.contains(where: TableDetector.isDigit) } ?? false })
        else { return nil }
        return body.map { row in
            let text = row[0].text
            let head = text.prefix { !$0.unicodeScalars.contains(where: TableDetector.isDigit) }
            return String(head).trimmingWhitespace()
        }
    }
}
