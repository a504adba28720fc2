/// Whether an exam category names a technical job (`土木`, `総合土木`, `獣医師`, `化学`): the
/// vocabulary of the 技術職 exams of prefectures, cities and agencies.
///
/// A table can set its tracks apart by a mark the text does not carry (technical rows tinted,
/// named only in a note: `※網掛けは技術職、それ以外は事務職の試験です。`). The categories then tell
/// the track themselves: the technical exams are named after an engineering or science field
/// or a licensed profession, the administrative ones (`行政`, `一般事務`, `警察行政`, `社会福祉`)
/// after none of them.
enum ExamTechnicalWords {
    /// The words of technical categories: engineering fields, sciences, primary industries and
    /// licensed professions (`獣医師`, `薬剤師`, `保健師`), as they stand inside a category's name.
    static let words = [
        "土木", "建築", "電気", "電子", "機械", "化学", "農業", "農学", "農芸", "林業", "林学", "森林", "水産", "畜産",
        "造園", "獣医", "薬剤", "薬学", "保健師", "栄養", "衛生", "環境", "設備", "測量", "地質", "物理", "生物", "工学",
        "理工", "技術", "放射線", "臨床検査", "看護", "水道",
    ]

    /// True when `category` (compact) holds one of the technical words.
    static func namesTechnicalJob(_ category: String) -> Bool {
        words.contains { category.contains($0) }
    }
}
