/// A duration found in running text, with the words it came from.
public struct DurationMention: Sendable, Hashable, Codable {
    /// The amount, or the lower end of a range (1 in 約１～２年).
    public var value: Double
    public var unit: Duration.Unit
    public var text: String
    /// The upper end of a range (2 years in 約１～２年); absent for a single amount.
    public var maximum: Duration.Amount?

    public init(value: Double, unit: Duration.Unit, text: String, maximum: Duration.Amount? = nil) {
        self.value = value
        self.unit = unit
        self.text = text
        self.maximum = maximum
    }
}
