/// Joins an e-mail address that a narrow card broke at its `@` over two lines back into one.
///
/// A fold-out flap or a narrow column leaves no room for a whole address: it breaks at the
/// `@`, the local part on one line and the domain on the next (`ninyou` / `@city.kumamoto.lg.jp`,
/// or `ninyou@` / `city.kumamoto.lg.jp`). Neither half is an address on its own, so the local
/// part would be read as more of the office's name and the domain lost. Only two lines next
/// to each other in one contact are joined, and only when one half carries the `@` at the
/// break and the other is nothing but the rest of an address.
enum WrappedEmails {
    /// `lines` with each address broken at its `@` on one line again.
    static func joined(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if let previous = result.last, joins(previous, line) {
                result[result.count - 1] = previous + line
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// Whether `first` and `second` are the two halves of one address broken at its `@`: a
    /// line ending in a local part and `@` over a domain, or a line ending in a bare local part
    /// over `@` and a domain. The local part may follow a field's label (`E-mail：ninyou`).
    static func joins(_ first: String, _ second: String) -> Bool {
        if first.hasSuffix("@") {
            return isLocalPart(trailingWord(String(first.dropLast()))) && isDomain(second)
        }
        guard second.hasPrefix("@") else { return false }
        return isLocalPart(trailingWord(first)) && isDomain(String(second.dropFirst())) && !ContactsParser.isFieldLabel(first)
    }

    /// The text after the last label colon or space of `line`: the whole line when it has none.
    static func trailingWord(_ line: String) -> String {
        guard let separator = line.lastIndex(where: { ":： \u{3000}".contains($0) }) else { return line }
        return String(line[line.index(after: separator)...])
    }

    /// An address's local part and nothing else (`ninyou`, `a7610-07`, `jinji.saiyo`).
    static func isLocalPart(_ text: String) -> Bool {
        (1...64).contains(text.count) && text.allSatisfy { isDomainCharacter($0) || "._+".contains($0) }
            && text.contains(where: isLetter) && !text.hasPrefix(".") && !text.hasSuffix(".")
    }

    /// A domain and nothing else: two or more dot-separated labels of letters, figures and
    /// hyphens, the last of letters (`city.kumamoto.lg.jp`).
    static func isDomain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2,
            last.allSatisfy(isLetter)
        else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy(isDomainCharacter)
        }
    }

    private static func isLetter(_ character: Character) -> Bool { character.isASCII && character.isLetter }

    private static func isDomainCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-")
    }
}
