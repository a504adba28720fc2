import Testing

@testable import BrochureKit

/// A heading naming two sections joined by `と` (`採用実績と配属先`) opens the first.
@Suite("Two topics joined by と")
struct PairedTopicsTests {
    @Test("Two section names joined by と open the first; one topic in words with と is as before", arguments: [
        ("採用実績と配属先", SectionKind?.some(.hiring)), ("配属先と採用実績", .some(.assignments)),
        ("仕事と生活の両立", .some(.supportSystems)),
    ])
    func pairLead(heading: String, kind: SectionKind?) {
        #expect(SectionKind.opened(by: heading) == kind)
    }

    @Test("Both names must open sections of their own, and differ")
    func bothNamed() {
        #expect(SectionKind.pairLead(Array("選考日程と採用実績".unicodeScalars)) == nil)
        #expect(SectionKind.pairLead(Array("採用実績と採用者数".unicodeScalars)) == nil)
    }
}
