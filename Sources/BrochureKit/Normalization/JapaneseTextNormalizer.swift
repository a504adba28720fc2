/// Normalises brochure text so every parser sees one spelling of digits, Latin, dashes and tildes.
///
/// The transformation is one ICU transform (see `rules`): NFKC on everything except the
/// Japanese punctuation we keep (「」『』、。・ー゛゜…‥), then dash variants between digits
/// become `-` and both wave dashes (〜 U+301C, ～ U+FF5E) become `~`. NFKC also turns
/// half-width katakana into full-width (ｶﾞ → ガ), ideographic spaces into spaces and era
/// squares into names (㍻ → 平成).
///
/// `normalize` gives the same result as running the whole transform, but faster: ICU's
/// frozen `USet` spans skip runs that the chain cannot change, and only segments with a
/// dash or tilde go through the (globally locked) rule-based transliterator; the rest go
/// through a lock-free filtered NFKC. `transliterate` is the slow reference path, kept so
/// tests can prove the two agree.
public struct JapaneseTextNormalizer: Sendable {
    /// The process-wide instance; ICU objects are opened once, on first use.
    public static let shared: JapaneseTextNormalizer = {
        do {
            return try JapaneseTextNormalizer()
        } catch {
            fatalError("BrochureKit: \(error.localizedDescription)")
        }
    }()

    /// Characters NFKC would change but brochures mean literally; ゛゜ would become a space
    /// plus a combining mark and … would become three dots.
    static let keptPunctuation = "「」『』、。・ー゛゜…‥"

    /// Dashes that mean a hyphen between digits (phone numbers, addresses, ranges).
    static let dashes = #"\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D\uFE58\uFE63\uFE31\uFE32"#

    /// The chain. It starts with `Null` because a filter on the first element of a compound
    /// transliterator becomes the filter of the whole chain.
    static let rules = """
        ::Null;
        ::[^\(keptPunctuation)] NFKC;
        $dash = [\(dashes)];
        $digit = [0-9];
        $digit { $dash } $digit > '-';
        [\\u301C\\uFF5E] > '~';
        """

    static let nfkcFilter = "[^\(keptPunctuation)]"
    static let ruleTriggers = "[\(dashes)\\u301C\\uFF5E]"

    private let icu: ICUTextNormalizer

    init() throws(NormalizationError) {
        icu = try ICUTextNormalizer(rules: Self.rules, nfkcFilter: Self.nfkcFilter, ruleTriggers: Self.ruleTriggers)
    }

    /// Normalises `text` (fast path); safe to call from any number of tasks at once.
    public func normalize(_ text: String) throws(NormalizationError) -> String {
        try icu.normalize(text)
    }

    /// Normalises `text` by running the whole ICU transform over it (reference path).
    public func transliterate(_ text: String) throws(NormalizationError) -> String {
        try icu.transliterate(text)
    }
}
