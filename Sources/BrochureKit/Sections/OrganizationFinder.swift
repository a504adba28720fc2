/// Names the ministry or agency that publishes a brochure.
///
/// The e-mail domains of its contacts are the surest sign (`soumu.go.jp` is 総務省); without
/// them, the name ending in 省 or 庁 that the text repeats most, with titles counted thrice.
enum OrganizationFinder {
    static let domains: [String: String] = [
        "soumu": "総務省", "mlit": "国土交通省", "mhlw": "厚生労働省", "mext": "文部科学省", "meti": "経済産業省",
        "maff": "農林水産省", "mof": "財務省", "moj": "法務省", "mofa": "外務省", "env": "環境省", "mod": "防衛省",
        "cao": "内閣府", "npa": "警察庁", "fsa": "金融庁", "digital": "デジタル庁", "cfa": "こども家庭庁",
        "reconstruction": "復興庁", "jpo": "特許庁", "jma": "気象庁", "kishou": "気象庁", "caa": "消費者庁", "nta": "国税庁",
        // Agencies under a ministry's domain, and the commissions: the more specific label wins.
        "kaiho": "海上保安庁", "rinya": "林野庁", "jfa": "水産庁", "enecho": "資源エネルギー庁", "chusho": "中小企業庁",
        "jftc": "公正取引委員会", "jinji": "人事院", "jbaudit": "会計検査院", "bunka": "文化庁", "fdma": "消防庁",
        "kunaicho": "宮内庁", "gsi": "国土地理院", "jcrc": "カジノ管理委員会", "jtsb": "運輸安全委員会", "nra": "原子力規制委員会", "ppc": "個人情報保護委員会", "cas": "内閣官房", "npsc": "国家公安委員会",
    ]

    static func find(layout: DocumentLayout, contacts: [Contact]) -> String? {
        find(Evidence(layout), contacts: contacts)
    }

    /// The publisher from what the layout said (`Evidence`) and the contacts' e-mail addresses.
    static func find(_ evidence: Evidence, contacts: [Contact]) -> String? {
        // A cover title naming a body not on the list, or one office of a listed body
        // (`東京地方検察庁`, which names `検察庁` only at its end).
        let unlisted = evidence.coverTitle.flatMap { title in
            names(in: title).allSatisfy { title.hasSuffix($0) && title != $0 } ? title : nil
        }
        for email in contacts.flatMap(\.emails) {
            let labels = email.split(separator: "@").last?.split(separator: ".").map(String.init) ?? []
            // `kaiho.mlit.go.jp` is 海上保安庁, not 国土交通省: the leftmost known label.
            if labels.suffix(2) == ["go", "jp"], let name = labels.dropLast(2).lazy.compactMap({ domains[$0] }).first {
                // An agency at its ministry's domain (`bunka-…@mext.go.jp`) names itself in
                // the cover's title, or more often than the ministry.
                if let titled = evidence.titleNames.first(where: { ExternalAgency.ministry[$0] == name }) { return titled }
                // A bureau set after its ministry on the cover's line (`国土交通省中部運輸局`) publishes
                // its own brochure from a sub-domain of the ministry's; an office of the bureau named
                // on the cover under that line (`熊本河川国道事務所`) publishes its own.
                if let bureau = evidence.firstLines.lazy.compactMap({ subordinate(of: name, in: $0) }).first { return unlisted ?? bureau }
                let agency = ExternalAgency.publisher(under: name, scores: evidence.scores)
                // A regional office of that agency names itself on the cover under the agency's
                // name (`林野庁` small over `東北森林管理局`), or after the agency's own stem
                // (`大阪出入国在留管理局` of `出入国在留管理庁`), or straight after the agency's name on
                // one line, a running header's too (`林野庁中部森林管理局職員採用案内`): the office
                // publishes its own.
                if let agency, let unlisted, agency.count >= 3,
                    unlisted.contains(agency.dropLast()) || evidence.firstLines.firstIndex(of: unlisted).map({ $0 > 0 && evidence.firstLines[$0 - 1] == agency }) == true
                        || (evidence.firstLines + evidence.furnitureLines).contains(where: { $0.contains(agency + unlisted) })
                {
                    return unlisted
                }
                return agency ?? unlisted ?? name
            }
        }
        // A prefecture's domain names it; a cover titled with a body of its own (`…県警察本部`,
        // mailing from the prefecture's domain) names that body.
        if let prefecture = contacts.flatMap(\.emails).lazy.compactMap({ $0.split(separator: "@").last.flatMap { PrefectureDomain.prefecture(String($0)) } }).first {
            return unlisted ?? prefecture
        }
        // Without a known domain the cover's title names the publisher before any count does:
        // a special organ names its ministry above its own name and throughout its text.
        if let unlisted, evidence.titleNames.allSatisfy({ unlisted.hasSuffix($0) }) { return unlisted }
        if let titled = evidence.titleNames.first ?? unlisted {
            // A bureau set after its ministry on the cover's line (`財務省門司税関`) publishes its own.
            return evidence.firstLines.lazy.compactMap { subordinate(of: titled, in: $0) }.first ?? titled
        }
        return evidence.scores.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            ?? contacts.lazy.compactMap { municipality(heading: $0.office) }.first
    }

    /// The body named right after `ministry` on `line`, when the rest of the line is a body's
    /// name (`国土交通省中部運輸局` → `中部運輸局`); a division (`…人事課`) or a title is none.
    static func subordinate(of ministry: String, in line: String) -> String? {
        guard line.hasPrefix(ministry) else { return nil }
        let rest = String(line.dropFirst(ministry.count)).trimmingWhitespace()
        guard !rest.isEmpty, let name = CoverTitle.name(rest), name == rest else { return nil }
        return name
    }

