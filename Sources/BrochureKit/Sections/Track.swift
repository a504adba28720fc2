/// The career track a figure or contact belongs to, from the label a brochure prints.
public enum Track: String, Sendable, Codable {
    /// 事務系
    case administrative
    /// 技術系
    case technical
    case other

    /// `総合職事務系`, `事務系・大卒程度試験` → administrative; `技術系（…）` → technical.
    public init(label: String) {
        if label.contains("事務") {
            self = .administrative
        } else if label.contains("技術") || label.contains("理工") {
            self = .technical
        } else {
            self = .other
        }
    }
}
