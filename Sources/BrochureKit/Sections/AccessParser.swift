#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the アクセス section: the address line, then one route per station named in 『』.
struct AccessParser {
    func parse(_ part: SectionSegmenter.Part) -> Access? {
        var lines = part.blocks.flatMap { entry in entry.block.lines.map { (entry.page, $0) } }
        // An address wrapped after its town (`東京都千代田区霞が関` / `3-1-1 中央合同庁舎第4号館`)
        // is one line again.
        // So is one wrapped wherever its column ended (`〒604-8571 京都市中京区寺町通御池上る上` /
        // `本能寺前町488`): the next line of its paragraph, in its type, carries the figures.
        // So is a postal code on a line of its own over the address (`〒100-1301` /
        // `東京都御蔵島村字入かねが沢`), which may then have no figures of its own.
        if let cut = lines.indices.dropLast().first(where: { i in
            !Self.looksLikeAddress(lines[i].1.text) && Self.looksLikeAddress(lines[i].1.text, figures: false)
                && (lines[i + 1].1.text.trimmingWhitespace().first.map { $0.isNumber } == true
                    || Self.wrapsOn(lines[i].1, lines[i + 1].1))
                || Self.isPostalCode(lines[i].1.text) && Self.looksLikeAddress(lines[i + 1].1.text, figures: false)
        }) {
            var joined = lines[cut].1
            joined.text += lines[cut + 1].1.text.trimmingWhitespace()
            joined.box = joined.box.union(lines[cut + 1].1.box)
            lines.replaceSubrange(cut...(cut + 1), with: [(lines[cut].0, joined)])
        }
        guard let addressIndex = lines.firstIndex(where: { Self.looksLikeAddress($0.1.text) })
            ?? lines.firstIndex(where: { Normalized.compact($0.1.text).hasPrefix("〒") && Self.looksLikeAddress($0.1.text, figures: false) })
        else { return nil }
        // A route drawn as an arrow chain under its first place (`御蔵島港` / `→（徒歩約10分）→ 村役場`)
        // is one line again (`ArrowRoute`).
        for i in lines.indices.reversed() where i > addressIndex + 1 && ArrowRoute.continues(Normalized.compact(lines[i].1.text)) {
            lines[i - 1].1.text += lines[i].1.text
            lines[i - 1].1.box = lines[i - 1].1.box.union(lines[i].1.box)
            lines.remove(at: i)
        }
        var (address, building) = Self.splitAddress(Normalized.text(lines[addressIndex].1.text))
        // A building named on the line under the address is its building, and that line no route's.
        // (Or its end: `…1番1号北九州市` over `役所本庁舎`. The address broken inside its block
        // number, `霞が関1-2-` over `2中央合同庁舎5号館`: the two lines read as one.)
        if building.map({ !Self.buildingWords.contains(where: $0.hasSuffix) }) ?? true, addressIndex + 1 < lines.count,
            lines[addressIndex + 1].0 == lines[addressIndex].0, let named = Self.building(under: lines[addressIndex].1, lines[addressIndex + 1].1)
        {
            if let start = building {
                building = start + named
                lines.remove(at: addressIndex + 1)
            } else if address.last.map({ $0.isNumber || $0 == "号" || $0 == "地" }) == true {
                building = named
                lines.remove(at: addressIndex + 1)
            } else if case let (joined, whole?) = Self.splitAddress(Normalized.text(lines[addressIndex].1.text) + named),
                Self.buildingWords.contains(where: whole.hasSuffix)
            {
                (address, building) = (joined, whole)
                lines.remove(at: addressIndex + 1)
            }
        }
        // Route lines wrap; join them and split before each operator or line name that starts one.
        var routes: [Access.Route] = []
        var pending = ""
        var pendingLines: [String] = []
        var pendingStart: (Int, Rect)? = nil
        // The lines of a table read by its station column (`路線 | 駅 | 出口 | 徒歩`) are its rows'
        // cells: read as route lines, its header (`最寄り駅`) would name a station without 『』.
        let tableLines = Set(part.blocks.filter { entry in entry.block.table.map { !AccessTable.routes($0, page: entry.page).isEmpty } ?? false }
            .flatMap { $0.block.lines.map(\.box) })
        func flush() {
            // Several routes in one sentence (`…『天神』駅 12番出口から徒歩約3分、地下鉄七隈線
            // 『天神南』駅…、西鉄バス『市役所北口』停留所から…`): one route per clause naming a station.
            let clauses = pending.split(separator: "、").map(String.init).filter { $0.contains("『") && $0.contains("』") }
            if clauses.isEmpty, !pending.contains("『"), let route = BareStation.route(pendingLines, start: pendingStart) {
                routes.append(route)
            }
            for text in clauses.count >= 2 ? clauses : [pending] {
                if let route = Self.route(text, start: pendingStart) { routes.append(route) }
            }
            pending = ""
            pendingLines = []
            pendingStart = nil
        }
        for (page, line) in lines[(addressIndex + 1)...] {
            // A list marker (`●東京メトロ…`) opens the route as its operator would; a second
            // station in 『』 opens one whatever its line starts with (`◆つくばエクスプレス『研究学園』…`).
            // (A circled number, `①`, is a marker too: compacted, it would read as a figure.)
            // (A station printed in 「」 after its line, `…線「町田」駅`, is read as one in 『』:
            // `QuotedStation`; a bus stop in 「」 stays, unless it opens a clause of its own.)
            // (So is an airport or a port opening the route, `八丈島空港から車で約5分`: `TerminalStop`.)
            // (So is a route drawn as an arrow chain, `神津島港 →（徒歩 約5分）→ 村役場`: `ArrowRoute`.)
            // (So is one with the way first and the station in brackets after it, `車で約10分（…駅から）`: `OriginAfterTime`.)
            let marked = ArrowRoute.marked(TerminalStop.marked(QuotedStation.marked(OriginAfterTime.reordered(
                Normalized.compact(String(line.text.drop { Self.markers.contains($0) || $0.unicodeScalars.allSatisfy { (0x2460...0x2473).contains($0.value) } }))))))
            // (Two stations of two operators joined by `・` before one time, `JR札幌駅・地下鉄さっぽろ駅から…`: a route each.)
            // (Two whole routes parted by a slash, `…駅から徒歩約8分／東西線…駅から…`: a route each.)
            for text in Self.slashedRoutes(marked).flatMap(Self.joinedStations) {
                // (A station named without 『』, `JR長野駅 善光寺口`, names the route as well.)
                // (A station's reading in brackets before `駅`, `旭橋（あさひばし）駅`, is read past
                // here as `BareStation.route` reads past it.)
                let named = pending.contains("『") && pending.contains("』")
                    || BareStation.namesStop(pending) && BareStation.find(in: pendingLines.map(BareStation.withoutReading)) != nil
                let startsRoute = Self.operators.contains { text.hasPrefix($0) }
                    || (named && (text.contains("線") || text.contains("『") || BareStation.namesStop(text) && BareStation.find(in: [BareStation.withoutReading(text)]) != nil))
                if startsRoute && !pending.isEmpty { flush() }
                if pendingStart == nil { pendingStart = (page, line.box) }
                pending += text
                if !tableLines.contains(line.box) { pendingLines.append(text) }
            }
        }
        flush()
        // Routes set as a table under a header naming the station column.
        for (page, block) in part.blocks {
            guard let table = block.table else { continue }
            let found = AccessTable.routes(table, page: page)
            routes += found.filter { route in !routes.contains { $0.station == route.station } }
        }
        // Routes drawn as a line diagram, no sentence printed (`RouteDiagram`).
        routes += RouteDiagram.routes(lines.map { (page: $0.0, line: $0.1) }).filter { route in !routes.contains { $0.station == route.station } }
        return Access(address: address, building: building, routes: routes, page: lines[addressIndex].0)
    }

