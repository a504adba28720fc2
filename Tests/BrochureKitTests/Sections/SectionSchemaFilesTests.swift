import Foundation
import Testing

/// `Schemas/sections/*.schema.json` are copies of the section definitions in
/// `Schemas/brochure.schema.json` (made by `Scripts/split-section-schemas.py`): they must not drift.
@Suite("Section schema files")
struct SectionSchemaFilesTests {
    static let schemas = FixtureFiles.root.deletingLastPathComponent().appendingPathComponent("Schemas")

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test(arguments: ["contacts", "access", "assignments", "hiring", "examBreakdown", "initiatives", "supportSystems", "training"])
    func matchesTheDocumentSchema(_ section: String) throws {
        let document = try Self.json(Self.schemas.appendingPathComponent("brochure.schema.json"))
        let file = try Self.json(Self.schemas.appendingPathComponent("sections/\(section).schema.json"))
        let properties = try #require((document["properties"] as? [String: Any])?["sections"] as? [String: Any])
        let definition = try #require((properties["properties"] as? [String: Any])?[section] as? [String: Any])
        var body = file
        for key in ["$schema", "$id", "title", "$defs"] { body.removeValue(forKey: key) }
        if definition["description"] == nil { body.removeValue(forKey: "description") }
        var expected = definition
        if expected["description"] == nil { expected["description"] = body["description"] }
        #expect(NSDictionary(dictionary: body).isEqual(to: expected), "run Scripts/split-section-schemas.py")
        let defs = try #require(document["$defs"] as? [String: Any])
        for (name, value) in (file["$defs"] as? [String: Any]) ?? [:] {
            #expect(NSDictionary(dictionary: ["v": value]).isEqual(to: ["v": defs[name] as Any]), "$defs/\(name)")
        }
    }
}