    /// The municipality a contact's office is a department of (`八丈町総務課人事係` → `八丈町`): a
    /// brochure whose cover names its town only in a picture still names it at the head of its
    /// hiring office. Only a municipality's or a prefecture's word ends it: a ministry's office
    /// opens with a bureau (`人事局人事課`), which is no publisher.
    static func municipality(heading office: String) -> String? {
        let scalars = Array(office.unicodeScalars)
        guard scalars.count > 3 else { return nil }
        for end in stride(from: min(scalars.count - 1, 16), through: 3, by: -1) {
            let head = String(String.UnicodeScalarView(scalars[..<end]))
            guard CoverTitle.localEndings.contains(where: { head.hasSuffix($0) }), let name = CoverTitle.name(head) ?? Self.kanaLed(head) else { continue }
            return name
        }
        return nil
    }

    /// `head` when it is a city, town or village named in kana from its start (`ふじみ野市`,
    /// `さいたま市`, `つくば市`): two to six hiragana, then kanji or nothing, and `市`, `町` or `村`.
    /// A cover's title is no place for such a name (a slogan opens with kana too), but the
    /// head of a hiring office's name is seldom anything else; kana ending in a particle
    /// before the word (`あなたの市役所`, `みんなで市政課`) make a phrase, not a name.
    static func kanaLed(_ head: String) -> String? {
        let scalars = Array(head.unicodeScalars)
        let kana = scalars.prefix { (0x3041...0x3096).contains($0.value) }.count
        guard (2...6).contains(kana), scalars.count <= kana + 4, let last = scalars.last, "市町村".unicodeScalars.contains(last),
            !"のでをがにはへともや".unicodeScalars.contains(scalars[kana - 1]),
            scalars[kana...].allSatisfy({ (0x4E00...0x9FFF).contains($0.value) })
        else { return nil }
        return head
    }

    /// The known names in the first page's largest line: the cover's title. An agency's
    /// brochure may name its ministry more often (the building it sits in, the ministry's
    /// joint training, secondments), but its title is its own name.
    static func titleNames(_ layout: DocumentLayout) -> [String] {
        titleNames(first: layout.pages.first)
    }

    /// The known names in the largest line of `first`, the document's first page.
    static func titleNames(first: PageLayout?) -> [String] {
        let lines = (first?.blocks ?? []).filter { !$0.isFurniture }.flatMap(\.lines)
        guard let title = lines.max(by: { $0.fontSize < $1.fontSize }) else { return [] }
        return names(in: title.text)
    }

    /// Each known name's mentions in the text, a heading's or a running header's thrice.
    static func scores(_ layout: DocumentLayout) -> [String: Int] {
        var scores: [String: Int] = [:]
        for page in layout.pages { count(namedBlocks(page), on: page, into: &scores) }
        return scores
    }

    /// The known names of each block of `page` that names any, by the block's index: what
    /// `scores` counts, found before running furniture is marked (which changes only kinds).
    static func namedBlocks(_ page: PageLayout) -> [NamedBlock] {
        page.blocks.indices.compactMap { b in
            let found = names(in: page.blocks[b].lines.map(\.text).joined())
            return found.isEmpty ? nil : NamedBlock(block: b, names: found)
        }
    }

    /// Adds the names of `page`'s blocks to `scores`, weighted by the kinds they have now: a
    /// heading's or a running header's thrice.
    static func count(_ named: [NamedBlock], on page: PageLayout, into scores: inout [String: Int]) {
        for entry in named {
            let block = page.blocks[entry.block]
            let weight = block.kind == .heading || block.isFurniture ? 3 : 1
            for name in entry.names { scores[name, default: 0] += weight }
        }
    }

    /// The known names one block of a page gives, by its index on the page.
    struct NamedBlock: Sendable {
        var block: Int
        var names: [String]
    }

    /// The ministries and agencies of the national government: a closed list, so a match is
    /// never a fragment like `十年厚生労働省` from `平成二十年厚生労働省告示`.
    static let known: [String] = Set(domains.values).union([
        "内閣官房", "人事院", "会計検査院", "宮内庁", "公正取引委員会", "国家公安委員会", "個人情報保護委員会",
        "消防庁", "文化庁", "スポーツ庁", "林野庁", "水産庁", "資源エネルギー庁", "中小企業庁", "観光庁",
        "海上保安庁", "出入国在留管理庁", "公安調査庁", "防衛装備庁", "原子力規制委員会", "運輸安全委員会",
        "公害等調整委員会", "公安審査委員会", "国土地理院", "海難審判所", "検察庁", "カジノ管理委員会", "中央労働委員会",
    ]).sorted()

    private static let patterns = known.map { Array($0.unicodeScalars) }
    private static let endings = Set(known.compactMap { $0.unicodeScalars.last })

    /// Every known name in the text, once per occurrence. A plain scalar scan: most lines
    /// hold no 省, 庁, 府, 院, 房 or 会 at all and cost one pass.
    static func names(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (end, scalar) in scalars.enumerated() where endings.contains(scalar) {
            for (index, pattern) in patterns.enumerated() where pattern.last == scalar && pattern.count <= end + 1 {
                if scalars[(end + 1 - pattern.count)...end].elementsEqual(pattern) { found.append(known[index]) }
            }
        }
        return found
    }
}
