/// The sections found in a brochure; a section not found is absent from the JSON.
public struct SectionSet: Sendable, Hashable, Codable {
    public var contacts: [Contact]?
    public var access: Access?
    public var assignments: AssignmentRecord?
    public var hiring: HiringRecord?
    public var examBreakdown: ExamBreakdown?
    public var initiatives: [Initiative]?
    public var supportSystems: [SupportSystem]?
    public var training: Training?

    public init() {}
}
