import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only record of a batch (`OUTDIR/manifest.jsonl`), which makes reruns resume.
///
/// One JSON object per line, appended with a single `write` after the output file has been
/// renamed into place: a batch killed at any moment leaves at worst a torn last line (skipped
/// on reading) or an output without its line (converted again on the next run).
public final class BatchManifest: @unchecked Sendable {
    public static let fileName = "manifest.jsonl"

    public let path: String
    /// The newest record of each input, as the manifest held it when opened.
    public let previous: [String: BatchRecord]
    private let descriptor: Int32
    private let lock = NSLock()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Opens `folder/name` for appending; `previous` holds every manifest of the folder
    /// (`manifest*.jsonl`), so a whole run skips what its shards already converted.
    public init(folder: String, name: String = BatchManifest.fileName) throws(BatchError) {
        path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        previous = Self.readAll(folder: folder)
        descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .manifestNotWritable(path: path, reason: String(cString: strerror(errno))) }
        // A line torn by a kill must not swallow the next record.
        if let data = FileContents.read(path), let last = data.last, last != UInt8(ascii: "\n") {
            DescriptorWriter.writeAll("\n", to: descriptor)
        }
    }

    deinit { close(descriptor) }

    /// Appends one record; the line reaches the file in one `write`.
    public func append(_ record: BatchRecord) throws(BatchError) {
        guard var line = try? encoder.encode(record) else { return }
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        if let failure = line.withUnsafeBytes({ DescriptorWriter.writeAll($0, to: descriptor) }) {
            throw .manifestNotWritable(path: path, reason: failure)
        }
    }

    static func readAll(folder: String) -> [String: BatchRecord] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("manifest") && $0.hasSuffix(".jsonl") }.sorted()
        var records: [String: BatchRecord] = [:]
        for name in names {
            for (input, record) in read(URL(fileURLWithPath: folder).appendingPathComponent(name).path) {
                if let known = records[input], known.finishedAt > record.finishedAt { continue }
                records[input] = record
            }
        }
        return records
    }

    /// Later lines win; lines that do not decode (a torn last line) are skipped.
    static func read(_ path: String) -> [String: BatchRecord] {
        guard let data = FileContents.read(path) else { return [:] }
        let decoder = JSONDecoder()
        var records: [String: BatchRecord] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let record = try? decoder.decode(BatchRecord.self, from: Data(line)) { records[record.input] = record }
        }
        return records
    }
}
