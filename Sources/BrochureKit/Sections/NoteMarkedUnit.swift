/// A unit's name without the note mark printed after it (`備蓄事業本部※2`, `総務部*`).
///
/// An organisation chart's box may carry a mark whose note sits at the page foot; the mark
/// and its number belong to the note, not to the unit's name.
enum NoteMarkedUnit {
    /// `name` without a trailing note mark and the digits after it; `name` itself otherwise.
    static func name(_ name: String) -> String {
        guard let mark = name.lastIndex(where: { YearLabel.noteMarks.contains($0) }), mark > name.startIndex,
            name[name.index(after: mark)...].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return name }
        return String(name[..<mark]).trimmingWhitespace()
    }
}
