import Testing
@testable import BrochureKit

@Suite("Japanese text normaliser")
struct JapaneseTextNormalizerTests {
    static let cases: [(String, String)] = [
        // Full-width digits, Latin and brackets
        ("５名", "5名"), ("3名", "3名"), ("10階", "10階"), ("７階", "7階"), ("２号館", "2号館"),
        ("０１２３４５６７８９", "0123456789"), ("ＡＢＣ", "ABC"), ("ａｂｃ", "abc"), ("Ｒ２", "R2"),
        ("55（20）", "55(20)"), ("５５（２０）", "55(20)"), ("［注］", "[注]"), ("｛a｝", "{a}"),
        ("ｅ－ｍａｉｌ", "e-mail"), ("ＴＥＬ", "TEL"), ("setsumeikai＠soumu.go.jp", "setsumeikai@soumu.go.jp"),
        ("１，０００人", "1,000人"), ("３．５％", "3.5%"), ("Ａ２出口", "A2出口"), ("A２出口", "A2出口"),
        // Half-width katakana to full-width, voiced marks composed
        ("ｶﾀｶﾅ", "カタカナ"), ("ｶﾞｲﾄﾞ", "ガイド"), ("ﾊﾟﾝﾌﾚｯﾄ", "パンフレット"), ("ｲﾝﾀｰﾝｼｯﾌﾟ", "インターンシップ"),
        ("ｷｬﾘｱ", "キャリア"), ("ｳﾞ", "ヴ"), ("ｰ", "ー"),
        // Japanese punctuation kept (half-width forms become the full-width ones)
        ("「霞が関」", "「霞が関」"), ("『霞ヶ関』", "『霞ヶ関』"), ("、。・", "、。・"), ("｢霞が関｣", "「霞が関」"),
        ("､｡･", "、。・"), ("ワークライフバランス", "ワークライフバランス"), ("マネジメント…", "マネジメント…"),
        ("か゛", "か゛"), ("‥", "‥"),
        // Dashes between digits become '-', elsewhere they stay
        ("03－5253－5069", "03-5253-5069"), ("03‐5253‐5069", "03-5253-5069"), ("03‑5253‑5069", "03-5253-5069"),
        ("03‒5253‒5069", "03-5253-5069"), ("03–5253–5069", "03-5253-5069"), ("03—5253—5069", "03-5253-5069"),
        ("03―5253―5069", "03-5253-5069"), ("03−5253−5069", "03-5253-5069"), ("０３－５２５３－５０６９", "03-5253-5069"),
        ("3−5−7", "3-5-7"), ("１−2−３", "1-2-3"), ("２-１-２", "2-1-2"), ("霞が関２−１−２", "霞が関2-1-2"),
        ("Work‒life balance", "Work‒life balance"), ("A—B", "A—B"), ("―", "―"), ("—", "—"), ("1—", "1—"),
        ("—1", "—1"), ("総務省—霞が関", "総務省—霞が関"),
        // The prolonged sound mark stays, even between digits (the phone parser reads it)
        ("03ー5253ー5069", "03ー5253ー5069"), ("ワーク", "ワーク"),
        // Tildes
        ("約１～２年", "約1~2年"), ("約1〜2年", "約1~2年"), ("半年～１年程度", "半年~1年程度"), ("〜", "~"), ("～", "~"),
        ("10:00〜17:00", "10:00~17:00"),
        // Era squares and spaces
        ("㍻31年", "平成31年"), ("㋿6年", "令和6年"), ("㍼64年", "昭和64年"), ("㍽", "大正"), ("㍾", "明治"),
        ("総合職事務系　大臣官房", "総合職事務系 大臣官房"), ("", ""), ("令和6年3月現在", "令和6年3月現在"),
        ("漢字とひらがなだけ", "漢字とひらがなだけ"), ("①", "1"), ("㈱", "(株)"),
    ]

    @Test("normalize", arguments: cases)
    func normalize(_ input: String, _ expected: String) throws {
        #expect(try JapaneseTextNormalizer.shared.normalize(input) == expected)
    }

    @Test("the whole ICU transform agrees", arguments: cases)
    func transliterate(_ input: String, _ expected: String) throws {
        #expect(try JapaneseTextNormalizer.shared.transliterate(input) == expected)
    }

    static let mixedInputs: [String] = [
        "【TEL】０３－５２５３－５０６９（直通）　03−5253−5072（直通）", "ｶﾞｲﾄﾞ１～２年〜3年㍻31年",
        "3−5−7−9", "5−３−７", "a\u{301}ｶ\u{3099}５－６", "①②③ ｱｲｳ 一二三", String(repeating: "５５（２０）Ｒ２　", count: 200),
        "x－", "－x", "１－", "－１", "1〜", "〜1", "ｶﾞ", "カ\u{3099}", "e\u{301}", "\u{301}", "😀５😀－😀",
        // NFKC makes a dash of these (U+2212): the rules must see NFKC's output, as the chain does
        "1⁻2", "３₋４", "1﹘2﹣3︱4︲5", "⁻1⁻", "1⁻⁻2",
        // Texts the chain leaves as they are (given back whole, without the copy), and ones whose
        // only change is at the very end or start.
        "採用実績 2024年度 55(20)名", "abc", "令和6年3月現在。", "採用実績５", "５採用実績", "採用実績ｶ",
    ]

    @Test("fast path equals the reference transform", arguments: mixedInputs)
    func fastPathMatchesReference(_ input: String) throws {
        let n = JapaneseTextNormalizer.shared
        #expect(try n.normalize(input) == n.transliterate(input))
    }

    @Test func normalisingTwiceChangesNothing() throws {
        let n = JapaneseTextNormalizer.shared
        for (input, _) in Self.cases {
            let once = try n.normalize(input)
            #expect(try n.normalize(once) == once)
        }
    }

    @Test func manyTasksAtOnceGetTheSameResult() async throws {
        let input = Self.mixedInputs.joined(separator: "\n")
        let expected = try JapaneseTextNormalizer.shared.normalize(input)
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { try JapaneseTextNormalizer.shared.normalize(input) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func icuVersionIsKnown() {
        #expect(ICU.version.split(separator: ".").first.flatMap { Int($0) }.map { $0 >= 60 } == true)
    }
}
