/// The 研修制度 section: the programmes it names, each with the sentences about it.
public struct Training: Sendable, Hashable, Codable {
    public struct Program: Sendable, Hashable, Codable {
        public var name: String
        public var summary: String

        public init(name: String, summary: String) {
            self.name = name
            self.summary = summary
        }
    }

    public var programs: [Program]
    public var page: Int

    public init(programs: [Program], page: Int) {
        self.programs = programs
        self.page = page
    }
}
