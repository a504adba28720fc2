/// A duration found in running text, with the words it came from.
public struct DurationMention: Sendable, Hashable, Codable {
    public var value: Double
    public var unit: Duration.Unit
    public var text: String

    public init(value: Double, unit: Duration.Unit, text: String) {
        self.value = value
        self.unit = unit
        self.text = text
    }
}
