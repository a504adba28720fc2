/// Reads support systems set as bulleted `●name（period）` lines with no text under any of
/// them (a table's cell of items beside life-stage labels, `出産・育児 | ●育児休業（…）`).
///
/// The titled-paragraph split takes the first line for an item's title and the others for
/// its text; when every one of those others is a bullet and a system with its period, each
/// line is a system of its own.
enum BulletedSupportLines {
    /// The bullets the lines open with.
    static let bullets: Set<Character> = ["●", "○", "■", "◆", "・"]

    /// `item`'s systems, its title's first when it is one, when its text is nothing but such
    /// lines; else nil. A title that is no system is the lines' category (`介護` beside
    /// `●介護休暇（通算6か月）`), a short word.
    static func expanded(_ item: TitledParagraphs.Item) -> [SupportSystem]? {
        let text = Normalized.compact(item.text)
        guard let first = text.first, bullets.contains(first) else { return nil }
        let lines = text.split(whereSeparator: { bullets.contains($0) }).map(String.init)
        let titled = SupportSystem.splitPeriod(item.title).period != nil
        guard !lines.isEmpty, titled || item.title.count <= 8 else { return nil }
        var systems: [SupportSystem] = []
        for title in (titled ? [item.title] : []) + lines {
            let (name, period) = SupportSystem.splitPeriod(title)
            guard let period, QuotedSupportSystems.namesSystem(name) else { return nil }
            systems.append(SupportSystem(listed: name, period: period, page: item.page, box: item.box, text: title))
        }
        return systems
    }
}
