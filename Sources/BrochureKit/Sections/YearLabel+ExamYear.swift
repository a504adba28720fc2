/// A row labelled by its exam's year with the intake it hired for in brackets:
/// `令和2年度実施（令和3年4月採用）`, `令和7年度実施（令和8年4月採用予定）`.
extension YearLabel {
    /// The intake's label when `text` (compacted) is an exam year said `…実施`, then the
    /// intake in brackets naming 採用: the hires joined in the intake's year, and a plan is
    /// the intake's (`採用予定`). Nil for any other label.
    static func intakeAfterExam(_ text: String) -> YearLabel? {
        guard text.last == ")", let open = text.firstIndex(of: "("), text[..<open].hasSuffix("実施"),
            case let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]), inner.contains("採用"),
            YearLabel(String(text[..<open].dropLast(2))) != nil
        else { return nil }
        return YearLabel(inner)
    }
}
