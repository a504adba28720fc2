extension BulletedAssignments {
    /// `12名（事務4・技術8）` → (4, 8); `6名（事務6）` → (6, 0): a unit's total first, then its
    /// split per track in brackets, each track word straight before its count with no 名, a
    /// track with no one left out. Read as `2名（事務系）` is, the bracket would be taken for
    /// one track's name and the whole total given to it; so the split is read instead, and
    /// only when it adds up to the total printed before it.
    static func totalWithSplit(_ compact: String) -> (administrative: Int, technical: Int)? {
        var scanner = TextScanner(compact[...])
        guard let total = scanner.digits(1, 4), scanner.take(where: { $0 == "名" || $0 == "人" }), scanner.take("("),
            let inner = scanner.run(where: { $0 != "(" && $0 != ")" }), scanner.take(")"), scanner.isAtEnd,
            let sum = Int(compact[total]), let split = labelCounts(String(compact[inner])),
            split.administrative + split.technical == sum
        else { return nil }
        return split
    }
}
