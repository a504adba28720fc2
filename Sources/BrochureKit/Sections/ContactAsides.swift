/// Text of a contact that is not its office: the jobs a bracketed track label covers, and the
/// section's notes under the last contact.
enum ContactAsides {
    /// Whether the text after a bracketed track label lists the jobs the contact is for
    /// (`〈事務系〉行政・社会福祉・学校事務`): two or more short names joined by `・`, none an
    /// office's word (局, 課, 担当) or holding a figure. The office follows on its own line.
    static func isScopeList(_ text: String) -> Bool {
        let names = text.split(separator: "・", omittingEmptySubsequences: false)
        guard names.count >= 2 else { return false }
        return names.allSatisfy { name in
            (1...8).contains(name.count) && !name.contains(where: { $0.isNumber || $0 == "@" })
                && !officeWords.contains { name.contains($0) }
        }
    }

    private static let officeWords = ["局", "課", "部", "室", "係", "班", "担当", "センター", "庁舎", "階"]

    /// Whether a line names the person in charge after the desk's word (`採用担当 高橋 さくら`,
    /// set large on a business card under its office): a person's name, with no office's word
    /// (課, 係, 担当) nor figure after the desk, answers the phone but is no part of the office.
    /// A desk that names a unit (`採用担当 人事係`) is still the office's.
    static func isPersonInCharge(_ line: String) -> Bool {
        guard let desk = ["採用担当", "担当者", "担当"].first(where: { line.hasPrefix($0) }) else { return false }
        // (The lines come compacted: the space after the desk is gone.)
        let name = line.dropFirst(desk.count).filter { !$0.isWhitespace && $0 != ":" && $0 != "：" }
        return (2...8).contains(name.count) && name.allSatisfy(\.isLetter)
            && !(officeWords + ["グループ", "チーム", "窓口"]).contains { name.contains($0) }
    }

    /// Whether a line is a note of the section (`注1)受付時間は…`, `※件名に…`, `*2 …`): the
    /// mark of a note, not a word of an office, opens it. A phone or e-mail in it is still
    /// read; it only adds nothing to the office.
    static func isNote(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if first == "※" { return true }
        guard first == "注" || first == "*" else { return false }
        // A mark and its number (`注1`, `*2`), or `注` and a colon or bracket (`注：`).
        let rest = line.dropFirst().drop { $0.isASCII && $0.isNumber }
        guard let next = rest.first else { return false }
        return rest.count < line.count - 1 || (first == "注" && ")）:：".contains(next))
    }

    /// Whether a line gives a web address (`採用サイト https://www.…`): where to read more, no
    /// part of the office.
    static func isWebAddress(_ line: String) -> Bool {
        line.contains("http://") || line.contains("https://") || line.contains("www.")
    }

    /// Whether a line gives the office's hours (`受付平日8:30～17:15`, `受付時間 平日9:00～17:00`,
    /// `平日 9:30～18:15`, `受付 平日9時〜17時`): the word for taking calls or for weekdays, then a
    /// clock time or a range of hours in words. It says when to call, not who answers, and adds
    /// nothing to the office.
    static func isHours(_ line: String) -> Bool {
        hoursWords.contains { line.hasPrefix($0) } && (hasClockTime(line) || hasHourRange(line))
    }

    /// Whether `text` gives a range of hours in words (`9時〜17時`, `8時30分~17時15分`,
    /// `9時から17時まで`): a figure and `時`, a range mark or `から`, then a figure and `時` again.
    static func hasHourRange(_ text: String) -> Bool {
        let characters = Array(text)
        let hours = characters.indices.dropFirst().filter { characters[$0] == "時" && characters[$0 - 1].isASCII && characters[$0 - 1].isNumber }
        guard hours.count >= 2 else { return false }
        let between = characters[hours[0]..<hours[1]]
        return between.contains { "~〜～-－".contains($0) } || String(between).contains("から")
    }

    private static let hoursWords = ["受付", "平日", "月～金", "月~金", "(受付", "【受付"]

    /// Whether `text` holds a clock time (`8:30`, `17:15`): a figure, a colon, two figures.
    static func hasClockTime(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 4 else { return false }
        for i in 1..<(characters.count - 2) where characters[i] == ":" || characters[i] == "：" {
            if characters[i - 1].isASCII, characters[i - 1].isNumber, characters[i + 1].isASCII, characters[i + 1].isNumber,
                characters[i + 2].isASCII, characters[i + 2].isNumber
            {
                return true
            }
        }
        return false
    }
}