    /// A prefecture (`東京都`, `北海道`, `大阪府`, `…県`), then a city, ward, town or village,
    /// then figures: `東京都千代田区霞が関2-1-2`; or a city and its ward, or a city after a postal
    /// code. `鉄道` or `歩道` alone is no address.
    /// `figures: false` asks only for the prefecture and the town, for an address wrapped
    /// before its block number.
    static func looksLikeAddress(_ text: String, figures: Bool = true) -> Bool {
        var compact = Normalized.compact(text)
        // A building named before the postal code (`仙台市役所本庁舎〒980-8671 仙台市…`).
        if let post = compact.firstIndex(of: "〒") { compact = String(compact[post...]) }
        // Within a prefecture's own brochure the address may start at its city, after a
        // postal code (`〒540-8570 大阪市中央区…`) or with a city's ward (`大阪市中央区`).
        let city = compact.range(of: "市").flatMap { range in
            compact.first == "〒" || compact[range.upperBound...].prefix(4).contains("区") ? range : nil
        }
        let prefectures = ["東京都", "北海道", "大阪府", "京都府"].compactMap { compact.range(of: $0) }
            + [compact.range(of: "県").flatMap { range in compact.distance(from: compact.startIndex, to: range.lowerBound) >= 2 ? range : nil }]
            .compactMap { $0 } + [city.map { $0.lowerBound..<$0.lowerBound }].compactMap { $0 }
        // (A prefecture named later, in the building's name, starts no address.)
        return prefectures.contains { prefecture in
            let rest = compact[prefecture.upperBound...]
            return rest.contains { "市区町村郡".contains($0) } && (!figures || rest.unicodeScalars.contains(where: TableDetector.isDigit))
        }
    }

