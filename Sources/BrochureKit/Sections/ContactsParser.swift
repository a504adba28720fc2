#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the 採用窓口 section: one contact per track label, then its office, phones, e-mails.
struct ContactsParser {
    func parse(_ part: SectionSegmenter.Part) -> [Contact] {
        // Local parts printed alone, the domain given once in a note (`NotedMailDomain`).
        let part = NotedMailDomain.completed(part)
        if let tree = ContactTree.contacts(part) { return tree }
        // A table of the means of contact under a header naming its columns (`ContactFieldTable`).
        let tabled = part.blocks.compactMap { entry in entry.block.table.flatMap { ContactFieldTable.contacts($0, page: entry.page, label: part.heading) } }
        if !tabled.isEmpty { return tabled.flatMap { $0 } }
        var contacts: [Contact] = []
        /// `other`: a label that names no track, kept only with a phone or an e-mail (a
        /// `受付時間` row is no contact).
        var label: (text: String, page: Int, box: Rect, other: Bool, inTable: Bool)? = nil
        var lines: [String] = []
        /// Whether the first of `lines` is the rest of the label's own line (`〈事務系〉 埼玉県…`).
        var restOnLabelLine = false
        func finish() {
            guard let label, var contact = Self.contact(label: label.text, lines: lines, page: label.page, box: label.box),
                !label.other || !contact.phones.isEmpty || !contact.emails.isEmpty
            else { return }
            contact.officeOnLabelLine = restOnLabelLine
            contacts.append(contact)
        }
        var last: (page: Int, box: Rect)? = nil
        // An at-sign printed as another mark, with a note saying which (`★を@に置き換えて`).
        let atMark = AtMarkStandIn.mark(in: part.texts.map(Normalized.compact))
        for (page, block, card) in ContactColumns.regrouped(ContactDefinitionList.regrouped(part.blocks)) {
            defer { last = (page, block.box) }
            let headedByFields = block.table.map(Self.isHeadedByFields) ?? false
            // A contact with its phone or e-mail read ends at a gap of several lines under it: a
            // caption far below (`採用サイト` under a QR code) is none of its office.
            if label != nil, let last, last.page == page, block.box.y0 - last.box.y1 > 4 * max(block.lines.first?.em ?? 10, 1),
                lines.contains(where: { $0.contains("@") || (try? PhoneNumber.all(in: $0))?.isEmpty == false })
            {
                finish()
                label = nil
                lines = []
            }
            // A contact read from a table's row, or a card, ends with it: the text after it (an
            // address, routes, office hours under `お問い合わせ・アクセス`) is not its office.
            if let open = label, open.inTable, block.table == nil, !card {
                finish()
                label = nil
                lines = []
            }
            // A contact set as a label | value table is read row by row, cell by cell (contact
            // cards side by side are regrouped card by card first, `ContactColumns`).
            // `heads`: the text could label a contact that names no track (a row's first cell,
            // a bracketed line).
            // A cell of several numbers or addresses, one a line, gives each line, as a card would.
            // (An extension in a column of its own goes after its phone: `ExtensionColumn`.)
            let texts: [(text: String, box: Rect, heads: Bool)] = block.table.map(ExtensionColumn.joined).map { table in
                table.rows.flatMap { row in row.enumerated().map { ($0.element, $0.offset == 0) } }
                    .filter { !$0.0.text.isEmpty }
                    .flatMap { cell, first in
                        cell.lines.count > 1 && !first && cell.lines.allSatisfy(Self.isNumberOrAddress) ? cell.lines.map { ($0, cell.box ?? table.box, false) } : [(cell.text, cell.box ?? table.box, first)]
                    }
            } ?? block.lines.map { ($0.text, $0.box, true) }
            for line in texts {
                let raw = atMark.map { AtMarkStandIn.replacing($0, in: line.text) } ?? line.text
                let text = Normalized.compact(raw)
                if let atMark, AtMarkStandIn.isNote(Normalized.compact(line.text), mark: atMark) { continue }
                if let split = Self.labelPrefix(text) {
                    finish()
                    label = (split.label, page, line.box, false, block.table != nil || card)
                    lines = split.rest.isEmpty ? [] : [split.rest]
                    restOnLabelLine = !split.rest.isEmpty
                } else if line.heads, let split = Self.bracketedLabel(text) {
                    // A bracketed place or desk, then its office on the same line (`【本部】管理室
                    // 人事係`): a contact of its own, the office its first line.
                    finish()
                    label = (split.label, page, line.box, true, block.table != nil || card)
                    lines = [split.rest]
                    restOnLabelLine = true
                } else if line.heads, label != nil || block.table == nil || headedByFields,
                    let other = Self.otherLabel(text, inTable: block.table != nil, alone: block.table == nil && block.lines.count == 1)
                {
                    // After the tracks' contacts, one for something else (`【徳島での勤務について】`,
                    // a `説明会・訪問` row): its own contact, not more lines of the last.
                    // Before any track's, a line labelling the contact by its topic (`【試験に
                    // ついて】`, `試験・採用について` alone on its line) opens the first: a brochure
                    // may split its contacts by topic rather than by track. (Kept only with a
                    // phone or an e-mail, as every such contact is.)
                    finish()
                    label = (other, page, line.box, true, block.table != nil)
                    lines = []
                    restOnLabelLine = false
                } else if label != nil {
                    lines += Self.placeApart(raw) ?? [text]
                }
            }
        }
        finish()
        return contacts.isEmpty ? Self.unlabelled(part) : contacts
    }

