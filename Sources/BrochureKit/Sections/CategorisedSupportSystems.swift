/// Reads a two-level list of support systems: a category (`子育て`, `介護`, a pill or a
/// heading of its own) over bulleted `・name：period` lines (`・育児休業：子が3歳に達するまで`).
///
/// The titled-paragraph split reads the category as an item's title and its lines as the
/// item's text; the systems are the bulleted lines, each a name and its period, the category
/// only groups them. A text that is anything else (a sentence, a bullet without its colon
/// and period) is left as it is.
enum CategorisedSupportSystems {
    /// The systems listed in `text` as `・name:period` lines run together (the paragraph
    /// joins its lines), or nil when `text` is not such a list of at least two. A `・` inside a
    /// name or a period is no bullet: a piece without a colon of its own that is a period
    /// (`産前8週間・産後8週間`) ends the period before it; any other (`子の看護・介護休暇`)
    /// starts the name after it.
    static func systems(in text: String) -> [(name: String, period: String)]? {
        let compact = Normalized.compact(text)
        guard compact.first == "・" else { return nil }
        var pieces: [String] = []
        var carried: String? = nil
        for piece in compact.dropFirst().split(separator: "・", omittingEmptySubsequences: false).map(String.init) {
            if let head = carried {
                carried = nil
                pieces.append(head + "・" + piece)
            } else if piece.contains(":") {
                pieces.append(piece)
            } else if !pieces.isEmpty, SupportSystem.isPeriod(piece) {
                pieces[pieces.count - 1] += "・" + piece
            } else {
                carried = piece
            }
        }
        guard carried == nil else { return nil }
        var systems: [(name: String, period: String)] = []
        for piece in pieces {
            guard let colon = piece.firstIndex(of: ":") else { return nil }
            let name = String(piece[..<colon])
            let period = String(piece[piece.index(after: colon)...])
            guard (2...20).contains(name.count), !name.contains(where: \.isNumber), SupportSystem.isPeriod(period) else { return nil }
            systems.append((name, period))
        }
        return systems.count >= 2 ? systems : nil
    }

    /// `item`'s systems when its text is a list of them, each with the item's page and box.
    static func expanded(_ item: TitledParagraphs.Item) -> [SupportSystem]? {
        guard let listed = systems(in: item.text) else { return nil }
        return listed.map { system in
            let summary = system.period
            return SupportSystem(
                name: system.name, summary: summary, durations: DurationFinder.find(in: summary), page: item.page,
                provenance: Provenance(page: item.page, box: item.box, text: item.title + "\n・" + system.name + ":" + system.period))
        }
    }
}
