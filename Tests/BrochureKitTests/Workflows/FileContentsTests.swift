import Foundation
import Testing

@testable import BrochureKit

/// `FileContents.read` answers like `FileManager.contents(atPath:)`, empty files included.
@Suite("File contents")
struct FileContentsTests {
    @Test func emptyMissingAndFull() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("file-contents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty").path
        let full = dir.appendingPathComponent("full").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(FileManager.default.createFile(atPath: full, contents: Data("line\n".utf8)))
        #expect(FileContents.read(empty) == Data())
        #expect(FileContents.read(full) == Data("line\n".utf8))
        #expect(FileContents.read(dir.appendingPathComponent("missing").path) == nil)
    }
}
