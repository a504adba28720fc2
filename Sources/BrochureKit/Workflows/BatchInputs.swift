import Foundation

/// Finds the PDFs of an archive and names each one's output, relative to a common root.
///
/// The root is the deepest folder holding every argument (a folder argument counts as
/// itself, a file as its parent), so `batch archive/2023 archive/2024` writes
/// `OUT/2023/…` and `OUT/2024/…` without collisions, and a single folder maps onto OUT.
public enum BatchInputs {
    /// Every input, sorted by relative path; folders are walked for `*.pdf` (any case),
    /// skipping hidden entries and the output folder itself.
    public static func discover(_ arguments: [String], excluding outputFolder: String? = nil) throws(BatchError) -> [BatchItem] {
        let fm = FileManager.default
        var roots: [(path: String, isFolder: Bool)] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isFolder) else { throw .noInput(path: argument) }
            // A symbolic link to the archive (common on shared storage) is walked as the archive.
            roots.append((URL(fileURLWithPath: absolute(argument)).resolvingSymlinksInPath().path, isFolder.boolValue))
        }
        let anchor = commonFolder(roots.map { $0.isFolder ? $0.path : parent($0.path) })
        let excluded = outputFolder.map(absolute)
        var seen = Set<String>()
        var items: [BatchItem] = []
        for root in roots {
            let files = root.isFolder ? walk(root.path, excluding: excluded) : [root.path]
            for file in files where seen.insert(file).inserted {
                let relative = relativePath(of: file, under: anchor)
                items.append(BatchItem(path: file, relativePath: relative, outputPath: BatchItem.outputPath(for: relative)))
            }
        }
        guard !items.isEmpty else { throw .noPDFs(paths: arguments) }
        items.sort { $0.relativePath < $1.relativePath }
        var byOutput: [String: String] = [:]
        for item in items {
            if let other = byOutput.updateValue(item.relativePath, forKey: item.outputPath) {
                throw .sameOutput(first: other, second: item.relativePath, output: item.outputPath)
            }
        }
        return items
    }

    static func walk(_ folder: String, excluding excluded: String?) -> [String] {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        for case let entry as URL in enumerator {
            let values = try? entry.resourceValues(forKeys: Set(keys))
            let path = entry.standardizedFileURL.path
            if values?.isDirectory == true {
                if let excluded, path == excluded { enumerator.skipDescendants() }
                continue
            }
            guard entry.pathExtension.lowercased() == "pdf" else { continue }
            // A linked PDF is converted under the link's name; linked folders are not followed
            // (a link back up the tree would loop).
            if values?.isRegularFile == true
                || (values?.isSymbolicLink == true && (try? entry.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true)
            {
                files.append(path)
            }
        }
        return files
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    static func parent(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
    }

    /// The longest shared leading run of path components.
    static func commonFolder(_ folders: [String]) -> String {
        guard var common = folders.first.map({ $0.split(separator: "/", omittingEmptySubsequences: true) }) else { return "/" }
        for folder in folders.dropFirst() {
            let parts = folder.split(separator: "/", omittingEmptySubsequences: true)
            var n = 0
            while n < min(common.count, parts.count) && common[n] == parts[n] { n += 1 }
            common = Array(common.prefix(n))
        }
        return "/" + common.joined(separator: "/")
    }

    static func relativePath(of file: String, under folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : String(file.drop { $0 == "/" })
    }
}
