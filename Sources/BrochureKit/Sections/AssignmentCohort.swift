/// The cohort of an assignments list that names none (its intro read into another section,
/// or never printed): the one actual hiring year whose counts per track the units add up to.
///
/// The units of a cohort's placements are its hires, so their sums are that year's row of the
/// hiring table. Only an exact match on both tracks, and by a single year, names the cohort;
/// a planned row has hired no one yet.
enum AssignmentCohort {
    static func year(of assignments: AssignmentRecord, hiring: HiringRecord) -> Int? {
        let administrative = assignments.rows.reduce(0) { $0 + $1.administrative }
        let technical = assignments.rows.reduce(0) { $0 + $1.technical }
        guard administrative > 0, technical > 0 else { return nil }
        let matches = hiring.rows.filter {
            !$0.planned && $0.administrative?.count == administrative && $0.technical?.count == technical
        }
        return matches.count == 1 ? matches[0].fiscalYear : nil
    }
}
