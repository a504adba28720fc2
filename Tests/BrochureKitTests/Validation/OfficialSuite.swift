import BrochureKit
import Foundation
import Testing

/// The official JSON-Schema-Test-Suite (draft 2020-12), read from
/// `../shared/jsonschema-test-suite/tests/draft2020-12/` beside the package. It is not copied
/// into this repository; when the folder is absent the suite tests are skipped and say so.
enum OfficialSuite {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let folder = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/jsonschema-test-suite/tests/draft2020-12")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("type.json").path) }

    static let absentMessage: Comment = "official JSON Schema test suite not found at ../shared/jsonschema-test-suite/tests/draft2020-12/ (relative to the package); suite cases skipped"

    /// The files of the keywords the validator must support, each run in full.
    static let requiredFiles = [
        "type", "properties", "required", "additionalProperties", "patternProperties", "items", "prefixItems",
        "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
        "pattern", "minItems", "maxItems", "uniqueItems", "ref", "defs", "allOf", "anyOf", "oneOf", "not",
        "if-then-else", "boolean_schema", "format",
    ]

    /// One test of the suite: a schema, an instance, and whether the instance is valid.
    struct Case: Sendable, CustomStringConvertible {
        let file: String
        let group: String
        let test: String
        let schema: JSONValue
        let data: JSONValue
        let valid: Bool

        var description: String { "\(file): \(group): \(test)" }
    }

    /// A case the validator does not run, and why. Only cases that need what is out of scope
    /// (fetching remote schemas, unevaluatedProperties) are listed.
    struct Skip: Sendable, CustomStringConvertible {
        let file: String
        let group: String
        let test: String
        let reason: String

        var description: String { "\(file): \(group): \(test) — \(reason)" }
    }

    static let metaschema = "needs the draft 2020-12 metaschema (a remote $ref to https://json-schema.org/draft/2020-12/schema, and $dynamicRef inside it)"
    static let unevaluated = "uses unevaluatedProperties, which is out of scope (the validator refuses such schemas rather than ignore the keyword)"

    static let skipped: [Skip] = [
        Skip(file: "defs", group: "validate definition against metaschema", test: "valid definition schema", reason: metaschema),
        Skip(file: "defs", group: "validate definition against metaschema", test: "invalid definition schema", reason: metaschema),
        Skip(file: "ref", group: "remote ref, containing refs itself", test: "remote ref valid", reason: metaschema),
        Skip(file: "ref", group: "remote ref, containing refs itself", test: "remote ref invalid", reason: metaschema),
        Skip(file: "ref", group: "ref creates new scope when adjacent to keywords", test: "referenced subschema doesn't see annotations from properties", reason: unevaluated),
        Skip(file: "not", group: "collect annotations inside a 'not', even if collection is disabled", test: "unevaluated property", reason: unevaluated),
        Skip(file: "not", group: "collect annotations inside a 'not', even if collection is disabled", test: "annotations are still collected inside a 'not'", reason: unevaluated),
    ]

    static func isSkipped(_ c: Case) -> Bool {
        skipped.contains { $0.file == c.file && $0.group == c.group && $0.test == c.test }
    }

    /// Every case of the required files (empty when the suite is absent).
    static let allCases: [Case] = {
        guard isAvailable else { return [] }
        return requiredFiles.flatMap { file -> [Case] in
            let url = folder.appendingPathComponent(file + ".json")
            guard let data = try? Data(contentsOf: url), case .array(let groups)? = try? JSONParser.parse(data) else {
                return [Case(file: file, group: "(file missing or unreadable)", test: url.path, schema: .bool(false), data: .null, valid: true)]
            }
            return groups.flatMap { group -> [Case] in
                let tests = group["tests"]?.arrayValue ?? []
                return tests.map { test in
                    Case(file: file, group: group["description"]?.stringValue ?? "?", test: test["description"]?.stringValue ?? "?",
                         schema: group["schema"] ?? .null, data: test["data"] ?? .null, valid: test["valid"] == .bool(true))
                }
            }
        }
    }()

    static var casesToRun: [Case] { allCases.filter { !isSkipped($0) } }
}
