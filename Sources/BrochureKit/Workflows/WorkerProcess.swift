import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one worker with its standard output going straight into a file, under a time limit.
///
/// Output goes to a file rather than a pipe so a large document never blocks the worker, and
/// so the batch can rename the finished file into place without copying it.
struct WorkerProcess {
    var command: WorkerCommand
    var timeLimit: Double

    /// Runs `command` on `input`, writing stdout to `outputFile` and stderr to `errorFile`.
    /// `started` receives the pid (so the batch can kill it when stopped).
    ///
    /// Started with `posix_spawn`, not Foundation's `Process`: swift-corelibs-foundation 6.3
    /// never frees a `Process` (about 1.7 KB per worker, found by LeakSanitizer), which over an
    /// archive of 100,000 PDFs is 170 MB held by the batch. The worker inherits only the three
    /// standard descriptors set here: every descriptor the batch opens is close-on-exec.
    func run(input: String, outputFile: String, errorFile: String, started: (Int32) -> Void, isStopping: () -> Bool) throws(BatchError) -> WorkerOutcome {
        let out = open(outputFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        let err = open(errorFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { for fd in [out, err, null] where fd >= 0 { close(fd) } }
        guard out >= 0, err >= 0, null >= 0 else { throw .outputNotUsable(path: outputFile, reason: String(cString: strerror(errno))) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, null, 0)
        posix_spawn_file_actions_adddup2(&actions, out, 1)
        posix_spawn_file_actions_adddup2(&actions, err, 2)
        let arguments = [command.executable] + command.arguments + [input]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command.executable, &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw .workerNotStarted(reason: "\(command.executable): \(String(cString: strerror(spawned)))")
        }
        let child = pid
        started(child)
        // Polled rather than waited for on another thread: a blocking waitpid would need a
        // thread of its own for every worker, and the shared pool can be full of the batch's.
        // The pause grows from 0.5 to 10 ms, a small part of a worker's tens of milliseconds.
        let deadline = DispatchTime.now() + timeLimit
        var raw: Int32 = 0
        var pause: useconds_t = 500
        var timedOut = false
        while true {
            let done = waitpid(child, &raw, WNOHANG)
            if done == child || (done < 0 && errno != EINTR) { break }
            if !timedOut && DispatchTime.now() >= deadline {
                timedOut = true
                kill(child, SIGKILL)
            }
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
        // The low 7 bits are the signal that ended the worker (0 when it exited), the next 8
        // its exit code (WIFSIGNALED, WTERMSIG and WEXITSTATUS, which Swift cannot import).
        let signal = raw & 0x7F
        if isStopping() && signal != 0 { return .interrupted }
        if timedOut { return .timedOut(seconds: timeLimit) }
        if signal != 0 {
            // SIGINT/SIGTERM come from outside (a ^C reaches the whole process group): the batch is stopping.
            return signal == SIGINT || signal == SIGTERM ? .interrupted : .crashed(signal: signal)
        }
        return .exited(code: (raw >> 8) & 0xFF, message: Self.lastMessage(errorFile, input: input))
    }

    /// The worker's own one-line error, without the `brochure: ` prefix; poppler's chatter before it is dropped.
    static func lastMessage(_ path: String, input: String) -> String? {
        guard let data = FileContents.read(path), !data.isEmpty else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let line = lines.last { $0.hasPrefix("brochure: ") } ?? lines.last { !$0.isEmpty }
        guard let line else { return nil }
        var message = line.hasPrefix("brochure: ") ? String(line.dropFirst("brochure: ".count)) : line
        // The manifest names the input already.
        if message.hasPrefix(input + ": ") { message.removeFirst(input.count + 2) }
        return String(message.prefix(500))
    }
}
