/// One input of a batch: where it is, and where its JSON goes.
public struct BatchItem: Sendable, Hashable, Codable {
    /// The path to open, as found.
    public var path: String
    /// Relative to the archive's root: the key of the manifest and of `--shard`.
    public var relativePath: String
    /// Relative to the output folder.
    public var outputPath: String

    public init(path: String, relativePath: String, outputPath: String) {
        self.path = path
        self.relativePath = relativePath
        self.outputPath = outputPath
    }

    /// `a/b.pdf` → `a/b.json`; a name without `.pdf` keeps it whole: `scan.bin` → `scan.bin.json`.
    static func outputPath(for relativePath: String) -> String {
        if relativePath.lowercased().hasSuffix(".pdf") { return String(relativePath.dropLast(4)) + ".json" }
        return relativePath + ".json"
    }
}
