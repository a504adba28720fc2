/// Compares two JSON values field by field, the way an analyst reads a row: `total.count`
/// 66 → 70 rather than "the row changed".
///
/// Objects are walked member by member (a member absent on one side counts as `null`, which is
/// how `extract` writes a figure the page does not give); anything else, arrays included, is
/// compared as one value, because a list of phones or lines is read as a whole.
struct FieldComparison {
    /// A field that differs, with its dotted path.
    struct Difference: Equatable {
        var field: String
        var old: JSONValue
        var new: JSONValue
    }

    /// Members never compared, at any depth (`page` unless pages are asked for).
    var ignored: Set<String>

    init(ignored: Set<String>) {
        self.ignored = ignored
    }

    /// The fields of `old` and `new` that differ, in the order of their sorted paths.
    func differences(old: [String: JSONValue], new: [String: JSONValue], ignoring extra: Set<String> = []) -> [Difference] {
        var result: [Difference] = []
        walk(old: .object(old), new: .object(new), path: nil, extra: extra, into: &result)
        return result
    }

    /// The differences as changes of one row (or, with `key` nil, of a section's own fields),
    /// each carrying the pages both sides were found on.
    func changes(
        section: String, key: String?, old: [String: JSONValue], new: [String: JSONValue], oldPage: Int?, newPage: Int?,
        ignoring extra: Set<String> = []
    ) -> [DiffChange] {
        differences(old: old, new: new, ignoring: extra).map {
            DiffChange(
                section: section, key: key, field: $0.field, kind: .changed, old: $0.old, new: $0.new,
                oldPage: oldPage, newPage: newPage)
        }
    }

    private func walk(old: JSONValue, new: JSONValue, path: String?, extra: Set<String>, into result: inout [Difference]) {
        if case .object(let before) = old, case .object(let after) = new {
            let names = Set(before.keys).union(after.keys).subtracting(ignored).subtracting(path == nil ? extra : [])
            for name in names.sorted() {
                let child = path.map { "\($0).\(name)" } ?? name
                walk(old: before[name] ?? .null, new: after[name] ?? .null, path: child, extra: extra, into: &result)
            }
            return
        }
        guard old != new, let path else { return }
        // An object against null (a track's figure the new page does not give) is still one
        // field: report it whole rather than as a null per member.
        result.append(Difference(field: path, old: old, new: new))
    }
}
