#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads contacts set as a two-level list: a department's line (`庶務部 人事課（分館3階）`), then,
/// indented under it, each of its offices (`任用係（事務系の採用・試験）`) over its phone and e-mail.
///
/// No line opens with a track's label: the office's own line may start with a track's name
/// (`技術系採用担当`) or name it in its remark, so read as labelled contacts the offices ran
/// together and lost their department. Here each office is one contact, named by its department
/// and itself (`庶務部人事課 任用係`); the department's floor in brackets is its location, and the
/// remark in brackets after the office's name (what it handles) is its scope, no part of the name.
/// A department heads the offices indented under it until the next line set at its indent.
enum ContactTree {
    /// A contact's name lines (department first, when it has one) and its phone and e-mail lines.
    struct Entry {
        var names: [(page: Int, line: TextLine)]
        var fields: [String] = []
    }

    /// The contacts of `part` when it is such a list, else nil.
    static func contacts(_ part: SectionSegmenter.Part) -> [Contact]? {
        let lines = part.blocks.filter { $0.block.table == nil }.flatMap { entry in entry.block.lines.map { (page: entry.page, line: $0) } }
        var entries: [Entry] = []
        var names: [(page: Int, line: TextLine)] = []
        for item in lines {
            let text = Normalized.compact(item.line.text)
            if ContactsParser.isNumberOrAddress(text) || ContactsParser.isFieldLabel(text) {
                if !names.isEmpty {
                    entries.append(Entry(names: names))
                    names = []
                }
                if !entries.isEmpty { entries[entries.count - 1].fields.append(text) }
            } else if !ContactAsides.isNote(text), !ContactsParser.isKicker(text) {
                names.append(item)
            }
        }
        // (Lines after the last phone or e-mail, a box under the list, are no office's.)
        guard entries.count >= 2, let first = entries.first, first.names.count >= 2 else { return nil }
        var contacts: [Contact] = []
        var department: (line: TextLine, name: String, location: String?)? = nil
        var officeIndent: Double? = nil
        var track: (department: String, label: String)? = nil
        for entry in entries {
            var names = entry.names
            // The lines set left of the entry's last line head it: its department.
            let last = names[names.count - 1].line
            let em = max(last.em, 1)
            let heads = names.prefix { $0.line.box.x0 <= last.box.x0 - 0.5 * em }
            if !heads.isEmpty {
                let text = heads.map { Normalized.compact($0.line.text) }.joined()
                guard ContactsParser.labelPrefix(text) == nil, isOfficeName(text) else { return nil }
                let (name, location) = split(text)
                department = (heads.first!.line, name, location.flatMap { ContactsParser.isLocation($0) ? $0 : nil })
                officeIndent = last.box.x0
                names.removeFirst(heads.count)
            }
            // An office heads no list of its own: it stands at its department's offices' indent.
            guard let open = department, let indent = officeIndent, abs(names[0].line.box.x0 - indent) <= 0.5 * em,
                open.line.box.x0 <= indent - 0.5 * em
            else { return nil }
            let (office, remark) = split(names.map { Normalized.compact($0.line.text) }.joined())
            // The track: the office's own name (`技術系採用担当`) or its remark (`事務系の採用・試験`)
            // names it; else it is its department's, as named by an office before it.
            let named = [office, remark ?? ""].lazy.compactMap { text in ContactsParser.trackWordRange(text).map { String(text[$0]) } }.first
            let label = named ?? (track?.department == open.name ? track?.label : nil) ?? office
            if named != nil { track = (open.name, label) }
            let location = remark.flatMap { ContactsParser.isLocation($0) ? $0 : nil }
            guard
                var contact = ContactsParser.contact(
                    label: label, lines: [office] + entry.fields, page: names[0].page, box: Rect.enclosing(entry.names.map(\.line.box))!)
            else { continue }
            contact.office = open.name + " " + office
            contact.location = location ?? open.location
            contact.specialty = location == nil ? remark : nil
            contact.label = label
            contact.provenance?.text = (entry.names.map(\.line.text) + entry.fields).joined(separator: "\n")
            contacts.append(contact)
        }
        return contacts.count >= 2 ? contacts : nil
    }

    /// `庶務部人事課(分館3階)` → the name and what its last brackets hold.
    static func split(_ text: String) -> (name: String, bracketed: String?) {
        guard text.hasSuffix(")"), let group = ContactsParser.bracketGroups(text).last, group.upperBound == text.index(before: text.endIndex),
            group.lowerBound > text.index(after: text.startIndex)
        else { return (text, nil) }
        return (String(text[..<text.index(before: group.lowerBound)]), String(text[group]))
    }

    /// Whether a department's line names one: a word of an organisation's parts (`部`, `課`, `局`).
    static func isOfficeName(_ text: String) -> Bool {
        ["部", "課", "局", "室", "センター", "本部"].contains { text.contains($0) }
    }
}
