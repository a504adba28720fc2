/// A contact set as a table of its means of contact: `担当 | 種別 | 番号`, one row per number
/// (`TEL`, `FAX`, `E-mail`), the office's cell spanning the rows of its numbers.
///
/// The office's name stands once, centred down its rows (or at their top), so read row by row
/// the rows around it have no office, and the kinds are no offices either. The header says
/// which column holds what: the office's (`担当`, `担当課`, `部署`), the kind's (`種別`, `項目`),
/// the value's (`番号`, `連絡先`); and the kinds' cells name means of contact (`TEL`, `メール`). A
/// table of contacts by subject (`区分 | 担当 | 連絡先`, a row per office) is read row by row as
/// ever. Each row goes with the office standing on it, or, when none
/// does, with the nearest row that has one: the office's cell spans its rows. A fax is no phone.
enum ContactFieldTable {
    static let officeHeaders: Set<String> = ["担当", "担当課", "担当部署", "部署", "所属", "窓口"]
    static let kindHeaders: Set<String> = ["種別", "項目"]
    static let valueHeaders: Set<String> = ["番号", "連絡先", "番号・アドレス", "電話番号・メールアドレス"]

    /// The contacts `table` lists, or nil when its header names no office and value columns.
    static func contacts(_ table: Table, page: Int, label: String) -> [Contact]? {
        guard let header = table.rows.first, table.rows.count >= 2 else { return nil }
        let names = header.map { Normalized.compact($0.text) }
        guard let office = names.firstIndex(where: officeHeaders.contains), let kind = names.firstIndex(where: kindHeaders.contains),
            let value = names.firstIndex(where: valueHeaders.contains)
        else { return nil }
        let rows = Array(table.rows.dropFirst())
        func cell(_ row: [Table.Cell], _ k: Int) -> String { row.indices.contains(k) ? Normalized.compact(row[k].text) : "" }
        guard rows.contains(where: { ContactsParser.isFieldLabel(cell($0, kind)) }) else { return nil }
        let standing = rows.indices.filter { !cell(rows[$0], office).isEmpty }
        guard !standing.isEmpty else { return nil }
        var contacts: [Contact] = []
        for (n, at) in standing.enumerated() {
            // The rows nearer this office's row than any other's (a tie goes to the earlier office).
            let low = n == 0 ? 0 : (standing[n - 1] + at) / 2 + 1
            let high = n == standing.count - 1 ? rows.count - 1 : (at + standing[n + 1]) / 2
            var phones: [Contact.Phone] = []
            var emails: [String] = []
            for row in rows[low...high] {
                let text = cell(row, value)
                emails += ((try? EmailAddress.all(in: text)) ?? []).map(\.address)
                let kindText = cell(row, kind)
                guard !kindText.uppercased().contains("FAX"), !kindText.contains("ファ") else { continue }
                phones += ((try? PhoneNumber.all(in: text)) ?? []).map { Contact.Phone(number: $0.formatted, note: $0.note) }
            }
            guard !phones.isEmpty || !emails.isEmpty else { continue }
            contacts.append(Contact(
                track: Track(label: label), label: label, specialty: nil, office: cell(rows[at], office), location: nil,
                phones: phones, emails: emails, page: page,
                provenance: Provenance(page: page, box: table.box, text: rows[low...high].map { $0.map(\.text).joined(separator: " ") }.joined(separator: "\n"))))
        }
        return contacts.isEmpty ? nil : contacts
    }
}
