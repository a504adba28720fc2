extension AssignmentsParser {
    /// Whether a unit's printed name is whole without the group a column under no header cell
    /// of its own puts its row in: a 課, 室, 係, 班 or グループ may be any 部's and takes its
    /// group's name before it (`総務課` under `総務部`); anything else names itself (`総務部`,
    /// `教育庁・県立学校` under `本庁` or `地方機関`, tiers of the organisation set upright down
    /// their rows). A group column with a header (`組織 | 部署`) names part of every unit
    /// (`東京工場` + `製造部`), whatever the unit's name.
    static func standsAlone(_ unit: String) -> Bool {
        guard let last = unit.last else { return false }
        return !"課室係班".contains(last) && !["グループ", "チーム", "担当"].contains(where: unit.hasSuffix)
    }
}
