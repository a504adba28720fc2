/// A body's name set large under its parent body's name in small type.
///
/// An institute of a university-type corporation (`国立天文台` under `大学共同利用機関法人
/// 自然科学研究機構`) prints the corporation small over its own name, as an agency prints its
/// legal form (`国立研究開発法人`) over its name: the larger name publishes the brochure, the
/// smaller one only says whose it is. Such a name may end in words no ministry's or
/// agency's does (`天文台`, a `…所`, `アーカイブ`), which would be no name on their own: the cover's title
/// vouches for it only under a line that names a parent body, and only when the title is the
/// name and the document's title (`国立天文台 職員採用案内`).
extension CoverTitle {
    /// The legal forms a parent body's name is printed under: an agency's, and a
    /// university-type corporation's (`大学共同利用機関法人`).
    static let parentForms: Set<String> = legalForms.union(["大学共同利用機関法人"])

    /// The name opening `title`, the cover's largest line, when it runs on into the
    /// document's title (`国立天文台 職員採用案内`) and the line nearest above it, set smaller
    /// and sharing some of its width, names a parent body (a name, or a legal form and a name).
    static func nameUnderParent(_ title: TextLine, among lines: [TextLine]) -> String? {
        let text = withoutEditionYear(Normalized.compact(title.text))
        guard let document = documentTitles.first(where: { text.hasSuffix($0) }) else { return nil }
        let opening = String(text.dropLast(document.count))
        // (Whatever it ends in, `国立映画アーカイブ`: the parent's line above vouches for it. But
        // a body's name never ends in `職`: `総合職採用案内` under `デジタル庁` names the post.)
        guard (3...16).contains(opening.unicodeScalars.count), !opening.hasSuffix("職"), isCoverName(Array(opening.unicodeScalars)) else { return nil }
        let above = lines.filter {
            $0.orientation == .horizontal && $0.box.y1 <= title.box.y0 + 1 && title.box.y0 - $0.box.y1 <= title.box.height
                && min($0.box.x1, title.box.x1) > max($0.box.x0, title.box.x0) && stature($0) < stature(title)
        }
        guard let parent = above.max(by: { $0.box.y1 < $1.box.y1 }), isParentBody(Normalized.compact(parent.text)) else { return nil }
        return opening
    }

    /// Whether `text` names a body: a name, or one after a legal form (`大学共同利用機関法人自然科学研究機構`).
    static func isParentBody(_ text: String) -> Bool {
        if name(text) != nil { return true }
        return parentForms.contains { text.hasPrefix($0) && name(String(text.dropFirst($0.count))) != nil }
    }
}
