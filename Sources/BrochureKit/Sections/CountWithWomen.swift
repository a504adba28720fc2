/// A count with the women among it, as the output contract writes it: `women` is null when
/// the page does not say.
public struct CountWithWomen: Sendable, Hashable, Codable {
    public var count: Int
    public var women: Int?

    public init(count: Int, women: Int?) {
        self.count = count
        self.women = women
    }

    public init(_ headcount: Headcount?) {
        self.init(count: headcount?.count ?? 0, women: headcount?.women)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(count, forKey: .count)
        try c.encode(women, forKey: .women)
    }
}
