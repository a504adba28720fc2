import Foundation

/// `brochure history --format csv`: one record per figure, for spreadsheets and scripts.
///
/// RFC 4180: a header row, CRLF line ends, a field quoted (quotes doubled) when it holds a
/// comma, a quote or a line break. A missing value is an empty field. After a year's figures,
/// a `difference` record holds actual − planned (share in percentage points) with the two
/// editions' years in `editionYear` as `actual-planned`.
public enum HistoryCSV {
    static let header = [
        "organization", "fiscalYear", "label", "kind", "editionYear", "asOf", "file", "sha256", "current",
        "totalCount", "totalWomen", "totalWomenShare", "adminCount", "adminWomen", "adminWomenShare",
        "techCount", "techWomen", "techWomenShare",
    ]

    public static func render(_ history: History) -> String {
        var records = [header]
        for year in history.fiscalYears {
            for figure in year.figures {
                let edition = figure.edition
                records.append(
                    [history.organization, String(year.fiscalYear), figure.label, figure.planned ? "planned" : "actual",
                     String(edition.year), edition.asOf ?? "", edition.file, edition.sha256, String(edition.current)]
                        + fields(figure.total) + fields(figure.administrative) + fields(figure.technical))
            }
            if let comparison = year.plannedVsActual {
                records.append(
                    [history.organization, String(year.fiscalYear), year.figures.last?.label ?? "", "difference",
                     "\(comparison.actualEdition.year)-\(comparison.plannedEdition.year)", "", "", "", ""]
                        + fields(comparison.total) + fields(comparison.administrative) + fields(comparison.technical))
            }
        }
        return records.map { $0.map(quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func fields(_ count: History.Count?) -> [String] {
        [count.map { String($0.count) } ?? "", count?.women.map(String.init) ?? "", count?.womenShare.map(HistoryFormat.decimal) ?? ""]
    }

    /// The field as RFC 4180 writes it.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
