import BrochureKit

/// The output formats of `brochure history`, and the number formatting they share.
public enum HistoryFormat: String, CaseIterable, Sendable {
    case table, csv, json

    /// The history in this format, ending in a newline.
    public func render(_ history: History) throws -> String {
        switch self {
        case .table: return HistoryTable.render(history)
        case .csv: return HistoryCSV.render(history)
        case .json: return try JSONOutput.encode(history)
        }
    }

    /// A share with exactly one decimal (`30.0`, `-1.5`), as the JSON's number would print.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
