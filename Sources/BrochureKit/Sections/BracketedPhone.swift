/// An office's line carrying its phone in brackets after its name
/// (`福井大学総務部人事労務課（TEL 0776-27-8020）`), with no phone line of its own.
///
/// Read whole, the line is neither an office (it holds a number) nor a phone line (a name
/// opens it), and the contact it heads is lost with its e-mail. Cut in two, it reads as the
/// office over its phone, as most brochures print them.
enum BracketedPhone {
    /// The words that open a phone inside the brackets.
    static let labels = ["TEL", "Tel", "tel", "電話", "℡", "☎"]

    /// `raw` as the office and the bracket's phone (`TEL 0776-27-8020`) when it ends in brackets
    /// that open with a phone's label and hold a phone number, after a name; nil otherwise.
    static func split(_ raw: String) -> (office: String, phone: String)? {
        // (Normalised first: a PDF's text often sets the label and figures full width, `（ＴＥＬ ０７７６-…）`.)
        let text = Normalized.text(raw).trimmingWhitespace()
        guard let last = text.last, last == ")" || last == "）",
            let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), open > text.startIndex
        else { return nil }
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace()
        let office = String(text[..<open]).trimmingWhitespace()
        guard labels.contains(where: { inner.hasPrefix($0) }), !office.isEmpty, !office.unicodeScalars.contains(where: TableDetector.isDigit),
            (try? PhoneNumber.all(in: Normalized.compact(inner)))?.isEmpty == false
        else { return nil }
        return (office, inner)
    }
}
