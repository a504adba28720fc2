/// The colours of `brochure inspect`'s overlay, one per thing drawn, so the legend and the
/// drawing can never disagree.
public struct OverlayColor: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Chosen apart in hue so that a block's kind reads at a glance on a printed page.
    public static func block(_ kind: Block.Kind) -> OverlayColor {
        switch kind {
        case .heading: OverlayColor(red: 0.95, green: 0.5, blue: 0)
        case .paragraph: OverlayColor(red: 0.1, green: 0.35, blue: 0.95)
        case .list: OverlayColor(red: 0, green: 0.6, blue: 0.65)
        case .table: OverlayColor(red: 0, green: 0.65, blue: 0.15)
        case .header, .footer: OverlayColor(red: 0.45, green: 0.45, blue: 0.45, alpha: 0.45)
        }
    }

    public static let readingOrder = OverlayColor(red: 0.85, green: 0.05, blue: 0.1)
    public static let section = OverlayColor(red: 0.8, green: 0, blue: 0.75)
    public static let provenance = OverlayColor(red: 0.5, green: 0.15, blue: 0.85)
    public static let tableGrid = OverlayColor(red: 0, green: 0.65, blue: 0.15, alpha: 0.7)
}
