/// The arithmetic a brochure's tables must satisfy, reported as warnings.
///
/// Totals equal 事務系 + 技術系 (heads and women); women never exceed heads; the assignment
/// table adds up to its cohort's hires; the exam breakdown adds up to the planned hires.
enum CrossChecks {
    static func run(_ sections: SectionSet) -> [ExtractionWarning] {
        var warnings: [ExtractionWarning] = []
        if let hiring = sections.hiring {
            for row in hiring.rows {
                let page = row.provenance?.page ?? hiring.page
                for (name, value) in [("total", row.total), ("administrative", row.administrative), ("technical", row.technical)] {
                    if let value, let women = value.women, women > value.count {
                        warnings.append(ExtractionWarning(
                            code: "women-exceed-count", message: "\(row.label) \(name): \(women) women of \(value.count)",
                            section: "hiring", page: page))
                    }
                }
                guard let total = row.total, let admin = row.administrative, let tech = row.technical else { continue }
                if admin.count + tech.count != total.count {
                    warnings.append(ExtractionWarning(
                        code: "sum-mismatch",
                        message: "\(row.label): 事務系 \(admin.count) + 技術系 \(tech.count) ≠ 合計 \(total.count)",
                        section: "hiring", page: page))
                }
                if let t = total.women, let a = admin.women, let e = tech.women, a + e != t {
                    warnings.append(ExtractionWarning(
                        code: "sum-mismatch", message: "\(row.label) women: 事務系 \(a) + 技術系 \(e) ≠ 合計 \(t)",
                        section: "hiring", page: page))
                }
            }
        }
        if let assignments = sections.assignments, let cohort = assignments.cohortFiscalYear,
            let row = sections.hiring?.rows.first(where: { $0.fiscalYear == cohort && !$0.planned })
        {
            let admin = assignments.rows.reduce(0) { $0 + $1.administrative }
            let tech = assignments.rows.reduce(0) { $0 + $1.technical }
            if let hired = row.administrative?.count, hired != admin {
                warnings.append(ExtractionWarning(
                    code: "assignment-sum-mismatch", message: "配属 事務系 adds up to \(admin), but \(row.label) hired \(hired)",
                    section: "assignments", page: assignments.page))
            }
            if let hired = row.technical?.count, hired != tech {
                warnings.append(ExtractionWarning(
                    code: "assignment-sum-mismatch", message: "配属 技術系 adds up to \(tech), but \(row.label) hired \(hired)",
                    section: "assignments", page: assignments.page))
            }
        }
        if let exam = sections.examBreakdown, let cohort = exam.cohortFiscalYear,
            let row = sections.hiring?.rows.first(where: { $0.fiscalYear == cohort })
        {
            for (track, hired) in [(Track.administrative, row.administrative?.count), (.technical, row.technical?.count)] {
                let sum = exam.entries.filter { $0.track == track }.reduce(0) { $0 + $1.count }
                if let hired, sum != hired {
                    warnings.append(ExtractionWarning(
                        code: "exam-sum-mismatch", message: "試験区分 \(track.rawValue) adds up to \(sum), but \(row.label) lists \(hired)",
                        section: "examBreakdown", page: exam.page))
                }
            }
        }
        return warnings
    }
}
