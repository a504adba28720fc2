import ArgumentParser
import Foundation

/// Writes a command's whole output to `path`, or exits 10 with one line on stderr.
///
/// A regular file is replaced atomically (a temporary file renamed over it, so a reader
/// never sees half a file); through a symbolic link its target is replaced. A device or pipe
/// (`-o /dev/null`, a FIFO) is written to directly: renaming over it would replace
/// `/dev/null` itself with a regular file when run as root.
func writeOutputFile(_ data: Data, to path: String) throws {
    Watchdog.disarm()
    do {
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        } else {
            try data.write(to: URL(fileURLWithPath: path).resolvingSymlinksInPath(), options: .atomic)
        }
    } catch {
        printError("\(path): cannot be written (\(error.localizedDescription))")
        throw ExitCode(10)
    }
}
