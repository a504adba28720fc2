import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `brochure normalize` end to end: the bytes a user pipes in, the bytes and exit code they get.
@Suite("brochure normalize")
struct NormalizeCommandTests {
    static let input = "総合職事務系　大臣官房秘書課（中央合同庁舎２号館７階）\n【TEL】03－5253－5069（直通）　03ー5253ー5072（直通）\nｲﾝﾀｰﾝｼｯﾌﾟ：約１～２年、半年〜１年程度\n㋿6年3月現在　Work‒life balance\n"
    static let expected = "総合職事務系 大臣官房秘書課(中央合同庁舎2号館7階)\n【TEL】03-5253-5069(直通) 03ー5253ー5072(直通)\nインターンシップ:約1~2年、半年~1年程度\n令和6年3月現在 Work‒life balance\n"

    @Test("stdin is normalised to stdout", arguments: [[], ["-"]])
    func standardInput(_ extra: [String]) throws {
        let result = try CLIRunner.run(["normalize"] + extra, stdin: Data(Self.input.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == Self.expected)
    }

    @Test func fileIsNormalisedToStdout() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("in.txt")
        try Data(Self.input.utf8).write(to: file)
        let result = try CLIRunner.run(["normalize", file.path])
        #expect(result.status == 0)
        #expect(result.stdout == Self.expected)
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let result = try CLIRunner.run(["normalize"], stdin: Data())
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test func missingFileIsExit10WithOneLine() throws {
        let path = "/nonexistent-\(UUID().uuidString)/brochure.txt"
        let result = try CLIRunner.run(["normalize", path])
        #expect(result.status == 10)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "brochure: \(path): no such file\n")
    }

    @Test func directoryIsExit10() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["normalize", dir.path])
        #expect(result.status == 10)
        #expect(result.stderr == "brochure: \(dir.path): cannot be read (it is a directory)\n")
    }

    /// Invalid UTF-8 used to be replaced with U+FFFD without a word; now it is refused.
    @Test func invalidUTF8IsExit11() throws {
        let result = try CLIRunner.run(["normalize"], stdin: Data([0xE3, 0x81, 0x82, 0x41, 0xFF, 0x42]))
        #expect(result.status == 11)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "brochure: -: not UTF-8 text (invalid byte at offset 4)\n")
    }

    @Test("-o writes the file, replacing an old one, and nothing on stdout", arguments: ["-o", "--output"])
    func outputFile(_ option: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.txt")
        try Data(String(repeating: "old contents that are longer than the new ones\n", count: 100).utf8).write(to: out)
        let result = try CLIRunner.run(["normalize", option, out.path], stdin: Data(Self.input.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        #expect(String(decoding: try Data(contentsOf: out), as: UTF8.self) == Self.expected)
        // Atomic: written beside and renamed, so no temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
    }

    /// `-o` on a pipe or device must write into it, not rename a regular file over it: the
    /// benchmark runs `-o /dev/null`, which the atomic write replaced with a file when run as root.
    @Test func outputToAFIFOWritesThroughIt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        // Opened for reading first (non-blocking), so the command's open for writing succeeds at once.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let result = try CLIRunner.run(["normalize", "-o", fifo], stdin: Data(Self.input.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == Self.expected)
        var status = stat()
        #expect(stat(fifo, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
    }

    /// A symbolic link keeps pointing at the file, which gets the new contents.
    @Test func outputThroughASymbolicLinkKeepsTheLink() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target.txt")
        let link = dir.appendingPathComponent("link.txt")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try CLIRunner.run(["normalize", "-o", link.path], stdin: Data(Self.input.utf8))
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self) == Self.expected)
    }

    @Test func unwritableOutputIsExit10AndLeavesNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("no-such-dir/out.txt")
        let result = try CLIRunner.run(["normalize", "-o", out.path], stdin: Data(Self.input.utf8))
        #expect(result.status == 10)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("brochure: \(out.path): cannot be written ("))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func timingGoesToStderrOnly() throws {
        let result = try CLIRunner.run(["normalize", "--timing"], stdin: Data(Self.input.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == Self.expected)
        #expect(result.stderr.hasPrefix("swift-icu "))
        #expect(result.stderr.hasSuffix(" MB/s\n"))
    }

    @Test func largeInputRoundTrips() throws {
        let line = "５５（２０）ｶﾞｲﾄﾞ 03－5253－5069 約１～２年\n"
        let result = try CLIRunner.run(["normalize"], stdin: Data(String(repeating: line, count: 20_000).utf8))
        #expect(result.status == 0)
        #expect(result.stdout == String(repeating: "55(20)ガイド 03-5253-5069 約1~2年\n", count: 20_000))
    }

    @Test func unknownOptionIsUsageError() throws {
        let result = try CLIRunner.run(["normalize", "--no-such-option"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}
