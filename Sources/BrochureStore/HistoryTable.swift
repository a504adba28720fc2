import BrochureKit
/// `brochure history --format table`: the history as aligned columns for a terminal.
///
/// One line per figure, grouped by fiscal year, oldest edition first; after a year's figures,
/// a `difference` line (actual − planned, signed; share in percentage points) when a plan and
/// a later actual exist. Columns are padded by display width, so kanji in file names or
/// labels do not shift them.
public enum HistoryTable {
    private static let header = ["year", "label", "edition", "as of", "kind", "total", "women", "share", "admin", "women", "tech", "women", "file"]
    /// Columns holding figures: right-aligned.
    private static let numeric: Set<Int> = [5, 6, 7, 8, 9, 10, 11]

    public static func render(_ history: History) -> String {
        var lines = [title(history), ""]
        var rows = [header]
        for year in history.fiscalYears {
            for figure in year.figures {
                rows.append(row(year.fiscalYear, figure))
            }
            if let comparison = year.plannedVsActual {
                rows.append(row(year.fiscalYear, comparison, label: year.figures.last?.label ?? ""))
            }
        }
        let widths = header.indices.map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for row in rows {
            var line = row.indices.map { DisplayWidth.pad(row[$0], to: widths[$0], rightAligned: numeric.contains($0)) }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(_ history: History) -> String {
        let superseded = history.editions.filter { !$0.current }.count
        let count = history.editions.count
        let which = history.allEditions ? "\(count) edition\(count == 1 ? "" : "s") (\(superseded) superseded, marked *)" : "\(count) current edition\(count == 1 ? "" : "s")"
        return "\(history.organization): hiring by fiscal year from \(which); share = women in the total"
    }

    private static func row(_ year: Int, _ figure: History.Figure) -> [String] {
        let edition = "\(figure.edition.year)\(figure.edition.current ? "" : "*")"
        return [String(year), figure.label, edition, figure.edition.asOf ?? "", figure.planned ? "planned" : "actual"]
            + counts(figure.total, figure.administrative, figure.technical, signed: false) + [figure.edition.file]
    }

    private static func row(_ year: Int, _ comparison: History.Comparison, label: String) -> [String] {
        let editions = "\(comparison.actualEdition.year)-\(comparison.plannedEdition.year)"
        return [String(year), label, editions, "", "difference"]
            + counts(comparison.total, comparison.administrative, comparison.technical, signed: true) + [""]
    }

    /// total, women, share, admin, women, tech, women.
    private static func counts(_ total: History.Count?, _ admin: History.Count?, _ tech: History.Count?, signed: Bool) -> [String] {
        func number(_ value: Int?) -> String {
            guard let value else { return "-" }
            return signed && value > 0 ? "+\(value)" : String(value)
        }
        func share(_ value: Double?) -> String {
            guard let value else { return "-" }
            let text = HistoryFormat.decimal(value)
            return signed ? (value > 0 ? "+" : "") + text + "pt" : text + "%"
        }
        return [number(total?.count), number(total?.women), share(total?.womenShare),
                number(admin?.count), number(admin?.women), number(tech?.count), number(tech?.women)]
    }
}