    /// Whether `raw` is a postal code alone (`〒100-1301`).
    static func isPostalCode(_ raw: String) -> Bool {
        let text = Normalized.compact(raw)
        guard text.first == "〒" else { return false }
        let rest = text.dropFirst().drop { $0 == " " }
        return rest.count == 8 && rest.enumerated().allSatisfy { $0.offset == 3 ? $0.element == "-" : $0.element.isASCII && $0.element.isNumber }
    }

    /// Whether `next` goes on with the address `line` leaves without figures: the line straight
    /// under it at its left edge, in its type, ending in the block number (`本能寺前町488`), no
    /// route (a marker or an operator first) nor a phone.
    static func wrapsOn(_ line: TextLine, _ next: TextLine) -> Bool {
        let text = Normalized.compact(next.text)
        let em = max(line.box.height, 1)
        guard let first = text.first, !markers.contains(first), !operators.contains(where: { text.hasPrefix($0) }),
            endsInBlockNumber(next.text), !text.contains("TEL"), !text.contains(":"),
            abs(next.box.x0 - line.box.x0) <= 0.5 * em, next.box.y0 >= line.box.y1 - 1, next.box.y0 - line.box.y1 <= em,
            abs(next.fontSize - line.fontSize) <= 0.1 * line.fontSize
        else { return false }
        return true
    }

