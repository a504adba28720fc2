/// Dates a brochure by the newest of its `…現在` dates (`令和6年3月現在` → 2024-03) and the issue
/// date in its masthead (`2025年5月` under the title), else by a date standing alone on its
/// cover (`令和7年3月`, `2025年4月発行`), else by its colophon (`令和8年2月発行　…課`).
///
/// The masthead counts beside the `現在` dates: a `現在` date in a table's caption dates the
/// figures (counted on 1 April), which are often older than the brochure that prints them
/// (issued in May); a date lower on the cover (a history table, a colleague's intake) does not.
enum EditionFinder {
    static func find(_ layout: DocumentLayout) -> BrochureDocument.Edition? {
        find(pages: layout.pages.map(PageDates.init), first: layout.pages.first)
    }

    /// The edition from each page's dates (`PageDates`, taken as the page is laid out) and the
    /// first page: what `find` reads of a layout, so a caller can let every other page go
    /// once it is read (BENCHMARKS.md, thirty-third session).
    static func find(pages: [PageDates], first: PageLayout?) -> BrochureDocument.Edition? {
        let newest = pages.lazy.compactMap(\.asOf).max()
        let masthead = issueDate(first, inMasthead: true)
        // A date the first page says it was issued on (`令和8年4月発行` at a sidebar's foot) is
        // the brochure's own wherever it stands, as the masthead's is: the word says so.
        let issued = issueDate(first, saying: true)
        let dated = [newest, masthead, issued].compactMap { $0 }.max()
        return (dated ?? issueDate(first) ?? pages.lazy.compactMap(\.colophon).max()).map {
            BrochureDocument.Edition(year: $0.year, asOf: "\($0.year)-\($0.month < 10 ? "0" : "")\($0.month)")
        }
    }

    /// The newest `…現在` date of every block of `page`, furniture and tables too.
    static func newestAsOf(on page: PageLayout) -> YearMonth? {
        var newest: YearMonth? = nil
        for block in page.blocks {
            for window in asOfWindows(block.lines.map(\.text).joined()).map(withoutWesternGloss) where !datesAges(window) {
                for date in (try? EraDate.all(in: window)) ?? [] where date.isAsOf {
                    guard let month = date.month else { continue }
                    newest = later(newest, YearMonth(year: date.year, month: month))
                }
                for date in WesternDate.all(in: window) where date.isAsOf {
                    newest = later(newest, YearMonth(year: date.year, month: date.month))
                }
                if let dotted = dottedAsOf(window) { newest = later(newest, dotted) }
            }
        }
        return newest
    }

    struct YearMonth: Comparable {
        var year: Int
        var month: Int

        static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
    }

    private static func later(_ a: YearMonth?, _ b: YearMonth) -> YearMonth { a.map { max($0, b) } ?? b }

    /// The newest date that stands alone on a line of the first page, outside tables: a
    /// cover's issue date (`令和7年3月`, `2025年4月`, `令和7年4月発行`). A date inside a sentence
    /// or a table cell dates an event, not the brochure. `inMasthead`: only a line that starts
    /// in the top quarter of the page, where the title is, rather than a date further down
    /// (a history table the layout did not see as one, a box about a colleague's intake).
    /// `saying`: only a date followed by the word for issued, made or revised, on any line.
    static func issueDate(_ first: PageLayout?, inMasthead: Bool = false, saying: Bool = false) -> YearMonth? {
        guard let first else { return nil }
        var newest: YearMonth? = nil
        for block in first.blocks where block.kind != .table {
            for line in coverLines(block) where !inMasthead || line.box.y0 < first.height / 4 {
                if inMasthead,
                    let found = issuerAfterDate(Normalized.text(line.text)) ?? dateAfterTitle(Normalized.text(line.text)) ?? dateInTitleBrackets(line.text)
                {
                    newest = later(newest, found)
                }
                // (An edition's number before the date, `第2版 令和7年10月`, is no part of it.)
                // (Nor a label before it, `発行日：令和8年4月1日`, which says the date is the issue's.)
                let (text, said) = withoutIssueLabel(withoutEditionNumber(Normalized.compact(line.text).filter { $0 != " " }))
                guard text.count <= 20 else { continue }
                // (The words are compared only on a line ending in one of their last letters:
                // `hasSuffix` for every word on every line of the first page cost more than the
                // rest of the search.)
                let ending = text.unicodeScalars.last.map(issueSuffixEnds.contains) ?? false
                for suffix in issueSuffixes where (suffix.isEmpty || ending) && text.hasSuffix(suffix) && !(saying && suffix.isEmpty && !said) {
                    let date = withoutEditionWord(String(text.dropLast(suffix.count)))
                    if let found = standalone(date) { newest = later(newest, found) }
                }
            }
        }
        return newest
    }

