/// Renders a diff as a table for a terminal: a title line, the notices, then one aligned row
/// per change.
///
/// Columns are padded by display width (`DisplayWidth`), so a unit like `総合通信基盤局` lines up
/// with ASCII keys. Colour is optional because it belongs only on a terminal: the caller turns
/// it on when stdout is one and `NO_COLOR` is unset. Long values are cut with `…`; the JSON
/// and Markdown forms keep them whole.
public struct DiffTableRenderer: Sendable {
    /// Use ANSI colours: removals red, additions green, changes yellow.
    public var color: Bool
    /// The widest an old or new value may be, in cells.
    public var valueWidth: Int

    public init(color: Bool = false, valueWidth: Int = 36) {
        self.color = color
        self.valueWidth = valueWidth
    }

    private enum Style: String {
        case bold = "1", red = "31", green = "32", yellow = "33", dim = "2"
    }

    /// The table, or an empty string when the editions do not differ (like `diff`, which is
    /// silent when the files are the same).
    public func render(_ diff: DocumentDiff) -> String {
        guard diff.hasDifferences else { return "" }
        let sections = diff.changedSections.count
        var out = paint("\(diff.old.title) → \(diff.new.title)", .bold) + "\n"
        out += "\(diff.changes.count) change\(diff.changes.count == 1 ? "" : "s") in \(sections) section\(sections == 1 ? "" : "s")"
        out += ", \(diff.notices.count) notice\(diff.notices.count == 1 ? "" : "s")\n"
        if !diff.notices.isEmpty {
            out += "\n" + paint("Notices", .bold) + "\n"
            let kindWidth = diff.notices.map { DisplayWidth.of($0.kind.title) }.max() ?? 0
            for notice in diff.notices {
                out += "  " + DisplayWidth.pad(notice.kind.title, to: kindWidth) + "  " + notice.message + "\n"
            }
        }
        out += "\n" + table(diff.changes)
        return out
    }

    private func table(_ changes: [DiffChange]) -> String {
        let header = ["", "SECTION", "KEY", "FIELD", "OLD", "NEW", "PAGE"]
        let rows: [[String]] = changes.map { change in
            let cells = DiffValueText.cells(change)
            return [
                Self.marker(change.kind), change.section, DisplayWidth.truncate(change.key ?? "", to: 60),
                change.field ?? "", DisplayWidth.truncate(cells.old, to: valueWidth),
                DisplayWidth.truncate(cells.new, to: valueWidth), cells.pages,
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        var out = line(header, widths: widths, styles: Array(repeating: .bold, count: header.count))
        for (change, row) in zip(changes, rows) {
            let tone: Style = change.kind == .added ? .green : change.kind == .removed ? .red : .yellow
            let styles: [Style?] = [tone, nil, nil, nil, change.kind == .changed ? .red : tone, change.kind == .changed ? .green : tone, .dim]
            out += line(row, widths: widths, styles: styles)
        }
        return out
    }

    /// One row, every column padded to its width, without trailing blanks.
    private func line(_ cells: [String], widths: [Int], styles: [Style?]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            // Padding goes outside the colour codes, so trailing blanks can be trimmed.
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
            parts.append((styles[index].map { paint(cell, $0) } ?? cell) + padding)
        }
        var joined = parts.joined(separator: "  ")
        while joined.last == " " { joined.removeLast() }
        return joined + "\n"
    }

    /// `+` added, `-` removed, `~` changed: the marks `diff` users know.
    static func marker(_ kind: DiffChange.Kind) -> String {
        switch kind {
        case .added: return "+"
        case .removed: return "-"
        case .changed: return "~"
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }
}
