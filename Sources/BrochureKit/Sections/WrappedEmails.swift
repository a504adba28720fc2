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
    /// line ending in `@` over the rest, or a line over `@` and the rest, the last word of the
    /// first and the second making one address as `EmailAddress` reads it. The local part may
    /// follow a field's label (`E-mail：ninyou`); a label alone (`Mail`) is none.
    static func joins(_ first: String, _ second: String) -> Bool {
        guard first.hasSuffix("@") || (second.hasPrefix("@") && !ContactsParser.isFieldLabel(first)) else { return false }
        return (try? EmailAddress.parse(trailingWord(first) + second)) != nil
    }

    /// The text after the last label colon or space of `line`, and after a label it runs on
    /// from once compacted (`メールkyoshokuin-jinji`: an address is ASCII).
    static func trailingWord(_ line: String) -> String {
        let word = line.lastIndex(where: { ":： \u{3000}".contains($0) }).map { line[line.index(after: $0)...] } ?? line[...]
        return String(word.reversed().prefix { $0.isASCII }.reversed())
    }
}
