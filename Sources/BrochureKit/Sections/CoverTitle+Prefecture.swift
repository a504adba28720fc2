/// A municipality's name printed with its prefecture before it: `滋賀県東近江市`.
extension CoverTitle {
    /// The prefectures' names, the 47 of them (`PrefectureDomain`).
    static let prefectures = Set(PrefectureDomain.names.values)

    /// `name` without the prefecture opening it when the rest is a city's, a town's or a
    /// village's name (after its district, `中川郡`, dropped too): the publisher is the
    /// municipality, and the prefecture is only where it lies. A prefecture's own body
    /// (`滋賀県警察`, `滋賀県企業庁`) keeps its name.
    static func withoutPrefecture(_ name: String) -> String {
        guard let prefecture = prefectures.first(where: { name.hasPrefix($0) }) else { return name }
        var rest = Substring(name.dropFirst(prefecture.count))
        if let district = rest.firstIndex(of: "郡"), rest.distance(from: rest.startIndex, to: district) >= 1 {
            let after = rest[rest.index(after: district)...]
            if after.count >= 2 { rest = after }
        }
        guard rest.count >= 2, ["市", "町", "村"].contains(where: { rest.hasSuffix($0) }), CoverTitle.name(String(rest)) != nil else { return name }
        return String(rest)
    }
}
