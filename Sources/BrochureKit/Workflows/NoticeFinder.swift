/// Picks out of a diff what analysts look for and says it in a sentence with the numbers.
///
/// Planned figures and women's shares are read from the typed hiring tables (the sentence needs
/// both editions' counts); units and contacts from the changes already found, so a notice never
/// disagrees with the change it summarises.
struct NoticeFinder {
    var old: BrochureDocument
    var new: BrochureDocument
    var changes: [DiffChange]

    /// The fields of a contact whose change is worth a notice (the printed label is not).
    static let contactFields: Set<String> = ["office", "location", "phones", "emails"]

    /// All notices: planned against actual, units, contacts, then women's shares.
    ///
    /// None when the two documents are of different organizations: one's plan against the
    /// other's hires is no finding (the organization change is listed among the changes).
    func notices() -> [DiffNotice] {
        if let a = old.organization, let b = new.organization, a != b { return [] }
        return plannedVsActual() + units() + contacts() + womenShares()
    }

    /// `the 2023 edition` when the two editions' years tell them apart, `the old edition` otherwise.
    private func name(old isOld: Bool) -> String {
        let years = (old.edition?.year, new.edition?.year)
        if let a = years.0, let b = years.1, a != b { return "the \(isOld ? a : b) edition" }
        return isOld ? "the old edition" : "the new edition"
    }

    /// Pairs of the same fiscal year in both hiring tables, in the new table's order.
    private func commonYears() -> [(old: HiringRecord.Row, new: HiringRecord.Row)] {
        guard let before = old.sections.hiring?.rows else { return [] }
        return (new.sections.hiring?.rows ?? []).compactMap { row in
            before.first { $0.fiscalYear == row.fiscalYear }.map { ($0, row) }
        }
    }

    private func plannedVsActual() -> [DiffNotice] {
        commonYears().filter { $0.old.planned && !$0.new.planned }.flatMap { pair in
            WomenShare.tracks.compactMap { track -> DiffNotice? in
                guard let planned = WomenShare.figure(track, of: pair.old), let actual = WomenShare.figure(track, of: pair.new) else {
                    return nil
                }
                let delta = actual.count - planned.count
                return DiffNotice(
                    kind: .plannedVsActual, section: "hiring", key: "FY\(pair.new.fiscalYear)", track: track,
                    old: JSONValue(encoding: planned), new: JSONValue(encoding: actual), delta: .number(JSONNumber(delta)),
                    message: "FY\(pair.new.fiscalYear) \(track): \(DiffValueText.headcountSentence(planned)) planned in \(name(old: true)), "
                        + "\(DiffValueText.headcountSentence(actual)) hired according to \(name(old: false)) "
                        + "(\(DiffValueText.signed(Double(delta))))."
                )
            }
        }
    }

    private func units() -> [DiffNotice] {
        let cohort = new.sections.assignments?.cohortFiscalYear.map { "cohort FY\($0): " } ?? ""
        return changes.filter { $0.section == "assignments" && $0.key != nil && $0.field == nil }.compactMap { change in
            guard let unit = change.key else { return nil }
            switch change.kind {
            case .added:
                return DiffNotice(
                    kind: .unitAppeared, section: "assignments", key: unit, old: .null, new: change.new,
                    message: "\(unit) appears in the assignments of \(name(old: false)) (\(cohort)\(postings(change.new))).")
            case .removed:
                return DiffNotice(
                    kind: .unitDisappeared, section: "assignments", key: unit, old: change.old, new: .null,
                    message: "\(unit) is no longer in the assignments of \(name(old: false)) (\(name(old: true)) had \(postings(change.old))).")
            case .changed:
                return nil
            }
        }
    }

    /// `3 administrative, 0 technical`.
    private func postings(_ row: JSONValue) -> String {
        ["administrative", "technical"].map { "\(row[$0].map(DiffValueText.describe) ?? "0") \($0)" }.joined(separator: ", ")
    }

    private func contacts() -> [DiffNotice] {
        changes.filter { $0.section == "contacts" && $0.kind == .changed && Self.contactFields.contains($0.field ?? "") }
            .compactMap { change in
                guard let key = change.key, let field = change.field else { return nil }
                var message = "Contact \(key): \(field) \(DiffValueText.describe(change.old)) → \(DiffValueText.describe(change.new))"
                if field == "location", let floors = floorChange(change) { message += " (floor \(floors))" }
                return DiffNotice(
                    kind: .contactChanged, section: "contacts", key: key, track: key.split(separator: "/").first.map(String.init),
                    field: field, old: change.old, new: change.new, message: message + ".")
            }
    }

    /// `7 → 10` when both locations name a floor and the floors differ.
    private func floorChange(_ change: DiffChange) -> String? {
        guard let was = change.old.stringValue.flatMap({ try? Floor.first(in: $0) }),
              let now = change.new.stringValue.flatMap({ try? Floor.first(in: $0) }), was != now
        else { return nil }
        return "\(was.number) → \(now.number)"
    }

    private func womenShares() -> [DiffNotice] {
        commonYears().flatMap { pair in
            WomenShare.tracks.compactMap { track -> DiffNotice? in
                let figures = (WomenShare.figure(track, of: pair.old), WomenShare.figure(track, of: pair.new))
                guard let a = figures.0, let b = figures.1, let was = WomenShare.percent(a), let now = WomenShare.percent(b),
                      was != now
                else { return nil }
                let delta = ((now - was) * 10).rounded() / 10
                func share(_ p: Double, _ f: CountWithWomen, planned: Bool) -> String {
                    "\(p)% (\(f.women ?? 0) of \(f.count)\(planned ? ", planned" : ""))"
                }
                return DiffNotice(
                    kind: .womenShare, section: "hiring", key: "FY\(pair.new.fiscalYear)", track: track,
                    old: .number(JSONNumber(was)), new: .number(JSONNumber(now)), delta: .number(JSONNumber(delta)),
                    message: "FY\(pair.new.fiscalYear) \(track): women were \(share(was, a, planned: pair.old.planned)) in \(name(old: true)), "
                        + "\(share(now, b, planned: pair.new.planned)) in \(name(old: false)) (\(DiffValueText.signed(delta)) points)."
                )
            }
        }
    }
}
