/// The exam level of a column headed by its recruitment route rather than by an exam:
/// `新卒採用（学部卒）`, `新卒採用（大学院卒）`, `キャリア採用`.
///
/// An agency that hires outside the national exams names its intakes by route: new graduates
/// (split by degree) and mid-career hires. The contract has two levels only, so a route is
/// graduate when it names the graduate school (`大学院卒`, `院卒`) and undergraduate otherwise
/// (the career intake's categories, `事務（経験者）`, tell it apart). Only a short header cell
/// that says `採用` and names a route counts: `採用者数` or `採用予定` name none.
enum ExamRouteLevel {
    /// The words that make a `…採用` header a route: new graduates, degrees, career hires.
    static let routeWords = ["新卒", "既卒", "卒", "キャリア", "経験者", "中途", "社会人"]

    static func level(of text: String) -> ExamBreakdown.Level? {
        let t = Normalized.compact(text)
        guard t.count <= 16, t.contains("採用"), routeWords.contains(where: { t.contains($0) }) else { return nil }
        return ExamBreakdownParser.level(named: t) ?? .undergraduate
    }
}
