#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The labels a contact's fields carry (`TEL:`, `担当：`, `所在地`): told apart from an office's name and taken off the values they label.
extension ContactsParser {
    /// A one-line contact (`担当:政策課人事班(京都庁舎)/TEL:075-…/Mail:…`) as its fields, each
    /// without its label: a `/` splits only before a labelled field, so a path or a `/` in
    /// a name stays whole.
    /// A vertical bar parts fields whatever follows it (`…人事係｜TEL 06-…｜E-mail …`): no
    /// office's name or number holds one.
    static func fields(_ line: String) -> [String] {
        if line.unicodeScalars.contains(where: { $0 == "|" || $0 == "｜" }) {
            return line.split(whereSeparator: { $0 == "|" || $0 == "｜" }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }.flatMap(slashFields)
        }
        return slashFields(line)
    }

    /// `fields` of a line with no vertical bar.
    private static func slashFields(_ line: String) -> [String] {
        // (Most lines have no slash: asked of the scalars, as neither is a `Character` of more than one.)
        guard line.unicodeScalars.contains(where: { $0 == "/" || $0 == "／" }) else { return [line] }
        var pieces: [String] = []
        var rest = Substring(line)
        while let slash = rest.firstIndex(where: { $0 == "/" || $0 == "／" }) {
            let after = rest[rest.index(after: slash)...]
            guard fieldLabel(after) != nil else { break }
            pieces.append(String(rest[..<slash]))
            rest = after
        }
        pieces.append(String(rest))
        guard pieces.count >= 2 else { return [line] }
        return pieces.map { piece in
            guard let label = fieldLabel(piece[...]), ["担当", "担当課", "所属", "連絡先"].contains(label.name) else { return piece }
            return String(piece[label.end...]).trimmingWhitespace()
        }
    }

    /// The field label opening `text` (`TEL:`, `担当：`), with where its value starts.
    private static func fieldLabel(_ text: Substring) -> (name: String, end: Substring.Index)? {
        guard let colon = text.prefix(8).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let name = String(text[..<colon]).trimmingWhitespace()
        guard isFieldLabel(name) || ["所属"].contains(name) else { return nil }
        return (name, text.index(after: colon))
    }

    /// `line` without a leading field name naming where (`所在地`, `住所`) and its colon.
    static func withoutFieldName(_ line: String) -> String {
        for name in ["所在地", "住所"] where line.hasPrefix(name) {
            let rest = line.dropFirst(name.count).drop { ":： \u{3000}".contains($0) }
            return rest.isEmpty ? line : String(rest)
        }
        return line
    }

    /// A line that only labels a field (`【TEL】`, `電話：`, `Mail`), with nothing else on it.
    /// So does a phone's kind (`代表`, `直通`) set in a column of labels beside the numbers,
    /// and a key of a key/value grid named in full (`電話番号`, `メールアドレス`) in its left cell.
    static func isFieldLabel(_ line: String) -> Bool {
        // (Asked of every line of a contacts part: the marks are dropped scalar by scalar and
        // the labels looked up in a set. A line of more other scalars than the longest label
        // is none: lowercasing lengthens a scalar or keeps it, and makes no mark of it.)
        var others = 0
        for scalar in line.unicodeScalars where !labelMarks.contains(scalar) {
            others += 1
            if others > longestFieldLabel { return false }
        }
        var stripped = String.UnicodeScalarView()
        for scalar in line.lowercased().unicodeScalars where !labelMarks.contains(scalar) { stripped.append(scalar) }
        return fieldLabels.contains(String(stripped))
    }

    private static let labelMarks = Set("【】[]:： ".unicodeScalars)
    private static let fieldLabels: Set<String> = [
        "tel", "fax", "e-mail", "email", "mail", "電話", "メール", "ファックス", "区分", "種別", "番号", "担当", "担当課", "所在", "所在地", "住所", "連絡先",
        "代表", "直通", "代表電話", "直通電話", "電話番号", "メールアドレス", "e-mailアドレス", "fax番号",
    ]
    /// The scalars of the longest of `fieldLabels`.
    static let longestFieldLabel = fieldLabels.map(\.unicodeScalars.count).max() ?? 0
}
