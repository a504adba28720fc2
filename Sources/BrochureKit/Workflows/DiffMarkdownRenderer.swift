/// Renders a diff as a Markdown report: the two editions, the notices first (what a reader
/// wants to know), a heading and a GitHub table per section, then the women's share series.
///
/// Values are written whole (a terminal table cuts them; a report should not), with `|`
/// escaped so a value can never break a table.
public struct DiffMarkdownRenderer: Sendable {
    public init() {}

    /// The report; it says "No differences." when there are none, so a report is never empty.
    public func render(_ diff: DocumentDiff) -> String {
        var out = "# \(Self.escape(diff.old.title)) → \(Self.escape(diff.new.title))\n\n"
        out += table(
            ["", "file", "organization", "edition", "sha256"],
            [("old", diff.old), ("new", diff.new)].map { name, side in
                [name, side.file, side.organization ?? "—", side.edition?.asOf ?? "—", String(side.sha256.prefix(12))]
            })
        guard diff.hasDifferences else { return out + "\nNo differences.\n" }
        if !diff.notices.isEmpty {
            out += "\n## Notices\n\n"
            out += diff.notices.map { "- **\($0.kind.title)**: \(Self.escape($0.message))\n" }.joined()
        }
        for section in diff.changedSections {
            let heading = AlignedSection.heading(of: section).map { "\(section) (\($0))" } ?? section
            out += "\n## \(heading)\n\n"
            out += table(
                ["change", "key", "field", "old", "new", "page"],
                diff.changes.filter { $0.section == section }.map { change in
                    let cells = DiffValueText.cells(change)
                    return [change.kind.rawValue, change.key ?? "", change.field ?? "", cells.old, cells.new, cells.pages]
                })
        }
        if !diff.womenShare.isEmpty {
            out += "\n## Women's share in the new edition\n\n"
            out += table(
                ["fiscal year", "track", "planned", "hires", "women", "share", "old share"],
                diff.womenShare.map { share in
                    [
                        "FY\(share.fiscalYear)", share.track, share.planned ? "yes" : "", String(share.count),
                        share.women.map(String.init) ?? "—", Self.percent(share.percent), Self.percent(share.oldPercent),
                    ]
                })
        }
        return out
    }

    /// A GitHub table; every cell escaped.
    private func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows {
            out += "| " + row.map(Self.escape).joined(separator: " | ") + " |\n"
        }
        return out
    }

    private static func percent(_ value: Double?) -> String {
        value.map { "\($0)%" } ?? "—"
    }

    /// `|` would end a cell and a line break a row; `*`, `_` and backquotes in brochure text
    /// are rare but would turn into emphasis or code.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "*", "_", "`", "\\": out += "\\\(character)"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
