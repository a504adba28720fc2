import Foundation
import Testing

@testable import BrochureKit

/// `source.sha256` ties an extraction to its file: the digest must be the standard one, in
/// memory and read from a file in pieces.
@Suite("Checksum")
struct ChecksumTests {
    /// FIPS 180-2 test vectors.
    static let vectors: [(text: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    @Test func knownVectorsInMemory() {
        for (text, digest) in Self.vectors {
            #expect(Array(text.utf8).withUnsafeBytes(Checksum.sha256) == digest, "\(text.prefix(10))")
        }
    }

    @Test func fileReadInPiecesMatchesTheVectors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("checksum-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, (text, digest)) in Self.vectors.enumerated() {
            let file = folder.appendingPathComponent("\(index)")
            try Data(text.utf8).write(to: file)
            #expect(Checksum.sha256(file: file.path) == digest)
        }
    }

    /// Larger than the 1 MiB read buffer and not a multiple of it, against coreutils.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
    func fileLargerThanTheBufferMatchesSha256sum() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("checksum-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        let bytes = (0..<(3 * 1_048_576 + 17)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(output.prefix(64))
        #expect(expected.count == 64)
        #expect(Checksum.sha256(file: file.path) == expected)
        #expect(bytes.withUnsafeBytes(Checksum.sha256) == expected)
    }

    @Test func unreadableFileGivesNil() {
        #expect(Checksum.sha256(file: "/nonexistent/\(UUID().uuidString)") == nil)
    }
}
