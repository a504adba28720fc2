/// The tracks of an exam table told apart only by a tint, as a note under it says
/// (`※網掛けは技術職、それ以外は事務職の試験です。`).
///
/// The text carries no tint: the rows of both tracks read alike, and the table names no track
/// (a technical row's level cell, `大学卒業程度`, is the administrative rows' too). The note still
/// says the table holds the two tracks and that each row is of one of them; each category then
/// tells its own by its name (`ExamTechnicalWords`): a technical field or profession (`土木`,
/// `獣医師`) is the technical track's, any other (`行政`, `一般事務`) the administrative one's.
struct ExamShadedTracks {
    /// The words a note uses for the tinted rows (`網掛け`, `色付きの行`, `着色部分`).
    static let tintWords = ["網掛", "網かけ", "網カケ", "色付", "色つき", "色の付", "着色", "塗り", "グレー", "アミ"]

    /// The words a note uses for the other rows (`それ以外`, `その他`, `白地`).
    static let restWords = ["以外", "その他", "白地", "無地", "白抜"]

    /// The note's tracks when one of its sentences names the tinted rows' track and the other
    /// rows', two different tracks; nil for any other block of the part.
    init?(blocks: [(page: Int, block: Block)]) {
        for (_, block) in blocks where block.table == nil {
            let text = Normalized.compact(block.lines.map(\.text).joined())
            guard text.hasPrefix("※") || text.hasPrefix("*") else { continue }
            for sentence in text.drop(while: { "※*".contains($0) }).split(separator: "。") {
                var tinted: Track? = nil
                var rest: Track? = nil
                for clause in sentence.split(whereSeparator: { "、,".contains($0) }) {
                    guard let (subject, track) = ExamTrackNote.subjectAndTrack(of: clause) else { continue }
                    if Self.tintWords.contains(where: { subject.contains($0) }) { tinted = track }
                    if Self.restWords.contains(where: { subject.contains($0) }) { rest = track }
                }
                if let tinted, let rest, tinted != rest { return }
            }
        }
        return nil
    }

    /// The track of a category (compact) of the table: technical when its name is a
    /// technical job's, administrative otherwise.
    func track(of category: String) -> Track {
        ExamTechnicalWords.namesTechnicalJob(Normalized.compact(category)) ? .technical : .administrative
    }
}
