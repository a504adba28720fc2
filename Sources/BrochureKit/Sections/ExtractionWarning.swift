/// Something the extractor noticed but could not settle: figures that do not add up, a
/// section that could not be read. Warnings never stop extraction; `--strict` makes them fail it.
public struct ExtractionWarning: Sendable, Hashable, Codable {
    public var code: String
    public var message: String
    public var section: String?
    public var page: Int?

    public init(code: String, message: String, section: String?, page: Int?) {
        self.code = code
        self.message = message
        self.section = section
        self.page = page
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(section, forKey: .section)
        try c.encode(page, forKey: .page)
    }
}
