import Foundation

/// A whole small file's bytes, as `FileManager.contents(atPath:)` gives them, without its leak.
///
/// swift-foundation 6.3 on Linux leaks the 4 KiB buffer it allocates to read a file whose size
/// is 0 (found by `make sanitize`; ten reads of an empty file leak 40 KiB under
/// LeakSanitizer). A batch reads each worker's stderr file, empty whenever the PDF converted,
/// so a million-file archive would have cost the batch process 4 GB. An empty file is answered
/// here without asking Foundation.
enum FileContents {
    /// The bytes of `path`; nil when it cannot be read.
    static func read(_ path: String) -> Data? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        if (status.st_mode & S_IFMT) == S_IFREG && status.st_size == 0 { return Data() }
        return FileManager.default.contents(atPath: path)
    }
}
