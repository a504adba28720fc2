/// A header cell naming two tracks at once (`事務系技術系`): the layout joins two labels set
/// close together into one cell, spanning the count columns under both or standing over the
/// one column a table of one track's counts fills.
///
/// Read as one label it gives its first track to every column under it, so the second track's
/// counts are read as the first's. Each label still stands over its own counts: the cell's
/// text is cut at each track word, each word given its share of the cell's width, and each
/// column under the cell takes the word over the middle of its counts.
enum JoinedTrackHeader {
    /// `roles` (one per column, from the header row `header` of `table`) with each column under
    /// a cell naming two tracks given the track of the word over it.
    static func roles(_ roles: [ColumnRole], in table: Table, header: Int) -> [ColumnRole] {
        guard table.rows.indices.contains(header) else { return roles }
        var result = roles
        let body = table.rows.dropFirst(header + 1)
        for (c, cell) in table.rows[header].enumerated() {
            guard let box = cell.box, case let words = trackWords(of: Normalized.compact(cell.text), across: box), words.count >= 2 else { continue }
            for column in c..<min(c + max(cell.columnSpan, 1), result.count) {
                let middles = body.compactMap { row in row.indices.contains(column) && !row[column].text.isEmpty ? row[column].box?.midX : nil }.sorted()
                guard !middles.isEmpty, case let x = middles[middles.count / 2],
                    let word = words.min(by: { distance(x, $0.span) < distance(x, $1.span) })
                else { continue }
                result[column] = word.role
            }
        }
        return result
    }

    /// The track words of `text` with the stretch of `box` each covers, from its first
    /// character to the next word's: none unless two tracks are named.
    private static func trackWords(of text: String, across box: Rect) -> [(role: ColumnRole, span: ClosedRange<Double>)] {
        let characters = Array(text)
        guard characters.count >= 4 else { return [] }
        let starts = characters.indices.dropLast().filter { i in
            ["事務", "技術"].contains(String(characters[i...(i + 1)]))
        }
        guard starts.count >= 2 else { return [] }
        let advance = box.width / Double(characters.count)
        return starts.enumerated().map { n, start in
            let end = n + 1 < starts.count ? starts[n + 1] : characters.count
            let role = ColumnRole(label: String(characters[start..<end]))
            return (role, (box.x0 + Double(start) * advance)...(box.x0 + Double(end) * advance))
        }
    }

    private static func distance(_ x: Double, _ span: ClosedRange<Double>) -> Double {
        span.contains(x) ? 0 : min(abs(x - span.lowerBound), abs(x - span.upperBound))
    }
}