    /// `2026年1月　人事部人事課`: a masthead's date with the office that issues the brochure
    /// after it, set apart by a space: the date the office signs is the issue's, as `発行`
    /// after it would say. The office is one word ending in the word for a unit (課, 部,
    /// 局, 室, センター): a date before other words (`2025年4月 説明会`) dates an event.
    static func issuerAfterDate(_ text: String) -> YearMonth? {
        guard let space = text.firstIndex(of: " "), case let issuer = String(text[text.index(after: space)...]).trimmingWhitespace(),
            (2...20).contains(issuer.count), !issuer.contains(" "), issuerEndings.contains(where: { issuer.hasSuffix($0) }),
            issuer.unicodeScalars.allSatisfy(CoverTitle.isNameScalar)
        else { return nil }
        return standalone(String(text[..<space]))
    }

    /// `職員採用案内 2026年1月作成`: a masthead's title with the issue date after it, set apart
    /// by a space and followed by the word for issued, made or revised: the word says the date
    /// is the brochure's, however long the title before it. (A bare date after a title may
    /// date an event: `説明会 2025年4月`.)
    static func dateAfterTitle(_ text: String) -> YearMonth? {
        guard let space = text.lastIndex(where: { $0 == " " || $0 == "\u{3000}" }), space > text.startIndex,
            case let tail = String(text[text.index(after: space)...]), (4...16).contains(tail.count)
        else { return nil }
        for suffix in issueSuffixes where !suffix.isEmpty && tail.hasSuffix(suffix) {
            if let found = standalone(withoutEditionWord(String(tail.dropLast(suffix.count)))) { return found }
        }
        return nil
    }

    /// The words an issuing office's name ends in.
    private static let issuerEndings = ["課", "部", "局", "室", "センター", "事務局"]

    /// The newest date a colophon on `page` gives: `令和8年2月発行　宮内庁長官官房秘書課`, a
    /// line that starts with the date and the word for issued, and names the issuer after
    /// it. The last resort, for a brochure that dates itself nowhere else.
    static func colophonDate(on page: PageLayout) -> YearMonth? {
        var newest: YearMonth? = nil
        for block in page.blocks where block.kind != .table {
            // (The words are looked for first: a long document without dates would
            // otherwise normalise every line.)
            for line in block.lines where mayHoldColophonWord(line.text) && colophonWords.contains(where: { line.text.contains($0) }) {
                // (An edition's number before the date, `第2版 令和7年10月`, is no part of it.)
                let text = withoutEditionNumber(Normalized.compact(line.text).filter { $0 != " " })
                guard text.count <= 40 else { continue }
                for word in colophonWords {
                    guard let range = text.range(of: word), let found = standalone(withoutEditionWord(String(text[..<range.lowerBound]))) else { continue }
                    newest = later(newest, found)
                }
            }
        }
        return newest
    }

    /// Whether the `現在` date ending `window` is the day ages are reckoned on (`年齢は令和9年4月1日
    /// 現在`): an exam's rule, the April its recruits start, a year after the brochure.
    static func datesAges(_ window: String) -> Bool {
        guard let range = window.ranges(of: "年齢").last else { return false }
        var rest = Normalized.compact(String(window[range.upperBound...])).filter { $0 != " " }
        if let first = rest.first, "は:：の".contains(first) { rest.removeFirst() }
        for word in ["現在", "時点"] where rest.hasSuffix(word) { rest.removeLast(word.count) }
        return standalone(rest) != nil
    }

    /// The words for issued, made and edited that follow a colophon's date.
    private static let colophonWords = ["発行", "作成", "編集"]