    /// A line opening a contact: `総合職事務系`, `総合職技術系(情報通信行政) 大臣官房…`.
    static func labelPrefix(_ text: String) -> (label: String, rest: String)? {
        if let post = recruitingPost(text) { return (post, "") }
        // (Not a field's line giving a value per track, `TEL 事務系 075-… 技術系 075-…`: its
        // tracks label the numbers, and the office over it is every track's.)
        guard let range = Self.trackWordRange(text), text.distance(from: text.startIndex, to: range.lowerBound) <= 4,
            range.lowerBound == text.startIndex || !isFieldLabel(String(text[..<range.lowerBound]))
        else { return nil }
        var end = range.upperBound
        if end < text.endIndex, text[end] == "(", let close = text[end...].firstIndex(of: ")") {
            end = text.index(after: close)
        }
        // A label in brackets (`【総合職事務系】`): the brackets are not part of it or of what follows.
        var label = String(text[..<end])
        if end < text.endIndex, "】]〕〉》".contains(text[end]) { end = text.index(after: end) }
        while let first = label.first, "【[〔〈《■◆●".contains(first) { label.removeFirst() }
        // `事務職について`: the words saying the contact is about the track are the label's;
        // a bar setting the office apart (`事務職｜本部総務部…`) is neither's.
        var rest = String(text[end...]).trimmingWhitespace()
        if let bar = rest.first, "|｜".contains(bar) { rest = String(rest.dropFirst()).trimmingWhitespace() }
        for about in ["について", "に関して", "に関するお問い合わせ", "の仕事"] where rest.hasPrefix(about) {
            rest = String(rest.dropFirst(about.count)).trimmingWhitespace()
        }
        // `事務系の試験について`: a topic of the track's (`の試験`, `の採用`) before the word
        // saying the contact is about it is the label's too, no office's.
        if rest.hasPrefix("の"), rest.count <= 12, topicEndings.contains(where: { rest.hasSuffix($0) }) { rest = "" }
        // The jobs after a bracketed label (`〈事務系〉行政・社会福祉・学校事務`) are the label's scope.
        if end > range.upperBound, !label.contains("("), ContactAsides.isScopeList(rest) { return (label + "(" + rest + ")", "") }
        return (label, rest)
    }

    /// Where a track's name is in `text`: `事務系`, `技術職`, or a bare `事務` / `技術` that ends
    /// the label (`［事務］`, `技術(土木)`) — not the start of a word (`事務局`, `技術監理課`).
    /// Nor the start of `技術職員` / `事務職員` (technical or clerical staff): an office's name
    /// (`庶務課 技術職員担当`, the second line of an office), not a track's label.
    static func trackWordRange(_ text: String) -> Range<String.Index>? {
        for word in ["事務系", "技術系", "事務職", "技術職"] {
            if let range = text.range(of: word), range.upperBound == text.endIndex || text[range.upperBound] != "員" { return range }
        }
        for word in ["事務", "技術"] {
            guard let range = text.range(of: word) else { continue }
            if range.upperBound == text.endIndex || "]】〕〉》(".contains(text[range.upperBound]) { return range }
        }
        return nil
    }

    /// A table whose header row names the fields of a contact (`区分 | 担当 | 連絡先`): each row
    /// below is a contact, its first cell the label, whether or not it names a track
    /// (`採用試験`, `職場・勤務条件`). Without such a header a row's first cell may be a field's
    /// name (`電話番号`), so only a row after a track's contact is taken so.
    static func isHeadedByFields(_ table: Table) -> Bool {
        guard table.headerRowCount >= 1, let header = table.rows.first else { return false }
        let texts = header.map { Normalized.compact($0.text) }.filter { !$0.isEmpty }
        return texts.count >= 2 && texts.allSatisfy(isFieldLabel)
    }

    /// A line that is a phone number (nine figures or more) or an e-mail address.
    static func isNumberOrAddress(_ text: String) -> Bool {
        text.contains("@") || text.unicodeScalars.filter(TableDetector.isDigit).count >= 9
    }

