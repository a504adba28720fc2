/// What one section part gave: the value of its kind's parser.
///
/// The parts are parsed on several threads and put together afterwards in document order, so
/// the result is the same as reading them one after the other.
enum ParsedPart: Sendable {
    case hiring(HiringRecord?)
    case assignments(AssignmentRecord?)
    case examBreakdown(ExamBreakdown?)
    case contacts([Contact])
    case access(Access?)
    case initiatives([Initiative])
    case supportSystems([SupportSystem])
    case training(Training?)

    /// Runs the parser of `part`'s kind.
    init(_ part: SectionSegmenter.Part) {
        // (A table a page break parted is read whole, `PageBreakRows`; without its leaders, `LeaderColumns`.)
        let part = [.hiring, .assignments, .examBreakdown].contains(part.kind) ? LeaderColumns.stripped(PageBreakRows.joined(part)) : part
        switch part.kind {
        case .hiring: self = .hiring(HiringParser().parse(part))
        case .assignments: self = .assignments(AssignmentsParser().parse(part))
        case .examBreakdown: self = .examBreakdown(ExamBreakdownParser().parse(part))
        case .contacts: self = .contacts(ContactsParser().parse(part))
        case .access: self = .access(AccessParser().parse(part))
        case .initiatives:
            self = .initiatives(
                TitledParagraphs().split(part).map {
                    Initiative(
                        title: $0.title, summary: $0.text, page: $0.page,
                        provenance: Provenance(page: $0.page, box: $0.box, text: $0.title + "\n" + $0.text))
                })
        case .supportSystems:
            // (Nor is an item whose name and text make a length of time together: a card's
            // number block, `最大` over `3年`, read before the name beside it.)
            // (A name may carry the mark of a footnote giving its period: `FootnotedSupportSystems`.)
            self = .supportSystems(QuotedSupportSystems.resolved(FootnotedSupportSystems.attached(
                TitledParagraphs().split(part).filter {
                    !SupportSystem.isDurationValue($0.title) && !SupportSystem.isDurationValue($0.title + $0.text)
                }.flatMap { item -> [SupportSystem] in
                    // A category over bulleted `・name：period` lines: the lines are the systems.
                    if let listed = CategorisedSupportSystems.expanded(item) { return listed }
                    // Bulleted `●name（period）` lines with no text under them: a system each.
                    if let lines = BulletedSupportLines.expanded(item) { return lines }
                    let (name, period) = SupportSystem.splitPeriod(item.spacedTitle.isEmpty ? item.title : item.spacedTitle)
                    // (Two names on one bullet, a period each, `育児休業・育児短時間勤務（3歳まで／就学前まで）`: `PairedSupportSystems`.)
                    let named: [(name: String, period: String?)] = PairedSupportSystems.split(name: name, period: period)?.map { ($0.name, $0.period) } ?? [(name, period)]
                    let provenance = Provenance(page: item.page, box: item.box, text: item.title + "\n" + item.text)
                    return named.map { system -> SupportSystem in
                        let summary: String = system.period.map { item.text + "(" + $0 + ")" } ?? item.text
                        return SupportSystem(name: system.name, summary: summary, durations: DurationFinder.find(in: summary), page: item.page, provenance: provenance)
                    }
                }, in: part), in: part))
        case .training: self = .training(TrainingParser().parse(part))
        }
    }

    /// Whether the document keeps only the first value of this kind (a list kind gathers all).
    static func isSingle(_ kind: SectionKind) -> Bool {
        switch kind {
        case .contacts, .initiatives, .supportSystems: false
        case .hiring, .assignments, .examBreakdown, .access, .training: true
        }
    }

    /// Whether a single-valued section of this kind already has its value (a list never has).
    static func isFilled(_ kind: SectionKind, in sections: SectionSet) -> Bool {
        switch kind {
        case .hiring: sections.hiring != nil
        case .assignments: sections.assignments != nil && sections.assignments?.continuation != true && sections.assignments?.continues != true
            && sections.assignments?.track == nil
        case .examBreakdown: sections.examBreakdown != nil && sections.examBreakdown?.continues != true
        case .access: sections.access != nil
        case .training: sections.training != nil
        case .contacts, .initiatives, .supportSystems: false
        }
    }

    /// Adds this value to `sections` the way a sequential reading would: a single-valued
    /// section is set only when still empty, a list grows.
    func merge(into sections: inout SectionSet) {
        switch self {
        case .hiring(let value): if sections.hiring == nil { sections.hiring = value }
        case .assignments(let value):
            // One track's table after the other's (`SingleTrackAssignments`): merged unit by unit.
            if let merged = sections.assignments?.merged(byUnit: value) {
                sections.assignments = merged
            } else if let open = sections.assignments, open.continues == true {
                sections.assignments = open.continued(by: value)
            } else if let open = sections.assignments, open.continuation == true {
                sections.assignments = value.map { $0.joining(open) } ?? open
            } else if sections.assignments == nil {
                sections.assignments = value
            }
        case .examBreakdown(let value):
            if let open = sections.examBreakdown, open.continues == true {
                sections.examBreakdown = open.continued(by: value)
            } else if sections.examBreakdown == nil {
                sections.examBreakdown = value
            }
        case .access(let value): if sections.access == nil { sections.access = value }
        case .training(let value): if sections.training == nil { sections.training = value }
        case .contacts(let found):
            // A contact printed again on a later page (a footer band on every page) is one contact.
            let known = sections.contacts ?? []
            let new = found.filter { contact in !known.contains { $0.sameContact(as: contact) } }
            if !new.isEmpty { sections.contacts = known + new }
        case .initiatives(let found): if !found.isEmpty { sections.initiatives = (sections.initiatives ?? []) + found }
        case .supportSystems(let found):
            if !found.isEmpty { sections.supportSystems = (sections.supportSystems ?? []) + found }
        }
    }
}
