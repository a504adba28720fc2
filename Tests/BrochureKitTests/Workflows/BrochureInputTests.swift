import Foundation
import Testing
@testable import BrochureKit

/// How `brochure diff` tells a PDF from JSON, and what it does with JSON that is not a brochure.
@Suite("Reading a brochure given as PDF or JSON")
struct BrochureInputTests {
    static let sniffs: [(String, Bool)] = [
        ("%PDF-1.7\n", true), ("junk before %PDF-1.4", true), ("{\"file\": \"%PDF-1.7\"}", false),
        ("  \n[1, 2]", false), ("%PD", false), ("PDF-1.7", false),
        (String(repeating: " ", count: 1030) + "%PDF-1.7", false),  // beyond the first KiB, as poppler
    ]

    @Test("PDF or JSON is told from the content", arguments: sniffs)
    func sniff(_ text: String, _ isPDF: Bool) {
        #expect(BrochureInput.isPDF(Array(text.utf8)) == isPDF)
    }

    @Test("A document written by extract reads back as the same document")
    func roundTrip() throws {
        let document = DiffSamples.document(sections: DiffSamples.full())
        let text = try JSONOutput.encode(document)
        #expect(try BrochureInput.decode(Array(text.utf8), path: "x.json") == document)
    }

    static let refused: [(String, DiffError)] = [
        (#"{"a": 1}"#, .notABrochure(path: "x.json", reason: #"(root): missing required property "schemaVersion" (and 6 more)"#)),
        ("[1, 2", .notJSON(path: "x.json", reason: "not valid JSON at line 1, column 6: the text ends inside an array")),
        ("GIF89a", .notJSON(path: "x.json", reason: "it looks like a GIF image")),
    ]

    @Test("JSON that is not a brochure, and text that is not JSON, are refused with the reason", arguments: refused)
    func refusedInput(_ text: String, _ error: DiffError) {
        #expect(throws: error) { try BrochureInput.decode(Array(text.utf8), path: "x.json") }
        #expect(error.exitCode == (text.hasPrefix("{") ? 18 : 11))
    }

    @Test("A brochure document with a field of the wrong type names the field")
    func wrongType() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(try JSONOutput.encode(DiffSamples.document(sections: DiffSamples.full())).utf8)) as? [String: Any])
        object["organization"] = 3
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try BrochureInput.decode(Array(data), path: "x.json")
            Issue.record("decoded a document whose organization is a number")
        } catch {
            guard case .notABrochure(_, let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.hasPrefix("/organization:"))
        }
    }
}
