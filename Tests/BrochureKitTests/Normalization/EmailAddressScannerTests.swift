import Testing
@testable import BrochureKit

/// `EmailAddress`'s backtracking scanner against the regular expression it replaced.
@Suite("E-mail scanner matches the old regex")
struct EmailAddressScannerTests {
    nonisolated(unsafe) static let oracle = #/(?<local>[A-Za-z0-9](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_])?)\s*(?:@|\(at\)|\[at\]|\(@\)|\[@\])\s*(?<domain>[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,})/#

    static let tricky = [
        "a@b.jp", "setsumeikai@soumu.go.jp", "recruit_tech@ml.soumu.go.jp", "recruit(at)soumu.go.jp", "recruit[at]soumu.go.jp",
        "recruit(@)soumu.go.jp", "recruit [@] soumu.go.jp", "a @ b.jp", "a.@b.jp", "a_@b.jp", "a-@b.jp", ".a@b.jp", "a..b@c.jp",
        "a@b", "a@b.j", "a@b.jp1", "a@b.c-d.jp", "a@b-.jp", "a@-b.jp", "a@b..jp", "a@b.jp.", "a@b.jp,c@d.co.jp", "メール:a@b.jp。",
        "a@b.co.jp2", "a@b.c1", "a@1.2.jp", "a@b.jp@c.jp", "a b@c.jp", "a@\r\nb.jp", "a@b.j\u{301}p", "ab(at)", "(at)b.jp",
        "x.y+z%w@mail.example-site.co.jp", "A@B.JP", "a@b.jpの", "a@@b.jp",
        // A failed try's run of local-part characters, then an address after it.
        "03-5253-5069 a@b.jp", "E-mail:a@b.jp", "a. b@c.jp", "a.-@ b@c.jp", "-.a%@b.jp", "ab-.cd_@e.jp", "a.b.@c.jp d@e.jp",
        "x-(at)y z(at)w.jp", "a@b c.d@e.jp", "a@b.j.c@d.jp",
    ]

    static let alphabet = ["a", "b", "Z", "0", "9", ".", "_", "%", "+", "-", "@", "(at)", "[at]", "(@)", "[@]", "jp", "co", " ", "at"]

    static let slots: [[String]] = [
        ["", "メール:", "x "], ["a", "ab", "a.b", "a_", "a-", ".a", "a..b", "A9"], ["", "_", ".", "-"], ["", " "],
        ["@", "@", "(at)", "[at]", "(@)", "[@]", "(a)"], ["", " "], ["b", "soumu", "b-c", "-b", "b-", "1"], ["", ".go", ".c-d", "..x", "."],
        [".jp", ".j", ".co.jp", ".jp1", ".", ""], ["", "。", ",c@d.jp", "1", "-"],
    ]

    static func agrees(_ text: String) -> Bool {
        ScannerOracle.agree(whole: try? oracle.wholeMatch(in: text), EmailAddress.wholeShape(text[...]),
                            all: text.matches(of: oracle), EmailAddress.shapes(in: text[...]), same: same)
    }

    static func same(_ old: Regex<(Substring, local: Substring, domain: Substring)>.Match, _ new: EmailAddress.Shape) -> Bool {
        old.range == new.range && ScannerOracle.same(old.output.local, new.local) && ScannerOracle.same(old.output.domain, new.domain)
    }

    @Test("The scanner agrees with the regex on tricky and generated inputs")
    func agreement() {
        let texts = ScannerOracle.strings(Self.alphabet, count: 3000, maximumTokens: 12, seed: 17)
            + ScannerOracle.structured(Self.slots, count: 5000, seed: 17)
        ScannerOracle.expectAgreement(tricky: Self.tricky, generated: texts, Self.agrees, matching: { !$0.matches(of: Self.oracle).isEmpty }, atLeast: 300)
    }
}