    static func contact(label: String, lines: [String], page: Int, box: Rect) -> Contact? {
        var phones: [Contact.Phone] = []
        var emails: [String] = []
        var officeText = ""
        var location: String? = nil
        /// A local government's seat named after the numbers (`宮城県庁`): the location when no other is.
        var seat: String? = nil
        /// Set at a postal address: it and the lines after it (routes) are the access's, no office's.
        var addressed = false
        /// Set once a phone or an e-mail was read.
        var reached = false
        for line in WrappedEmails.joined(Self.joiningBrackets(lines.flatMap(fields))) where line.contains(where: { $0.isLetter || $0.isNumber }) {
            // (A fax number is no phone, but its line is a field all the same, no office's. A
            // line that names no fax gives its numbers, not scanned again.)
            let numbers = (try? PhoneNumber.all(in: line)) ?? []
            let called = numbers.isEmpty ? line : Self.withoutFax(line)
            let foundPhones = called == line ? numbers : (try? PhoneNumber.all(in: called)) ?? []
            let foundEmails = (try? EmailAddress.all(in: line)) ?? []
            phones += foundPhones.map { Contact.Phone(number: $0.formatted, note: $0.note) }
            emails += foundEmails.map(\.address)
            if !officeText.isEmpty, numbers.isEmpty, foundEmails.isEmpty, AccessParser.looksLikeAddress(line) { addressed = true }
            defer { if !numbers.isEmpty || !foundEmails.isEmpty { reached = true } }
            guard numbers.isEmpty && foundEmails.isEmpty && !isFieldLabel(line) && !isKicker(line) && !ContactAsides.isNote(line)
                && !ContactAsides.isPersonInCharge(line)
                && !ContactAsides.isHours(line) && !ContactAsides.isWebAddress(line) && !addressed
                && !((officeText.isEmpty || reached) && Self.namesContacts(line))
            else { continue }
            // A building's line under its field's name (`所在地 つくば中央第1 本部・情報棟`): the name is no part of it.
            // (A sentence sending the reader to the office names it before `まで`.)
            let line = Self.officeInSentence(line) ?? Self.withoutFieldName(line)
            // A building named after the office's phone and e-mail (`鹿児島県庁（行政庁舎）` at the
            // foot of a box of contacts, over the address) is where the office sits, no more
            // of its name: an office's name comes before the numbers to call it.
            // So is a local government's seat heading the access beside the box (`宮城県庁`),
            // though a floor named with the office says more closely where it sits.
            if reached, !officeText.isEmpty, isSeat(line) {
                seat = seat ?? line
                continue
            }
            if reached, !officeText.isEmpty, isLocation(line) {
                location = location ?? line
                continue
            }
            // A building and floor set on a line of its own (`経済産業省本館7階`).
            if location == nil, !line.contains("("), !line.contains(")"), isLocation(line), !officeText.isEmpty,
                line.unicodeScalars.contains(where: TableDetector.isDigit)
            {
                location = line
            } else if location == nil, !officeText.isEmpty, isPlace(line) {
                // A site with its town in brackets on a line of its own (`研究所（神奈川県小田原市）`).
                location = line
            } else {
                officeText += line
            }
        }
        guard !officeText.isEmpty || !phones.isEmpty else { return nil }
        var office = officeText
        // The building in the last pair of brackets that names one: the office's own name may
        // carry a pair before it (`事務局参事官（システム担当）（霞が関コモンゲート西館32階）`), an
        // extension one after it (`（内線7034）`), the building one inside (`（…4階（ドア番号415））`).
        if let group = bracketGroups(officeText).last(where: { isLocation(String(officeText[$0])) }) {
            location = location ?? String(officeText[group])
            office = String(officeText[..<officeText.index(before: group.lowerBound)])
        }
        location = location ?? seat
        return Contact(
            track: Track(label: label), label: label.components(separatedBy: "(")[0], specialty: ColumnRole.scope(of: label),
            office: office.trimmingWhitespace(), location: location, phones: phones, emails: emails, page: page,
            provenance: Provenance(page: page, box: box, text: ([label] + lines).joined(separator: "\n")))
    }

    /// Whether a line is the contacts' own title (`お問い合わせ` over the office, a card's
    /// caption under the page's heading), no office's name: the section's word alone.
    /// (After the numbers, a link's text naming them, `メールフォームによるお問い合わせ`, too.)
    static func namesContacts(_ line: String) -> Bool {
        let title = SectionKind.strippedTitle(Normalized.compact(line))
        return title.count <= 16 && SectionKind.opened(by: title) == .contacts && !officeEndings.contains(where: title.hasSuffix)
    }

    private static let locationWords = ["階", "号館", "庁舎", "ビル", "本館", "別館", "棟"]

    static func isLocation(_ text: String) -> Bool {
        locationWords.contains { text.contains($0) }
    }

    /// `研究所(神奈川県小田原市)`: a name, then a town (a prefecture, city, ward or town word)
    /// in the brackets that end the line.
    static func isPlace(_ line: String) -> Bool {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "("), open > line.startIndex else { return false }
        let inside = line[line.index(after: open)..<line.index(before: line.endIndex)]
        return inside.count >= 3 && inside.count <= 16 && ["都", "道", "府", "県"].contains { inside.contains($0) }
            && ["市", "区", "町", "村"].contains { inside.hasSuffix($0) }
    }

    /// An English kicker in capitals (`ACCESS` over the next section's heading): no office.
    static func isKicker(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { ("A"..."Z").contains($0) || $0 == " " }
    }
}
