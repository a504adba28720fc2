/// Routes set as a table, one station per row under a header that names its columns
/// (`最寄駅 | 路線 | 出口 | 徒歩`), rather than as `…線『駅』…出口 徒歩…分` lines.
enum AccessTable {
    /// The routes of `table`, when a header cell names the station column (`駅`, `最寄駅`,
    /// `駅名`); the other columns are read by what their header names.
    static func routes(_ table: Table, page: Int) -> [Access.Route] {
        guard let headerIndex = table.rows.prefix(2).firstIndex(where: { row in row.contains { isStationHeader($0.text) } })
        else { return [] }
        let header = table.rows[headerIndex].map { Normalized.compact($0.text) }
        guard let station = header.firstIndex(where: isStationHeader) else { return [] }
        func column(_ words: [String]) -> Int? {
            header.indices.first { c in c != station && words.contains { header[c].contains($0) } }
        }
        let line = column(["路線", "線"]), exit = column(["出口", "のりば", "乗り場"]), walk = column(["徒歩", "所要", "まで"])
        return table.rows[(headerIndex + 1)...].compactMap { row -> Access.Route? in
            func cell(_ c: Int?) -> String? {
                guard let c, c < row.count else { return nil }
                let text = Normalized.compact(row[c].text)
                return text.isEmpty ? nil : text
            }
            guard var name = cell(station) else { return nil }
            if name.hasSuffix("駅") { name.removeLast() }
            var lines = cell(line).map { $0.split(separator: "・").map(String.init).filter { $0.hasSuffix("線") } } ?? []
            // A station cell that names its line and the station in 『』 (`地下鉄南北線『勾当台公園』駅`).
            if let named = AccessParser.route(name, start: nil) {
                name = named.station
                if lines.isEmpty { lines = named.lines }
            }
            let exitName = cell(exit).flatMap { (try? StationExit.first(in: $0))??.name }
            let minutes = cell(walk).flatMap { text in (try? WalkingTime.first(in: text.contains("徒歩") ? text : "徒歩" + text))??.minutes }
            return Access.Route(
                station: name, lines: lines, exit: exitName, walkMinutes: minutes,
                provenance: Rect.enclosing(row.compactMap(\.box)).map {
                    Provenance(page: page, box: $0, text: row.map(\.text).joined(separator: "\t"))
                })
        }
    }

    /// A header cell over the stations: `駅`, `最寄駅`, `最寄り駅`, `駅名`, or stations and
    /// stops together (`駅・停留所`).
    static func isStationHeader(_ text: String) -> Bool {
        let parts = Normalized.compact(text).split(separator: "・").map(String.init)
        return !parts.isEmpty && parts.contains(where: stationWords.contains) && parts.allSatisfy { stationWords.contains($0) || stopWords.contains($0) }
    }

    static let stationWords: Set<String> = ["駅", "最寄駅", "最寄り駅", "駅名", "最寄駅名"]
    static let stopWords: Set<String> = ["停留所", "バス停", "電停"]
}
