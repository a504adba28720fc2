import Foundation
import Testing

/// `brochure validate` end to end: real `brochure layout` output, tampered copies, broken JSON.
@Suite("brochure validate")
struct ValidateCommandTests {
    /// `brochure layout` output of the two-page fixture, made once.
    static let layoutJSON: String = {
        (try? CLIRunner.run(["layout", CLIRunner.fixture("brochures/soumu-2024.pdf")]).stdout) ?? ""
    }()

    static func write(_ text: String, in dir: URL, name: String = "doc.json") throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The layout document with `edit` applied, re-serialised.
    static func tampered(_ edit: (inout [String: Any]) -> Void) throws -> String {
        var object = try JSONSerialization.jsonObject(with: Data(layoutJSON.utf8)) as! [String: Any]
        edit(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func layoutOutputIsValid() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(!Self.layoutJSON.isEmpty)
        let result = try CLIRunner.run(["validate", try Self.write(Self.layoutJSON, in: dir)])
        #expect(result.status == 0)
        #expect(result.stdout == "valid\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func layoutOutputIsValidFromStdinWithNamedSchema() throws {
        let result = try CLIRunner.run(["validate", "--schema", "layout", "-"], stdin: Data(Self.layoutJSON.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "valid\n")
    }

    @Test func tamperedDocumentGivesPointers() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try Self.tampered { doc in
            var pages = doc["pages"] as! [[String: Any]]
            var blocks = pages[0]["blocks"] as! [[String: Any]]
            blocks[0]["kind"] = "banner"
            var lines = blocks[1]["lines"] as! [[String: Any]]
            lines[0].removeValue(forKey: "fontSize")
            blocks[1]["lines"] = lines
            pages[0]["blocks"] = blocks
            pages[1]["a/b~c"] = true
            doc["pages"] = pages
        }
        let result = try CLIRunner.run(["validate", try Self.write(text, in: dir)])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix("/pages/0/blocks/0/kind: \"banner\" is not one of the allowed values") })
        #expect(lines.contains("/pages/0/blocks/1/lines/0: missing required property \"fontSize\""))
        #expect(lines.contains { $0.hasPrefix("/pages/1/a~1b~0c: property \"a/b~c\" is not allowed here") })
    }

    @Test func tableBlockWithoutTable() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var where_ = ""
        let text = try Self.tampered { doc in
            var pages = doc["pages"] as! [[String: Any]]
            for p in pages.indices {
                var blocks = pages[p]["blocks"] as! [[String: Any]]
                if let b = blocks.firstIndex(where: { $0["kind"] as? String == "table" }) {
                    blocks[b].removeValue(forKey: "table")
                    pages[p]["blocks"] = blocks
                    where_ = "/pages/\(p)/blocks/\(b)"
                    break
                }
            }
            doc["pages"] = pages
        }
        #expect(!where_.isEmpty, "the fixture has a table")
        let result = try CLIRunner.run(["validate", try Self.write(text, in: dir)])
        #expect(result.status == 1)
        #expect(result.stdout == "\(where_): missing required property \"table\"\n")
    }

    @Test func schemaFileAndRootErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = try Self.write(#"{"type": "array", "uniqueItems": true, "items": {"maximum": 1}}"#, in: dir, name: "s.json")
        let result = try CLIRunner.run(["validate", "--schema", schema, try Self.write("[1, 2, 2]", in: dir)])
        #expect(result.status == 1)
        #expect(result.stdout == "/1: 2 is greater than the maximum 1\n/2: 2 is greater than the maximum 1\n(root): items 1 and 2 are equal (2); every item must be different\n")
    }

    @Test("bad JSON gives exit 11 and one stderr line", arguments: [
        ("{\"pages\": [1,]}", "not valid JSON at line 1, column 14: trailing comma before ']'"),
        ("", "not valid JSON at line 1, column 1: the file is empty"),
    ])
    func badJSON(_ text: String, _ message: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.write(text, in: dir)
        let result = try CLIRunner.run(["validate", path])
        #expect(result.status == 11)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "brochure: \(path): \(message)\n")
    }

    @Test func missingFileGivesExit10() throws {
        let result = try CLIRunner.run(["validate", "/nonexistent/doc.json"])
        #expect(result.status == 10)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "brochure: /nonexistent/doc.json: no such file\n")
    }

    @Test func unusableSchemaGivesExit11() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = try Self.write(#"{"$ref": "https://example.com/remote.json"}"#, in: dir, name: "s.json")
        let result = try CLIRunner.run(["validate", "--schema", schema, try Self.write("{}", in: dir)])
        #expect(result.status == 11)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("brochure: \(schema): not a usable schema: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("A $ref chain deeper than the compiler allows is an unusable schema, not a stack overflow")
    func longReferenceChain() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func chain(_ n: Int) -> String {
            let defs = (0..<n).map { ##""d\##($0)": {"$ref": "#/$defs/d\##($0 + 1)"}"## } + [##""d\##(n)": {"type": "object"}"##]
            return ##"{"$ref": "#/$defs/d0", "$defs": {"## + defs.joined(separator: ",") + "}}"
        }
        let document = try Self.write("{}", in: dir)
        let short = try CLIRunner.run(["validate", "--schema", try Self.write(chain(100), in: dir, name: "short.json"), document])
        #expect(short.status == 0)
        let long = try CLIRunner.run(["validate", "--schema", try Self.write(chain(20_000), in: dir, name: "long.json"), document])
        #expect(long.status == 11)
        #expect(long.stdout.isEmpty)
        #expect(long.stderr.contains("nest more than"))
        #expect(long.stderr.split(separator: "\n").count == 1)
    }

    @Test func unknownDocumentNeedsSchema() throws {
        let result = try CLIRunner.run(["validate", "-"], stdin: Data("{}".utf8))
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("give one with --schema"))
    }
}
