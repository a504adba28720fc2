import Foundation

/// A Japanese phone number with its note: 03-5253-5069（直通）.
public struct PhoneNumber: Sendable, Codable, Hashable {
    /// Digits only, e.g. 0352535069: what to dial and to compare.
    public var digits: String
    /// The groups joined by hyphens as the brochure grouped them, e.g. 03-5253-5069.
    public var formatted: String
    /// The bracketed note after the number: 直通 (direct line), 代表 (switchboard), 内線123.
    public var note: String?

    public init(digits: String, formatted: String, note: String? = nil) {
        self.digits = digits
        self.formatted = formatted
        self.note = note
    }

    /// (The shape, in PhoneNumber+Shape.swift: groups of digits separated by a hyphen (with or without spaces around it), a prolonged
    /// sound mark (03ー5253ー5069 is a common typing slip), a dot, a space or brackets
    /// ((03)5253-5069, 03(5253)5069), then an optional note. The number must not run on into
    /// more digits (03-5253-50691 is not 03-5253-5069).)
    /// Parses a text that is one phone number (with an optional note).
    public static func parse(_ text: String) throws(NormalizationError) -> PhoneNumber {
        let normalized = try withKanjiDigits(JapaneseTextNormalizer.shared.normalize(text)).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let match = wholeShape(normalized[...]), let phone = make(match.number, note: match.note)
        else { throw .notAPhoneNumber(text) }
        return phone
    }

    /// Every phone number in `text`, e.g. both in `03-5253-5069（直通）　03-5253-5072（直通）`.
    public static func all(in text: String) throws(NormalizationError) -> [PhoneNumber] {
        let normalized = try withKanjiDigits(JapaneseTextNormalizer.shared.normalize(text))
        guard mayHold(normalized[...]) else { return [] }
        return shapes(in: normalized[...]).flatMap { shape -> [PhoneNumber] in
            guard let phone = make(shape.number, note: shape.note) else { return [] }
            return [phone] + abbreviated(after: phone, in: normalized[shape.number.endIndex...])
        }
    }

    /// The numbers given after `phone` by their last group alone (`092-725-3600・3609`): a
    /// switchboard's neighbouring lines, printed once with the area and exchange.
    static func abbreviated(after phone: PhoneNumber, in rest: Substring) -> [PhoneNumber] {
        guard let last = phone.formatted.split(separator: "-").last else { return [] }
        var found: [PhoneNumber] = []
        var rest = rest
        while let mark = rest.first, "・/、,".contains(mark) {
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard digits.count == last.count, rest.dropFirst(1 + digits.count).first.map({ !($0.isASCII && $0.isNumber) && $0 != "-" }) ?? true else { break }
            let formatted = phone.formatted.dropLast(last.count) + digits
            found.append(PhoneNumber(digits: String(phone.digits.dropLast(last.count) + digits), formatted: String(formatted)))
            rest = rest.dropFirst(1 + digits.count)
        }
        return found
    }

    /// The number's digit groups and note as a `PhoneNumber`, or nil for too few or many
    /// digits. (A shape's number begins with `+`, `(` or a digit and ends in a digit, so it has
    /// no white space to trim; an all-ASCII one, nearly every one, is split byte by byte, each
    /// of its `Character`s a byte but `\r\n`, which is no digit either.)
    private static func make(_ number: Substring, note: Substring?) -> PhoneNumber? {
        var text = number.first.map(\.isWhitespace) == false && number.last.map(\.isWhitespace) == false
            ? String(number) : number.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("+81") { text = "0" + text.dropFirst(3).drop { $0 == " " || $0 == "-" } }
        let groups = text.utf8.allSatisfy({ $0 < 0x80 })
            ? text.utf8.split { !($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }.map { String(Substring($0)) }
            : text.split { !($0.isASCII && $0.isNumber) }.map(String.init)
        let digits = groups.joined()
        guard digits.hasPrefix("0"), !digits.hasPrefix("00"), (10...11).contains(digits.count), groups.count >= 2
        else { return nil }
        let cleanNote = note.map { $0.unicodeScalars.contains(" ") ? $0.replacingOccurrences(of: " ", with: "") : String($0) }
        return PhoneNumber(digits: digits, formatted: groups.joined(separator: "-"), note: cleanNote)
    }
}
