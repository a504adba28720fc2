/// Normalises brochure text so every parser sees one spelling of digits, Latin, dashes and tildes.
///
/// The transformation is one ICU transform (see `rules`): NFKC on everything except the
/// Japanese punctuation we keep (「」『』、。・ー゛゜…‥), then dash variants between digits
/// become `-` and both wave dashes (〜 U+301C, ～ U+FF5E) become `~`. NFKC also turns
/// half-width katakana into full-width (ｶﾞ → ガ), ideographic spaces into spaces and era
/// squares into names (㍻ → 平成).
///
/// `normalize` gives the same result as running the whole transform, but faster: ICU's
/// frozen `USet` spans skip runs that the chain cannot change, the rest goes through a
/// lock-free filtered NFKC, and the two rules are applied to its output in C. No ICU
/// transliterator is opened for it: the first one a process opens builds ICU's whole
/// transliterator registry, which cost a third of a small `extract`. `transliterate` is the
/// slow reference path, opened on first use and kept so tests can prove the two agree.
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

    /// Wave dashes (〜 U+301C, ～ U+FF5E), which become `~`.
    static let waves = #"\u301C\uFF5E"#

    /// The chain. It starts with `Null` because a filter on the first element of a compound
    /// transliterator becomes the filter of the whole chain.
    static let rules = """
        ::Null;
        ::[^\(keptPunctuation)] NFKC;
        $dash = [\(dashes)];
        $digit = [0-9];
        $digit { $dash } $digit > '-';
        [\(waves)] > '~';
        """

    static let nfkcFilter = "[^\(keptPunctuation)]"

    private let icu: ICUTextNormalizer

    /// The reference transliterator, opened on the first `transliterate` (tests only).
    private static let reference: Result<ICUTransliterator, NormalizationError> = {
        do throws(NormalizationError) {
            return .success(try ICUTransliterator(rules: rules))
        } catch {
            return .failure(error)
        }
    }()

    init() throws(NormalizationError) {
        icu = try ICUTextNormalizer(nfkcFilter: Self.nfkcFilter, dashes: "[\(Self.dashes)]", waves: "[\(Self.waves)]")
    }

    /// Normalises `text` (fast path); safe to call from any number of tasks at once.
    public func normalize(_ text: String) throws(NormalizationError) -> String {
        try NormalizationClock.timing { () throws(NormalizationError) in try icu.normalize(text) }
    }

    /// Normalises `text` by running the whole ICU transform over it (reference path).
    public func transliterate(_ text: String) throws(NormalizationError) -> String {
        try Self.reference.get().transliterate(text)
    }
}
