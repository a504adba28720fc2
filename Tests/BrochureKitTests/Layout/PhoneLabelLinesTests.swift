import Testing
@testable import BrochureKit

/// Phone labels in a column of their own, left of their numbers.
@Suite("Phone label lines")
struct PhoneLabelLinesTests {
    @Test("`代表` / `直通` left of their numbers, the gap aligned down the rows, are each one line with the number")
    func labelsJoinNumbers() {
        var b = PageBuilder()
        b.text("【採用試験について】", x: 44, y: 477, size: 9.5)
        b.text("愛知県人事委員会事務局職員課", x: 44, y: 492, size: 10)
        b.text("代表", x: 44, y: 508, size: 9.5)
        b.text("052-961-2111", x: 72.5, y: 508, size: 9.5)
        b.text("直通", x: 44, y: 522, size: 9.5)
        b.text("052-954-6891", x: 72.5, y: 522, size: 9.5)
        b.text("E-mail jinji-iinkai@pref.aichi.lg.jp", x: 44, y: 536, size: 9.5)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("代表 052-961-2111"), "\(lines)")
        #expect(lines.contains("直通 052-954-6891"), "\(lines)")
    }

    @Test("A definition list whose labels are not all phones (`担当` / `電話` / `メール`) keeps its labels apart")
    func definitionListStays() {
        var b = PageBuilder()
        for (r, (label, value)) in [("担当", "長官官房人事課任用係"), ("電話", "03-5114-2111（代表）内線3461"), ("メール", "nra-saiyo@nra.go.jp")].enumerated() {
            b.text(label, x: 44, y: 500 + Double(r) * 14, size: 9)
            b.text(value, x: 74, y: 500 + Double(r) * 14, size: 9)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(!lines.contains { $0.hasPrefix("電話") && $0.contains("03-5114") }, "\(lines)")
    }

    @Test("Only a word naming a kind of phone labels a number")
    func vocabulary() {
        #expect(LineBuilder.labelsPhone(Array("TEL".unicodeScalars), Array("03-3581-1111".unicodeScalars)))
        #expect(!LineBuilder.labelsPhone(Array("人事課".unicodeScalars), Array("03-3581-1111".unicodeScalars)))
        #expect(!LineBuilder.labelsPhone(Array("代表".unicodeScalars), Array("総務部".unicodeScalars)))
    }
}

extension PhoneLabelLinesTests {
    @Test("A column of kinds going on past the phones (`TEL`, `FAX`, then `E-mail`) keeps every kind apart from its value")
    func kindsColumnStays() {
        var b = PageBuilder()
        b.text("担当", x: 340, y: 243, size: 7.8)
        b.text("種別", x: 410, y: 243, size: 7.8)
        b.text("番号", x: 470, y: 243, size: 7.8)
        for (r, (kind, value)) in [("TEL", "04994-5-0000"), ("FAX", "04994-5-0001"), ("E-mail", "saiyo@vill.example.jp")].enumerated() {
            b.text(kind, x: 403, y: 259 + Double(r) * 16, size: 7.8)
            b.text(value, x: 434, y: 259 + Double(r) * 16, size: 7.8)
        }
        b.text("北辰村総務課総務係", x: 311, y: 275, size: 7.8)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(!lines.contains { $0.hasPrefix("TEL 04994") }, "\(lines)")
    }
}
