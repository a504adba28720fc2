/// A section's heading caught in the body of a table: the first line under a column set
/// beside the table (a narrow sidebar whose lines happen to share the table's baselines),
/// not a cell of it.
///
/// A table's header may name a section (`試験区分` over its column) and its body rows hold
/// figures and names of units; a row that holds both a section's name and a figure is two
/// columns side by side read across.
enum SectionNameInTableBody {
    /// Whether a body row of `table` has a cell that is one of `sectionNames` (the page's
    /// short lines naming a brochure section) starting with a section word, and another cell
    /// that is a figure.
    static func found(in table: Table, sectionNames: Set<String>) -> Bool {
        table.rows.dropFirst(table.headerRowCount).contains { row in
            // The name opens the cell (`アクセス`, `配属先`): a unit such as `森林技術総合研修所`
            // only has a section word inside it.
            guard let named = row.firstIndex(where: { sectionNames.contains($0.text) && SectionKind.startingWith(SectionKind.strippedTitle($0.text)) != nil }),
                !labelsRowGroups(table, column: named), !labelsRows(table, column: named, sectionNames: sectionNames)
            else { return false }
            // (A figure, digits making much of it, not digits in words: `配属先` over its
            // column beside `令和6年度採用者` over a group of columns is a header row.)
            return row.indices.contains { c in
                let scalars = row[c].text.unicodeScalars.filter { !$0.properties.isWhitespace }
                return c != named && !opensWithYear(row[c].text) && scalars.filter(TableDetector.isDigit).count * 10 >= max(scalars.count, 1) * 3
            }
        }
    }

    /// Whether `column` of the body holds labels of groups of rows (`採用者数` over three rows,
    /// `うち女性` over the next three): two words or more, each short and no figure, with more
    /// rows left empty than labelled. A column beside the table under its heading holds
    /// running text instead.
    static func labelsRowGroups(_ table: Table, column: Int) -> Bool {
        let cells = table.rows.dropFirst(table.headerRowCount).map { $0[column].text }
        let labels = cells.filter { !$0.isEmpty }
        return labels.count >= 2 && labels.count * 2 <= cells.count
            && labels.allSatisfy { $0.count <= 6 && !$0.unicodeScalars.contains(where: TableDetector.isDigit) }
    }

    /// Whether `column` is the table's label column under a header of its own (`区分` over
    /// `採用者数`, `うち女性` in a table with years across, whose header rows the header count,
    /// which goes by digits, takes for the body): every cell a short label of words or empty,
    /// the topmost a word that names no section. A column beside the table shares the table's
    /// baselines by chance and is headed by its section's name, over running text.
    /// (The labelled rows hold nothing but figures: a row that reads on into words is a column
    /// beside the table. And no label is said twice: `採用者数`, `うち女性` over and over are the
    /// rows of groups whose own labels, the years, were cut off to the left.)
    static func labelsRows(_ table: Table, column: Int, sectionNames: Set<String>) -> Bool {
        let labelled = table.rows.filter { !$0[column].text.isEmpty }
        guard labelled.count >= 3, let top = labelled.first?[column].text, !sectionNames.contains(top),
            Set(labelled.map { $0[column].text }).count == labelled.count
        else { return false }
        return labelled.allSatisfy { $0[column].text.count <= 6 && !$0[column].text.unicodeScalars.contains(where: TableDetector.isDigit) }
            && labelled.dropFirst().allSatisfy { row in
                row.indices.allSatisfy { $0 == column || !row[$0].text.contains(where: \.isLetter) }
            }
    }

    /// Whether a row below the first holds a section's heading line cut into cells (`研修` |
    /// `TRAINING`, a title and its English gloss): the detector parts the title from its gloss
    /// at the gap between them, so the line matches no cell, but no table's row is a section's
    /// heading. The heading of a column beside the table (its lines sharing the table's
    /// baselines) read as rows of it.
    static func cut(in table: Table, sectionNames: Set<String>) -> Bool {
        let names = Set(sectionNames.map(squeezed).filter { !$0.isEmpty })
        guard !names.isEmpty else { return false }
        // (Every table is asked: two cells longer together than any name are no name.)
        let longest = names.map(\.utf8.count).max() ?? 0
        return table.rows.dropFirst(max(table.headerRowCount, 1)).contains { row in
            let cells = row.map { squeezed($0.text) }
            return zip(cells, cells.dropFirst()).contains { a, b in
                !a.isEmpty && !b.isEmpty && a.utf8.count + b.utf8.count <= longest && names.contains(a + b)
            }
        }
    }

    /// The text without its white space; itself when it has none (nearly every cell).
    private static func squeezed(_ text: String) -> String {
        text.unicodeScalars.contains(where: UnmappedText.isWhitespace) ? text.filter { !$0.isWhitespace } : text
    }

    /// `2023年度採用`: a Western year opening the cell heads a cohort's columns; its digits are
    /// no figure, so `配属先` beside it is a header row (one the header count, which goes by
    /// digits, takes for the body).
    static func opensWithYear(_ text: String) -> Bool {
        let head = text.prefix(5)
        return head.count == 5 && head.last == "年" && YearLabel.gregorian(String(head)) != nil
    }
}