    /// Whether `text` may hold a colophon word: it has the first character of one (発, 作, 編),
    /// or a compatibility ideograph, which compares equal to the character it stands for.
    /// Asked before the words are looked for: every page's colophon is now read as the page is
    /// laid out, and most lines hold none of these, so most skip the search for the words.
    static func mayHoldColophonWord(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar == "発" || scalar == "作" || scalar == "編" || (0xF900...0xFAFF).contains(scalar.value)
                || (0x2F800...0x2FA1F).contains(scalar.value)
        }
    }

    /// What may follow a cover's date (nothing, or the word for issued, edition, made, revised,
    /// printed; or `吉日`, the auspicious day a letter is dated on in place of the day).
    private static let issueSuffixes = ["", "発行", "版", "作成", "改訂", "更新", "印刷", "吉日"]

    /// The last letters of `issueSuffixes`.
    private static let issueSuffixEnds = Set(issueSuffixes.compactMap(\.unicodeScalars.last))

    /// `令和8(2026)年3月` as `令和8年3月`: the Western year glossing an era year in brackets.
    /// The other way round too, `2026年（令和8年）3月` as `2026年3月`: the era year glossing
    /// the Western one, its 年 inside the brackets, would part the year from its month. So
    /// would the Western year glossing the era's with its own 年 (`令和8年（2026年）2月` as `令和8年2月`).
    static func withoutWesternGloss(_ text: String) -> String {
        guard text.contains("(") || text.contains("（") else { return text }
        return replacingGlosses(in: replacingGlosses(in: replacingGlosses(in: text, westernGloss), eraGloss), westernYearGloss)
    }

    /// The year and month when `text` is one date and nothing else.
    static func standalone(_ text: String) -> YearMonth? {
        let text = withoutWesternGloss(text)
        if let era = try? JapaneseEraParser.matches(in: text), era.count == 1, era[0].text == text, !era[0].isFiscal,
            let month = era[0].month
        {
            return YearMonth(year: era[0].gregorianYear, month: month)
        }
        let western = WesternDate.all(in: text)
        if western.count == 1, western[0].text == text { return YearMonth(year: western[0].year, month: western[0].month) }
        // (Or in English, `Apr. 2026`: `EnglishMonthYear`.)
        return letterYearMonth(text) ?? EnglishMonthYear.yearMonth(text)
    }

    /// `R8.4`: an era's letter and year, then the month after a dot or slash, as a cover
    /// prints `2026.4` in the era's terms (or its name, and the day after another dot,
    /// `令和8.4.1`); or with the words for year and month (`R8年3月発行`).
    static func letterYearMonth(_ text: String) -> YearMonth? {
        guard let match = letterParts(text), let written = match.month ?? match.worded,
            let month = Int(written), (1...12).contains(month),
            // (An era's name wants its `年` to be read: `令和8年`.)
            case let year = match.year.first.map({ "RHS".contains($0) }) == true ? String(match.year) : match.year + "年",
            let era = try? JapaneseEraParser.matches(in: year), era.count == 1, !era[0].isFiscal
        else { return nil }
        return YearMonth(year: era[0].gregorianYear, month: month)
    }

    /// The date of an as-of window written with dots after the era's name (`令和8.4.1現在`),
    /// which the era parser, wanting `年` and `月`, does not read. (Asked only of a window
    /// with a dot before its word.)
    static func dottedAsOf(_ window: String) -> YearMonth? {
        guard window.hasSuffix("現在") || window.hasSuffix("時点") else { return nil }
        let head = Normalized.compact(String(window.dropLast(2))).trimmingWhitespace()
        guard head.contains(".") else { return nil }
        var start = head.endIndex
        while start > head.startIndex {
            start = head.index(before: start)
            if let date = letterYearMonth(String(head[start...])) { return date }
        }
        return nil
    }

    /// The few characters before each `現在`/`時点`, with the word: where an as-of date can be.
    ///
    /// A plain scalar scan, then the era parser on short windows only: on a long document most
    /// blocks hold neither word, and parsing whole paragraphs for one date cost 8% of `extract`.
    static func asOfWindows(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2 else { return [] }
        var windows: [String] = []
        for i in 0..<(scalars.count - 1) {
            let pair = (scalars[i], scalars[i + 1])
            guard pair == ("現", "在") || pair == ("時", "点") else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, i - 24)...(i + 1)])
            windows.append(String(view))
        }
        return windows
    }
}
