/// A contacts table giving each phone's extension in a column of its own (`電話 | 内線`).
///
/// Read cell by cell, the bare extension (`2115`) was no phone and went on the office's name
/// (`総務部人事課2115`). Set after its phone in brackets, as brochures print it on one line
/// (`072-641-9800（内線2115）`), it is the phone's note.
enum ExtensionColumn {
    /// The headers of an extension's column.
    static let headers: Set<String> = ["内線", "内線番号"]

    /// `table` with each extension moved after the phone in its row, left of it.
    static func joined(_ table: Table) -> Table {
        guard let header = table.rows.first,
            let column = header.firstIndex(where: { headers.contains(Normalized.compact($0.text)) }), column > 0
        else { return table }
        var table = table
        for r in table.rows.indices.dropFirst() where column < table.rows[r].count {
            let digits = Normalized.compact(table.rows[r][column].text)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
                let phone = table.rows[r][..<column].lastIndex(where: { !((try? PhoneNumber.all(in: $0.text)) ?? []).isEmpty })
            else { continue }
            table.rows[r][phone].text += "（内線\(digits)）"
            table.rows[r][column].text = ""
        }
        return table
    }
}
