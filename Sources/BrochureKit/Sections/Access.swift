/// The アクセス section: the address and how to get there from each station.
public struct Access: Sendable, Hashable, Codable {
    public struct Route: Sendable, Hashable, Codable {
        /// The station as printed inside 『』 (`霞ヶ関`).
        public var station: String
        public var lines: [String]
        public var exit: String?
        public var walkMinutes: Int?
        public var provenance: Provenance?

        public init(station: String, lines: [String], exit: String?, walkMinutes: Int?, provenance: Provenance? = nil) {
            self.station = station
            self.lines = lines
            self.exit = exit
            self.walkMinutes = walkMinutes
            self.provenance = provenance
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(station, forKey: .station)
            try c.encode(lines, forKey: .lines)
            try c.encode(exit, forKey: .exit)
            try c.encode(walkMinutes, forKey: .walkMinutes)
            try c.encodeIfPresent(provenance, forKey: .provenance)
        }
    }

    public var address: String
    public var building: String?
    public var routes: [Route]
    public var page: Int

    public init(address: String, building: String?, routes: [Route], page: Int) {
        self.address = address
        self.building = building
        self.routes = routes
        self.page = page
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(address, forKey: .address)
        try c.encode(building, forKey: .building)
        try c.encode(routes, forKey: .routes)
        try c.encode(page, forKey: .page)
    }
}