    /// Whether a wrapped address line ends in its block number (`本能寺前町488`), or in one and
    /// then, after a space, the building (`霞が関3-3-2 新霞が関ビル`): the building's name may
    /// follow the figures on the same line.
    static func endsInBlockNumber(_ raw: String) -> Bool {
        let text = Normalized.text(raw).trimmingWhitespace()
        let head = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).first.map(String.init) ?? text
        return head.last.map { $0.isASCII && $0.isNumber } == true
    }

    /// Where a block number starting `text` ends: figures and hyphens (`3-1-1`), or figures
    /// each followed by its word (`1番1号`, `2番地`). `番` only before figures (`7番町` is a
    /// town's name); `番地` and `号` also at the end or before a building, not before `の`
    /// (`123番地の1` goes on).
    static func endOfBlockNumber(_ text: Substring) -> Substring.Index {
        var end = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index].isASCII && (text[index].isNumber || text[index] == "-") {
                index = text.index(after: index)
                end = index
            } else if text[..<index].last?.isNumber == true, let word = ["番地", "番", "号"].first(where: { text[index...].hasPrefix($0) }),
                case let after = text[text.index(index, offsetBy: word.count)...],
                after.first.map({ $0.isASCII && $0.isNumber }) ?? true || word != "番" && after.first != "の"
            {
                index = text.index(index, offsetBy: word.count)
                end = index
            } else {
                break
            }
        }
        return end
    }

    /// `東京都千代田区霞が関2-1-2 合同庁舎2号館` → address and building.
    static func splitAddress(_ raw: String) -> (String, String?) {
        // The postal code before it (`〒100-0013 `) is no part of the address.
        var text = raw.trimmingWhitespace()
        // A phone set after the address on its line (`…五色町8-1　TEL 0246-21-4372`) is the
        // contact's, no building.
        if let space = text.indices.first(where: { (text[$0] == " " || text[$0] == "\u{3000}")
            && LineBuilder.opensContact(Array(text[text.index(after: $0)...].unicodeScalars)) })
        {
            text = String(text[..<space]).trimmingWhitespace()
        }
        // The building named before the postal code (`仙台市役所本庁舎〒980-8671 仙台市…`).
        // (Not the field's name, `所在地 〒305-8506 …`: it names no building.)
        if let post = text.firstIndex(of: "〒"), post > text.startIndex {
            let building = String(text[..<post]).trimmingWhitespace()
            let (address, _) = splitAddress(String(text[post...]))
            let field = building.filter { !":： ".contains($0) }
            return (address, ["所在地", "住所"].contains(field) ? nil : building)
        }
        if text.first == "〒" {
            text = String(text.dropFirst().drop { ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == " " || $0 == "\u{3000}" })
        }
        // The building in brackets after the address (`…1-22（大阪府庁本館）`).
        if let last = text.last, ")）".contains(last), let open = text.lastIndex(where: { "(（".contains($0) }), open > text.startIndex {
            let building = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace()
            if !building.isEmpty { return (String(text[..<open]).trimmingWhitespace(), building) }
        }
        if let space = text.firstIndex(of: " ") {
            let building = String(text[text.index(after: space)...]).trimmingWhitespace()
            return (String(text[..<space]), building.isEmpty ? nil : building)
        }
        // The block number ends the address (`霞が関3-1-1財務省本庁舎`): what follows it
        // without a space is the building.
        if let first = text.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            let end = Self.endOfBlockNumber(text[first...])
            let building = String(text[end...]).trimmingWhitespace()
            // (Nor a word of the address itself: `番`, `丁目`, `号`, a block `街区` (`姫城町6街区21号`), `地割`,
            // a Sapporo street's `条` (`北2条西18丁目`), a sub-number's `の` (`123番地の1`).)
            if !building.isEmpty, !["番", "丁目", "号", "街区", "地割", "条", "の"].contains(where: building.hasPrefix) {
                return (String(text[..<end]), building)
            }
        }
        for marker in ["中央合同庁舎", "合同庁舎", "庁舎"] {
            if let range = text.range(of: marker) {
                return (String(text[..<range.lowerBound]), String(text[range.lowerBound...]))
            }
        }
        return (text, nil)
    }

    /// The list markers a route line may start with.
    /// (An arrow, `→東京メトロ…`, points the way as a bullet lists it.)
    static let markers = "●○■□◆◇・▶▷◎→"

    /// Words that open a route line (`JR山手線…`); compacted text has ASCII letters already.
    static let operators = ["地下鉄", "東京メトロ", "都営", "JR", "私鉄"]

    static func route(_ text: String, start: (Int, Rect)?) -> Access.Route? {
        guard let open = text.firstIndex(of: "『"), let close = text[open...].firstIndex(of: "』") else { return nil }
        let station = String(text[text.index(after: open)..<close])
        var prefix = String(text[..<open])
        // The sentence's topic before the route (`本庁舎へは、地下鉄空港線『天神』駅…`) is no line.
        if let topic = prefix.range(of: "は、", options: .backwards) { prefix = String(prefix[topic.upperBound...]) }
        for company in Self.operators where prefix.hasPrefix(company) {
            prefix.removeFirst(company.count)
        }
        // An operator named in Latin letters (`Osaka Metro谷町線`) is no part of its first line.
        let latin = prefix.prefix { ($0.isASCII && $0.isLetter) || $0 == " " }
        if !latin.isEmpty, prefix.dropFirst(latin.count).first.map({ !$0.isASCII }) == true { prefix.removeFirst(latin.count) }
        var lines = prefix.split(separator: "・").map { String($0).trimmingWhitespace() }.filter { $0.hasSuffix("線") }
        let rest = String(text[close...])
        // Lines set in brackets after the station (`『東舞鶴』駅(JR舞鶴線)`) or after the way from it
        // (`『北与野』駅から徒歩約7分(JR埼京線)`) when none came before it.
        if lines.isEmpty, let after = rest.dropFirst().firstIndex(of: "駅").map({ rest[rest.index(after: $0)...] }),
            let named = BareStation.bracketedLines(in: after)
        {
            lines = named.split(separator: "・").map { word in
                String(Self.operators.first { word.hasPrefix($0) && word.count > $0.count }.map { word.dropFirst($0.count) } ?? word)
            }.filter { $0.hasSuffix("線") }
        }
        let exit = (try? StationExit.first(in: rest))??.name
        let walk = (try? WalkingTime.first(in: rest))??.minutes
        return Access.Route(
            station: station, lines: lines, exit: exit, walkMinutes: walk,
            provenance: start.map { Provenance(page: $0.0, box: $0.1, text: text) })
    }
}
