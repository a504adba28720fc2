/// E-mail addresses printed as their local parts, the domain given once in a note under them:
/// `E-mail（事務系）：jinji-jimu` over `※メールアドレスは、上記の後に「@example.ac.jp」を付けてください。`
///
/// Universities and towns print addresses so to keep them from harvesters. Read as printed,
/// the local parts are no addresses (so they would be read as more of the office's name) and
/// the domain is no address either: the contact would have none. Each local part standing
/// after an e-mail field's label is completed with the one domain the note gives; a note
/// giving two domains says nothing certain, and completes nothing.
enum NotedMailDomain {
    /// `part` (a contact section) with each bare local part after an e-mail label completed by
    /// the one domain its notes give: every reader of contacts then finds whole addresses.
    static func completed(_ part: SectionSegmenter.Part) -> SectionSegmenter.Part {
        // (Only a text with an at-sign can note a domain: the others are not normalised.)
        let marked = part.texts.filter { text in text.utf8.contains(0x40) || text.unicodeScalars.contains("＠") }
        guard !marked.isEmpty, let domain = domain(in: marked.map(Normalized.compact)) else { return part }
        var part = part
        for b in part.blocks.indices {
            for l in part.blocks[b].block.lines.indices { part.blocks[b].block.lines[l].text = completed(part.blocks[b].block.lines[l].text, domain: domain) }
            guard var table = part.blocks[b].block.table else { continue }
            for r in table.rows.indices {
                for c in table.rows[r].indices {
                    table.rows[r][c].text = completed(table.rows[r][c].text, domain: domain)
                    table.rows[r][c].lines = table.rows[r][c].lines.map { completed($0, domain: domain) }
                }
            }
            part.blocks[b].block.table = table
        }
        return part
    }

    /// The one domain the notes among `texts` (a contact section's lines, compacted) give.
    static func domain(in texts: [String]) -> String? {
        let domains = Set(texts.compactMap(notedDomain))
        return domains.count == 1 ? domains.first : nil
    }

    /// `line` with the bare local part after its e-mail label completed by `domain`, or each
    /// one after its track on a labelled line (`E-mail 事務系 kinki-jimu 技術系 kinki-gijutsu`).
    static func completed(_ line: String, domain: String) -> String {
        guard let local = localPart(line) else { return completedWords(line, domain: domain) }
        guard (try? EmailAddress.parse(local + "@" + domain)) != nil else { return line }
        return line + "@" + domain
    }

    /// `line`, opening with an e-mail label and no `@`, with each word that is a local part
    /// (Latin, a letter in it; not the label) completed by `domain`, when it lists two or more.
    /// (One alone at the end of the line is an address wrapped before its `@`, its domain the
    /// next line's: completing it would leave that line over.)
    static func completedWords(_ line: String, domain: String) -> String {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        guard !line.contains("@"), let label = words.first, label.lowercased().contains("mail") || label.contains("メール") else { return line }
        let completed = words.enumerated().map { i, word -> String in
            guard i > 0, word.count >= 2, word.contains(where: \.isLetter), word.allSatisfy(isLocalCharacter),
                (try? EmailAddress.parse(word + "@" + domain)) != nil
            else { return String(word) }
            return word + "@" + domain
        }
        return zip(words, completed).filter({ $0 != $1 }).count >= 2 ? completed.joined(separator: " ") : line
    }

    /// The domain a line gives after an `@` with no local part before it (`「@example.ac.jp」`).
    static func notedDomain(_ line: String) -> String? {
        guard let at = line.firstIndex(of: "@") else { return nil }
        // `@以下は「maff.go.jp」`: what follows the at-sign, named in quotes.
        if line[line.index(after: at)...].hasPrefix("以下"), let open = line[at...].firstIndex(of: "「"),
            let close = line[open...].firstIndex(of: "」")
        {
            let quoted = line[line.index(after: open)..<close]
            return quoted.contains(".") && quoted.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) ? String(quoted) : nil
        }
        if at > line.startIndex, isLocalCharacter(line[line.index(before: at)]) { return nil }
        let domain = line[line.index(after: at)...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        let trimmed = domain.hasSuffix(".") ? domain.dropLast() : domain
        return trimmed.contains(".") ? String(trimmed) : nil
    }

    /// The local part alone after an e-mail field's label (`E-mail（事務系）：jinji-jimu`), no `@`.
    static func localPart(_ line: String) -> String? {
        guard !line.contains("@"), let colon = line.lastIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = line[..<colon].lowercased()
        guard label.contains("mail") || label.contains("メール") else { return nil }
        let local = String(line[line.index(after: colon)...]).trimmingWhitespace()
        return !local.isEmpty && local.allSatisfy(isLocalCharacter) ? local : nil
    }

    /// A character of an address's local part as printed ones use them.
    static func isLocalCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || "._-+".contains(c))
    }
}
