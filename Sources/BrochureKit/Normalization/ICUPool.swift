import Foundation

/// A small lock-protected pool of ICU objects that must not be used by two threads at once.
///
/// ICU's `UDateFormat` and `UNumberFormat` (RBNF) mutate internal state while parsing, so
/// one shared instance would race. Opening per call costs tens of microseconds (locale
/// data lookup), so instead each concurrent caller borrows a clone of one prototype and
/// returns it: at most as many clones exist as tasks ever ran at once, each opened once
/// and reused. The lock guards only the free list, never a parse.
final class ICUPool<Resource: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Resource]
    private let prototype: Resource
    private let makeClone: (Resource) throws(NormalizationError) -> Resource
    /// Upper bound on idle clones kept, so a burst of tasks does not pin memory forever.
    private let maximumIdle: Int

    init(prototype: Resource, maximumIdle: Int = 32,
         clone: @escaping (Resource) throws(NormalizationError) -> Resource) {
        self.prototype = prototype
        self.idle = []
        self.makeClone = clone
        self.maximumIdle = maximumIdle
    }

    /// Runs `body` with a resource no other thread is using.
    func withResource<T>(_ body: (Resource) throws(NormalizationError) -> T) throws(NormalizationError) -> T {
        let resource = try borrow()
        defer { giveBack(resource) }
        return try body(resource)
    }

    private func borrow() throws(NormalizationError) -> Resource {
        lock.lock()
        if let resource = idle.popLast() {
            lock.unlock()
            return resource
        }
        // Cloning reads the prototype; keep it under the lock so two clones never overlap.
        defer { lock.unlock() }
        return try makeClone(prototype)
    }

    private func giveBack(_ resource: Resource) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < maximumIdle { idle.append(resource) }
    }
}
