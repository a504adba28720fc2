import BrochureKit
import Foundation
import Testing

/// The schemas compiled into the library are the ones in `Schemas/`, they compile, and
/// BrochureKit's own output follows them.
@Suite("bundled schemas")
struct BundledSchemaTests {
    static let schemasFolder = OfficialSuite.packageRoot.appendingPathComponent("Schemas")

    @Test("bundled copy equals Schemas/ byte for byte (regenerate with Scripts/bundle-schemas.sh)", arguments: BundledSchema.allCases)
    func copyMatchesFile(_ schema: BundledSchema) throws {
        let file = try Data(contentsOf: Self.schemasFolder.appendingPathComponent(schema.fileName))
        #expect(Data(schema.text.utf8) == file)
    }

    @Test func everySchemaFileIsBundled() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemasFolder.path).filter { $0.hasSuffix(".schema.json") }
        #expect(Set(files) == Set(BundledSchema.allCases.map(\.fileName)))
    }

    @Test("compiles", arguments: BundledSchema.allCases)
    func compiles(_ schema: BundledSchema) throws {
        _ = try JSONSchema(text: schema.text)
    }

    @Test func documentsAreRecognisedByShape() throws {
        #expect(BundledSchema.detect(try JSONParser.parse(#"{"schemaVersion": 1, "pages": []}"#)) == .layout)
        #expect(BundledSchema.detect(try JSONParser.parse(#"{"pages": []}"#)) == nil)
        #expect(BundledSchema.detect(try JSONParser.parse("[]")) == nil)
        #expect(BundledSchema(named: "layout.schema.json") == .layout)
    }

    @Test("layout output of every fixture validates", arguments: FixtureFiles.brochures)
    func fixtureLayoutValidates(_ name: String) throws {
        let layout = try DocumentLayout.make(try PDFDocument(path: FixtureFiles.pdf(name), password: nil))
        let errors = try BundledSchema.layout.validate(jsonText: try JSONOutput.encode(layout))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }
}
