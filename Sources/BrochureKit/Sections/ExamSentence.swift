/// Reads a breakdown written as one running sentence: `事務系が大卒程度試験の法律区分から4名、
/// 経済区分から2名、院卒程度試験の行政区分から2名、技術系が…工学区分から1名の予定です。`
///
/// A list or table puts its track and level labels on lines of their own or to the left of the
/// counts; a sentence names them once, inside the clause that starts them, and every later
/// clause keeps them until another one names a new track or level. The categories carry
/// particles (`区分から`), which the list reader rightly refuses as prose.
enum ExamSentence {
    struct Item: Equatable {
        var track: Track
        var level: ExamBreakdown.Level
        var category: String
        var count: Int
    }

    /// The items of `text` (normalised), in order: each clause's count with the category word
    /// before it, under the track and level named before it, the track named between category
    /// and count, or the track of a total its items add up to (`ExamSentenceTracks`); a count
    /// left without a level or a track is no item.
    static func items(in text: String) -> [Item] {
        var track: Track? = nil
        var level: ExamBreakdown.Level? = nil
        // The items read so far, each with its track (nil until a total names it, `ExamSentenceTracks`)
        // and whether its own clause named that track.
        var read: [(item: Item, named: Bool)] = []
        var tracks: [Track?] = []
        let clauses = ExamListLine.separatingItems(text).split(whereSeparator: { "、,。".contains($0) })
        for clause in clauses.flatMap(countedParts) {
            guard let (lead, category, count, after) = split(clause) else {
                // A track's total (`の技術系計87名を`) names the track of the items adding up to it.
                if let total = ExamSentenceTracks.trackTotal(in: clause) {
                    ExamSentenceTracks.assign(total, tracks: &tracks, counts: read.map(\.item.count), named: read.map(\.named))
                }
                // A clause without a count can still name what the next ones are (`院卒程度試験`).
                track = trackWord(in: clause) ?? track
                level = ExamBreakdownParser.level(named: clause) ?? level ?? examWithoutLevel(clause)
                continue
            }
            let own = after ?? trackWord(in: lead)
            track = own ?? track
            level = ExamBreakdownParser.level(named: lead) ?? level ?? examWithoutLevel(lead)
            // A count before any level (`採用予定者(11名)は`) is the whole cohort.
            guard let level else { continue }
            read.append((Item(track: track ?? .other, level: level, category: category, count: count), own != nil))
            tracks.append(track)
        }
        return zip(read, tracks).compactMap { entry, track in
            guard let track else { return nil }
            var item = entry.item
            item.track = track
            return item
        }
    }

    /// `院卒程度試験から行政1名の計4名を採用する見込みです` → `院卒程度試験から行政1名`, `の計4名を
    /// 採用する見込みです`: a clause cut after each count but its last, so a total the clause
    /// closes with (`の計4名`) does not hide the item before it. What follows the last count
    /// stays with it (`…4名の予定です`).
    static func countedParts(_ clause: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = clause.startIndex
        var i = clause.startIndex
        while i < clause.endIndex {
            let next = clause.index(after: i)
            if "名人".contains(clause[i]), i > start, clause[clause.index(before: i)].isASCII, clause[clause.index(before: i)].isNumber,
                clause[next...].contains(where: { $0.isASCII && $0.isNumber })
            {
                parts.append(clause[start..<next])
                start = next
            }
            i = next
        }
        parts.append(clause[start...])
        return parts
    }

    /// `事務系が大卒程度試験の法律区分から4名` → (`事務系が大卒程度試験の`, `法律`, 4): the last
    /// count in the clause, the category word right before it (without `区分`, `から`), and what
    /// leads up to it. The category is the run of characters after the last kana particle and
    /// must not itself be a track or level.
    private static func split(_ clause: Substring) -> (Substring, String, Int, Track?)? {
        guard let unit = clause.lastIndex(where: { $0 == "名" || $0 == "人" }) else { return nil }
        // After the count only a closing phrase (`の予定です`), no further figure.
        guard !clause[clause.index(after: unit)...].contains(where: \.isNumber) else { return nil }
        let beforeUnit = clause[..<unit]
        // ASCII digits after normalisation, or kanji numerals (`事務七十名`, `電気六名`).
        let ascii = beforeUnit.reversed().prefix { $0.isASCII && $0.isNumber }
        let digits = ascii.isEmpty ? beforeUnit.reversed().prefix { JapaneseNumeral.isNumeralCharacter($0) } : ascii
        let run = String(digits.reversed())
        guard !digits.isEmpty, let count = Int(run) ?? (try? JapaneseNumeral.value(of: Substring(run), original: String(clause))) else { return nil }
        var words = beforeUnit.dropLast(digits.count)
        // (`行政区分で5名`: the category the hires are made in.)
        for particle in ["から", "より", "で"] where words.hasSuffix(particle) { words = words.dropLast(particle.count) }
        if words.hasSuffix("区分") { words = words.dropLast(2) }
        let start = words.lastIndex(where: { isKana($0) || $0 == " " || $0 == ":" }).map(words.index(after:)) ?? words.startIndex
        // Or the track between category and count (`行政区分から事務系30名`).
        if let named = ExamSentenceTracks.trackAfterCategory(in: words, start: start) {
            return (named.lead, named.category, count, named.track)
        }
        let category = String(words[start...])
        guard !category.isEmpty, category.count <= 16, ExamBreakdownParser.looksLikeCategory(Substring(category)),
            // A track word is a category only once the clause has named the track itself
            // (`事務系として一般事務五十五名`): alone it counts a cohort (`事務系4名`).
            Track(label: category) == .other || (trackWord(in: words[..<start]) != nil && !category.hasSuffix("系")),
            ExamBreakdownParser.level(named: category) == nil,
            // No digit, but kanji that are numerals in other places are words here (`一般事務`).
            category.allSatisfy({ !($0.isASCII && $0.isNumber) && $0 != "(" && $0 != ")" })
        else { return nil }
        return (words[..<start], category, count, nil)
    }

    /// The non-graduate level for a clause naming an exam with no level word
    /// (`警視庁職員Ⅰ類採用試験により`): the contract's levels are graduate and not, and a
    /// graduate exam says `院卒`. Asked only while no level has been named.
    private static func examWithoutLevel(_ clause: Substring) -> ExamBreakdown.Level? {
        clause.contains("試験") ? .undergraduate : nil
    }

    private static func trackWord(in text: Substring) -> Track? {
        let track = Track(label: String(text))
        return track == .other ? nil : track
    }

    /// Hiragana: the particles that tie a sentence's words (`の`, `が`, `から`).
    private static func isKana(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) }
    }
}
