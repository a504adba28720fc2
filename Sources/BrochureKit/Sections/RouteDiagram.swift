/// Routes drawn as a line diagram with no route sentence printed: per route the line's name
/// over the station's dot, the station's name under the dot, and the walking time over an arrow
/// running right to the office (`東京メトロ南北線` over `本駒込`, `徒歩約5分` beside them).
///
/// Read in order the three labels make no sentence naming a station (no `駅`, no 『』), so no
/// route was found. Each is put together from the geometry: a line's name, the short name
/// centred under it, and a walking time right of both within their height; the sentence they
/// stand for (`東京メトロ南北線『本駒込』駅徒歩約5分`) is then read as a printed one is. A walking
/// time is required: a line's name over a word without one is a caption, not a route.
enum RouteDiagram {
    /// The routes the labels among `lines` draw, in the order of their lines' names.
    static func routes(_ lines: [(page: Int, line: TextLine)]) -> [Access.Route] {
        var routes: [Access.Route] = []
        for (page, name) in lines where isLineName(name.text) {
            let em = max(name.box.height, 1)
            let onPage = lines.filter { $0.page == page }.map(\.line)
            // The station: the nearest short name under the line's, centred on it.
            let station = onPage.filter { line in
                isStationName(line.text) && line.box.y0 >= name.box.y1 - 1 && line.box.y0 - name.box.y1 <= 5 * em
                    && abs(line.box.midX - name.box.midX) <= em
            }.min { $0.box.y0 < $1.box.y0 }
            guard let station else { continue }
            // The walking time: right of both, level with the span from the line's name to the station's.
            let walk = onPage.filter { line in
                line.box.x0 >= max(name.box.x1, station.box.x1) && line.box.midY >= name.box.y0 && line.box.midY <= station.box.y1
                    && (try? WalkingTime.first(in: Normalized.compact(line.text))).flatMap { $0 } != nil
            }.min { $0.box.x0 < $1.box.x0 }
            guard let walk else { continue }
            var stationName = Normalized.compact(station.text)
            if stationName.hasSuffix("駅") { stationName.removeLast() }
            let text = Normalized.compact(name.text) + "『" + stationName + "』駅" + Normalized.compact(walk.text)
            guard var route = AccessParser.route(text, start: (page, name.box.union(station.box).union(walk.box))) else { continue }
            route.provenance?.text = [name.text, station.text, walk.text].joined(separator: "\n")
            routes.append(route)
        }
        return routes
    }

    /// A line's name alone on its line: ending in a line word (`南北線`, `…鉄道`, `…ライン`),
    /// naming no station and no sentence.
    static func isLineName(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        return (2...20).contains(text.count) && BareStation.endOfLastLineWord(text[...]) == text.endIndex
            && !text.contains(where: { "『』「」、。駅:".contains($0) }) && !BareStation.namesStop(text)
    }

    /// A station's name alone on its line: a few characters of a name (`本駒込`, `千石`), no
    /// line's name, figure or time.
    static func isStationName(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        return (1...12).contains(text.count) && text.allSatisfy(BareStation.isNameCharacter)
            && BareStation.endOfLastLineWord(text[...]) == nil
    }
}
