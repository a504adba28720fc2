import Testing

@testable import BrochureKit

/// E-mail addresses printed as local parts, the domain given once in a note under them.
@Suite("E-mail domains given in a note")
struct NotedMailDomainTests {
    typealias S = StandInsAndTitledDatesTests

    @Test("Each local part after an e-mail label takes the noted domain; the office keeps its own name")
    func completed() {
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 12, blocks: [
            S.single("総務部人事課任用係", y: 500), S.single("TEL：098-000-0000", y: 512),
            S.single("E-mail（事務系）：jinji-jimu", y: 524), S.single("E-mail（技術系）：jinji-gijutsu", y: 536),
            S.single("※メールアドレスは、上記の後に", y: 556), S.single("「@example.ac.jp」を付けてください。", y: 566),
        ], page: 2)
        let found = ContactsParser().parse(part)
        #expect(found.flatMap(\.emails) == ["jinji-jimu@example.ac.jp", "jinji-gijutsu@example.ac.jp"])
        #expect(found.map(\.office) == ["総務部人事課任用係"])
    }

    @Test("A note's domain is one with no local part before its @; two domains complete nothing", arguments: [
        (["「@example.ac.jp」を付けてください。"], "example.ac.jp"), (["(@example.ac.jp)"], "example.ac.jp"),
        (["E-mail：jinji@example.ac.jp"], nil), (["@example.ac.jp", "@other.ac.jp"], nil), (["Twitter @northstar"], nil),
    ] as [([String], String?)])
    func domain(_ texts: [String], _ expected: String?) {
        #expect(NotedMailDomain.domain(in: texts) == expected)
    }

    @Test("Only a bare local part after an e-mail field's label is completed", arguments: [
        ("E-mail：jinji", "E-mail：jinji@example.ac.jp"), ("メール: saiyo.2026", "メール: saiyo.2026@example.ac.jp"),
        ("TEL：098-000-0000", "TEL：098-000-0000"), ("E-mail：jinji@other.jp", "E-mail：jinji@other.jp"),
        ("E-mail：人事係まで", "E-mail：人事係まで"), ("受付：平日", "受付：平日"),
    ])
    func localPart(_ line: String, _ expected: String) {
        #expect(NotedMailDomain.completed(line, domain: "example.ac.jp") == expected)
    }
}
