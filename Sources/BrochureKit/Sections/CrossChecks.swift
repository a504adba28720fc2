/// The arithmetic a brochure's tables must satisfy, reported as warnings.
///
/// Totals equal 事務系 + 技術系 (+ a third group the table counts, heads and women); women never exceed heads; the assignment
/// table adds up to its cohort's hires; the exam breakdown adds up to the planned hires.
enum CrossChecks {
    static func run(_ sections: SectionSet) -> [ExtractionWarning] {
        var warnings: [ExtractionWarning] = []
        if let hiring = sections.hiring {
            for row in hiring.rows {
                let page = row.provenance?.page ?? hiring.page
                for (name, value) in [("total", row.total), ("administrative", row.administrative), ("technical", row.technical), ("other", row.other)] {
                    if let value, let women = value.women, women > value.count {
                        warnings.append(ExtractionWarning(
                            code: "women-exceed-count", message: "\(row.label) \(name): \(women) women of \(value.count)",
                            section: "hiring", page: page))
                    }
                }
                guard let total = row.total, let admin = row.administrative, let tech = row.technical else { continue }
                // A third group the table counts in its total (`技能`) is part of the sum; its
                // women are unknown when it gives none.
                let other = row.other ?? CountWithWomen(count: 0, women: 0)
                // (` + 技能 6` in the message, when there is a third group.)
                func plusOther(_ figure: Int) -> String { row.other == nil ? "" : " + \(hiring.otherScope ?? "other") \(figure)" }
                if sum([admin.count, tech.count, other.count]) != total.count {
                    warnings.append(ExtractionWarning(
                        code: "sum-mismatch", message: "\(row.label): 事務系 \(admin.count) + 技術系 \(tech.count)\(plusOther(other.count)) ≠ 合計 \(total.count)",
                        section: "hiring", page: page))
                }
                if let t = total.women, let a = admin.women, let e = tech.women, let o = other.women, sum([a, e, o]) != t {
                    warnings.append(ExtractionWarning(
                        code: "sum-mismatch", message: "\(row.label) women: 事務系 \(a) + 技術系 \(e)\(plusOther(o)) ≠ 合計 \(t)",
                        section: "hiring", page: page))
                }
            }
        }
        if let assignments = sections.assignments, let cohort = assignments.cohortFiscalYear,
            let row = sections.hiring?.rows.first(where: { $0.fiscalYear == cohort && !$0.planned })
        {
            let admin = sum(assignments.rows.map(\.administrative))
            let tech = sum(assignments.rows.map(\.technical))
            if let hired = row.administrative?.count, hired != admin {
                warnings.append(ExtractionWarning(
                    code: "assignment-sum-mismatch", message: "配属 事務系 adds up to \(describe(admin)), but \(row.label) hired \(hired)",
                    section: "assignments", page: assignments.page))
            }
            if let hired = row.technical?.count, hired != tech {
                warnings.append(ExtractionWarning(
                    code: "assignment-sum-mismatch", message: "配属 技術系 adds up to \(describe(tech)), but \(row.label) hired \(hired)",
                    section: "assignments", page: assignments.page))
            }
        }
        if let exam = sections.examBreakdown, let cohort = exam.cohortFiscalYear,
            let row = sections.hiring?.rows.first(where: { $0.fiscalYear == cohort })
        {
            for (track, hired) in [(Track.administrative, row.administrative?.count), (.technical, row.technical?.count)] {
                let total = sum(exam.entries.filter { $0.track == track }.map(\.count))
                if let hired, total != hired {
                    warnings.append(ExtractionWarning(
                        code: "exam-sum-mismatch", message: "試験区分 \(track.rawValue) adds up to \(describe(total)), but \(row.label) lists \(hired)",
                        section: "examBreakdown", page: exam.page))
                }
            }
        }
        return warnings
    }

    /// The sum, or nil when it overflows: a misread cell can hold any digits, and Swift traps on overflow.
    ///
    /// Counts are never negative, so an overflowing sum exceeds every count it is compared with.
    static func sum(_ values: [Int]) -> Int? {
        var total = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = next
        }
        return total
    }

    private static func describe(_ sum: Int?) -> String {
        sum.map(String.init) ?? "more than \(Int.max)"
    }
}
