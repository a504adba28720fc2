/// An office named only inside a sentence of the contact's text:
/// `採用に関するお問い合わせは、遠野市総務部総務課人事研修係までお寄せください。`
extension ContactsParser {
    /// The office a sentence sends its reader to: what stands before `まで` after the
    /// sentence's topic (`…は、`), when it ends in an office's word; nil for any other line.
    static func officeInSentence(_ line: String) -> String? {
        guard line.hasSuffix("。"), let until = line.range(of: "まで") else { return nil }
        let before = line[..<until.lowerBound]
        let start = before.lastIndex { $0 == "、" || $0 == "," || $0 == "は" }.map { before.index(after: $0) } ?? before.startIndex
        let office = String(before[start...]).trimmingWhitespace()
        guard (3...30).contains(office.count), officeEndings.contains(where: { office.hasSuffix($0) }),
            !office.contains(where: { $0.isNumber || $0 == "@" })
        else { return nil }
        return office
    }
}
