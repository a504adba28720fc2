/// Whether a row's name is a track alone (`事務職`, `技術系`, `事務`) or a category that merely
/// holds a track word (`一般事務`, `土木技術`).
///
/// Under a track bar a row named by the track alone is the track's total; a category such as
/// `一般事務` (general clerical work) or `土木技術` (civil engineering) names more than the
/// track and is read like any other.
enum ExamTrackWords {
    /// The words a track label adds to its track word (`事務職員`, `技術系`, `事務部門`).
    static let suffixes = ["", "系", "職", "系職", "職員", "系職員", "部門", "区分", "計", "系計", "職計"]

    /// True when `name` (compact) is a track word with no more than a track suffix after it.
    static func isBare(_ name: String) -> Bool {
        for word in ["事務", "技術", "理工"] where name.hasPrefix(word) {
            if suffixes.contains(String(name.dropFirst(word.count))) { return true }
        }
        return false
    }
}
