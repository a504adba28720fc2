import Testing
@testable import BrochureKit

@Test func versionIsSet() { #expect(!BrochureKitVersion.string.isEmpty) }
