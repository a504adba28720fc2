// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "BrochureKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BrochureKit", targets: ["BrochureKit"]),
        .library(name: "BrochureStore", targets: ["BrochureStore"]),
        .executable(name: "brochure", targets: ["brochure"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // MARK: C targets
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),

        // MARK: Library
        .target(
            name: "BrochureKit",
            dependencies: [
                "CPoppler", "CICUShim",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Stored editions in SQLite (ingest, history, diff's loader), kept apart so
        // BrochureKit itself does not depend on GRDB.
        .target(
            name: "BrochureStore",
            dependencies: [
                "BrochureKit",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),

        // MARK: Executable
        .executableTarget(
            name: "brochure",
            dependencies: [
                "BrochureKit",
                "BrochureStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests
        .testTarget(
            name: "BrochureKitTests",
            dependencies: ["BrochureKit"]
        ),
        .testTarget(
            name: "BrochureStoreTests",
            dependencies: [
                "BrochureStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "BrochureCLITests",
            dependencies: ["brochure", "BrochureStore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
