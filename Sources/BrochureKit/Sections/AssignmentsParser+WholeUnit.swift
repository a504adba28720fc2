extension AssignmentsParser {
    /// Whether a unit's printed name is whole without the group its row sits in: a 課, 室, 係,
    /// 班 or グループ may be any 部's and takes its group's name before it (`総務課` under `総務部`);
    /// anything else names itself (`総務部`, `教育庁・県立学校` under `本庁` or `地方機関`, tiers of
    /// the organisation set upright down their rows).
    static func standsAlone(_ unit: String) -> Bool {
        guard let last = unit.last else { return false }
        return !"課室係班".contains(last) && !["グループ", "チーム", "担当"].contains(where: unit.hasSuffix)
    }
}
